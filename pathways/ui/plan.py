"""Widgets other pages place: "Download my plan" and the experiences beside a route or job."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from pathways import experiences, export, words
from pathways.graph import Graph
from pathways.near import Area
from pathways.routes import Route


@st.cache_data(max_entries=256, show_spinner=False)
def _files(
    _graph: Graph,
    _routes: list[Route],
    token: str,
    start: str,
    job: str,
    keys: tuple[str, ...],
    day: str,
    _near: Area | None = None,
    near_id: str = "",
) -> tuple[bytes, bytes]:
    """The plan's PDF and CSV, made once per view and day, when a download button is first pressed."""
    plan = export.make_plan(_graph, start, job, _routes, near=_near)
    return export.plan_pdf(plan), export.plan_csv(plan)


def download_plan(graph: Graph, start: str, job: str, routes: list[Route], key: str = "plan", near: Area | None = None) -> None:
    """PDF for parents and CSV for a spreadsheet, made on the server: nothing is sent anywhere."""
    token = str(graph.graph.get("token", id(graph)))
    today = dt.date.today()
    made = (graph, routes, token, start, job, tuple(r.key for r in routes), today.isoformat(), near, near.id if near else "")
    # The files are made when a button is pressed, not on every run of the page: a PDF took a few per cent of a
    # class's burst, and most pupils never download one (benchmarks/RESULTS.md).
    pdf_name, csv_name = (export.plan_file_name_for(job, today, ext) for ext in ("pdf", "csv"))
    st.subheader("Download my plan", anchor=False)
    st.caption(
        "A page to print or share at home: every step, what it costs or pays, places near you and where the facts come from."
    )
    pdf, table = st.columns(2)
    pdf.download_button(
        "My plan (PDF)",
        lambda: _files(*made)[0],
        file_name=pdf_name,
        mime="application/pdf",
        key=f"{key}.pdf",
        icon="📄",
        on_click="ignore",
    )
    table.download_button(
        "My plan as a spreadsheet (CSV)",
        lambda: _files(*made)[1],
        file_name=csv_name,
        mime="text/csv",
        key=f"{key}.csv",
        icon="📊",
        on_click="ignore",
    )


def experiences_list(groups: list[experiences.AtStage]) -> None:
    """Work experience and visits under the stage that suits them (Gatsby benchmarks 5 and 6)."""
    st.subheader("Try it out: work experience and visits", anchor=False)
    if not groups:
        st.write("We do not know of work experience for this yet. Ask your school's careers adviser.")
        return
    for group in groups:
        items = [
            f"- **{words.md(e.name)}** ({words.md(e.type.replace('-', ' '))}, {words.md(words.duration(e.years))}): {words.md(e.summary)}"
            for e in group.experiences
        ]
        st.markdown(f"**{words.md(group.stage_name)}**\n" + "\n".join(items))


def experiences_for_route(graph: Graph, route: Route) -> None:
    experiences_list(experiences.for_route(graph, route))


def experiences_for_job(graph: Graph, job: str, start: str | None = None) -> None:
    experiences_list(experiences.for_job(graph, job, start))
