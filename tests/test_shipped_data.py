"""The shipped data keeps its promises: coverage floors and the invariants routes rely on."""

from __future__ import annotations

from collections import Counter

import pytest

from pathways.data import Dataset, load_data
from pathways.graph import Graph, jobs, node
from pathways.routes import find_routes, most_different
from pathways.schema import SECTORS, JobRow, LinkRow
from pathways.stats import job_coverage, stats


def test_coverage_floors(real_graph: Graph) -> None:
    figures = stats(real_graph)
    counts = figures["counts"]
    assert isinstance(counts, dict)
    assert counts["job"] >= 60
    per_sector = Counter(j.sector for j in jobs(real_graph))
    assert all(per_sector[s] >= 15 for s in SECTORS), per_sector
    assert counts["apprenticeship"] >= 40
    boroughs = figures["providers_by_borough"]
    assert isinstance(boroughs, dict)
    assert sum(n for borough, n in boroughs.items() if borough != "outside-lcr") >= 15
    employers = figures["employers"]
    assert isinstance(employers, int)
    assert employers >= 25
    assert figures["facts_with_source_share"] == 1.0


def test_jobs_span_level_2_to_level_7() -> None:
    levels = {row.level for row in load_data().rows("jobs.csv", JobRow)}
    assert min(levels) <= 2
    assert max(levels) >= 7


def test_most_jobs_have_two_kinds_of_route(real_graph: Graph) -> None:
    coverage = job_coverage(real_graph)
    share = sum(1 for c in coverage if len(c.route_kinds) >= 2) / len(coverage)
    # Was 0.8 with 62 jobs. Doubling the jobs brought in specialists whose sources name one kind of route only
    # (doctor, game designer, runner...): 0.675 on 120 jobs. The floor holds the line; SOURCES.md lists the gap.
    assert share >= 0.65, [c.id for c in coverage if len(c.route_kinds) < 2]


@pytest.mark.parametrize("start", ["years-10-11", "years-7-9"])
def test_every_job_is_reachable(real_graph: Graph, start: str) -> None:
    unreachable = [j.id for j in jobs(real_graph) if not find_routes(real_graph, start, j.id, limit=1)]
    assert unreachable == []


def test_no_route_skips_the_level_a_job_needs(real_graph: Graph) -> None:
    """A level 6 job is never reached with nothing above level 3 on the way."""
    short = []
    for job in jobs(real_graph):
        for route in find_routes(real_graph, "years-10-11", job.id, limit=8):
            top = max((s.level for s in route.learning if s.level is not None), default=0)
            if job.level is not None and top < job.level:
                short.append((job.id, route.key))
    assert short == []


def test_every_pay_figure_has_a_year() -> None:
    for row in load_data().rows("jobs.csv", JobRow):
        if row.salary_low is not None or row.salary_high is not None:
            assert row.salary_year is not None, row.id


def test_every_link_names_known_ids(real_graph: Graph, real_data: Dataset) -> None:
    links = real_data.rows("links.csv", LinkRow)
    assert all(link.from_ in real_graph and link.to in real_graph for link in links)
    assert all(node(real_graph, o.step).kind != "job" for o in real_data.offers)


def test_compare_starts_with_an_apprenticeship_beside_college(real_graph: Graph) -> None:
    found = find_routes(real_graph, "years-10-11", "laboratory-technician")
    picked = [found[n - 1].kind for n in most_different(found, 3)]
    assert "apprenticeship" in picked
    assert "college or sixth form" in picked
