"""One step of a route as the printed plan and the presenter show it.

Both views describe a step the same way (how long, what it costs or pays, who
runs it nearby, where each fact came from), so the wording is worked out here
once, on top of `facts` (providers) and `words` (plain numbers).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pathways.facts import Place, job_row, providers_for
from pathways.graph import Graph, Link, dataset, link, node
from pathways.routes import Route, Step
from pathways.words import NOT_KNOWN, duration, gbp, pay_range

WEEKS_PER_YEAR = 52


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
    parts = [f"{place.name} ({place.where})", place.note, place.website or ""]
    return ", ".join(p for p in parts if p)


def apprentice_wage(graph: Graph) -> float | None:
    """A year's pay at the apprentice minimum wage, from the assumptions table, or None if it is missing."""
    assumptions = dataset(graph).assumptions
    hourly, hours = assumptions.get("apprentice-minimum-wage"), assumptions.get("apprentice-hours-per-week")
    if hourly is None or hours is None:
        return None
    return hourly.value * hours.value * WEEKS_PER_YEAR


def money_text(graph: Graph, step: Step) -> str:
    """What a step costs or pays, honest about what we do not know."""
    info = node(graph, step.id)
    if info.kind == "job":
        row = job_row(graph, step.id)
        return "pay " + (pay_range(row.salary_low, row.salary_high, row.salary_year) if row else NOT_KNOWN)
    if info.kind == "apprenticeship":
        if info.pay_gbp_per_year:
            return f"you are paid, about {gbp(info.pay_gbp_per_year)} a year"
        wage = apprentice_wage(graph)
        return f"you are paid, at least {gbp(wage)} a year" if wage else "you are paid a wage"
    if info.kind == "experience":
        return "paid" if info.paid else "free, unpaid"
    if info.tuition_gbp_per_year is None:
        return f"cost {NOT_KNOWN}"
    if info.tuition_gbp_per_year == 0:
        return "free"
    total = f" ({gbp(step.tuition_gbp)} in all)" if step.tuition_gbp else ""
    return f"{gbp(info.tuition_gbp_per_year)} a year in fees{total}"


def split_sources(url: str, checked: dt.date | None) -> tuple[Source, ...]:
    """A source_url cell may hold several addresses separated by " ; "."""
    return tuple(Source(u.strip(), checked) for u in url.split(" ; ") if u.strip())


def step_facts(graph: Graph, step: Step, into: Link | None = None) -> StepFacts:
    info = node(graph, step.id)
    providers = tuple(providers_for(graph, step.id))
    sources = split_sources(info.source_url, info.checked)
    if into is not None:
        sources += split_sources(into.source_url, into.checked)
    providers_checked = {p.id: p.checked for p in dataset(graph).providers}
    for place in providers:
        sources += split_sources(place.source_url, providers_checked.get(place.id))
    return StepFacts(
        id=step.id,
        name=step.name,
        kind=step.kind,
        what=info.summary,
        how_long="" if info.kind == "job" else duration(info.years),
        money=money_text(graph, step),
        requirement=step.requirement,
        providers=providers,
        sources=sources,
    )


def job_step(graph: Graph, job: str) -> Step:
    """The job itself as a Step, for views that show a job before any route to it."""
    info = node(graph, job)
    return Step(id=job, name=info.name, kind="job", type="job", level=info.level, years=None,
                tuition_gbp=0, paid=True, university=False)  # fmt: skip


def route_facts(graph: Graph, route: Route) -> tuple[StepFacts, ...]:
    """Each step after the start; school years are left out because they need no plan."""
    path = (route.start, *(s.id for s in route.steps))
    return tuple(
        step_facts(graph, step, link(graph, previous, step.id))
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
