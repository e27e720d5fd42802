"""One pupil's tab in a class: which class, its random token, and what it has already counted.

This lives in the tab's session only. It is what makes "one tab counts once":
each thing a pupil looks at is sent to the store the first time only, and a tab
that leaves and joins again keeps its token, so it is still one pupil. Turning
what is on screen into countable ids also happens here, so the pages' hooks stay
one line and nothing but ids can reach the store.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from pathways.classroom.store import ClassSession, ClassStore, check_items
from pathways.routes import Route

Item = tuple[str, str]


@dataclass
class Member:
    code: str
    tab: str
    counted: set[Item] = field(default_factory=set)


def join(store: ClassStore, code: str, tab: str, before: Member | None = None) -> tuple[Member, ClassSession]:
    """Join (or join again) a class; what this tab already counted for the same class is kept."""
    session = store.join(code, tab)
    kept = before.counted if before is not None and before.code == code else set()
    return Member(code, tab, kept), session


def note(store: ClassStore, member: Member, items: Iterable[Item]) -> int:
    """Count the items this tab has not counted yet; how many were new. Nothing is marked if the store fails."""
    new = [item for item in dict.fromkeys(check_items(items)) if item not in member.counted]
    if new:
        store.record(member.code, member.tab, new)
        member.counted.update(new)
    return len(new)


def slug(words: str) -> str:
    """A route's broad kind ("degree apprenticeship") as an id ("degree-apprenticeship")."""
    return "-".join(words.lower().split())


def view_items(
    stage: str | None = None, sector: str | None = None, job: str | None = None, routes: Iterable[Route] = ()
) -> list[Item]:
    """What a pupil has on screen on Find my route, as (kind, id) pairs: never the words they typed."""
    items = [("stage", stage), ("sector", sector), ("job", job)]
    found: list[Item] = [(what, value) for what, value in items if value]
    found.extend(("route", slug(route.kind)) for route in routes)
    return found


def quiz_items(sector_ids: Iterable[str]) -> list[Item]:
    return [("quiz", sector) for sector in sector_ids]
