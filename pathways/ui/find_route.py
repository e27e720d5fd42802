"""Find my route (the landing page): where are you now -> what are you into -> which job -> the routes."""

from dataclasses import replace

import streamlit as st

from pathways import plain_words, url_state
from pathways.graph import node
from pathways.index import job_row, sector_names, subject_names
from pathways.routes import grade_gaps, nearest_routes
from pathways.search import jobs_for, search_jobs
from pathways.ui import classroom, nearby, plan, state, widgets

CARDS = 12
LIST = "find.cards"  # the "Jobs for you" list is open


def open_list() -> None:
    """New words, an area or subjects: open the list again, so the pupil sees the jobs they asked for."""
    st.session_state[LIST] = True


def choose(job: str) -> None:
    """A job is chosen: fold the list away (its cards are not even made while it is shut) and show the routes."""
    st.session_state[LIST] = False
    state.update("find", to=job, route=None, node=None)


graph = state.graph()
view = state.start("find", graph)
st.title("Find my route", anchor=False)
st.write("Answer three questions. We show you the ways into a job, step by step.")
widgets.notice(view)
classroom.join_box(graph)

st.header("1. Where are you now?", anchor=False)
stage = widgets.stage_picker(graph, "find.stage", view.start)

st.header("2. What are you into?", anchor=False)
sectors = sector_names(graph)
subjects = subject_names(graph)
widgets.seed("find.sector", view.sector)
widgets.seed("find.subjects", list(view.subjects))
widgets.seed("find.q", view.q)
sector = st.pills("Pick an area of work", list(sectors), format_func=lambda s: sectors[s], key="find.sector", on_change=open_list)
picked = st.pills(
    "Or school subjects you like",
    list(subjects),
    format_func=lambda s: subjects[s],
    selection_mode="multi",
    key="find.subjects",
    on_change=open_list,
)
q = st.text_input(
    "Or say it in your own words",
    key="find.q",
    placeholder="for example: fixing cars, make games, help people",
    on_change=open_list,
)
view = replace(view, start=stage, sector=sector, subjects=tuple(picked), q=(q or "").strip()[:80])

st.header("3. Which job?", anchor=False)
if view.job:
    st.markdown(f"You chose **{plain_words.md(node(graph, view.job).name)}**. Open the list to choose a different job.")
# Shut once a job is chosen, and then its cards (about half of this page's elements) are not made at all: a
# rerun sends less and the class's burst queues less (benchmarks/RESULTS.md). Opening it reruns the page.
widgets.seed(LIST, not view.job)
cards = st.expander("Jobs for you", key=LIST, on_change="rerun", icon="💼")
found = jobs_for(graph, sector, view.subjects, view.q) if cards.open else []
why = {hit.id: hit.why for hit in search_jobs(graph, view.q)} if view.q and cards.open else {}
if cards.open and view.q and not why:
    with cards:
        widgets.no_match(view.q, sectors.items(), "find")
elif cards.open and not found:
    cards.write("We could not find a job for that yet. Try other words, or pick an area of work.")
if len(found) > CARDS:
    cards.caption(f"Showing {CARDS} of {len(found)} jobs. Pick a subject or type a few words to see others.")
for job in found[:CARDS]:
    row = job_row(graph, job.id)
    with cards.container(border=True):
        st.markdown(f"**{plain_words.md(job.name)}**")
        st.markdown(plain_words.md(job.summary))
        if job.id in why:
            st.markdown(f"Why this job: {plain_words.md(why[job.id])}")
        pay = plain_words.job_pay(row)
        st.caption(f"Pay: {plain_words.md(pay)}")
        chosen = job.id == view.job
        st.button(
            f"{'Chosen' if chosen else 'Choose'}: {job.name}",
            key=f"find.job.{job.id}",
            on_click=choose,
            args=(job.id,),
            type="primary" if chosen else "secondary",
            width="stretch",
        )

if view.job:
    job = node(graph, view.job)
    widgets.heading(f"Ways in: {job.name}", widgets.ROUTES_ANCHOR)
    if stage and state.opened_from_link():
        widgets.scroll_to(widgets.ROUTES_ANCHOR)
    if not stage:
        st.write("Tap where you are now (question 1) to see the routes.")
    else:
        constraints = widgets.filters("find", view.constraints)
        where = nearby.area_picker(graph, "find.near", view.near)
        found_routes = state.routes(graph, stage, view.job, constraints)
        if constraints.gcse_grade is not None:
            widgets.grade_gap_note(grade_gaps(graph, stage, view.job, constraints), found_routes, constraints.gcse_grade)
        if not found_routes:
            widgets.near_misses(graph, "find", nearest_routes(graph, stage, view.job, constraints))
        chosen_route = widgets.route_choice("find.route", found_routes, view.route)
        view = replace(view, constraints=constraints, route=chosen_route, near=where.id if where else None)
        view = replace(view, node=widgets.route_map(graph, found_routes, chosen_route, "find.map", "find", view.node))
        for number, route in enumerate(found_routes, start=1):
            widgets.route_card(graph, route, number, where=where)
        if found_routes:
            link = plan.view_link("", url_state.encode(view))
            plan.download_plan(graph, stage, job.id, found_routes, key="find.plan", near=where, link=link)
            if chosen_route:
                plan.experiences_for_route(graph, found_routes[chosen_route - 1])
            st.page_link(
                "pathways/ui/compare.py",
                label="Compare these routes side by side",
                icon="⚖️",
                query_params=url_state.encode(view, "compare"),
            )
            st.page_link(
                "pathways/ui/job_profile.py",
                label=f"More about this job: {job.name}",
                icon="🔎",
                query_params=url_state.encode(view, "job"),
            )
classroom.count_view(graph, view)
state.keep("find", view)
