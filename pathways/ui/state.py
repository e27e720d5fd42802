"""What every page shares: the graph (built once per data version), the view as ids, the problem page.

Session state holds only the view's query parameters (ids and small values),
so a rerun is cheap and a link can always rebuild exactly what is on screen.
"""

from __future__ import annotations

import time
from pathlib import Path

# Loaded whole here, before any page builds a chart. plotly looks pandas up in sys.modules
# without waiting for its import to finish, so when a class's first runs start together on
# a fresh server, one run's half-imported pandas broke another's route map (5 of 30 pupils
# got the error page in benchmarks/classroom.py --think 0). Every page imports this module
# first, and Python's import lock makes the others wait until pandas is complete.
import pandas  # noqa: F401
import streamlit as st

from pathways import plain_words, share, url_state
from pathways.data import data_dir, load_data
from pathways.graph import Graph, build_graph
from pathways.problems import DataError
from pathways.routes import Constraints, Route, find_routes

VIEW = "view"  # the whole view, as long-form query parameters: every page reads its own keys from it
WRITTEN = "view.written"  # what we last put in the address bar (the page's own keys, in its own form)
PAGE = "view.page"  # the page that ran last, so another page's widgets start from the view
OPENED = "view.opened"  # this run opened a link
ROUTES = 5


def _signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """Changes whenever a CSV file is saved, so an adviser's edit shows on the next visit."""
    if not folder.is_dir():
        return ()
    return tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.glob("*.csv")))


SIGNATURE_SECONDS = 1.0
_signatures: dict[str, tuple[float, tuple[tuple[str, int, int], ...]]] = {}


def _recent_signature(folder: Path) -> tuple[tuple[str, int, int], ...]:
    """The folder's signature, looked at again at most once a second rather than on every run of every session.

    Reading it is some 40 file-system calls, and under a class's burst each call
    gives up Python's lock to 30 other runs (benchmarks/RESULTS.md). An edit
    still shows within a second.
    """
    now = time.monotonic()
    seen = _signatures.get(str(folder))
    if seen is not None and now - seen[0] < SIGNATURE_SECONDS:
        return seen[1]
    signature = _signature(folder)
    _signatures[str(folder)] = (now, signature)
    return signature


@st.cache_resource(max_entries=4, show_spinner="Loading the routes...")
def _built(folder: str, signature: tuple[tuple[str, int, int], ...]) -> Graph | DataError:
    """One read-only graph shared by every session; broken data is cached too, as its list of problems."""
    try:
        graph = build_graph(load_data(folder))
    except DataError as error:
        return error
    graph.graph["token"] = f"{folder}:{hash(signature)}"
    return graph


TRIAL = "workshop.trial"  # an adviser's uploaded, validated graph: this session only
TRIAL_NAME = "workshop.trial_name"


def graph() -> Graph:
    """The graph, or the problem page (and nothing else) when the data cannot be used.

    An adviser trying uploaded data in the workshop gets their own graph; every
    other session keeps the shared one built from the shipped data.
    """
    trial: Graph | None = st.session_state.get(TRIAL)
    if trial is not None:
        st.info(
            f"You are trying uploaded data ({plain_words.md(trial_name())}). Only you see it. The Data workshop page takes you back."
        )
        return trial
    folder = data_dir()
    found = _built(str(folder), _recent_signature(folder))
    if isinstance(found, DataError):
        problem_page(found)
        st.stop()
    return found


def problem_page(error: DataError) -> None:
    """Every problem at once, in the words `python -m pathways validate` uses, for the adviser who fixes them."""
    st.title("Sorry, the routes are not ready", anchor=False)
    st.write("Something in the data needs fixing before we can show any routes. Please try again later.")
    st.subheader(f"For the adviser: {len(error.problems)} problem(s) to fix", anchor=False)
    st.markdown(
        "Each line says the file, the line and the column, then what is wrong. "
        "Fix them in the spreadsheet, save as CSV (UTF-8), then run `python -m pathways validate`."
    )
    st.markdown("\n".join(f"- {plain_words.md(str(problem))}" for problem in error.problems))


def start(page: str, graph: Graph) -> url_state.View:
    """The view this run should show: a newly opened link wins, else the view kept from the last run.

    Only the page's own keys (`url_state.PAGE_KEYS`) are read, from the link or from
    what other pages kept, so a stage or job chosen on one page is there on the
    next, but words typed on Find my route never reach another page. Widgets whose
    keys start with `page.` are cleared when the view came from elsewhere (a link,
    or another page), so they start again from the view.
    """
    params = st.query_params.to_dict()
    written = st.session_state.get(WRITTEN)
    came_from_link = bool(params) and params != written
    view = url_state.parse(params if came_from_link else st.session_state.get(VIEW, {}), graph, page=page)
    if came_from_link or st.session_state.get(PAGE) != page:
        for key in [k for k in st.session_state if str(k).startswith(f"{page}.")]:
            del st.session_state[key]
    st.session_state[PAGE] = page
    st.session_state[OPENED] = came_from_link
    return view


def opened_from_link() -> bool:
    """True on the run that opened a link (shared, bookmarked or typed), not on the reruns after it."""
    return bool(st.session_state.get(OPENED, False))


def _write(page: str, kept: dict[str, str]) -> None:
    """Keep the whole view (long names) and put the page's own part of it in the address bar."""
    params = url_state.for_page(kept, page)
    st.session_state[VIEW] = kept
    st.session_state[WRITTEN] = params
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)


def keep(page: str, view: url_state.View) -> None:
    """Remember the view and put the page's part of it in the address bar, so the page can be shared or bookmarked.

    The page's own keys are replaced by what it shows now; other pages' keys
    (words typed on Find my route, say) stay in this session for those pages only.
    """
    mine = set(url_state.PAGE_KEYS[page])
    others = {k: v for k, v in dict(st.session_state.get(VIEW, {})).items() if k not in mine}
    _write(page, {**others, **{k: v for k, v in url_state.encode(view).items() if k in mine}})


def update(page: str, **changes: object) -> None:
    """Change the kept view from a button callback (which runs before the page)."""
    current = dict(st.session_state.get(VIEW, {}))
    for key, value in changes.items():
        if value in (None, "", ()):
            current.pop(key, None)
        else:
            current[key] = str(value)
    _write(page, current)


def public_base() -> str:
    """Where pupils reach the app: $PATHWAYS_PUBLIC_URL, else the address this page was served from."""
    return share.base_url(st.context.url, st.get_option("server.baseUrlPath") or "")


def share_link(page: str, view: url_state.View) -> str:
    """The address that opens `view` on `page` on anyone's device: the page's own keys only, short where the page
    has a short form (presenter mode: `/p?j=adult-nurse&s=10`), at $PATHWAYS_PUBLIC_URL or the address served."""
    return share.share_link(public_base(), url_state.SHORT_PATHS.get(page, page), url_state.encode(view, page))


def _token(graph: Graph) -> str:
    return str(graph.graph.get("token", id(graph)))


@st.cache_data(max_entries=512, show_spinner=False)
def _routes(
    _graph: Graph, token: str, start: str, job: str, limit: int, no_uni: bool, paid: bool, years: float | None, grade: int | None
) -> list[Route]:
    return find_routes(_graph, start, job, limit=limit, constraints=Constraints(no_uni, paid, years, grade))


def routes(graph: Graph, start: str, job: str, constraints: Constraints, limit: int = ROUTES) -> list[Route]:
    """Routes found, cached per data version: the graph itself is never hashed."""
    c = constraints
    return _routes(graph, _token(graph), start, job, limit, c.no_university, c.paid_only, c.max_years, c.gcse_grade)


def use_trial(trial: Graph, name: str) -> None:
    """Show this session the adviser's uploaded data; its cache token keeps its routes apart from the live data's."""
    trial.graph["token"] = f"trial:{name}:{id(trial)}"
    st.session_state[TRIAL] = trial
    st.session_state[TRIAL_NAME] = name


def trial_name() -> str:
    return str(st.session_state.get(TRIAL_NAME, ""))


def stop_trial() -> None:
    st.session_state.pop(TRIAL, None)
    st.session_state.pop(TRIAL_NAME, None)
