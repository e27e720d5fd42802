"""The reverse pass: the layer sweep gives exactly the Dijkstra's costs, and routes are the same whichever runs."""

from __future__ import annotations

import itertools

import networkx as nx
import pytest

from pathways import cost_to_job, routes
from pathways.cost_to_job import Rules, by_dijkstra, by_layers, layers
from pathways.graph import Graph
from pathways.graph import jobs as graph_jobs
from pathways.graph import stages as graph_stages
from pathways.routes import Constraints, count_routes, find_routes

# early -> s -> q -> j and s -> a -> j; early -> q too. The link q -> j asks for grade 6.
COSTS = {"early": 1.0, "s": 1.0, "q": 2.0, "a": 3.0, "j": 0.0}
SUCCS = {"early": ("s", "q"), "s": ("q", "a"), "q": ("j",), "a": ("j",), "j": ()}
PREDS = {n: tuple(u for u, onward in SUCCS.items() if n in onward) for n in SUCCS}
GRADED = {"j": {"q": 6}}
GRID = layers(COSTS, SUCCS, GRADED)


def both(rules: Rules, start: str) -> tuple[dict[str, float] | None, dict[str, float]]:
    return by_dijkstra(COSTS, PREDS, GRADED, rules, start, "j"), by_layers(GRID, rules, start, "j")


def test_each_node_costs_its_cheapest_way_to_the_job_and_the_job_adds_nothing() -> None:
    dijkstra, sweep = both(Rules(frozenset(), None), "s")
    assert dijkstra == {"j": 0.0, "q": 0.0, "a": 0.0, "s": 2.0, "early": 2.0}
    assert sweep == {"j": 0.0, "q": 0.0, "a": 0.0, "s": 2.0}, "early is in a lower layer than the start: left out"


def test_a_blocked_step_and_a_link_asking_too_high_a_grade_are_gone_but_the_start_stays() -> None:
    for rules in (Rules(frozenset({"q"}), None), Rules(frozenset(), 5)):
        dijkstra, sweep = both(rules, "s")
        assert dijkstra is not None
        assert dijkstra["s"] == sweep["s"] == 3.0, rules
        assert "q" not in dijkstra
        assert "q" not in sweep
    dijkstra, sweep = both(Rules(frozenset({"q"}), None), "q")
    assert dijkstra is not None
    assert dijkstra["q"] == sweep["q"] == 0.0, "a pupil already on a blocked step can still go on from it"


def test_the_dijkstra_gives_up_past_its_budget() -> None:
    assert by_dijkstra(COSTS, PREDS, GRADED, Rules(frozenset(), None), "s", "j", budget=2) is None
    assert by_dijkstra(COSTS, PREDS, GRADED, Rules(frozenset(), None), "s", "j", budget=5) is not None


def test_every_link_goes_up_a_layer(real_graph: Graph) -> None:
    grid = routes._index(real_graph).layers()
    assert all(grid.layer[grid.position[u]] < grid.layer[grid.position[v]] for u, v in real_graph.edges)


def test_the_sweep_gives_the_dijkstras_costs_on_the_real_data(real_graph: Graph) -> None:
    """Every stage to every job under every set of blocked steps and three grades: the same costs, bit for bit,
    for every node a route from the stage can pass through."""
    index = routes._index(real_graph)
    grid = index.layers()
    stages, jobs = [n.id for n in graph_stages(real_graph)], [n.id for n in graph_jobs(real_graph)]
    compared = 0
    for start, job, blocked, grade in itertools.product(stages, jobs, index.blocked.values(), (None, 4, 7)):
        rules = Rules(blocked, grade)
        dijkstra = by_dijkstra(index.costs, index.preds, index.graded, rules, start, job)
        assert dijkstra is not None
        sweep = by_layers(grid, rules, start, job)
        onward = nx.descendants(real_graph, start) | {start}
        assert {n: c for n, c in sweep.items() if n in onward} == {n: c for n, c in dijkstra.items() if n in onward}
        assert all(dijkstra.get(n) == c for n, c in sweep.items()), "the sweep's other nodes are real ancestors"
        compared += len(sweep)
    assert compared > 10_000


@pytest.mark.parametrize("constraints", [Constraints(), Constraints(gcse_grade=4, paid_only=True, max_years=4)], ids=str)
def test_routes_and_counts_are_the_same_whichever_pass_runs(
    real_graph: Graph, constraints: Constraints, monkeypatch: pytest.MonkeyPatch
) -> None:
    stages, jobs = [n.id for n in graph_stages(real_graph)], [n.id for n in graph_jobs(real_graph)]

    def answers() -> list[tuple[list[str], int]]:
        return [
            ([r.key for r in find_routes(real_graph, s, j, constraints=constraints)], count_routes(real_graph, s, j, constraints))
            for s, j in itertools.product(stages, jobs)
        ]

    monkeypatch.setattr(cost_to_job, "SETTLE_BUDGET", 10**9)  # the Dijkstra always
    by_dijkstra_only = answers()
    monkeypatch.setattr(cost_to_job, "SETTLE_BUDGET", 0)  # the sweep always
    assert answers() == by_dijkstra_only
    assert sum(bool(keys) for keys, _ in by_dijkstra_only) > 100, "most stage and job pairs have routes"
