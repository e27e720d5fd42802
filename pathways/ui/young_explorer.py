"""Young explorer (Years 5 to 9): tap a picture of something you like, pick a job, see the journey there."""

import streamlit as st

from pathways import explorer, words
from pathways.graph import node
from pathways.interests import BY_ID
from pathways.ui import state

PAGE = "young"

graph = state.graph()
st.title("Young explorer", anchor=False)
st.markdown(explorer.INTRO)
chosen = st.pills(
    "What do you like doing?",
    [c.id for c in explorer.cards()],
    format_func=lambda i: f"{BY_ID[i].emoji} {BY_ID[i].label}",
    key=f"{PAGE}.card",
)
card = explorer.interest(chosen) if chosen else None
if card:
    found = explorer.jobs_for_card(graph, card)
    if not found:
        st.write("We do not have jobs for this one yet. Try another picture!")
    job = st.pills(
        f"Jobs for people who like {card.label.lower()}",
        found,
        format_func=lambda j: explorer.plain_name(node(graph, j).name).capitalize(),
        key=f"{PAGE}.job.{card.id}",
    )
    if job:
        ages = explorer.young_stages(graph)
        names = {s: node(graph, s).name for s in ages}
        start = st.radio("Where are you now?", ages, format_func=lambda s: names[s], key=f"{PAGE}.stage", horizontal=True)
        st.header(f"How to become {explorer.a_job(node(graph, job).name)}", anchor=False)
        trip = explorer.journey(graph, start, job) if start else None
        if trip is None:
            st.write(explorer.NO_JOURNEY)
        else:
            st.markdown("\n".join(f"{n}. {words.md(s)}" for n, s in enumerate(trip.sentences, start=1)))
        st.markdown(words.md(node(graph, job).summary))
