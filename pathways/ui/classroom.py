"""Class sessions on the pupils' pages: joining by link or code, the "you are in a class" box, the counting hooks.

Other pages call one function each (take_link in app.py, join_box on Find my
route, count_view and count_quiz where a pupil picks things), so the class
summary can change without touching them. Every store failure becomes a short
notice here: the pupil's own exploring never depends on the class summary.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

import streamlit as st

from pathways import plain_words
from pathways.classroom import codes, member
from pathways.classroom.errors import ClassError, UnknownClassError
from pathways.classroom.store import DATABASE_URL_VARIABLE, STATE_DIR_VARIABLE, ClassStore, Summary, open_store, tab_token
from pathways.classroom.summary import graph_names, lines, shown
from pathways.graph import Graph
from pathways.ui import state
from pathways.url_state import View

LINK_KEY = "class"  # /?class=ACE47
MEMBER = "classroom.member"  # this tab's Member, while joined
TAB = "classroom.tab"  # this tab's random token: kept after leaving, so joining again is still one pupil
NOTICE = "classroom.notice"  # (kind, message) to show once, on the next Find my route


@st.cache_resource(max_entries=4, show_spinner=False)
def _store(url: str, folder: str) -> ClassStore:
    return open_store({DATABASE_URL_VARIABLE: url, STATE_DIR_VARIABLE: folder, **_home()})


def _home() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k == "XDG_STATE_HOME"}


def store() -> ClassStore:
    """One store object per setting, shared by every session (it opens a connection per operation)."""
    return _store(os.environ.get(DATABASE_URL_VARIABLE, ""), os.environ.get(STATE_DIR_VARIABLE, ""))


def class_link(code: str) -> str:
    """The short link a teacher projects: the landing page with ?class=CODE."""
    return f"{state.public_base()}/?{LINK_KEY}={code}"


def joined() -> member.Member | None:
    found = st.session_state.get(MEMBER)
    return found if isinstance(found, member.Member) else None


def join(typed: str) -> None:
    """Join the class a pupil typed or followed a link to; the outcome waits in NOTICE for the join box."""
    tab = st.session_state.setdefault(TAB, tab_token())
    try:
        code = codes.clean_code(typed)
        st.session_state[MEMBER], _session = member.join(store(), code, tab, joined())
    except ClassError as error:
        st.session_state[NOTICE] = ("warning", str(error))
        return
    st.session_state[NOTICE] = ("success", f"You joined class {code}.")


def take_link() -> None:
    """Called by app.py on every page: a ?class=CODE link joins, then leaves the address so it is not shared on."""
    typed = st.query_params.get(LINK_KEY)
    if typed is None:
        return
    del st.query_params[LINK_KEY]
    join(str(typed)[:40])


def leave() -> None:
    st.session_state.pop(MEMBER, None)
    st.session_state[NOTICE] = ("info", "You left the class. What you look at now is not added to the class summary.")


def _join_typed() -> None:
    join(str(st.session_state.get("classroom.code", "")))
    st.session_state["classroom.code"] = ""


def join_box(graph: Graph) -> None:
    """On Find my route: join with a code, or, once joined, what the class sees and a way to leave."""
    notice = st.session_state.pop(NOTICE, None)
    if notice:
        kind, message = notice
        {"success": st.success, "warning": st.warning}.get(kind, st.info)(message)
    current = joined()
    if current is None:
        with st.expander("In a class? Join with your teacher's code", icon="🏫"):
            st.text_input(
                "Class code (press Enter to join)",
                key="classroom.code",
                max_chars=12,
                placeholder="for example ACE47",
                on_change=_join_typed,
            )
            st.caption("Your teacher sees only how many pupils looked at each thing. Never your name or what you type.")
        return
    with st.container(border=True):
        st.markdown(f"**You are in class {current.code}.**")
        st.caption(
            "Your class summary counts the stage, areas of work, jobs and kinds of route you look at, and the areas "
            "the quiz suggests. Never your name or the words you type. Numbers below 3 show as “fewer than 3”."
        )
        with st.expander("What your class sees"):
            class_view(graph, current.code)
        st.button("Leave the class", on_click=leave, key="classroom.leave", icon="🚪")


@st.fragment
def class_view(graph: Graph, code: str) -> None:
    """The class's counts, with a button that refreshes only this box (not the pupil's whole page)."""
    try:
        show_summary(graph, store().summary(code))
    except ClassError as error:
        _failed(error)
        return
    st.button("Refresh", key="classroom.refresh", icon="🔄", help="Show the latest class counts.")


def show_summary(graph: Graph, summary: Summary) -> None:
    """The counts as the teacher sees them: small numbers hidden, names from the data."""
    st.markdown(f"**Pupils joined:** {shown(summary.pupils)}")
    found = lines(summary, graph_names(graph))
    if not found:
        st.write("Nothing explored yet.")
    for heading in dict.fromkeys(line.what for line in found):
        st.markdown(f"**{heading}**")
        st.markdown("\n".join(f"- {plain_words.md(line.name)}: {line.pupils}" for line in found if line.what == heading))


def _failed(error: ClassError) -> None:
    if isinstance(error, UnknownClassError):
        st.session_state.pop(MEMBER, None)
        st.info("Your class session has ended, so nothing more is added to it. Carry on exploring on your own.")
    else:
        st.info(str(error))


def _note(items: Iterable[tuple[str, str]]) -> None:
    current = joined()
    if current is None:
        return
    try:
        member.note(store(), current, items)
    except ClassError as error:
        _failed(error)


def count_view(graph: Graph, view: View) -> None:
    """Hook on Find my route: the stage, area of work and job on screen, and the kinds of route shown."""
    if joined() is None:
        return
    found = state.routes(graph, view.start, view.job, view.constraints) if view.start and view.job else []
    _note(member.view_items(view.start, view.sector, view.job, found))


def count_quiz(sector_ids: Iterable[str]) -> None:
    """Hook on the quiz: the areas of work it suggested."""
    _note(member.quiz_items(sector_ids))
