"""The "What's near me" map: providers, employers and the pupil's area on plain axes.

Drawn from the shipped coordinates only, with no map tiles, so the browser asks
nothing of any third party. Longitude is squeezed by cos(latitude) so that a
kilometre looks the same east-west as north-south. Colours and shapes are
colour-blind-safe (Okabe-Ito) and every point has a text twin on the page.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import plotly.graph_objects as go

from pathways.near import Area, Point

# kind -> (legend name, colour, marker symbol)
STYLES: dict[str, tuple[str, str, str]] = {
    "provider": ("Colleges and training", "#0072B2", "circle"),
    "employer": ("Employers", "#D55E00", "square"),
}
TOWN_TEXT = "#4d4d4d"  # 8:1 on white: town names stay readable at phone width
HOME = "#000000"
MID_LAT = 53.45  # the middle of the city region, for the east-west squeeze


def near_map(points: Sequence[Point], towns: Sequence[Area], where: Area | None) -> go.Figure:
    """A scatter of providers and employers over town names, with the chosen area as a black star."""
    figure = go.Figure()
    figure.add_trace(
        go.Scatter(
            x=[t.lon for t in towns],
            y=[t.lat for t in towns],
            mode="text",
            text=[t.name for t in towns],
            textposition="bottom center",  # below the point, so a college or employer marker never hides a name
            textfont={"color": TOWN_TEXT, "size": 11},
            hoverinfo="skip",
            name="Towns",
            showlegend=False,
        )
    )
    for kind, (label, colour, symbol) in STYLES.items():
        chosen = [p for p in points if p.kind == kind]
        if not chosen:
            continue
        figure.add_trace(
            go.Scatter(
                x=[p.lon for p in chosen],
                y=[p.lat for p in chosen],
                mode="markers",
                name=label,
                marker={"color": colour, "symbol": symbol, "size": 11, "line": {"color": "#ffffff", "width": 1}},
                customdata=[p.id for p in chosen],
                text=[p.name for p in chosen],
                hovertemplate="%{text}<extra></extra>",
            )
        )
    if where is not None:
        figure.add_trace(
            go.Scatter(
                x=[where.lon],
                y=[where.lat],
                mode="markers+text",
                name=f"You: {where.name}",
                text=[f"You: {where.name}"],
                textposition="top center",
                textfont={"color": HOME, "size": 13},
                marker={"color": HOME, "symbol": "star", "size": 18, "line": {"color": "#ffffff", "width": 1}},
                hovertemplate="%{text}<extra></extra>",
            )
        )
    axis = {"visible": False, "fixedrange": True}
    lons = [p.lon for p in points] + [t.lon for t in towns] + ([where.lon] if where else [])
    lats = [p.lat for p in points] + [t.lat for t in towns] + ([where.lat] if where else [])
    # Room for the names at the edges (plotly sizes axes to the points, not to their text labels).
    x_range = [min(lons) - 0.08, max(lons) + 0.12] if lons else None
    y_range = [min(lats) - 0.03, max(lats) + 0.03] if lats else None
    figure.update_layout(
        height=560,
        margin={"l": 4, "r": 4, "t": 8, "b": 4},
        plot_bgcolor="#ffffff",
        paper_bgcolor="#ffffff",
        font={"color": "#1a1a1a"},
        legend={"orientation": "h", "yanchor": "bottom", "y": 1.0, "x": 0},
        xaxis={**axis, "range": x_range, "scaleanchor": "y", "scaleratio": math.cos(math.radians(MID_LAT))},
        yaxis={**axis, "range": y_range},
        dragmode=False,
    )
    return figure
