"""Routes on the tiny graph are exactly the expected ones and respect every constraint."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

from pathways.graph import Graph, Link, Node, jobs, stages
from pathways.routes import (
    MAX_CANDIDATES,
    POOL,
    Constraints,
    _candidates,
    _choose,
    broken_filters,
    count_routes,
    describe_routes,
    find_routes,
    grade_gaps,
    main_kinds,
    most_different,
    nearest_routes,
    relax,
)


def keys(graph: Graph, start: str, job: str, constraints: Constraints | None = None) -> list[str]:
    return [r.key for r in find_routes(graph, start, job, constraints=constraints or Constraints())]


def test_routes_to_lab_technician_are_the_three_different_ones(tiny_graph: Graph) -> None:
    assert keys(tiny_graph, "years-10-11", "laboratory-technician") == [
        "a-levels-sciences~laboratory-technician",
        "laboratory-technician-l3~laboratory-technician",
        "level-2-applied-science~laboratory-technician-l3~laboratory-technician",
    ]


@pytest.mark.parametrize(
    ("constraints", "expected_first_step"),
    [
        pytest.param(Constraints(), "a-levels-sciences", id="fastest-is-a-levels"),
        pytest.param(Constraints(paid_only=True), "laboratory-technician-l3", id="earn-while-learning"),
        pytest.param(Constraints(gcse_grade=5), "laboratory-technician-l3", id="grade-5-rules-out-a-levels"),
        pytest.param(Constraints(gcse_grade=3), "level-2-applied-science", id="grade-3-goes-via-level-2"),
        pytest.param(Constraints(max_years=2), "a-levels-sciences", id="two-years-at-most"),
    ],
)
def test_routes_to_lab_technician_respect_constraints(
    tiny_graph: Graph, constraints: Constraints, expected_first_step: str
) -> None:
    found = find_routes(tiny_graph, "years-10-11", "laboratory-technician", constraints=constraints)
    assert found[0].steps[0].id == expected_first_step
    if constraints.max_years is not None:
        assert all(r.years <= constraints.max_years for r in found)
    if constraints.paid_only:
        assert all(s.kind in ("apprenticeship", "job") for r in found for s in r.steps)


def test_no_university_leaves_no_route_to_a_degree_job(tiny_graph: Graph) -> None:
    assert find_routes(tiny_graph, "years-10-11", "biomedical-scientist", constraints=Constraints(no_university=True)) == []
    assert count_routes(tiny_graph, "years-10-11", "biomedical-scientist", Constraints(no_university=True)) == 0


def test_a_route_adds_up_years_tuition_and_pay(tiny_graph: Graph) -> None:
    (route,) = find_routes(tiny_graph, "years-7-9", "biomedical-scientist")
    assert [s.id for s in route.steps] == [
        "years-10-11",
        "a-levels-sciences",
        "degree-biomedical-science",
        "biomedical-scientist",
    ]
    assert route.years == 7
    assert route.tuition_gbp == 3 * 9535
    assert route.uses_university
    assert not route.earns_while_learning
    assert route.requirements == ("5 GCSEs at grade 6 including biology", "96 UCAS points")


def test_grade_gaps_say_what_needs_higher_grades(tiny_graph: Graph) -> None:
    gaps = grade_gaps(tiny_graph, "years-10-11", "laboratory-technician", Constraints(gcse_grade=3))
    assert [(g.step, g.needs_grade) for g in gaps] == [("a-levels-sciences", 6), ("laboratory-technician-l3", 4)]


def test_routes_are_counted_without_listing(tiny_graph: Graph) -> None:
    assert count_routes(tiny_graph, "years-10-11", "laboratory-technician") == 3
    assert count_routes(tiny_graph, "years-7-9", "laboratory-technician") == 3
    assert count_routes(tiny_graph, "years-10-11", "laboratory-technician", Constraints(gcse_grade=3)) == 1


def test_unknown_start_or_job_gives_no_routes(tiny_graph: Graph) -> None:
    assert find_routes(tiny_graph, "nowhere", "laboratory-technician") == []
    assert find_routes(tiny_graph, "years-10-11", "software-developer") == []


def test_near_copies_are_dropped() -> None:
    graph: Graph = nx.DiGraph()
    graph.add_node("s", node=Node("s", "stage", "Start", "", "stage"), kind="stage")
    graph.add_node("j", node=Node("j", "job", "Job", "", "job", level=3), kind="job")
    for n, kind, typ in [
        ("a1", "qualification", "a-levels"),
        ("a2", "qualification", "a-levels"),
        ("ap", "apprenticeship", "apprenticeship"),
    ]:
        graph.add_node(n, node=Node(n, kind, n, "", typ, level=3, years=2.0), kind=kind)
        graph.add_edge("s", n, link=Link("s", n, "entry"))
        graph.add_edge(n, "j", link=Link(n, "j", "entry"))
    found = find_routes(graph, "s", "j")
    assert [r.signature for r in found] == [("a-levels",), ("apprenticeship",)]
    assert count_routes(graph, "s", "j") == 3


def test_describe_reads_as_text(tiny_graph: Graph) -> None:
    text = describe_routes(find_routes(tiny_graph, "years-10-11", "laboratory-technician", limit=1))
    assert text == "Route 1: A levels in sciences, then Laboratory technician. About 2 years."


def test_compare_starts_with_one_route_of_each_kind(tiny_graph: Graph) -> None:
    found = find_routes(tiny_graph, "years-10-11", "laboratory-technician")
    assert [r.kind for r in found] == ["college or sixth form", "apprenticeship", "apprenticeship"]
    assert most_different(found, 2) == [1, 2]
    assert most_different(found, 5) == [1, 2, 3]


def small_graph(steps: list[tuple[str, str, str, int, float, bool]], paths: list[tuple[str, ...]]) -> Graph:
    """A graph from "s" to "j": steps as (id, kind, type, level, years, university), then the paths through them."""
    graph: Graph = nx.DiGraph()
    graph.add_node("s", node=Node("s", "stage", "Start", "", "stage"), kind="stage")
    graph.add_node("j", node=Node("j", "job", "Job", "", "job", level=6), kind="job")
    for n, kind, typ, level, years, university in steps:
        info = Node(n, kind, n, "", typ, level=level, years=years, university=university, paid=kind == "apprenticeship")
        graph.add_node(n, node=info, kind=kind)
    for path in paths:
        full = ("s", *path, "j")
        for u, v in itertools.pairwise(full):
            graph.add_edge(u, v, link=Link(u, v, "entry"))
    return graph


DEGREE_OR_APPRENTICESHIP = small_graph(
    [
        ("a-levels", "qualification", "a-levels", 3, 2.0, False),
        ("degree", "qualification", "degree", 6, 3.0, True),
        ("degree-apprenticeship", "apprenticeship", "apprenticeship", 6, 4.0, True),
    ],
    [("a-levels", "degree"), ("a-levels", "degree-apprenticeship")],
)


def test_no_university_keeps_degree_apprenticeships() -> None:
    found = find_routes(DEGREE_OR_APPRENTICESHIP, "s", "j", constraints=Constraints(no_university=True))
    assert [r.key for r in found] == ["a-levels~degree-apprenticeship~j"]
    assert found[0].kind == "degree apprenticeship"
    assert found[0].earns_while_learning


def test_quickest_route_of_each_main_kind_is_always_shown() -> None:
    college = [(f"c{i}", "qualification", f"type-{i}", 3, 1.0 + i / 10, False) for i in range(8)]
    graph = small_graph(
        [
            *college,
            ("degree", "qualification", "degree", 6, 3.0, True),
            ("apprenticeship", "apprenticeship", "apprenticeship", 4, 5.0, False),
        ],
        [(c[0],) for c in college] + [("c0", "degree"), ("c1", "degree"), ("apprenticeship",)],
    )
    found = find_routes(graph, "s", "j", limit=3)
    assert [r.key for r in found] == ["c0~j", "c0~degree~j", "apprenticeship~j"]
    assert [sorted(main_kinds(r)) for r in found] == [["college"], ["university"], ["apprenticeship"]]
    assert most_different(found, 2) == [2, 3], "compare starts with the degree and the apprenticeship"


def test_a_different_route_is_found_behind_hundreds_of_near_copies() -> None:
    """900 college-then-degree routes, all quicker than the one apprenticeship: the apprenticeship is still shown.

    The search gives up after reading a few hundred paths; near-copies (same kinds of step, met at the same step)
    must not use that up, as they did when every one of them was read.
    """
    gcses = [(f"g{i}", "qualification", "gcse", 2, 1.0 + i / 1000, False) for i in range(30)]
    a_levels = [(f"a{i}", "qualification", "a-levels", 3, 2.0 + i / 1000, False) for i in range(30)]
    graph = small_graph(
        [
            *gcses,
            *a_levels,
            ("degree", "qualification", "degree", 6, 3.0, True),
            ("appr", "apprenticeship", "apprenticeship", 6, 8.0, True),
        ],
        [(g[0], a[0], "degree") for g, a in itertools.product(gcses, a_levels)] + [("appr",)],
    )
    assert count_routes(graph, "s", "j") == 901
    found = find_routes(graph, "s", "j")
    assert [r.key for r in found] == ["g0~a0~degree~j", "appr~j"]


def test_after_the_main_kinds_the_most_different_route_comes_next() -> None:
    graph = small_graph(
        [
            ("a-levels", "qualification", "a-levels", 3, 2.0, False),
            ("hnc", "qualification", "hnc", 4, 1.0, False),
            ("bootcamp", "qualification", "bootcamp", 3, 3.5, False),
        ],
        [("a-levels",), ("a-levels", "hnc"), ("bootcamp",)],
    )
    found = find_routes(graph, "s", "j", limit=2)
    assert [r.key for r in found] == ["a-levels~j", "bootcamp~j"], "A levels then an HNC is half a copy of A levels"


@pytest.mark.parametrize(
    ("job", "constraints", "expected"),
    [
        pytest.param(
            "biomedical-scientist",
            Constraints(no_university=True),
            [("a-levels-sciences~degree-biomedical-science~biomedical-scientist", ("no_university",))],
            id="no-university-to-a-degree-job",
        ),
        pytest.param(
            "laboratory-technician",
            Constraints(paid_only=True, max_years=1),
            [("laboratory-technician-l3~laboratory-technician", ("max_years",))],
            id="only-the-years-break-not-both",
        ),
    ],
)
def test_nearest_routes_break_the_fewest_filters_and_say_which(
    tiny_graph: Graph, job: str, constraints: Constraints, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert find_routes(tiny_graph, "years-10-11", job, constraints=constraints) == []
    near = nearest_routes(tiny_graph, "years-10-11", job, constraints)
    assert [(m.route.key, m.breaks) for m in near] == expected


def test_nearest_routes_are_empty_when_nothing_was_filtered(tiny_graph: Graph) -> None:
    assert nearest_routes(tiny_graph, "years-10-11", "software-developer", Constraints()) == []


def test_broken_filters_name_each_filter_a_route_breaks(tiny_graph: Graph) -> None:
    (route,) = find_routes(tiny_graph, "years-10-11", "biomedical-scientist")
    everything = Constraints(no_university=True, paid_only=True, max_years=2, gcse_grade=5)
    assert broken_filters(route, everything) == ("no_university", "paid_only", "gcse_grade", "max_years")
    assert broken_filters(route, Constraints()) == ()
    assert relax(everything, ["paid_only", "gcse_grade"]) == Constraints(no_university=True, max_years=2)


def test_software_developer_shows_a_degree_and_an_apprenticeship(real_graph: Graph) -> None:
    found = find_routes(real_graph, "years-10-11", "software-developer")
    kinds = set().union(*(main_kinds(r) for r in found))
    assert {"university", "apprenticeship"} <= kinds
    assert any(s.type == "degree" for r in found for s in r.steps)


def test_adult_nurse_without_university_goes_through_apprenticeships(real_graph: Graph) -> None:
    found = find_routes(real_graph, "years-10-11", "adult-nurse", constraints=Constraints(no_university=True))
    steps = {s.id for r in found for s in r.steps}
    assert {
        "healthcare-support-worker-apprenticeship",
        "nursing-associate-apprenticeship",
        "registered-nurse-degree-apprenticeship",
    } <= steps
    assert not any(broken_filters(r, Constraints(no_university=True)) for r in found)


@pytest.mark.parametrize("constraints", [Constraints(), Constraints(no_university=True), Constraints(gcse_grade=4)])
def test_reading_past_the_pool_would_show_the_same_routes(real_graph: Graph, constraints: Constraints) -> None:
    """The walk stops once it has `limit * POOL` routes and every main kind (`_candidates`); reading on to every
    route it may read must choose the same routes, for every stage and job of the shipped data, at four limits."""
    starts, ends = [s.id for s in stages(real_graph)], [j.id for j in jobs(real_graph)]
    for start, job, limit in itertools.product(starts, ends, (1, 3, 5, 12)):
        read_on = _candidates(real_graph, start, job, MAX_CANDIDATES, constraints)
        assert find_routes(real_graph, start, job, limit, constraints) == _choose(read_on, limit), (start, job, limit)
    assert POOL * 12 < MAX_CANDIDATES
