"""What's near me: the city region's colleges and employers on a map, nearest first from where a pupil lives."""

from dataclasses import replace

import streamlit as st

from pathways import near, plain_words
from pathways.graph import jobs
from pathways.index import sector_names
from pathways.near_map import near_map
from pathways.places import BOROUGH_NAMES
from pathways.ui import nearby, state, widgets

KIND_WORDS = {"provider": "college or training", "employer": "employer"}

graph = state.graph()
view = state.start("near", graph)
st.title("What's near me", anchor=False)
st.write("See the colleges, training places and employers near where you live. Pick your town, then an area of work or a job.")
widgets.notice(view)

where = nearby.area_picker(graph, "near.near", view.near)
sectors = sector_names(graph)
widgets.seed("near.sector", view.sector)
sector = st.pills("Pick an area of work", list(sectors), format_func=lambda s: sectors[s], key="near.sector")
job = widgets.node_select("Or a job", jobs(graph, sector), "near.job", view.job, help="Type to search the list.")
view = replace(view, near=where.id if where else None, sector=sector, job=job)

if job:
    provider_ids, employer_ids = near.for_jobs(graph, [job])
    shown = near.map_points(graph, provider_ids, employer_ids)
elif sector:
    provider_ids, employer_ids = near.for_jobs(graph, [j.id for j in jobs(graph, sector)])
    shown = near.map_points(graph, provider_ids, employer_ids)
else:
    shown = near.map_points(graph)
shown = [p for p in shown if p.borough != "outside-lcr"]

alt = (
    f"Map of {len(shown)} colleges, training places and employers in the Liverpool City Region"
    + (f", with {where.name} marked as a star" if where else "")
    + ". The same places are in the list under the map."
)
if widgets.show_chart("Show the map", "near.show"):
    st.plotly_chart(near_map(shown, near.areas(graph), where), config=widgets.MAP_CONFIG, key="near.chart", alt=alt)
    st.caption("Points are the centre of a town or postcode area, so distances are straight lines and only rough.")

st.subheader("The same places as a list", anchor=False)
if not where:
    st.write(near.HOW_TO_CHOOSE)
if not shown:
    st.write("We do not know any places for this yet.")
lines = []
for number, item in enumerate(near.listed(shown, where), start=1):
    p = item.point
    facts = [KIND_WORDS[p.kind], BOROUGH_NAMES.get(p.borough, p.borough)]
    if item.km is not None:
        facts.append(near.km_words(item.km))
    lines.append(f"{number}. {plain_words.md(p.name)} ({plain_words.md(', '.join(facts))})")
st.markdown("\n".join(lines))
state.keep("near", view)
