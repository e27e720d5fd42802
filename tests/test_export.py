"""The printed plan holds the routes side by side, next steps, a link and QR code back to the view, every step,
the sources and the date; its CSV never runs a formula."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader

from pathways.data import load_data
from pathways.export import NO_DATES, Plan, latin1, make_plan, plan_csv, plan_file_name, plan_pdf, safe_cell
from pathways.graph import Graph, build_graph
from pathways.routes import find_routes
from pathways.share import qr_png
from tests import tiny

DAY = dt.date(2026, 11, 28)
JOB = "laboratory-technician"
LINK = "https://careers.example.org/?from=years-10-11&to=laboratory-technician&route=2"


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def plan_for(graph: Graph, job: str = JOB, start: str = "years-10-11", link: str = "") -> Plan:
    return make_plan(graph, start, job, find_routes(graph, start, job), today=DAY, link=link)


def test_pdf_is_a4_with_every_step_the_date_and_sources(tiny_graph: Graph) -> None:
    data = plan_pdf(plan_for(tiny_graph))
    pages, text = pdf_text(data)
    reader = PdfReader(io.BytesIO(data))
    assert pages == 2  # the table and next steps come first, the steps run onto a second page
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == (595, 842)  # A4 in points
    for words in (
        "My plan: Laboratory technician",
        "28 November 2026",
        "Route 3",
        "Step 2. Laboratory technician apprenticeship",
        "5 GCSEs at grade 6 including biology",
        "City College (Liverpool), https://www.liv-coll.ac.uk/",
        "£20,000 to £30,000",
        "at least £12,480 a year",
        "Where these facts come from",
        tiny.SRC,
    ):
        assert words in text


def test_a_long_plan_runs_onto_more_pages_and_numbers_them(tmp_path: Path) -> None:
    data = tiny.tables()
    data["offers.csv"] += [
        {**data["offers.csv"][0], "step": "laboratory-technician-l3", "note": f"campus number {n} " * 12} for n in range(12)
    ]
    graph = build_graph(load_data(tiny.write(tmp_path / "data", data)))
    pages, text = pdf_text(plan_pdf(plan_for(graph)))
    assert pages >= 2
    assert f"page {pages} of {pages}" in text


def test_the_pay_line_keeps_the_capitals_of_its_source(tmp_path: Path) -> None:
    data = tiny.tables()
    next(r for r in data["jobs.csv"] if r["id"] == JOB)["salary_basis"] = "middle-half"
    graph = build_graph(load_data(tiny.write(tmp_path / "data", data)))
    _, text = pdf_text(plan_pdf(plan_for(graph)))
    assert "Pay most full-time workers earn £20,000 to £30,000 a year (ONS figures for 2024)." in text


def test_a_job_with_no_route_still_gives_a_plan_that_says_so(tiny_graph: Graph) -> None:
    pages, text = pdf_text(plan_pdf(plan_for(tiny_graph, job="software-developer")))
    assert pages == 1
    assert "We found no route" in text
    assert "Your routes side by side" not in text
    assert "Talk to your school's careers adviser about this plan." in text


def test_the_routes_stand_side_by_side_in_one_table_row_each(tiny_graph: Graph) -> None:
    _, text = pdf_text(plan_pdf(plan_for(tiny_graph)))
    assert "Route Kind of route Years to qualify Tuition fees Paid while learning Money by age 26, before tax" in text
    # Two years at the apprentice minimum (8.00 x 30 x 52 = 12,480), then £20,000 from 18 and the legal
    # minimum for 21 and over (£23,132) from 21: worked by hand in tests/test_money.py.
    assert "Route 1 college or sixth form 2 years £0 no £175,660" in text
    assert "Route 2 apprenticeship 2 years £0 yes, £24,960 in all £200,620" in text
    assert "Route 3 apprenticeship 3 years £0 yes, £24,960 in all £180,620" in text
    assert "before tax. A job counts at its starter pay, with" in text  # the compare page's words on the money
    assert "Some figures are not known yet. How we worked out the money lists what we counted instead." in text
    stand_ins = text.index("How we worked out the money\n")  # the section near the end, each stand-in said there
    assert (
        stand_ins
        < text.index("Apprentice pay for Laboratory technician apprenticeship is not known yet")
        < text.index("Where these facts come from")
    )


def test_a_fee_we_do_not_know_is_not_known_yet_never_nothing(tmp_path: Path) -> None:
    data = tiny.tables()
    next(r for r in data["qualifications.csv"] if r["id"] == "a-levels-sciences")["tuition_gbp_per_year"] = ""
    graph = build_graph(load_data(tiny.write(tmp_path / "data", data)))
    _, text = pdf_text(plan_pdf(plan_for(graph)))
    assert "Route 1 college or sixth form 2 years not known yet no not known yet" in text
    assert "Route 1 college or sixth form 2 years £0" not in text
    assert "The cost of A levels in sciences is not known yet, so we cannot add up the money on this route." in text


def test_next_steps_say_where_to_ask_and_never_make_up_a_date(tiny_graph: Graph) -> None:
    plan = plan_for(tiny_graph)
    _, text = pdf_text(plan_pdf(plan))
    flat = " ".join(text.split())
    assert "What to do next" in text
    for step in (
        "Route 1: ask your school's careers adviser where you can do A levels in sciences near you."
        " To get in: 5 GCSEs at grade 6 including biology.",
        "Route 3: ask about Level 2 applied science at City College (https://www.liv-coll.ac.uk/). To get in: 2 GCSEs at grade 2.",
        "Ask your school's careers adviser about A week in a lab (work experience). It is for: Years 10 and 11.",
        NO_DATES,
    ):
        assert step in flat
    assert not re.search(r"\b(19|20)\d\d\b", " ".join(plan.next_steps))  # tiny data has no dates, so no year


def test_routes_that_start_the_same_way_share_one_next_step(tiny_graph: Graph) -> None:
    first = find_routes(tiny_graph, "years-10-11", JOB)[0]
    plan = make_plan(tiny_graph, "years-10-11", JOB, [first, first], today=DAY)
    assert plan.next_steps[0].startswith("Routes 1 and 2: ask your school's careers adviser where you can do A levels")
    assert sum("A levels in sciences" in step for step in plan.next_steps) == 1


def test_the_link_back_to_the_view_is_printed_and_its_qr_code_embedded(tiny_graph: Graph) -> None:
    data = plan_pdf(plan_for(tiny_graph, link=LINK))
    _, text = pdf_text(data)
    assert f"open these routes again in Pathways Explorer:\n{LINK}" in text
    first = PdfReader(io.BytesIO(data)).pages[0]
    (image,) = first.images
    assert image.image is not None
    expected = Image.open(io.BytesIO(qr_png(LINK, scale=4, border=2))).convert("1")
    assert not ImageChops.difference(image.image.convert("1"), expected).getbbox()  # the very QR code of LINK
    assert [a.get_object()["/A"]["/URI"] for a in first.annotations or []] == [LINK]  # and the printed address opens it


def test_without_a_link_the_plan_has_no_qr_code(tiny_graph: Graph) -> None:
    data = plan_pdf(plan_for(tiny_graph))
    assert not any(page.images for page in PdfReader(io.BytesIO(data)).pages)
    assert "Scan the code" not in pdf_text(data)[1]


def test_csv_has_one_row_per_step_in_route_order(tiny_graph: Graph) -> None:
    rows = list(csv.DictReader(io.StringIO(plan_csv(plan_for(tiny_graph)).decode("utf-8-sig"))))
    assert [(r["route"], r["step"], r["name"]) for r in rows] == [
        ("1", "1", "A levels in sciences"),
        ("2", "1", "Laboratory technician apprenticeship"),
        ("3", "1", "Level 2 applied science"),
        ("3", "2", "Laboratory technician apprenticeship"),
    ]
    assert {r["made_on"] for r in rows} == {"2026-11-28"}
    assert rows[2]["local_providers"] == "City College (Liverpool), https://www.liv-coll.ac.uk/"


@pytest.mark.parametrize("dangerous", ["+1+1", "-2+3", "@SUM(A1)"])
def test_csv_cells_from_the_data_that_look_like_formulas_are_written_as_text(tmp_path: Path, dangerous: str) -> None:
    """The validator already refuses cells starting with "="; the other formula starts get through it."""
    data = tiny.tables()
    data["qualifications.csv"][0]["summary"] = dangerous
    data["links.csv"][1]["requirement"] = dangerous
    graph = build_graph(load_data(tiny.write(tmp_path / "data", data)))
    first = next(csv.DictReader(io.StringIO(plan_csv(plan_for(graph)).decode("utf-8-sig"))))
    assert first["what_it_is"] == first["entry_requirements"] == "'" + dangerous


def test_every_csv_column_is_escaped(tiny_graph: Graph) -> None:
    plan = plan_for(tiny_graph)
    evil = replace(plan, job=replace(plan.job, name="=cmd|' /C calc'!A0"))
    first = next(csv.DictReader(io.StringIO(plan_csv(evil).decode("utf-8-sig"))))
    assert first["job"] == "'=cmd|' /C calc'!A0"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("=1", "'=1"), ("plain", "plain"), ("", ""), ("a=b", "a=b"), ("£9,535", "£9,535")],
)
def test_safe_cell(text: str, expected: str) -> None:
    assert safe_cell(text) == expected


def test_pdf_text_keeps_pounds_and_accents_and_simplifies_the_rest() -> None:
    assert latin1("£5 – café “ok” ’ ✓") == '£5 - café "ok" \' ?'


def test_file_names_carry_the_job_and_date(tiny_graph: Graph) -> None:
    assert plan_file_name(plan_for(tiny_graph), "pdf") == "my-plan-laboratory-technician-2026-11-28.pdf"
