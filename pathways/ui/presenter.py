"""Presenter mode: one route at a time, one step per screen, in large type, with a QR code to the same view."""

from dataclasses import replace

import streamlit as st

from pathways import plain_words, share, step_facts
from pathways.graph import jobs
from pathways.ui import look, nearby, state, widgets

PAGE = "presenter"
STEP = f"{PAGE}.step"
SHOWN = f"{PAGE}.shown"
SETUP = f"{PAGE}.setup"  # the set-up panel is open
FOCUS = f"{PAGE}.focus"  # move the focus to the slide on this run
SLIDE = "slide"  # the slide heading's anchor


def move(by: int, last: int) -> None:
    st.session_state[STEP] = min(max(st.session_state.get(STEP, 0) + by, 0), last)


def job_chosen() -> None:
    """A job is chosen: fold set-up away and take the focus to the slide, so the arrow keys move the slides."""
    st.session_state[SETUP] = False
    st.session_state[FOCUS] = True


graph = state.graph()
view = state.start(PAGE, graph)
look.projector()
st.title("Presenter mode", anchor=False)
widgets.notice(view)
widgets.seed(SETUP, not (view.start and view.job))
with st.expander("Choose what to show", key=SETUP, on_change="rerun"):
    start = widgets.stage_picker(graph, f"{PAGE}.stage", view.start or "years-10-11")
    job = widgets.node_select(
        "Which job?", jobs(graph), f"{PAGE}.job", view.job, help="Type to search the list.", on_change=job_chosen
    )
    where = nearby.area_picker(graph, f"{PAGE}.near", view.near)
view = replace(view, start=start, job=job, near=where.id if where else None)
found = state.routes(graph, start, job, view.constraints) if start and job else []
if start and job and not found:
    st.write("We do not know a route from there to this job yet.")
if found:
    number = widgets.route_choice(f"{PAGE}.route", found, view.route) or 1
    view = replace(view, route=number)
    route = found[number - 1]
    slides = step_facts.route_facts(graph, route, where)
    if st.session_state.get(SHOWN) not in (None, (start, job, number)):
        st.session_state[STEP] = 0  # a new route starts at its first step
    st.session_state[SHOWN] = (start, job, number)
    if STEP not in st.session_state:
        st.session_state[STEP] = (view.step or 1) - 1
    last = len(slides) - 1
    st.session_state[STEP] = min(max(st.session_state[STEP], 0), last)
    at = st.session_state[STEP]
    slide = slides[at]
    st.caption(f"Route {number} · step {at + 1} of {len(slides)}")
    widgets.heading(slide.name, SLIDE)
    if st.session_state.pop(FOCUS, False):
        widgets.focus(SLIDE)
    st.markdown(plain_words.md(slide.what))
    facts = [f"**How long:** {plain_words.md(slide.how_long)}"] if slide.how_long else []
    facts.append(f"**Cost or pay:** {plain_words.md(slide.money)}")
    if slide.requirement:
        facts.append(f"**To get in:** {plain_words.md(slide.requirement)}")
    if slide.providers:
        facts.append("**Near you:** " + nearby.places_line(list(slide.providers), where))
    st.markdown("  \n".join(facts))
    back, forward = st.columns(2)
    back.button("← Back", on_click=move, args=(-1, last), disabled=at == 0, shortcut="Left", key=f"{PAGE}.back")
    forward.button("Next →", on_click=move, args=(1, last), disabled=at == last, shortcut="Right", key=f"{PAGE}.next")
    st.caption("Tip: the left and right arrow keys work too.")

    view = replace(view, step=at + 1)
    link = state.share_link(PAGE, view)  # this page's keys only, in their short form: never words typed elsewhere
    st.subheader("Open this on your own phone", anchor=False)
    warning = share.reach_warning(link)
    if warning:
        st.warning(warning, icon="⚠️")
    qr, words_link = st.columns([1, 2])
    typed = share.short_link(link)
    qr.image(share.qr_png(link), caption="Scan to open this screen", width=260, alt=f"QR code that opens {typed}")
    # Plain large text, not st.code: a code block loads Streamlit's 1.6 MB syntax highlighter on every pupil's phone.
    words_link.markdown(f"Or type this address:  \n**{plain_words.md(typed)}**")
state.keep(PAGE, view if found else replace(view, step=None))
