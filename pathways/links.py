"""The URL is the state: every view can be written to a link and opened from it.

Query parameters come from strangers (a link in a group chat, a typo), so
parsing never fails: anything unknown or malformed is dropped and named in
`View.ignored`, and the page opens the nearest sensible view with a notice.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from urllib.parse import urlencode

from pathways.graph import Graph, dataset
from pathways.routes import Constraints

MAX_ROUTES = 5
MAX_WORDS = 80
MAX_YEARS = 10
KEYS = ("from", "to", "route", "compare", "node", "sector", "subjects", "q", "nouni", "paid", "grade", "years", "near")
_SAFE = re.compile(r"[^A-Za-z0-9 ._-]")


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
    ignored: tuple[str, ...] = field(default=(), compare=False)


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


def _flag(value: str) -> bool | None:
    return {"1": True, "yes": True, "true": True, "0": False, "no": False, "false": False}.get(value.lower())


def parse(params: Mapping[str, object], graph: Graph, extra: Iterable[str] = ()) -> View:
    """A View from query parameters; bad values are left out and listed in `ignored`.

    `extra` names parameters another page owns, so they are neither used nor reported here.
    """
    kinds = dict(graph.nodes(data="kind"))
    sectors = {s.id for s in dataset(graph).sectors}
    subjects_known = {s.id for s in dataset(graph).subjects}
    places_known = {p.id for p in dataset(graph).places}
    ignored: list[str] = []
    found: dict[str, object] = {}
    flags: dict[str, object] = {}
    skip = set(extra)

    def drop(key: str, value: str) -> None:
        ignored.append(_shown(key, value))

    for key in params:
        value = _last(params[key])
        if key in skip:
            continue
        if key not in KEYS:
            drop(key, value)
        elif key == "from":
            ok = kinds.get(value) == "stage"
            found["start"] = value if ok else None
            if not ok:
                drop(key, value)
        elif key == "to":
            ok = kinds.get(value) == "job"
            found["job"] = value if ok else None
            if not ok:
                drop(key, value)
        elif key == "node":
            found["node"] = value if value in kinds else None
            if value not in kinds:
                drop(key, value)
        elif key == "sector":
            found["sector"] = value if value in sectors else None
            if value not in sectors:
                drop(key, value)
        elif key == "subjects":
            wanted = [s for s in (part.strip() for part in value.split(",")) if s]
            found["subjects"] = tuple(s for s in wanted if s in subjects_known)
            ignored.extend(_shown(key, s) for s in wanted if s not in subjects_known)
        elif key == "near":
            found["near"] = value if value in places_known else None
            if value not in places_known:
                drop(key, value)
        elif key == "q":
            found["q"] = " ".join(value.split())[:MAX_WORDS]
        elif key == "route":
            number = _whole(value, 1, MAX_ROUTES)
            found["route"] = number
            if number is None:
                drop(key, value)
        elif key == "compare":
            numbers = [_whole(part, 1, MAX_ROUTES) for part in value.split(",")]
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
            grade = _whole(value, 1, 9)
            flags["gcse_grade"] = grade
            if grade is None:
                drop(key, value)
        elif key == "years":
            years = _whole(value, 1, MAX_YEARS)
            flags["max_years"] = None if years is None else float(years)
            if years is None:
                drop(key, value)
    constraints = replace(Constraints(), **flags)  # type: ignore[arg-type]
    return View(**found, constraints=constraints, ignored=tuple(ignored))  # type: ignore[arg-type]


def encode(view: View) -> dict[str, str]:
    """Query parameters for a view, leaving out everything at its default so links stay short."""
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
    }
    return {k: v for k, v in pairs.items() if v}


def query_string(view: View) -> str:
    """`?from=...&to=...`, ready to put after a page's address (empty for the default view)."""
    params = encode(view)
    return f"?{urlencode(params)}" if params else ""
