"""Job profile: what the job is, its pay with a source, local employers, every kind of route in, what comes next."""

from dataclasses import replace

import streamlit as st

from pathways import plain_words, url_state
from pathways.graph import jobs, next_steps, node, stages
from pathways.index import job_row
from pathways.near import HOW_TO_CHOOSE, places_near
from pathways.places import employers_for, providers_for
from pathways.ui import nearby, plan, state, widgets

graph = state.graph()
view = state.start("job", graph)
st.title("Job profile", anchor=False)
widgets.notice(view)
job_id = widgets.node_select("Which job?", jobs(graph), "job.job", view.job, help="Type to search the list.")
where = nearby.area_picker(graph, "job.near", view.near)
view = replace(view, job=job_id, near=where.id if where else None)
if job_id:
    job, row = node(graph, job_id), job_row(graph, job_id)
    st.header(job.name, anchor=False)
    st.markdown(plain_words.md(job.summary))
    st.subheader("Pay and hours", anchor=False)
    pay = plain_words.job_pay(row)
    st.markdown(f"**Pay:** {plain_words.md(pay)}. The first figure is starter pay.")
    st.markdown(f"**Hours:** {plain_words.md(row.hours if row and row.hours else plain_words.NOT_KNOWN)}")
    st.markdown(f"**Jobs in the future:** {plain_words.md(row.outlook if row and row.outlook else plain_words.NOT_KNOWN)}")
    widgets.source_line("Where the pay comes from", job.source_url, job.checked)

    st.subheader("Who does this job in the Liverpool City Region", anchor=False)
    employers = places_near(employers_for(graph, job_id), graph, where, kind="employer")
    if employers:
        st.markdown(
            "\n".join(f"- {plain_words.md_link(e.name, e.website or e.source_url)} ({nearby.where_words(e)})" for e in employers)
        )
        if not where:
            st.markdown(plain_words.md(HOW_TO_CHOOSE))
    else:
        st.write(f"Named local employers: {plain_words.NOT_KNOWN}.")

    st.subheader("Ways in", anchor=False)
    stage = widgets.node_select("Where are you now?", stages(graph), "job.stage", view.start or "years-10-11")
    view = replace(view, start=stage)
    if stage:
        found = state.routes(graph, stage, job_id, view.constraints)
        if not found:
            st.write("We do not know a route from there yet.")
        for number, route in enumerate(found, start=1):
            widgets.route_card(graph, route, number, where=where)
        if found:
            link = plan.view_link("job", url_state.encode(view))
            plan.download_plan(graph, stage, job_id, found, key="job.plan", near=where, link=link)
        plan.experiences_for_job(graph, job_id, stage)
        on_routes = sorted({s.id for r in found for s in r.learning if s.kind != "stage"}, key=lambda i: node(graph, i).name)
        if on_routes:
            with st.expander("Places near you for each step"):
                for step_id in on_routes:
                    places = places_near(providers_for(graph, step_id), graph, where)
                    st.markdown(f"- **{plain_words.md(node(graph, step_id).name)}**: {nearby.places_line(places, where)}")

    st.subheader("Where it can lead next", anchor=False)
    onward = next_steps(graph, job_id)
    if onward:
        st.markdown("\n".join(f"- {plain_words.md(n.name)}" + (f": {plain_words.md(why)}" if why else "") for n, why in onward))
    else:
        st.write(f"Next steps: {plain_words.NOT_KNOWN}.")
state.keep("job", view)
