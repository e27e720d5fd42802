"""Widgets other pages place: "Download my plan" and the experiences beside a route or job."""

from __future__ import annotations

import datetime as dt
import functools

import streamlit as st

from pathways import experiences, export, plain_words, share
from pathways.graph import Graph
from pathways.near import Area
from pathways.routes import Route
from pathways.ui import state


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
    link: str = "",
) -> tuple[export.Plan, bytes]:
    """The plan and its CSV, made once per view and day rather than on every rerun.

    The PDF takes longest to lay out, and the link in it changes with every
    route the pupil taps, so it is made only when "My plan (PDF)" is pressed.
    """
    plan = export.make_plan(_graph, start, job, _routes, near=_near, link=link)
    return plan, export.plan_csv(plan)


PRIVATE_KEYS = ("q",)  # a pupil's own typed words: not printed on paper that may be left anywhere


def view_link(page: str, params: dict[str, str]) -> str:
    """The address of this view on `page` ("" for the landing page), as pupils and parents can reach it.

    It opens the same routes; only the words a pupil typed to find the job are left out.
    """
    kept = {key: value for key, value in params.items() if key not in PRIVATE_KEYS}
    return share.share_link(state.public_base(), page, kept)


def download_plan(
    graph: Graph, start: str, job: str, routes: list[Route], key: str = "plan", near: Area | None = None, link: str = ""
) -> None:
    """PDF for parents and CSV for a spreadsheet, made on the server: nothing is sent anywhere.

    `link` (from `view_link`) is printed in the PDF with its QR code, so the plan
    opens the same view again; when phones at home may not reach it, the page
    says so in plain words (the adviser's fix is for presenter mode to say).
    """
    token = str(graph.graph.get("token", id(graph)))
    day = dt.date.today().isoformat()
    made, csv_bytes = _files(
        graph, routes, token, start, job, tuple(r.key for r in routes), day, near, near.id if near else "", link
    )
    st.subheader("Download my plan", anchor=False)
    st.caption(
        "A page to print or share at home: the routes side by side, what to do next, every step, what it costs or pays,"
        " places near you and where the facts come from." + (" A link and a QR code on it open this view again." if link else "")
    )
    note = share.plan_link_note(link) if link else ""
    if note:
        st.caption(note)  # a plain fact, not an alert: the plan itself works anywhere
    pdf, table = st.columns(2)
    pdf.download_button(
        "My plan (PDF)",
        functools.partial(export.plan_pdf, made),
        file_name=export.plan_file_name(made, "pdf"),
        mime="application/pdf",
        key=f"{key}.pdf",
        icon="📄",
        on_click="ignore",
    )
    table.download_button(
        "My plan as a spreadsheet (CSV)",
        csv_bytes,
        file_name=export.plan_file_name(made, "csv"),
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
            f"- **{plain_words.md(e.name)}** ({plain_words.md(e.type.replace('-', ' '))}, {plain_words.md(plain_words.duration(e.years))}): {plain_words.md(e.summary)}"
            for e in group.experiences
        ]
        st.markdown(f"**{plain_words.md(group.stage_name)}**\n" + "\n".join(items))


def experiences_for_route(graph: Graph, route: Route) -> None:
    experiences_list(experiences.for_route(graph, route))


def experiences_for_job(graph: Graph, job: str, start: str | None = None) -> None:
    experiences_list(experiences.for_job(graph, job, start))
