"""What leaves the store: small counts hidden, names from the data, the CSV and the one-page PDF record."""

from __future__ import annotations

import csv
import datetime as dt
import io

from pypdf import PdfReader

from pathways.classroom import member
from pathways.classroom.store import ClassSession, Summary
from pathways.classroom.summary import FEWER, benchmarks, graph_names, lines, shown, summary_csv, summary_pdf
from pathways.graph import Graph
from pathways.routes import find_routes

DAY = dt.date(2026, 12, 2)
SUMMARY = Summary(
    ClassSession("ACE47", 0.0, 86_400.0),
    pupils=28,
    counts={
        "job": {"laboratory-technician": 12, "software-developer": 2},
        "sector": {"health-life-sciences": 20, "digital-creative": 1},
        "stage": {"years-10-11": 28},
        "route": {"apprenticeship": 9, "university": 3},
        "quiz": {"digital-creative": 4},
    },
)


def test_counts_below_three_are_never_shown() -> None:
    assert [shown(n) for n in (0, 1, 2, 3, 30)] == [FEWER, FEWER, FEWER, "3", "30"]


def test_lines_name_each_item_most_pupils_first(tiny_graph: Graph) -> None:
    found = lines(SUMMARY, graph_names(tiny_graph))
    assert [(line.what, line.name, line.pupils) for line in found][:4] == [
        ("Where pupils are now", "Years 10 and 11", "28"),
        ("Areas of work", "Health and life sciences", "20"),
        ("Areas of work", "Digital and creative", FEWER),
        ("Jobs looked at", "Laboratory technician", "12"),
    ]
    assert ("Kinds of route looked at", "Apprenticeship", "9") in [(x.what, x.name, x.pupils) for x in found]


def test_the_csv_has_every_line_and_hides_small_counts(tiny_graph: Graph) -> None:
    rows = list(csv.DictReader(io.StringIO(summary_csv(SUMMARY, graph_names(tiny_graph), DAY).decode("utf-8-sig"))))
    assert rows[0] == {"date": "2026-12-02", "what": "Pupils joined", "item": "", "pupils": "28"}
    assert {"date": "2026-12-02", "what": "Jobs looked at", "item": "Software developer", "pupils": FEWER} in rows
    assert len(rows) == 1 + 8
    assert all(row["pupils"] == FEWER or int(row["pupils"]) >= 3 for row in rows)


def test_the_pdf_is_one_page_with_date_pupils_what_was_explored_and_benchmarks(tiny_graph: Graph) -> None:
    many = Summary(SUMMARY.session, 30, {**SUMMARY.counts, "job": {f"job-{n}": n for n in range(40)}})
    for summary in (SUMMARY, many):
        reader = PdfReader(io.BytesIO(summary_pdf(summary, graph_names(tiny_graph), DAY)))
        assert len(reader.pages) == 1
        text = reader.pages[0].extract_text()
        assert "2 December 2026" in text
        assert "Pupils joined:" in text
        assert "Benchmark 2" in text
    assert (
        "Laboratory technician: 12"
        in PdfReader(io.BytesIO(summary_pdf(SUMMARY, graph_names(tiny_graph), DAY))).pages[0].extract_text()
    )


def test_benchmarks_follow_what_was_explored() -> None:
    assert [name.split(":")[0] for name, _why in benchmarks(SUMMARY)] == ["Benchmark 2", "Benchmark 3", "Benchmark 7"]
    assert benchmarks(Summary(SUMMARY.session, 0, {})) == []


def test_only_ids_from_the_view_are_counted_never_typed_words(tiny_graph: Graph) -> None:
    routes = find_routes(tiny_graph, "years-10-11", "laboratory-technician")
    items = member.view_items("years-10-11", None, "laboratory-technician", routes)
    assert ("stage", "years-10-11") in items
    assert ("job", "laboratory-technician") in items
    assert {what for what, _ in items} == {"stage", "job", "route"}
    assert {item for what, item in items if what == "route"} <= {
        "university",
        "apprenticeship",
        "degree-apprenticeship",
        "college-or-sixth-form",
    }
