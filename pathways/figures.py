"""Plotly figures as pure functions of the graph and the routes found: the route map and the money chart.

Colour is never the only signal: a step's colour says its sector (the
Okabe-Ito palette, safe for colour-blind eyes), and its kind has its own
marker shape and its own lane. The map holds only the nodes on the routes
found, so it stays readable however large the data grows.

Every colour is set here, not left to plotly's or Streamlit's theme, and meets
WCAG on the white plot: text 4.5:1 (1.4.3), lines and markers 3:1 (1.4.11).
Okabe-Ito's sky blue and orange are only 2.3:1 on white, so they are not used;
black takes their place. Routes that are not chosen are thinner and dashed,
not faded, so they stay as easy to see as the rest.
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
    "course": ("College course", "#882255", "diamond"),
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
LINE_COLOURS = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#000000")
DASHES = ("solid", "dash", "dot", "dashdot", "longdash")
SYMBOLS = ("circle", "square", "diamond", "triangle-up", "x")
BACKGROUND = "#ffffff"
TEXT = "#1f2937"  # 14.7:1 on white: tick labels, axis titles, legend and step names
GRID = "#e5e7eb"  # grid lines only guide the eye; the ticks carry the meaning
CHOSEN = "#0b3d91"  # the chosen route: 10:1, thick and solid
OTHER = "#595959"  # the other routes: 7:1, thin and dashed
OTHER_DASH = "dash"
CHOSEN_WIDTH, OTHER_WIDTH = 6, 2
FONT = {"color": TEXT}
SOLID = 1.0  # said outright: Streamlit's chart theme otherwise draws markers at 0.7, and #009E73 drops to 2.4:1


def phone_like(user_agent: str | None) -> bool:
    """Whether a browser says it is a phone: then step names start hidden, as they overlap below about 500 px.

    The server never learns the screen's width, only the browser's description
    of itself, so this is a first guess the pupil can change ("Show step names").
    """
    agent = (user_agent or "").lower()
    return any(word in agent for word in ("mobi", "iphone", "android", "ipod"))


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


def route_map(graph: Graph, routes: list[Route], chosen: int | None = None, *, labels: bool = True) -> go.Figure:
    """The routes found, left to right; route number `chosen` (1-based) bold, the others thin and dashed.

    With `labels` off (on a narrow screen) no step names are drawn: on a phone
    they run off the chart and over each other, and the numbered list under the
    map says the same in order.
    """
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
                line={
                    "color": CHOSEN if strong else OTHER,
                    "width": CHOSEN_WIDTH if strong else OTHER_WIDTH,
                    "dash": "solid" if strong or not picked else OTHER_DASH,
                },
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
                text=[name if labels and n in bright else "" for n, name in zip(ids, names, strict=True)],
                textposition="top center",
                textfont=FONT,
                marker={
                    "color": [SECTOR_COLOURS.get(node(graph, n).sector, SECTOR_COLOURS[None])[1] for n in ids],
                    "symbol": symbol,
                    "opacity": SOLID,
                    "size": [22 if n in bright else 14 for n in ids],
                    "line": {"color": BACKGROUND, "width": 1.5},
                },
            )
        )
    sectors = {node(graph, n).sector for n in xy}
    for sector, (label, colour) in SECTOR_COLOURS.items():
        if sector in sectors:  # a legend entry for each colour on the map; no point of its own
            figure.add_trace(
                go.Scatter(
                    x=[None],
                    y=[None],
                    mode="markers",
                    name=label,
                    marker={"color": colour, "symbol": "square", "size": 12, "opacity": SOLID},
                )
            )
    columns = max((x for x, _ in xy.values()), default=0)
    figure.update_layout(
        height=460,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        showlegend=True,
        legend={"orientation": "h", "y": -0.12, "x": 0, "font": FONT},
        clickmode="event+select",
        dragmode=False,
        font=FONT,
        paper_bgcolor=BACKGROUND,
        plot_bgcolor=BACKGROUND,
        xaxis={
            "tickfont": FONT,
            "tickvals": list(range(int(columns) + 1)),
            "ticktext": ["Now", *(f"Step {i}" for i in range(1, int(columns) + 1))],
            "showgrid": False,
            "zeroline": False,
            "fixedrange": True,
            "range": [-0.5, columns + 0.5],
        },
        yaxis={
            "tickfont": FONT,
            "tickvals": list(range(len(lanes))),
            "ticktext": [KINDS[k][0] for k in lanes],
            "showgrid": True,
            "gridcolor": GRID,
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
    drawn at all, rather than drawn on a made-up figure; `money.describe_money` says why.
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
                marker={"symbol": SYMBOLS[index % len(SYMBOLS)], "size": 9, "opacity": SOLID},
                hovertemplate="Age %{x}: £%{y:,.0f}<extra>" + name + "</extra>",
            )
        )
    figure.add_hline(y=0, line={"color": "#505a5f", "width": 1})
    figure.update_layout(
        height=400,
        margin={"l": 10, "r": 10, "t": 10, "b": 10},
        legend={"orientation": "h", "y": -0.2, "x": 0, "font": FONT},
        dragmode=False,
        font=FONT,
        paper_bgcolor=BACKGROUND,
        plot_bgcolor=BACKGROUND,
        xaxis={"title": {"text": "Age", "font": FONT}, "tickfont": FONT, "dtick": 1, "fixedrange": True, "showgrid": False},
        yaxis={
            "title": {"text": "Money so far", "font": FONT},
            "tickfont": FONT,
            "tickprefix": "£",
            "tickformat": ",.0f",
            "fixedrange": True,
            "gridcolor": GRID,
        },
    )
    return figure
