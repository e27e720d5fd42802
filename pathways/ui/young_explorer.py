"""Young explorer (Years 5 to 9): tap a picture of something you like, pick a job, see the journey there."""

import streamlit as st

from pathways import explorer, plain_words
from pathways.graph import node
from pathways.ui import speech, state

PAGE = "young"
CARD = f"{PAGE}.card"
PER_ROW = 4


def pick(card_id: str) -> None:
    st.session_state[CARD] = card_id


graph = state.graph()
st.title("Young explorer", anchor=False)
st.markdown(explorer.INTRO)
st.subheader("What do you like doing?", anchor=False)
chosen = st.session_state.get(CARD)
every = explorer.cards()
for row in range(0, len(every), PER_ROW):
    for column, item in zip(st.columns(PER_ROW), every[row : row + PER_ROW], strict=False):
        with column.container(border=True):
            st.html(explorer.picture_tag(item.id))
            st.button(
                item.label,
                key=f"{PAGE}.pick.{item.id}",
                on_click=pick,
                args=(item.id,),
                type="primary" if item.id == chosen else "secondary",
                width="stretch",
            )
card = explorer.interest(chosen) if chosen else None
if card:
    st.markdown(f"You picked: **{plain_words.md(card.label)}**")
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
            st.markdown("\n".join(f"{n}. {plain_words.md(s)}" for n, s in enumerate(trip.sentences, start=1)))
            speech.read_it_to_me(explorer.read_aloud(trip.sentences))
        st.markdown(plain_words.md(node(graph, job).summary))
