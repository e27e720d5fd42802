"""The URL is the state: every view can be written to a link and opened from it.

Query parameters come from strangers (a link in a group chat, a typo), so
parsing never fails: anything unknown or malformed is dropped and named in
`View.ignored`, and the page opens the nearest sensible view with a notice.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from pathways import index
from pathways.graph import Graph, node
from pathways.routes import Constraints

MAX_ROUTES = 5
MAX_COMPARE = 12  # Compare can add routes beyond the five shown on Find my route
MAX_WORDS = 80
MAX_YEARS = 10  # "at most N years": the filter's box offers 1 to MAX_YEARS, and a link may say no more
MAX_GRADE = 9
MAX_STEPS = 99  # presenter mode's step number; a route has far fewer, and the page keeps it to the last one
KEYS = (
    "from", "to", "route", "compare", "node", "sector", "subjects", "q", "nouni", "paid", "grade", "years", "near", "step",
)  # fmt: skip
FILTERS = ("nouni", "paid", "grade", "years")
# Which parts of the view each page reads and shows: its address, share link and QR code carry these and nothing
# else, so words typed on one page never ride into another page's link. The filters are here wherever they change
# the routes a page lists (a route's number means nothing without them), even where the page has no filter panel.
PAGE_KEYS: dict[str, tuple[str, ...]] = {
    "find": ("from", "to", "route", "node", "sector", "subjects", "q", *FILTERS, "near"),
    "map": ("from", "to", "route", "node", *FILTERS),
    "job": ("from", "to", *FILTERS, "near"),
    "compare": ("from", "to", "compare", *FILTERS),
    "subjects": ("subjects",),
    "near": ("near", "sector", "to"),
    "presenter": ("from", "to", "route", "step", *FILTERS, "near"),
}
# Presenter mode's links are read aloud and typed from a projector, so they use one-letter names, a stage's number
# and leave out route 1 and step 1 (`/p?j=adult-nurse&s=10`). The long names are accepted for ever: old links and
# QR codes keep working. Never change or reuse a short name or a stage code: printed QR codes carry them.
SHORT_KEYS = {
    "to": "j", "from": "s", "route": "r", "step": "n", "near": "w", "nouni": "u", "paid": "e", "grade": "g", "years": "y",
}  # fmt: skip
SHORT_PAGES = frozenset({"presenter"})
SHORT_PATHS = {"presenter": "p"}  # the short address app.py also serves the page at
STAGE_CODES = {"5": "year-5-6", "7": "years-7-9", "10": "years-10-11", "16": "age-16-18", "18": "age-18-plus"}
_LONG_KEYS = {short: long for long, short in SHORT_KEYS.items()}
_CODE_OF_STAGE = {stage: code for code, stage in STAGE_CODES.items()}
_SAFE = re.compile(r"[^A-Za-z0-9 ._-]")
NOTICE_ITEMS = 3  # a notice names at most this many dropped parts, then says how many more
# Added by social media, email and ad tools when a link is shared: never part of a view, never worth a notice.
TRACKING = frozenset(
    {"fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "li_fat_id", "igshid", "igsh"}
    | {"mc_cid", "mc_eid", "ref", "ref_src", "ref_url", "si", "_ga", "_gl", "s_cid", "trk", "epik", "spm"}
)
TRACKING_PREFIXES = ("utm_", "hsa_", "pk_", "mtm_", "matomo_")
APP_KEYS = ("class",)  # read by app.py on every page (joining a class session), never part of one page's view


@dataclass(frozen=True)
class View:
    """What a page shows, as ids and small values only (this is also what session state keeps)."""

    start: str | None = None
    job: str | None = None
    route: int | None = None  # 1-based, as on screen ("Route 2")
    compare: tuple[int, ...] = ()
    node: str | None = None
    sector: str | None = None
    subjects: tuple[str, ...] = ()
    q: str = ""
    constraints: Constraints = field(default_factory=Constraints)
    near: str | None = None  # a town or area id from places.csv (never an address): see pathways.near
    step: int | None = None  # 1-based: the step presenter mode shows
    ignored: tuple[str, ...] = field(default=(), compare=False)
    hints: tuple[str, ...] = field(default=(), compare=False)  # "did you mean" for ignored items, same order
    moved: tuple[str, ...] = field(default=(), compare=False)  # what happened to retired things the link named


def is_tracking(key: str) -> bool:
    """A parameter added by the app that shared the link (Facebook, Google, a newsletter), not by us."""
    key = key.strip().lower()
    return key in TRACKING or key.startswith(TRACKING_PREFIXES)


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def resolve(graph: Graph, value: str, kinds: Iterable[str]) -> str | None:
    """The id of a node of one of `kinds` given by id or by name, in any case ("Adult Nurse" -> "adult-nurse").

    People type and share names (the command line accepts them too), and a
    name in a link should open the same view as the id.
    """
    wanted = _slug(value)
    if not wanted:
        return None
    allowed = set(kinds)
    ids = [str(n) for n, attrs in graph.nodes.items() if attrs.get("kind") in allowed]
    if value in ids:
        return value
    return next((i for i in ids if wanted in (i, _slug(node(graph, i).name))), None)


def suggest(graph: Graph, value: str, kinds: Iterable[str]) -> str:
    """Up to two names close to `value` ("nurce" -> "Adult nurse"), for a "did you mean" in the notice."""
    allowed = set(kinds)
    names = {str(n): node(graph, n).name for n, attrs in graph.nodes.items() if attrs.get("kind") in allowed}
    wanted = _slug(value)
    if not wanted:
        return ""
    close = difflib.get_close_matches(wanted, list(names), n=2, cutoff=0.7)
    slugs = {_slug(name): n for n, name in names.items()}
    close += [slugs[c] for c in difflib.get_close_matches(wanted, list(slugs), n=2, cutoff=0.7)]
    typed = [w for w in wanted.split("-") if len(w) >= 3]

    def near(name: str) -> bool:  # a word of the name is a word typed, or one letter or two away from it
        return any(difflib.SequenceMatcher(None, t, w).ratio() >= 0.75 for t in typed for w in _slug(name).split("-"))

    close += sorted((n for n, name in names.items() if near(name)), key=lambda n: names[n].lower())
    picked = list(dict.fromkeys(close))[:2]
    return " or ".join(f"“{names[n]}”" for n in picked)


def retired(graph: Graph, value: str, node_kinds: Iterable[str]) -> tuple[str | None, str] | None:
    """(successor id or None, what to tell the reader) when `value` names something retired or closed.

    An old shared link must still land somewhere: a retired standard opens its
    successor, and anything else gone says plainly what happened to it.
    """
    kinds = {n: attrs["kind"] for n, attrs in graph.nodes.items()}
    wanted = _slug(value)
    gone = next((r for r in index.retired(graph) if wanted in (r.id, _slug(r.name))), None)
    if gone is None:
        return None
    successor = gone.replaced_by if gone.replaced_by and kinds.get(gone.replaced_by) in set(node_kinds) else None
    if successor:
        return successor, f"{gone.name} has been replaced by {node(graph, successor).name}, so we opened that. {gone.reason}"
    return None, f"{gone.name} is no longer offered. {gone.reason}"


def notice(view: View) -> str:
    """What we say when part of a link could not be used: at most NOTICE_ITEMS parts, each with its hint
    ("did you mean ...?", or the largest number allowed)."""
    moved = " ".join(view.moved)
    if not view.ignored:
        return moved
    hints = view.hints if len(view.hints) == len(view.ignored) else ("",) * len(view.ignored)
    items = [f"{item} - {hint}" if hint else item for item, hint in zip(view.ignored, hints, strict=True)]
    shown = "; ".join(items[:NOTICE_ITEMS])
    more = len(items) - NOTICE_ITEMS
    extra = f" and {more} more" if more > 0 else ""
    text = f"We could not open part of that link ({shown}){extra}, so here is the nearest page we could show."
    return f"{moved} {text}" if moved else text


def _last(value: object) -> str:
    """st.query_params gives the last value for a repeated key; a plain dict may hold a list."""
    if isinstance(value, list | tuple):
        value = value[-1] if value else ""
    return str(value).strip()


def _shown(key: str, value: str) -> str:
    """A dropped parameter as it may appear in a notice: short and harmless."""
    cleaned = _SAFE.sub("", value)[:30]
    return f"{key}={cleaned}" if cleaned else key


def _whole(value: str, low: int, high: int) -> int | None:
    if not re.fullmatch(r"\d{1,3}", value):
        return None
    number = int(value)
    return number if low <= number <= high else None


def _range_hint(value: str, low: int, high: int) -> str:
    """For a whole number out of range, what the link may say instead ("years=12" -> "the most is 10")."""
    if not re.fullmatch(r"\d{1,12}", value):
        return ""
    return f"the most is {high}" if int(value) > high else f"the least is {low}"


def _long_form(params: Mapping[str, object], page: str | None) -> tuple[dict[str, object], dict[str, str]]:
    """Presenter mode's short names and stage numbers read as the long ones, so both forms open the same view;
    and the name each long key was given by, so a notice names what the link really says."""
    if page not in SHORT_PAGES:
        return dict(params), {}
    found: dict[str, object] = {}
    given: dict[str, str] = {}
    for key, value in params.items():
        long = _LONG_KEYS.get(key, key)
        found.pop(long, None)  # the later of "to" and "j" wins, as a repeated key's last value does
        found[long] = STAGE_CODES.get(_last(value), value) if long == "from" and key != long else value
        given[long] = key
    return found, given


def _flag(value: str) -> bool | None:
    return {"1": True, "yes": True, "true": True, "0": False, "no": False, "false": False}.get(value.lower())


def parse(params: Mapping[str, object], graph: Graph, extra: Iterable[str] = (), page: str | None = None) -> View:
    """A View from query parameters; bad values are left out and listed in `ignored`.

    With a `page`, only that page's keys (PAGE_KEYS) are read: another page's keys, such as
    words typed on Find my route in an old presenter link, are dropped without a notice,
    because they are not wrong, just not this page's. `extra` names more parameters
    that are neither used nor reported here.
    """
    params, given = _long_form(params, page)
    kinds = {n: attrs["kind"] for n, attrs in graph.nodes.items()}
    sectors = {s.id for s in index.sectors(graph)}
    subjects_known = {s.id for s in index.subjects(graph)}
    places_known = {p.id for p in index.places(graph)}
    ignored: list[str] = []
    hints: list[str] = []
    moved: list[str] = []
    found: dict[str, object] = {}
    flags: dict[str, object] = {}
    skip = set(extra) | set(APP_KEYS)
    if page is not None:
        skip |= set(KEYS) - set(PAGE_KEYS[page])

    def drop(key: str, value: str, hint: str = "") -> None:  # hint: "did you mean ...?" or "the most is 10"
        ignored.append(_shown(given.get(key, key), value))
        hints.append(hint)

    def one(key: str, value: str, node_kinds: tuple[str, ...]) -> str | None:
        node_id = resolve(graph, value, node_kinds)
        if node_id is None:
            gone = retired(graph, value, node_kinds)
            if gone is not None:
                moved.append(gone[1])
                return gone[0]
            close = suggest(graph, value, node_kinds)
            drop(key, value, f"did you mean {close}?" if close else "")
        return node_id

    for key in params:
        value = _last(params[key])
        if key in skip or is_tracking(key):
            continue
        if key not in KEYS:
            drop(key, value)
        elif key == "from":
            found["start"] = one(key, value, ("stage",))
        elif key == "to":
            found["job"] = one(key, value, ("job",))
        elif key == "node":
            found["node"] = one(key, value, tuple(set(kinds.values())))
        elif key == "sector":
            by_name = {_slug(s.name): s.id for s in index.sectors(graph)}
            sector = value if value in sectors else by_name.get(_slug(value))
            found["sector"] = sector
            if sector is None:
                drop(key, value)
        elif key == "subjects":
            wanted = [s for s in (part.strip() for part in value.split(",")) if s]
            found["subjects"] = tuple(s for s in wanted if s in subjects_known)
            for s in wanted:
                if s not in subjects_known:
                    drop(key, s)
        elif key == "near":
            found["near"] = value if value in places_known else None
            if value not in places_known:
                drop(key, value)
        elif key == "q":
            found["q"] = " ".join(value.split())[:MAX_WORDS]
        elif key in ("route", "step"):
            most = MAX_ROUTES if key == "route" else MAX_STEPS
            number = _whole(value, 1, most)
            found[key] = number
            if number is None:
                drop(key, value, _range_hint(value, 1, most))
        elif key == "compare":
            numbers = [_whole(part, 1, MAX_COMPARE) for part in value.split(",")]
            kept = tuple(dict.fromkeys(n for n in numbers if n is not None))
            found["compare"] = kept
            if len(kept) != len(numbers):
                drop(key, value)
        elif key in ("nouni", "paid"):
            flag = _flag(value)
            flags["no_university" if key == "nouni" else "paid_only"] = bool(flag)
            if flag is None:
                drop(key, value)
        elif key == "grade":
            grade = _whole(value, 1, MAX_GRADE)
            flags["gcse_grade"] = grade
            if grade is None:
                drop(key, value, _range_hint(value, 1, MAX_GRADE))
        elif key == "years":
            years = _whole(value, 1, MAX_YEARS)
            flags["max_years"] = None if years is None else float(years)
            if years is None:
                drop(key, value, _range_hint(value, 1, MAX_YEARS))
    constraints = replace(Constraints(), **flags)  # type: ignore[arg-type]  # dict[str, object]: each flag is set above with its field's type
    return View(
        **found,  # type: ignore[arg-type]  # dict[str, object]: each value is set above with its field's type
        constraints=constraints,
        ignored=tuple(ignored),
        hints=tuple(hints),
        moved=tuple(moved),
    )


def encode(view: View, page: str | None = None) -> dict[str, str]:
    """Query parameters for a view, leaving out everything at its default so links stay short.

    With a `page`, only what that page reads and shows, in that page's form (see `for_page`).
    """
    c = view.constraints
    pairs: dict[str, str | None] = {
        "from": view.start,
        "to": view.job,
        "route": str(view.route) if view.route else None,
        "compare": ",".join(str(n) for n in view.compare) or None,
        "node": view.node,
        "sector": view.sector,
        "subjects": ",".join(view.subjects) or None,
        "q": view.q or None,
        "nouni": "1" if c.no_university else None,
        "paid": "1" if c.paid_only else None,
        "grade": str(c.gcse_grade) if c.gcse_grade else None,
        "years": f"{c.max_years:g}" if c.max_years else None,
        "near": view.near,
        "step": str(view.step) if view.step else None,
    }
    params = {k: v for k, v in pairs.items() if v}
    return params if page is None else for_page(params, page)


def for_page(params: Mapping[str, str], page: str) -> dict[str, str]:
    """The page's own parameters out of long-form ones (the whole view, as session state keeps it).

    Presenter mode gets its short form: one-letter names, a stage's number, and
    no route or step 1 (the defaults), in the order people read them out.
    """
    kept = {k: params[k] for k in PAGE_KEYS[page] if params.get(k)}
    if page not in SHORT_PAGES:
        return kept
    short: dict[str, str] = {}
    for key, name in SHORT_KEYS.items():
        value = kept.get(key)
        if not value or (key in ("route", "step") and value == "1"):
            continue
        short[name] = _CODE_OF_STAGE.get(value, value) if key == "from" else value
    return short


def query_string(view: View, page: str | None = None) -> str:
    """`?from=...&to=...`, ready to put after a page's address (empty for the default view)."""
    params = encode(view, page)
    return f"?{urlencode(params)}" if params else ""
