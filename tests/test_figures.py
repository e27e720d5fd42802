"""The route map and money chart, checked through the figure JSON a browser would draw."""

from __future__ import annotations

import json
from typing import Any

import pytest

from pathways.colours import GRAPHICS, TEXT, contrast
from pathways.figures import KINDS, LINE_COLOURS, SECTOR_COLOURS, money_chart, phone_like, route_map, selected_node
from pathways.graph import Graph
from pathways.money import plan
from pathways.routes import find_routes

START, JOB = "years-10-11", "laboratory-technician"


def figure_json(graph: Graph, chosen: int | None) -> dict[str, Any]:
    figure = route_map(graph, find_routes(graph, START, JOB), chosen=chosen)
    loaded: dict[str, Any] = json.loads(figure.to_json())
    return loaded


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
def test_the_chosen_route_is_bold_and_drawn_last_the_rest_thin_and_dashed(tiny_graph: Graph, chosen: int) -> None:
    spec = figure_json(tiny_graph, chosen=chosen)
    lines = [t for t in spec["data"] if t["mode"] == "lines"]
    assert [t["meta"]["route"] for t in lines][-1] == chosen
    bold = [t for t in lines if t["line"]["width"] == 6]
    assert [t["name"] for t in bold] == [f"Route {chosen}"]
    assert bold[0]["line"]["dash"] == "solid"
    assert {t["line"]["dash"] for t in lines if t not in bold} == {"dash"}  # told apart by shape, not by fading
    route = find_routes(tiny_graph, START, JOB)[chosen - 1]
    on_route = {START, *(s.id for s in route.steps)}
    for trace in markers(spec).values():
        assert trace["marker"]["opacity"] == 1.0, "a faded marker fails 3:1"
        for node_id, size, label in zip(trace["customdata"], trace["marker"]["size"], trace["text"], strict=True):
            assert (size == 22) == (node_id in on_route)
            assert bool(label) == (node_id in on_route)


def test_no_chosen_route_shows_every_route_and_node_alike(tiny_graph: Graph) -> None:
    spec = figure_json(tiny_graph, chosen=None)
    assert all(s == 22 for t in markers(spec).values() for s in t["marker"]["size"])
    assert {(t["line"]["width"], t["line"]["dash"]) for t in spec["data"] if t["mode"] == "lines"} == {(2, "solid")}


def test_without_labels_no_step_name_is_drawn_but_every_step_can_still_be_clicked(tiny_graph: Graph) -> None:
    routes = find_routes(tiny_graph, START, JOB)
    bare = json.loads(route_map(tiny_graph, routes, chosen=1, labels=False).to_json())
    named = figure_json(tiny_graph, chosen=1)
    assert all(text == "" for t in markers(bare).values() for text in t["text"])
    assert {n for t in markers(bare).values() for n in t["customdata"]} == {
        n for t in markers(named).values() for n in t["customdata"]
    }


@pytest.mark.parametrize(
    ("agent", "phone"),
    [
        pytest.param("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148", True, id="iphone"),
        pytest.param("Mozilla/5.0 (Linux; Android 14; Pixel 8) Chrome/126.0 Mobile Safari/537.36", True, id="android"),
        pytest.param("Mozilla/5.0 (X11; Linux x86_64) Chrome/126.0 Safari/537.36", False, id="laptop"),
        pytest.param(None, False, id="no-header"),
    ],
)
def test_a_phone_is_told_by_its_user_agent(agent: str | None, phone: bool) -> None:
    assert phone_like(agent) is phone


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


def colours_used(spec: dict[str, Any]) -> tuple[set[str], set[str]]:
    """(text colours, line and marker colours) anywhere in a figure's JSON, with the plot's background.

    Text is any `font` or `textfont` colour; graphics are trace lines, shapes'
    lines and marker fills. A marker's own outline (`marker.line`) is the white
    gap between neighbouring markers and grid lines only guide the eye: neither
    carries meaning, so neither is held to 3:1. plotly's default template is
    left out: every colour that carries meaning is set in the figure itself,
    which wins over any template (tests/e2e/test_charts.py reads what is drawn).
    """
    text: set[str] = set()
    graphics: set[str] = set()

    def walk(value: Any, path: tuple[str, ...]) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*path, key))
        elif isinstance(value, list):
            for item in value:
                walk(item, path)
        elif isinstance(value, str) and path and path[-1] == "color":
            if any(p in ("font", "textfont", "tickfont") for p in path):
                text.add(value)
            elif path[-2:] == ("marker", "color") or (path[-2] == "line" and "marker" not in path):
                graphics.add(value)

    walk(spec["data"], ("data",))
    walk({k: v for k, v in spec["layout"].items() if k != "template"}, ("layout",))
    return text, graphics


def money_json(tiny_graph: Graph) -> dict[str, Any]:
    routes = find_routes(tiny_graph, START, JOB)
    names = [f"Route {n}" for n in range(1, len(routes) + 1)]
    loaded: dict[str, Any] = json.loads(money_chart([plan(tiny_graph, r) for r in routes], names).to_json())
    return loaded


@pytest.mark.parametrize("which", ["map-chosen", "map-none-chosen", "money"])
def test_every_colour_on_the_charts_meets_wcag_contrast_on_white(tiny_graph: Graph, which: str) -> None:
    spec = {"map-chosen": lambda: figure_json(tiny_graph, 2), "map-none-chosen": lambda: figure_json(tiny_graph, None)}.get(
        which, lambda: money_json(tiny_graph)
    )()
    background = spec["layout"]["plot_bgcolor"]
    assert background == spec["layout"]["paper_bgcolor"] == "#ffffff"
    text, graphics = colours_used(spec)
    assert text, "the chart's text colour must be set, not left to a theme"
    assert graphics
    for colour in text:
        assert contrast(colour, background) >= TEXT, f"text {colour}: {contrast(colour, background):.2f}:1"
    for colour in graphics:
        assert contrast(colour, background) >= GRAPHICS, f"line or marker {colour}: {contrast(colour, background):.2f}:1"
    for trace in spec["data"]:  # unset, Streamlit's chart theme draws markers at 0.7 opacity
        if "markers" in trace["mode"]:
            assert trace["marker"]["opacity"] == 1.0, trace["name"]
    for axis in ("xaxis", "yaxis"):  # every text on an axis has its colour set
        assert spec["layout"][axis]["tickfont"]["color"] in text


def test_every_palette_colour_meets_3_to_1_even_where_this_data_does_not_use_it() -> None:
    palette = [c for _, c, _ in KINDS.values()] + [c for _, c in SECTOR_COLOURS.values()] + list(LINE_COLOURS)
    weak = {c: round(contrast(c), 2) for c in palette if contrast(c) < GRAPHICS}
    assert not weak
