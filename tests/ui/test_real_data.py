"""The pages on the shipped data in data/: the main flow works and every job opens without an error.

These skip (saying why) only while data/ does not validate; once it does they
hold the pages to the promises the tiny-data tests check in detail.
"""

from __future__ import annotations

import pytest

from pathways.data import DATA_DIR, load_data
from pathways.graph import build_graph, jobs
from tests.ui.apptest import PAGES, Opener, open_charts, route_headings, texts

START = "years-10-11"


def test_stage_sector_job_routes_on_the_real_data(real_app: Opener) -> None:
    at = real_app()
    at.pills(key="find.stage").set_value(START).run()
    at.pills(key="find.sector").set_value("health-life-sciences").run()
    first = at.button[0]
    assert str(first.key).startswith("find.job.")
    first.click().run()
    assert not at.exception
    assert route_headings(at)
    at.text_input(key="find.q").input("laboratory technician").run()
    at.button(key="find.job.laboratory-technician").click().run()
    assert len(route_headings(at)) >= 2
    (figure,) = open_charts(at)
    assert figure["alt"].startswith("Route 1:")


def test_earn_while_i_learn_leaves_only_paid_routes_on_the_real_data(real_app: Opener) -> None:
    at = real_app(**{"from": START, "to": "laboratory-technician"})
    before = texts(at)
    at.toggle(key="find.paid").set_value(True).run()
    assert route_headings(at)
    assert texts(at) != before
    steps = "\n".join(m.value for m in at.markdown if m.value.startswith("1. **"))
    assert "qualification)" not in steps
    assert "apprenticeship)" in steps


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_opens_from_a_link_on_the_real_data(real_app: Opener, page: str) -> None:
    at = real_app(page, **{"from": START, "to": "software-developer", "route": "1"})
    assert at.title
    assert "Sorry, the routes are not ready" not in texts(at)


def test_every_job_has_routes_and_no_error_on_the_real_data(real_app: Opener) -> None:
    graph = build_graph(load_data(DATA_DIR))
    without = []
    for job in jobs(graph):
        at = real_app(**{"from": START, "to": job.id})
        if not route_headings(at):
            without.append(job.id)
    assert without == []


def test_compare_starts_with_a_degree_and_an_apprenticeship_for_software_developer(real_app: Opener) -> None:
    at = real_app("compare", **{"from": START, "to": "software-developer"})
    (table,) = at.table
    steps = " | ".join(map(str, table.value.loc["Steps"]))
    assert "Computer science degree" in steps
    assert "apprenticeship" in steps
    assert len(table.value.columns) == 3


def test_compare_never_counts_an_unknown_fee_as_nothing(real_app: Opener) -> None:
    """Route 1 to software developer is A levels then an HNC whose fee the data does not know: the money chart
    counts the most it can cost, says so, and the table still says the fee is not known."""
    at = real_app("compare", **{"from": START, "to": "software-developer", "compare": "1,3"})
    page = texts(at).replace("\\", "")
    assert "The fees for HNC in computing are not known yet, so we count £9,790 a year" in page
    (table,) = at.table
    assert "not known yet" in " | ".join(map(str, table.value.loc["Fees you pay"]))
    assert "before tax" in " | ".join(table.value.index)
