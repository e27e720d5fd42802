"""One step of a route as the printed plan and the presenter show it.

Both views describe a step the same way (how long, what it costs or pays, who
runs it nearby, where each fact came from), so the wording is worked out here
once, on top of `facts` (providers), `money` and `words`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pathways import money
from pathways.graph import Graph, Link, link, node
from pathways.index import provider
from pathways.near import Area, km_words, places_near
from pathways.places import Place, providers_for
from pathways.plain_words import duration
from pathways.routes import Route, Step


@dataclass(frozen=True)
class Source:
    """A web page a fact came from, and the day someone last checked it."""

    url: str
    checked: dt.date | None


@dataclass(frozen=True)
class StepFacts:
    """One step as a pupil or parent reads it."""

    id: str
    name: str
    kind: str
    what: str
    how_long: str
    money: str
    requirement: str
    providers: tuple[Place, ...]
    sources: tuple[Source, ...]


def place_line(place: Place) -> str:
    """A provider on one line, web address included, because paper has no links to click."""
    where = f"{place.where}, {km_words(place.km)}" if place.km is not None else place.where
    parts = [f"{place.name} ({where})", place.note, place.website or ""]
    return ", ".join(p for p in parts if p)


def split_sources(url: str, checked: dt.date | None) -> tuple[Source, ...]:
    """A source_url cell may hold several addresses separated by " ; "."""
    return tuple(Source(u.strip(), checked) for u in url.split(" ; ") if u.strip())


def step_facts(graph: Graph, step: Step, into: Link | None = None, near: Area | None = None) -> StepFacts:
    info = node(graph, step.id)
    providers = tuple(places_near(providers_for(graph, step.id), graph, near))  # nearest first once an area is chosen
    sources = split_sources(info.source_url, info.checked)
    if into is not None:
        sources += split_sources(into.source_url, into.checked)
    for place in providers:
        row = provider(graph, place.id)
        sources += split_sources(place.source_url, row.checked if row else None)
    return StepFacts(
        id=step.id,
        name=step.name,
        kind=step.kind,
        what=info.summary,
        how_long="" if info.kind == "job" else duration(info.years),
        money=money.step_words(graph, step.id),
        requirement=step.requirement,
        providers=providers,
        sources=sources,
    )


def job_step(graph: Graph, job: str) -> Step:
    """The job itself as a Step, for views that show a job before any route to it."""
    info = node(graph, job)
    return Step(id=job, name=info.name, kind="job", type="job", level=info.level, years=None,
                tuition_gbp=0, paid=True, university=False)  # fmt: skip


def route_facts(graph: Graph, route: Route, near: Area | None = None) -> tuple[StepFacts, ...]:
    """Each step after the start; school years are left out because they need no plan."""
    path = (route.start, *(s.id for s in route.steps))
    return tuple(
        step_facts(graph, step, link(graph, previous, step.id), near)
        for previous, step in zip(path, route.steps, strict=False)
        if step.kind != "stage"
    )


def unique_sources(facts: tuple[StepFacts, ...]) -> tuple[Source, ...]:
    """Each address once, with the most recent day it was checked."""
    best: dict[str, Source] = {}
    for fact in facts:
        for source in fact.sources:
            old = best.get(source.url)
            if old is None or (source.checked and (old.checked is None or source.checked > old.checked)):
                best[source.url] = source
    return tuple(sorted(best.values(), key=lambda s: s.url))
