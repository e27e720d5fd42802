"""The route map and money chart, checked through the figure JSON a browser would draw."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pathways.figures import KINDS, SECTOR_COLOURS, money_chart, route_map, selected_node
from pathways.graph import Graph
from pathways.money import plan
from pathways.routes import find_routes

START, JOB = "years-10-11", "laboratory-technician"


def figure_json(graph: Graph, chosen: int | None) -> dict[str, Any]:
    figure = route_map(graph, find_routes(graph, START, JOB), chosen=chosen)
    return json.loads(figure.to_json())


def markers(spec: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {t["name"]: t for t in spec["data"] if "markers" in t["mode"] and "customdata" in t}


def test_map_holds_only_the_nodes_on_the_routes_found(tiny_graph: Graph) -> None:
    spec = figure_json(tiny_graph, chosen=1)
    ids = {i for t in markers(spec).values() for i in t["customdata"]}
    assert ids == {START, "a-levels-sciences", "laboratory-technician-l3", "level-2-applied-science", JOB}
    assert "degree-biomedical-science" not in ids
    assert "software-developer" not in ids


def test_each_kind_has_its_own_shape_and_lane_and_colour_says_the_sector(tiny_graph: Graph) -> None:
    spec = figure_json(tiny_graph, chosen=None)
    traces = markers(spec)
    assert set(traces) == {"Where you are", "Qualification", "Apprenticeship", "Job"}
    assert len({t["marker"]["symbol"] for t in traces.values()}) == len(traces)
    health = SECTOR_COLOURS["health-life-sciences"][1]
    assert set(traces["Job"]["marker"]["color"]) == {health}
    assert set(traces["Where you are"]["marker"]["color"]) == {SECTOR_COLOURS[None][1]}
    legend = [t["name"] for t in spec["data"] if t.get("x") == [None]]
    assert legend == ["Health and life sciences", "Any area of work"]
    lanes = {name: {round(y) for y in t["y"]} for name, t in traces.items()}
    assert lanes["Where you are"] == {list(KINDS).index("stage")}
    assert lanes["Job"] == {list(KINDS).index("job")}


def test_routes_run_left_to_right(tiny_graph: Graph) -> None:
    spec = figure_json(tiny_graph, chosen=None)
    for trace in spec["data"]:
        if trace["mode"] == "lines":
            assert trace["x"] == sorted(trace["x"])
            assert trace["x"][0] == 0


@pytest.mark.parametrize("chosen", [1, 2, 3])
def test_the_chosen_route_is_bold_and_drawn_last_the_rest_faint(tiny_graph: Graph, chosen: int) -> None:
    spec = figure_json(tiny_graph, chosen=chosen)
    lines = [t for t in spec["data"] if t["mode"] == "lines"]
    assert [t["meta"]["route"] for t in lines][-1] == chosen
    bold = [t for t in lines if t["line"]["width"] == 6]
    assert [t["name"] for t in bold] == [f"Route {chosen}"]
    route = find_routes(tiny_graph, START, JOB)[chosen - 1]
    on_route = {START, *(s.id for s in route.steps)}
    for trace in markers(spec).values():
        for node_id, opacity, label in zip(trace["customdata"], trace["marker"]["opacity"], trace["text"], strict=True):
            assert (opacity == 1.0) == (node_id in on_route)
            assert bool(label) == (node_id in on_route)


def test_no_chosen_route_shows_every_node_clearly(tiny_graph: Graph) -> None:
    spec = figure_json(tiny_graph, chosen=None)
    assert all(o == 1.0 for t in markers(spec).values() for o in t["marker"]["opacity"])
    assert all(t["line"]["width"] == 2 for t in spec["data"] if t["mode"] == "lines")


def test_an_out_of_range_choice_highlights_nothing(tiny_graph: Graph) -> None:
    assert figure_json(tiny_graph, chosen=9) == figure_json(tiny_graph, chosen=None)


def test_no_routes_gives_an_empty_but_valid_map(tiny_graph: Graph) -> None:
    assert json.loads(route_map(tiny_graph, []).to_json())["data"] == []


@pytest.mark.parametrize(
    ("event", "expected"),
    [
        pytest.param({"selection": {"points": [{"customdata": "a-levels-sciences"}]}}, "a-levels-sciences", id="string"),
        pytest.param({"selection": {"points": [{"customdata": ["laboratory-technician"]}]}}, "laboratory-technician", id="list"),
        pytest.param({"selection": {"points": [{"x": 1}, {"customdata": "years-10-11"}]}}, "years-10-11", id="line-then-node"),
        pytest.param({"selection": {"points": [{"customdata": "not-a-node"}]}}, None, id="unknown-id"),
        pytest.param({"selection": {"points": []}}, None, id="nothing-clicked"),
        pytest.param({"selection": {}}, None, id="no-points"),
        pytest.param({}, None, id="empty-event"),
        pytest.param(None, None, id="no-event"),
    ],
)
def test_a_click_means_the_node_in_its_customdata(event: dict[str, Any] | None, expected: str | None, tiny_graph: Graph) -> None:
    assert selected_node(event, known=set(tiny_graph.nodes)) == expected


def test_money_chart_has_one_distinct_line_per_route_from_zero(tiny_graph: Graph) -> None:
    routes = find_routes(tiny_graph, START, JOB)
    plans = [plan(tiny_graph, r) for r in routes]
    spec = json.loads(money_chart(plans, ["Route 1", "Route 2", "Route 3"]).to_json())
    lines = [t for t in spec["data"] if t["type"] == "scatter"]
    assert [t["name"] for t in lines] == ["Route 1", "Route 2", "Route 3"]
    assert len({(t["line"]["dash"], t["marker"]["symbol"]) for t in lines}) == 3
    for trace, money in zip(lines, plans, strict=True):
        assert trace["x"] == list(range(16, 27))
        assert trace["y"] == [0, *money.cumulative]
        assert trace["customdata"][0] == money.route_key
