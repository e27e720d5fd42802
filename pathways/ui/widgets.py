"""Widgets more than one page uses: pickers, filters, route cards, the map panel, sources and jargon.

Every data string goes through `plain_words.md` before it reaches Markdown, so text
from a spreadsheet is shown as typed and never changes the page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping

import streamlit as st

from pathways import figures, money, plain_words, url_state
from pathways.graph import Graph, Node, jobs, node, stages
from pathways.index import glossary
from pathways.near import Area, places_near
from pathways.places import providers_for
from pathways.routes import FILTER_NAMES, Constraints, GradeGap, NearMiss, Route, describe_route, describe_routes
from pathways.sources import publisher
from pathways.ui import nearby, state
from pathways.url_state import View

GRADES = [0, 9, 8, 7, 6, 5, 4, 3, 2, 1]  # 0: not sure yet
YEARS = [0, *range(1, url_state.MAX_YEARS + 1)]  # 0: any length; a link may say as many years as this box
MAP_CONFIG = {"displayModeBar": False, "responsive": True}


def seed(key: str, value: object) -> None:
    """Start a widget from the view; after that the widget's own value wins."""
    if key not in st.session_state:
        st.session_state[key] = value


def notice(view: View) -> None:
    """What the page must tell the pupil before anything else: a link it could not fully open, or a job just chosen."""
    if view.ignored or view.moved:
        st.info(plain_words.md(url_state.notice(view)), icon="ℹ️")
    if just_chose_a_job(st.session_state.to_dict()):
        st.html(_FOCUS_WAYS_IN, unsafe_allow_javascript=True)


ROUTES_ANCHOR = "routes"  # /?from=...&to=...#routes lands on the routes too


def heading(text: str, anchor: str, level: int = 2) -> None:
    """A section heading that links and scripts can find by `anchor`, with no "link to heading" Tab stop.

    Streamlit's own heading anchors add a link icon to every such heading, a Tab
    stop that goes nowhere a pupil needs (WCAG 2.4.3), so the heading is drawn
    without one and an empty marker just before it carries the id.
    """
    st.html(f'<span id="{anchor}" aria-hidden="true"></span>', width="content")
    (st.title if level == 1 else st.header if level == 2 else st.subheader)(text, anchor=False)


# Finds the marker, then the first heading after it: that is what is scrolled to or focused, once the page's run
# has finished (content drawn later would move it). A slow school laptop may take a while: it keeps trying for 30 s.
_FIND = (
    "const settled = () => document.querySelector('[data-testid=\"stApp\"]')?.getAttribute('data-test-script-state')"
    " !== 'running';"
    " const mark = document.getElementById({anchor!r});"
    " const heading = mark && [...document.querySelectorAll('h1, h2, h3')]"
    ".find((h) => mark.compareDocumentPosition(h) & Node.DOCUMENT_POSITION_FOLLOWING);"
)


def scroll_to(anchor: str) -> None:
    """Bring a section into view once it is drawn: a shared route link should land on the routes.

    On a phone the routes sit two screens below the form; whoever shared the
    link wanted the routes seen. A few lines of script in this page only, no
    request anywhere. The heading may be drawn just after this runs, so it retries briefly.
    """
    script = (
        "<script>(() => { let tries = 0; const go = () => {"
        + _FIND.format(anchor=anchor)
        + " if (heading && settled()) { heading.scrollIntoView({block: 'start'}); } else if (tries++ < 300) { setTimeout(go, 100); }"
        " }; go(); })();</script>"
    )
    st.html(script, unsafe_allow_javascript=True, width="content")


def focus(anchor: str) -> None:
    """Move keyboard focus to a section's heading, as a person moves on to it.

    After choosing a job in presenter mode the focus would stay in the job box,
    where the arrow keys move through the list instead of the slides.
    """
    script = (
        "<script>(() => { let tries = 0; const go = () => {"
        + _FIND.format(anchor=anchor)
        + " if (heading && settled()) { heading.setAttribute('tabindex', '-1'); heading.focus({preventScroll: false});"
        " heading.scrollIntoView({block: 'start'}); }"
        " else if (tries++ < 300) { setTimeout(go, 100); }"
        " }; go(); })();</script>"
    )
    st.html(script, unsafe_allow_javascript=True, width="content")


def _pick_area(prefix: str, sector: str) -> None:
    st.session_state[f"{prefix}.sector"] = sector
    st.session_state[f"{prefix}.q"] = ""


def no_match(typed: str, sectors: Iterable[tuple[str, str]], prefix: str) -> None:
    """Nothing matches what was typed: say so plainly and offer the areas of work, never an unrelated job."""
    st.markdown(f"We have no job that matches “{plain_words.md(typed)}” yet. Try other words, or look at an area of work:")
    for sector_id, name in sectors:
        st.button(name, key=f"{prefix}.area.{sector_id}", on_click=_pick_area, args=(prefix, sector_id), icon="🧭")


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


def node_select(
    label: str,
    nodes: list[Node],
    key: str,
    current: str | None,
    help: str | None = None,
    on_change: Callable[[], None] | None = None,
) -> str | None:
    """A keyboard-friendly choice of one node by name (type to filter)."""
    options = [n.id for n in nodes]
    seed(key, current if current in options else None)
    names = {n.id: n.name for n in nodes}
    return st.selectbox(
        label,
        options,
        format_func=lambda i: names[i],
        key=key,
        placeholder="Choose one",
        index=None,
        help=help,
        on_change=on_change,
    )


def stage_and_job(graph: Graph, prefix: str, view: View) -> tuple[str | None, str | None]:
    """Where are you now, and which job: side by side, as the pages that start from both ask."""
    left, right = st.columns(2)
    with left:
        stage = node_select("Where are you now?", stages(graph), f"{prefix}.stage", view.start)
    with right:
        job = node_select("Which job?", jobs(graph), f"{prefix}.job", view.job, help="Type to search the list.")
    return stage, job


def filters(prefix: str, current: Constraints) -> Constraints:
    """No university, earn while I learn, grades I expect, at most N years.

    The panel's open or closed state is a widget of its own, so it stays as the
    pupil left it while they change filters; "not sure yet" and "any length"
    are real options (0), not an empty box that reads "Choose an option".
    """
    seed(f"{prefix}.nouni", current.no_university)
    seed(f"{prefix}.paid", current.paid_only)
    seed(f"{prefix}.grade", current.gcse_grade or 0)
    seed(f"{prefix}.years", int(current.max_years) if current.max_years else 0)
    seed(f"{prefix}.filters", current != Constraints())
    with st.expander("Change what the routes must do", key=f"{prefix}.filters", on_change="rerun", icon="⚙️"):
        no_uni = st.toggle(
            "No university",
            key=f"{prefix}.nouni",
            help="No full-time university course. Degree apprenticeships stay: they pay you, have no fees and are based with an employer.",
        )
        paid = st.toggle("Earn while I learn", key=f"{prefix}.paid", help="Only routes where you are paid, like apprenticeships.")
        grade = st.selectbox(
            FILTER_NAMES["gcse_grade"] + " in most GCSEs",
            GRADES,
            key=f"{prefix}.grade",
            format_func=lambda g: "Not sure yet" if not g else f"Grade {g}",
            help="GCSE grades go from 9 (the top) to 1. Grade 4 is a standard pass.",
        )
        years = st.selectbox(
            FILTER_NAMES["max_years"] + " of learning",
            YEARS,
            key=f"{prefix}.years",
            format_func=lambda y: "Any length" if not y else f"{y} year" + ("" if y == 1 else "s"),
        )
    return Constraints(no_uni, paid, float(years) if years else None, grade or None)


FILTER_OFF: dict[str, object] = {"nouni": False, "paid": False, "grade": 0, "years": 0}
FILTER_KEYS = {"no_university": "nouni", "paid_only": "paid", "gcse_grade": "grade", "max_years": "years"}


def _turn_off(prefix: str, name: str) -> None:
    key = FILTER_KEYS[name]
    st.session_state[f"{prefix}.{key}"] = FILTER_OFF[key]


def near_misses(graph: Graph, prefix: str, misses: list[NearMiss]) -> None:
    """No route fits every filter: the closest routes, what each one breaks, and one tap to drop that filter."""
    if not misses:
        st.write("No route fits all of that yet. Try turning a filter off.")
        return
    st.warning(
        "No route fits all of that yet. These come closest. Each one says which of your choices it does not meet.", icon="💡"
    )
    for number, miss in enumerate(misses, start=1):
        breaks = plain_words.and_list([FILTER_NAMES[name] for name in miss.breaks])
        route_card(graph, miss.route, number, note=f"This route does not fit: {breaks}.")
        for name in miss.breaks:
            st.button(
                f"Turn off “{FILTER_NAMES[name]}”",
                key=f"{prefix}.relax.{number}.{name}",
                on_click=_turn_off,
                args=(prefix, name),
            )


def route_choice(key: str, routes: list[Route], current: int | None) -> int | None:
    """Which route to show bold on the map: the same choice the map's click makes."""
    numbers = list(range(1, len(routes) + 1))
    seed(key, current if current in numbers else (1 if numbers else None))
    return st.pills("Show this route on the map", numbers, format_func=lambda n: f"Route {n}", key=key)


def _add_to(key: str, box: str) -> None:
    number = st.session_state.get(box)
    if number:
        st.session_state[key] = sorted({*st.session_state.get(key, []), number})
    st.session_state[box] = None


def add_route(routes: list[Route], picked: list[int], most: int, key: str) -> None:
    """A box of the routes not compared yet, each in words, and "Add to comparison"."""
    others = [n for n in range(1, len(routes) + 1) if n not in picked]
    if not others:
        return
    box = f"{key}.add"
    if box in st.session_state and st.session_state[box] not in others:
        st.session_state[box] = None
    left, right = st.columns([3, 1], vertical_alignment="bottom")
    left.selectbox(
        "Another route to compare",
        others,
        index=None,
        key=box,
        placeholder="Choose a route",
        format_func=lambda n: f"Route {n}: {describe_route(routes[n - 1])}",
    )
    full = len(picked) >= most
    right.button("Add to comparison", key=f"{key}.add.button", on_click=_add_to, args=(key, box), disabled=full)
    if full:
        st.caption(f"You can compare up to {most} routes. Tap one above to take it out first.")


def _step_line(graph: Graph, number: int, route: Route, index: int, where: Area | None = None) -> str:
    step = route.steps[index]
    info = node(graph, step.id)
    facts = [plain_words.level(info.level) if info.level is not None else "", step.kind.replace("-", " ")]
    head = f"{number}. **{plain_words.md(step.name)}** ({plain_words.md(', '.join(f for f in facts if f))})"
    details = []
    if step.id != route.job:
        details.append(f"How long: {plain_words.md(plain_words.duration(step.years))}")
    details.append(f"Money: {plain_words.md(money.step_words(graph, step.id))}")
    details.append(f"To get in: {plain_words.md(step.requirement or plain_words.NOT_KNOWN)}")
    if step.kind not in ("stage", "job"):
        details.append(f"Near you: {nearby.places_line(places_near(providers_for(graph, step.id), graph, where), where)}")
    details.append(source_words("Source", info.source_url, info.checked))
    return head + "".join(f"  \n   {d}" for d in details)


def route_card(graph: Graph, route: Route, number: int, note: str = "", where: Area | None = None) -> None:
    """One route as numbered steps, with its totals on top and its jargon explained below."""
    with st.container(border=True):
        st.subheader(f"Route {number}", anchor=False)
        if note:
            st.markdown(f"**{plain_words.md(note)}**")
        totals = [f"about {plain_words.duration(route.years)} of learning" if route.years_known else "length not known yet"]
        totals.append(f"fees {plain_words.gbp(route.tuition_gbp)}" if route.tuition_known else "fees not known yet")
        if route.earns_while_learning:
            totals.append("you earn while you learn")
        if route.kind == "degree apprenticeship":
            totals.append("degree apprenticeship: paid, no fees, based with an employer")
        elif route.uses_university:
            totals.append("includes university")
        st.markdown(plain_words.md(" · ".join(totals)))
        shown = [i for i, s in enumerate(route.steps) if s.kind != "stage" or i > 0]
        st.markdown("\n".join(_step_line(graph, n, route, i, where) for n, i in enumerate(shown, start=1)))
        explain(graph, [s.name for s in route.steps] + [f"Level {s.level}" for s in route.steps if s.level is not None])


def explain(graph: Graph, texts: Iterable[str]) -> None:
    """Jargon used above, explained from the glossary, so nobody has to leave the page to look it up."""
    found = plain_words.glossary_for(texts, glossary(graph))
    if found:
        with st.expander("What do these words mean?"):
            st.markdown("\n".join(f"- **{plain_words.md(g.term)}**: {plain_words.md(g.meaning)}" for g in found))


def grade_gap_note(gaps: list[GradeGap], routes: list[Route], grade: int) -> None:
    """When grades rule a route out, say so kindly and point at what still works."""
    if not gaps:
        return
    lines = [
        f"- {plain_words.md(g.name)} usually asks for grade {g.needs_grade}: {plain_words.md(g.requirement or '')}" for g in gaps
    ]
    if routes:
        instead = "The routes below still work with grade " + str(grade) + ". They get you there another way."
    else:
        instead = (
            "No route fits those grades yet. You could resit English or maths, take a Level 2 course first, "
            "or talk to your careers adviser."
        )
    st.warning(f"With grade {grade}, some steps may be out of reach for now:\n" + "\n".join(lines) + f"\n\n{instead}", icon="💡")


def source_words(label: str, url: str, checked: dt.date | None) -> str:
    """ "Source: National Careers Service (checked 2 December 2026)": the link's words name where it goes (WCAG 2.4.4)."""
    main = plain_words.first_url(url)
    return f"{plain_words.md(label[:1].upper() + label[1:])}: {plain_words.md_link(publisher(main), main)} ({plain_words.checked(checked)})"


def source_line(label: str, url: str, checked: object) -> None:
    """`label` says what the source is for ("where the pay comes from"); the link itself names the publisher."""
    # Plain text, not st.caption: a caption's faded colour makes a link fail the 4.5:1 contrast pupils need.
    st.markdown(source_words(label, url, checked if isinstance(checked, dt.date) else None))


CHART_HELP = "Charts need a bigger download, so they open only when you ask. The same facts are in words below."


def show_chart(label: str, key: str) -> bool:
    """A switch that draws a chart only when asked: a first visit stays text and widgets.

    plotly's part of the page is a 1.2 MB download (compressed) and slow to start
    on a school laptop; the chart's text twin is always on the page, so nothing
    is lost until the pupil asks for the picture. A switch (not a button) so it
    can be turned off again, by keyboard (Space) as well as by tap.
    """
    return st.toggle(label, key=key, help=CHART_HELP)


def route_map(
    graph: Graph, routes: list[Route], chosen: int | None, key: str, page: str, current: str | None = None
) -> str | None:
    """The map on request and its text twin always; a click (or the select box) opens a step without rerunning the page.

    The map itself is drawn only after "Show the route map" (see `show_chart`).
    That switch reruns the whole page, not the map's fragment. Streamlit drops,
    without a word, a fragment's rerun that reaches the server after a page run
    has replaced the fragment; that is the likely cause of a keyboard browser
    test that failed now and then (Space on the switch, and the run it asked for
    never finished), and a pupil would have seen the switch on and no map.
    Returns the step opened.
    """
    if not routes:
        return None
    return _route_map(graph, routes, chosen, key, page, current, show_chart("Show the route map", f"{key}.show"))


@st.fragment
def _route_map(
    graph: Graph, routes: list[Route], chosen: int | None, key: str, page: str, current: str | None, show: bool
) -> str | None:
    """The map (when shown), its step picker and its text twin, rerun alone when a step is clicked or picked.

    The step opened goes into the page's link as `node=`, so a shared link
    opens the same step (`current`, when it is on this map). A click reruns only
    this fragment, so it writes the link itself.

    Step names overlap on a phone, so there they start hidden (the list under
    the map names every step in order) and a toggle shows them.
    """
    on_map = sorted({r.start for r in routes} | {s.id for r in routes for s in r.steps}, key=lambda i: node(graph, i).name)
    box, last_click = f"{key}.node", f"{key}.clicked"
    if show:
        seed(f"{key}.labels", not figures.phone_like(st.context.headers.get("User-Agent")))
        labels = st.toggle("Show step names on the map", key=f"{key}.labels", help="On a small screen the names can overlap.")
        figure = figures.route_map(graph, routes, chosen, labels=labels)
        event = st.plotly_chart(
            figure, key=f"{key}.chart", on_select="rerun", selection_mode="points", alt=describe_routes(routes), config=MAP_CONFIG
        )
        clicked = figures.selected_node(event, set(on_map))
        if clicked and clicked != st.session_state.get(last_click):  # a new click; the chart keeps its selection after it
            st.session_state[box] = clicked
        st.session_state[last_click] = clicked
    if st.session_state.get(box) not in (None, *on_map):  # a step of routes no longer shown
        st.session_state[box] = None
    picked = node_select("Open a step on the map", [node(graph, i) for i in on_map], box, current if current in on_map else None)
    if picked != current:
        state.update(page, node=picked)
    st.subheader("The routes on the map, in words", anchor=False)
    st.markdown(route_list(routes))
    if picked:
        step_panel(graph, picked)
    return picked


def route_list(routes: list[Route]) -> str:
    """The map's routes as a numbered Markdown list, in the same words as the chart's alt text."""
    return "\n".join(f"{n}. {plain_words.md(describe_route(r))}" for n, r in enumerate(routes, start=1))


def step_panel(graph: Graph, node_id: str) -> None:
    """One step's facts, opened from the map."""
    info = node(graph, node_id)
    with st.container(border=True):
        st.markdown(f"**{plain_words.md(info.name)}**")
        st.markdown(plain_words.md(info.summary))
        if info.kind != "stage":
            st.markdown(
                f"{plain_words.md(plain_words.level(info.level))} · how long: {plain_words.md(plain_words.duration(info.years))}"
                f" · {plain_words.md(money.step_words(graph, node_id))}"
            )
            source_line("Source", info.source_url, info.checked)
