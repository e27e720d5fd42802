"""Widgets more than one page uses: pickers, filters, route cards, the map panel, sources and jargon.

Every data string goes through `words.md` before it reaches Markdown, so text
from a spreadsheet is shown as typed and never changes the page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Mapping

import streamlit as st

from pathways import figures, money, words
from pathways.facts import providers_for
from pathways.graph import Graph, Node, dataset, jobs, node, stages
from pathways.links import View
from pathways.routes import Constraints, GradeGap, Route, describe, describe_route
from pathways.sources import publisher

GRADES = [None, 9, 8, 7, 6, 5, 4, 3, 2, 1]
YEARS = [None, 1, 2, 3, 4, 5, 6, 7, 8]
MAP_CONFIG = {"displayModeBar": False, "responsive": True}


def seed(key: str, value: object) -> None:
    """Start a widget from the view; after that the widget's own value wins."""
    if key not in st.session_state:
        st.session_state[key] = value


def notice(view: View) -> None:
    """What the page must tell the pupil before anything else: a link it could not fully open, or a job just chosen."""
    if view.ignored:
        shown = words.md(", ".join(view.ignored))
        st.info(f"We could not open part of that link ({shown}), so here is the nearest page we could show.", icon="ℹ️")
    if just_chose_a_job(st.session_state.to_dict()):
        st.html(_FOCUS_WAYS_IN, unsafe_allow_javascript=True)


# A "Choose: <job>" button's key (find_route.py): its value is True only in the run its press starts.
_CHOOSE_KEY = re.compile(r"^[a-z]+\.job\.[a-z0-9-]+$")


def just_chose_a_job(session: Mapping[str, object]) -> bool:
    """Whether this run comes from pressing "Choose: <job>", which removes the pressed button from the page."""
    return any(value is True and _CHOOSE_KEY.match(str(key)) for key, value in session.items())


# WCAG 2.4.3 and 4.1.3: pressing "Choose" removes the button, and focus fell to the page body, so the next
# Tab started again from the top and a screen reader heard nothing. Once the page has drawn the new
# "Ways in: <job>" heading, this moves focus to it and says the choice in a polite live region. It reads
# the job's name from the heading on the page, so no data reaches the script.
_FOCUS_WAYS_IN = r"""
<script>
(() => {
  const doc = window.parent && window.parent.document ? window.parent.document : document;
  const started = Date.now();
  const move = () => {
    const app = doc.querySelector('[data-testid="stApp"]');
    const heading = [...doc.querySelectorAll('[data-testid="stMain"] h2')]
      .find((h) => h.textContent.trim().startsWith('Ways in:'));
    if (!heading || (app && app.getAttribute('data-test-script-state') === 'running')) {
      if (Date.now() - started < 10000) setTimeout(move, 100);
      return;
    }
    heading.setAttribute('tabindex', '-1');
    heading.focus({preventScroll: false});
    let live = doc.getElementById('pathways-announce');
    if (!live) {
      live = doc.createElement('div');
      live.id = 'pathways-announce';
      live.setAttribute('role', 'status');
      live.setAttribute('aria-live', 'polite');
      live.style.cssText = 'position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;';
      doc.body.appendChild(live);
    }
    const job = heading.textContent.trim().replace(/^Ways in:\s*/, '');
    live.textContent = '';
    setTimeout(() => { live.textContent = `You chose ${job}. The ways in are below.`; }, 150);
  };
  move();
})();
</script>
"""


def stage_picker(graph: Graph, key: str, current: str | None) -> str | None:
    """Where the pupil is now, by tapping (pills are big enough for a thumb)."""
    options = [s.id for s in stages(graph)]
    seed(key, current if current in options else None)
    names = {s.id: s.name for s in stages(graph)}
    return st.pills(
        "Where are you now?", options, format_func=lambda s: names[s], key=key, help="Tap the one that fits you best."
    )


def node_select(label: str, nodes: list[Node], key: str, current: str | None, help: str | None = None) -> str | None:
    """A keyboard-friendly choice of one node by name (type to filter)."""
    options = [n.id for n in nodes]
    seed(key, current if current in options else None)
    names = {n.id: n.name for n in nodes}
    return st.selectbox(label, options, format_func=lambda i: names[i], key=key, placeholder="Choose one", index=None, help=help)


def stage_and_job(graph: Graph, prefix: str, view: View) -> tuple[str | None, str | None]:
    """Where are you now, and which job: side by side, as the pages that start from both ask."""
    left, right = st.columns(2)
    with left:
        stage = node_select("Where are you now?", stages(graph), f"{prefix}.stage", view.start)
    with right:
        job = node_select("Which job?", jobs(graph), f"{prefix}.job", view.job, help="Type to search the list.")
    return stage, job


def filters(prefix: str, current: Constraints) -> Constraints:
    """No university, earn while I learn, grades I expect, at most N years."""
    seed(f"{prefix}.nouni", current.no_university)
    seed(f"{prefix}.paid", current.paid_only)
    seed(f"{prefix}.grade", current.gcse_grade)
    seed(f"{prefix}.years", int(current.max_years) if current.max_years else None)
    active = current != Constraints()
    with st.expander("Change what the routes must do", expanded=active, icon="⚙️"):
        no_uni = st.toggle("No university", key=f"{prefix}.nouni", help="Only routes that do not go to university.")
        paid = st.toggle("Earn while I learn", key=f"{prefix}.paid", help="Only routes where you are paid, like apprenticeships.")
        grade = st.selectbox(
            "Grades I expect in most GCSEs",
            GRADES,
            key=f"{prefix}.grade",
            format_func=lambda g: "Not sure yet" if g is None else f"Grade {g}",
            help="GCSE grades go from 9 (the top) to 1. Grade 4 is a standard pass.",
        )
        years = st.selectbox(
            "At most this many years of learning",
            YEARS,
            key=f"{prefix}.years",
            format_func=lambda y: "Any length" if y is None else f"{y} year" + ("" if y == 1 else "s"),
        )
    return Constraints(no_uni, paid, float(years) if years else None, grade)


def route_choice(key: str, routes: list[Route], current: int | None) -> int | None:
    """Which route to show bold on the map: the same choice the map's click makes."""
    numbers = list(range(1, len(routes) + 1))
    seed(key, current if current in numbers else (1 if numbers else None))
    return st.pills("Show this route on the map", numbers, format_func=lambda n: f"Route {n}", key=key)


def _step_line(graph: Graph, number: int, route: Route, index: int) -> str:
    step = route.steps[index]
    info = node(graph, step.id)
    facts = [words.level(info.level) if info.level is not None else "", step.kind.replace("-", " ")]
    head = f"{number}. **{words.md(step.name)}** ({words.md(', '.join(f for f in facts if f))})"
    details = []
    if step.id != route.job:
        details.append(f"How long: {words.md(words.duration(step.years))}")
    details.append(f"Money: {words.md(money.step_words(graph, step.id))}")
    details.append(f"To get in: {words.md(step.requirement or words.NOT_KNOWN)}")
    places = providers_for(graph, step.id)
    if step.kind not in ("stage", "job"):
        near = words.and_list([f"{p.name} ({p.where})" for p in places]) if places else words.NOT_KNOWN
        details.append(f"Near you: {words.md(near)}")
    details.append(source_words("Source", info.source_url, info.checked))
    return head + "".join(f"  \n   {d}" for d in details)


def route_card(graph: Graph, route: Route, number: int) -> None:
    """One route as numbered steps, with its totals on top and its jargon explained below."""
    with st.container(border=True):
        st.subheader(f"Route {number}", anchor=False)
        totals = [f"about {words.duration(route.years)} of learning" if route.years_known else "length not known yet"]
        totals.append(f"fees {words.gbp(route.tuition_gbp)}" if route.tuition_known else "fees not known yet")
        if route.earns_while_learning:
            totals.append("you earn while you learn")
        if route.uses_university:
            totals.append("includes university")
        st.markdown(words.md(" · ".join(totals)))
        shown = [i for i, s in enumerate(route.steps) if s.kind != "stage" or i > 0]
        st.markdown("\n".join(_step_line(graph, n, route, i) for n, i in enumerate(shown, start=1)))
        explain(graph, [s.name for s in route.steps] + [f"Level {s.level}" for s in route.steps if s.level is not None])


def explain(graph: Graph, texts: Iterable[str]) -> None:
    """Jargon used above, explained from the glossary, so nobody has to leave the page to look it up."""
    found = words.glossary_for(texts, dataset(graph).glossary)
    if found:
        with st.expander("What do these words mean?"):
            st.markdown("\n".join(f"- **{words.md(g.term)}**: {words.md(g.meaning)}" for g in found))


def grade_gap_note(gaps: list[GradeGap], routes: list[Route], grade: int) -> None:
    """When grades rule a route out, say so kindly and point at what still works."""
    if not gaps:
        return
    lines = [f"- {words.md(g.name)} usually asks for grade {g.needs_grade}: {words.md(g.requirement or '')}" for g in gaps]
    if routes:
        instead = "The routes below still work with grade " + str(grade) + ". They get you there another way."
    else:
        instead = (
            "No route fits those grades yet. You could resit English or maths, take a Level 2 course first, "
            "or talk to your careers adviser."
        )
    st.warning(f"With grade {grade}, some steps may be out of reach for now:\n" + "\n".join(lines) + f"\n\n{instead}", icon="💡")


def source_words(label: str, url: str, checked: dt.date | None) -> str:
    """"Source: National Careers Service (checked 2 December 2026)": the link's words name where it goes (WCAG 2.4.4)."""
    main = words.first_url(url)
    return f"{words.md(label[:1].upper() + label[1:])}: {words.link(publisher(main), main)} ({words.checked(checked)})"


def source_line(label: str, url: str, checked: object) -> None:
    """`label` says what the source is for ("where the pay comes from"); the link itself names the publisher."""
    # Plain text, not st.caption: a caption's faded colour makes a link fail the 4.5:1 contrast pupils need.
    st.markdown(source_words(label, url, checked if isinstance(checked, dt.date) else None))


@st.fragment
def route_map(graph: Graph, routes: list[Route], chosen: int | None, key: str) -> None:
    """The map and its text twin; a click (or the select box) opens a step without rerunning the page.

    Step names overlap on a phone, so there they start hidden (the list under
    the map names every step in order) and a toggle shows them.
    """
    if not routes:
        return
    seed(f"{key}.labels", not figures.phone_like(st.context.headers.get("User-Agent")))
    labels = st.toggle("Show step names on the map", key=f"{key}.labels", help="On a small screen the names can overlap.")
    figure = figures.route_map(graph, routes, chosen, labels=labels)
    event = st.plotly_chart(
        figure, key=f"{key}.chart", on_select="rerun", selection_mode="points", alt=describe(routes), config=MAP_CONFIG
    )
    on_map = sorted({r.start for r in routes} | {s.id for r in routes for s in r.steps}, key=lambda i: node(graph, i).name)
    clicked = figures.selected_node(event, set(on_map))  # type: ignore[arg-type]
    if clicked:
        st.session_state[f"{key}.node"] = clicked
    picked = node_select("Open a step on the map", [node(graph, i) for i in on_map], f"{key}.node", None)
    st.subheader("The routes on the map, in words", anchor=False)
    st.markdown(route_list(routes))
    if picked:
        step_panel(graph, picked)


def route_list(routes: list[Route]) -> str:
    """The map's routes as a numbered Markdown list, in the same words as the chart's alt text."""
    return "\n".join(f"{n}. {words.md(describe_route(r))}" for n, r in enumerate(routes, start=1))


def step_panel(graph: Graph, node_id: str) -> None:
    """One step's facts, opened from the map."""
    info = node(graph, node_id)
    with st.container(border=True):
        st.markdown(f"**{words.md(info.name)}**")
        st.markdown(words.md(info.summary))
        if info.kind != "stage":
            st.markdown(
                f"{words.md(words.level(info.level))} · how long: {words.md(words.duration(info.years))}"
                f" · {words.md(money.step_words(graph, node_id))}"
            )
            source_line("Source", info.source_url, info.checked)
