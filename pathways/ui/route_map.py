"""Route map: every route found from where you are to a job, drawn left to right, with a text twin."""

from dataclasses import replace

import streamlit as st

from pathways.routes import nearest_routes
from pathways.ui import state, widgets

graph = state.graph()
view = state.start("map", graph)
st.title("Route map", anchor=False)
st.write("Each line is one route. Steps go from left (now) to right (the job). Tap a step, or pick it below, to read about it.")
widgets.notice(view)
stage, job = widgets.stage_and_job(graph, "map", view)
view = replace(view, start=stage, job=job)
opened = None  # the step opened on the map, if any
if not (stage and job):
    st.write("Choose where you are now and a job to see the map.")
else:
    constraints = widgets.filters("map", view.constraints)
    found = state.routes(graph, stage, job, constraints)
    chosen = widgets.route_choice("map.route", found, view.route)
    view = replace(view, constraints=constraints, route=chosen)
    if not found:
        widgets.near_misses(graph, "map", nearest_routes(graph, stage, job, constraints))
    opened = widgets.route_map(graph, found, chosen, "map.map", "map", view.node)
state.keep("map", replace(view, node=opened))
