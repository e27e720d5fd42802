"""Plotly figures as pure functions of the graph and the routes found: the route map and the money chart.

Colour is never the only signal: a step's colour says its sector (the
Okabe-Ito palette, safe for colour-blind eyes), and its kind has its own
marker shape and its own lane. The map holds only the nodes on the routes
found, so it stays readable however large the data grows.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import plotly.graph_objects as go

from pathways.graph import Graph, node
from pathways.money import MoneyPlan
from pathways.routes import Route

# Lane order, bottom to top, with (label, legend colour, marker shape) for each kind of node.
KINDS: dict[str, tuple[str, str, str]] = {
    "stage": ("Where you are", "#000000", "square"),
    "qualification": ("Qualification", "#0072B2", "circle"),
    "course": ("College course", "#56B4E9", "diamond"),
    "apprenticeship": ("Apprenticeship", "#D55E00", "triangle-up"),
    "experience": ("Experience", "#CC79A7", "star"),
    "job": ("Job", "#009E73", "hexagon"),
}
# A node's colour is its sector's (Okabe-Ito); steps that suit every sector are grey.
SECTOR_COLOURS: dict[str | None, tuple[str, str]] = {
    "health-life-sciences": ("Health and life sciences", "#009E73"),
    "advanced-manufacturing": ("Advanced manufacturing", "#D55E00"),
    "digital-creative": ("Digital and creative", "#0072B2"),
    None: ("Any area of work", "#595959"),
}
LINE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00")
DASHES = ("solid", "dash", "dot", "dashdot", "longdash")
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x")
CHOSEN = "#0b3d91"
FAINT = "rgba(90, 90, 90, 0.25)"
FAINT_OPACITY = 0.3


def _positions(routes: list[Route]) -> dict[str, tuple[int, str]]:
    """(column, kind) for every node on the routes: a node sits as far right as its latest step number."""
    columns: dict[str, int] = {}
    kinds: dict[str, str] = {}
    for route in routes:
        columns[route.start] = 0
        kinds[route.start] = "stage"
        for number, step in enumerate(route.steps, start=1):
            columns[step.id] = max(columns.get(step.id, 0), number)
            kinds[step.id] = step.kind
    return {n: (columns[n], kinds[n]) for n in columns}


def _layout_xy(positions: dict[str, tuple[int, str]]) -> dict[str, tuple[float, float]]:
    """x is the step number; y is the kind's lane, nudged apart when two nodes share a cell."""
    lanes = {kind: index for index, kind in enumerate(KINDS)}
    cells: dict[tuple[int, str], list[str]] = {}
    for node_id, cell in sorted(positions.items()):
        cells.setdefault(cell, []).append(node_id)
    xy = {}
    for (column, kind), ids in cells.items():
        for index, node_id in enumerate(ids):
            offset = (index - (len(ids) - 1) / 2) * 0.3
            xy[node_id] = (float(column), lanes.get(kind, 0) + offset)
    return xy


def route_map(graph: Graph, routes: list[Route], chosen: int | None = None) -> go.Figure:
    """The routes found, left to right; route number `chosen` (1-based) bold, the others faint."""
    figure = go.Figure()
    xy = _layout_xy(_positions(routes))
    picked = routes[chosen - 1] if chosen and 0 < chosen <= len(routes) else None
    bright = {picked.start, *(s.id for s in picked.steps)} if picked else set(xy)
    order = [(i, r) for i, r in enumerate(routes, start=1) if r is not picked] + (
        [(routes.index(picked) + 1, picked)] if picked else []
    )
    for number, route in order:
        ids = [route.start, *(s.id for s in route.steps)]
        strong = route is picked
        figure.add_trace(
            go.Scatter(
                x=[xy[i][0] for i in ids],
                y=[xy[i][1] for i in ids],
                mode="lines",
                name=f"Route {number}",
                line={"color": CHOSEN if strong else FAINT, "width": 6 if strong else 2},
                hoverinfo="skip",
                showlegend=False,
                meta={"route": number, "chosen": strong},
            )
        )
    lanes = list(KINDS)
    for kind, (label, _, symbol) in KINDS.items():
        ids = [n for n in sorted(xy) if _kind(graph, n) == kind]
        if not ids:
            continue
        names = [node(graph, n).name for n in ids]
        figure.add_trace(
            go.Scatter(
                x=[xy[n][0] for n in ids],
                y=[xy[n][1] for n in ids],
                mode="markers+text",
                name=label,
                customdata=ids,
                hovertext=names,
                hovertemplate="%{hovertext}<extra></extra>",
                text=[name if n in bright else "" for n, name in zip(ids, names, strict=True)],
                textposition="top center",
                marker={
                    "color": [SECTOR_COLOURS.get(node(graph, n).sector, SECTOR_COLOURS[None])[1] for n in ids],
                    "symbol": symbol,
                    "size": [22 if n in bright else 14 for n in ids],
                    "opacity": [1.0 if n in bright else FAINT_OPACITY for n in ids],
                    "line": {"color": "#ffffff", "width": 1.5},
                },
            )
        )
    sectors = {node(graph, n).sector for n in xy}
    for sector, (label, colour) in SECTOR_COLOURS.items():
        if sector in sectors:  # a legend entry for each colour on the map; no point of its own
            figure.add_trace(
                go.Scatter(
                    x=[None], y=[None], mode="markers", name=label, marker={"color": colour, "symbol": "square", "size": 12}
                )
            )
    columns = max((x for x, _ in xy.values()), default=0)
    figure.update_layout(
        height=460,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        showlegend=True,
        legend={"orientation": "h", "y": -0.12, "x": 0},
        clickmode="event+select",
        dragmode=False,
        plot_bgcolor="#ffffff",
        xaxis={
            "tickvals": list(range(int(columns) + 1)),
            "ticktext": ["Now", *(f"Step {i}" for i in range(1, int(columns) + 1))],
            "showgrid": False,
            "zeroline": False,
            "fixedrange": True,
            "range": [-0.5, columns + 0.5],
        },
        yaxis={
            "tickvals": list(range(len(lanes))),
            "ticktext": [KINDS[k][0] for k in lanes],
            "showgrid": True,
            "gridcolor": "#eef2f7",
            "zeroline": False,
            "fixedrange": True,
            "range": [-0.6, len(lanes) - 0.4],
        },
    )
    return figure


def _kind(graph: Graph, node_id: str) -> str:
    return node(graph, node_id).kind


def selected_node(event: Mapping[str, Any] | None, known: set[str] | None = None) -> str | None:
    """The node a chart click means: the first clicked point whose customdata is a known node id.

    Plotly reports points by trace and index, which change whenever the figure
    does; the node id in `customdata` does not. Route lines carry no customdata,
    so a click on a line means nothing.
    """
    if not event:
        return None
    selection = event.get("selection") or {}
    for point in selection.get("points") or ():
        data = point.get("customdata") if isinstance(point, Mapping) else None
        if isinstance(data, list | tuple):
            data = data[0] if data else None
        if isinstance(data, str) and (known is None or data in known):
            return data
    return None


def money_chart(plans: list[MoneyPlan], names: list[str]) -> go.Figure:
    """Money so far at each age for each route: colour, dash and marker differ, so print and grey still work.

    A route whose money cannot be added up honestly (`MoneyPlan.left_out`) is not
    drawn at all, rather than drawn on a made-up figure; `money.describe` says why.
    """
    figure = go.Figure()
    for index, (name, money) in enumerate(zip(names, plans, strict=True)):
        if money.left_out:
            continue
        figure.add_trace(
            go.Scatter(
                x=[money.first_age, *(age + 1 for age in money.ages)],
                y=[0, *money.cumulative],
                mode="lines+markers",
                name=name,
                customdata=[money.route_key] * (len(money.ages) + 1),
                line={"color": LINE_COLOURS[index % len(LINE_COLOURS)], "dash": DASHES[index % len(DASHES)], "width": 3},
                marker={"symbol": SYMBOLS[index % len(SYMBOLS)], "size": 9},
                hovertemplate="Age %{x}: £%{y:,.0f}<extra>" + name + "</extra>",
            )
        )
    figure.add_hline(y=0, line={"color": "#505a5f", "width": 1})
    figure.update_layout(
        height=400,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        legend={"orientation": "h", "y": -0.2, "x": 0},
        dragmode=False,
        plot_bgcolor="#ffffff",
        xaxis={"title": {"text": "Age"}, "dtick": 1, "fixedrange": True, "showgrid": False},
        yaxis={
            "title": {"text": "Money so far"},
            "tickprefix": "£",
            "tickformat": ",.0f",
            "fixedrange": True,
            "gridcolor": "#eef2f7",
        },
    )
    return figure
