"""The printed plan holds every step, the sources and the date; its CSV never runs a formula."""

from __future__ import annotations

import csv
import datetime as dt
import io
from dataclasses import replace
from pathlib import Path

import pytest
from pypdf import PdfReader

from pathways.data import load_data
from pathways.export import Plan, latin1, make_plan, plan_csv, plan_file_name, plan_pdf, safe_cell
from pathways.graph import Graph, build_graph
from pathways.routes import find_routes
from tests import tiny

DAY = dt.date(2026, 11, 28)
JOB = "laboratory-technician"


def pdf_text(data: bytes) -> tuple[int, str]:
    reader = PdfReader(io.BytesIO(data))
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def plan_for(graph: Graph, job: str = JOB, start: str = "years-10-11") -> Plan:
    return make_plan(graph, start, job, find_routes(graph, start, job), today=DAY)


def test_pdf_is_one_a4_page_with_every_step_the_date_and_sources(tiny_graph: Graph) -> None:
    data = plan_pdf(plan_for(tiny_graph))
    pages, text = pdf_text(data)
    reader = PdfReader(io.BytesIO(data))
    width, height = float(reader.pages[0].mediabox.width), float(reader.pages[0].mediabox.height)
    assert pages == 1
    assert (round(width), round(height)) == (595, 842)  # A4 in points
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


def test_a_job_with_no_route_still_gives_a_plan_that_says_so(tiny_graph: Graph) -> None:
    pages, text = pdf_text(plan_pdf(plan_for(tiny_graph, job="software-developer")))
    assert pages == 1
    assert "We found no route" in text


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
