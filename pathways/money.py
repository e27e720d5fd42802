"""Money on a route over the first ten years from age 16: pay while learning, tuition, then starter pay.

Only figures from the data are used. Pay does not grow (we have no sourced
figure for how fast it would), an unknown figure counts as £0 and is named in
`MoneyPlan.unknown`, and every assumption comes with the page it came from.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from pathways.facts import job_row, stage_row
from pathways.graph import Graph, dataset, node
from pathways.routes import Route
from pathways.words import NOT_KNOWN, gbp, pay_range

FIRST_AGE = 16
YEARS = 10
UNKNOWN_LENGTH = 1.0  # a step whose length is not known yet is drawn as one year, and said so


@dataclass(frozen=True)
class Assumption:
    """A figure the sums depend on, with where it came from."""

    id: str
    name: str
    value: float
    unit: str
    applies: str
    source_url: str
    checked: dt.date


@dataclass(frozen=True)
class Period:
    """A stretch of the route with one yearly amount of money (positive: paid to you; negative: you pay)."""

    name: str
    kind: str
    start_age: float
    end_age: float | None  # None: the job, which goes on
    per_year: int


@dataclass(frozen=True)
class MoneyPlan:
    route_key: str
    first_age: int
    periods: tuple[Period, ...]
    by_year: tuple[int, ...]
    cumulative: tuple[int, ...]
    tuition: int
    earned_while_learning: int
    qualified_age: float
    unknown: tuple[str, ...]
    assumptions: tuple[Assumption, ...]

    @property
    def total(self) -> int:
        return self.cumulative[-1] if self.cumulative else 0

    @property
    def ages(self) -> tuple[int, ...]:
        return tuple(range(self.first_age, self.first_age + len(self.by_year)))


def assumptions(graph: Graph) -> dict[str, Assumption]:
    return {
        a.id: Assumption(a.id, a.name, a.value, a.unit, a.applies, a.source_url, a.checked)
        for a in dataset(graph).assumptions.values()
    }


def apprentice_pay(graph: Graph) -> int:
    """The lowest legal apprentice pay for a year: hourly minimum x hours a week x 52 weeks."""
    known = assumptions(graph)
    return round(known["apprentice-minimum-wage"].value * known["apprentice-hours-per-week"].value * 52)


def _rate(value: float) -> float:
    """A rate written as 9 (percent) or 0.09."""
    return value / 100 if value > 1 else value


def _start_age(graph: Graph, start: str) -> float:
    """When the steps after the starting stage begin: the end of that stage, or the age it starts for adults."""
    stage = stage_row(graph, start)
    if stage is None:
        return FIRST_AGE
    return float(stage.age_to if stage.age_to is not None else stage.age_from)


def plan(graph: Graph, route: Route, years: int = YEARS) -> MoneyPlan:
    """Ten years of money on a route, from 16 (or later, for someone who starts older)."""
    known = assumptions(graph)
    used: dict[str, Assumption] = {}
    unknown: list[str] = []
    periods: list[Period] = []
    clock = _start_age(graph, route.start)
    for step in route.steps:
        info = node(graph, step.id)
        if step.kind == "stage":
            stage = stage_row(graph, step.id)
            clock = float(stage.age_to) if stage and stage.age_to is not None else clock + (step.years or 0.0)
            continue
        if step.id == route.job:
            pay = info.pay_gbp_per_year
            if pay is None:
                unknown.append(f"Starter pay for {info.name} is not known yet, so it counts as £0.")
            periods.append(Period(info.name, "job", clock, None, pay or 0))
            break
        length = step.years
        if length is None:
            length = UNKNOWN_LENGTH
            unknown.append(f"How long {info.name} takes is not known yet, so it counts as 1 year.")
        per_year = 0
        if step.kind == "apprenticeship":
            if info.pay_gbp_per_year is not None:
                per_year = info.pay_gbp_per_year
            else:
                per_year = apprentice_pay(graph)
                used["apprentice-minimum-wage"] = known["apprentice-minimum-wage"]
                used["apprentice-hours-per-week"] = known["apprentice-hours-per-week"]
        elif step.kind in ("qualification", "course"):
            if info.tuition_gbp_per_year is None:
                unknown.append(f"The cost of {info.name} is not known yet, so it counts as £0.")
            per_year = -(info.tuition_gbp_per_year or 0)
        periods.append(Period(info.name, step.kind, clock, clock + length, per_year))
        clock += length
    first = max(FIRST_AGE, int(_start_age(graph, route.start)))
    by_year = tuple(round(sum(_overlap(p, first + i) * p.per_year for p in periods)) for i in range(years))
    cumulative = tuple(sum(by_year[: i + 1]) for i in range(years))
    window_end = first + years
    learning = [p for p in periods if p.kind != "job"]
    return MoneyPlan(
        route_key=route.key,
        first_age=first,
        periods=tuple(periods),
        by_year=by_year,
        cumulative=cumulative,
        tuition=round(sum(-p.per_year * _span(p, first, window_end) for p in learning if p.per_year < 0)),
        earned_while_learning=round(sum(p.per_year * _span(p, first, window_end) for p in learning if p.per_year > 0)),
        qualified_age=clock,
        unknown=tuple(unknown),
        assumptions=tuple(used.values()),
    )


def _span(period: Period, low: float, high: float) -> float:
    end = high if period.end_age is None else min(period.end_age, high)
    return max(0.0, end - max(period.start_age, low))


def _overlap(period: Period, age: int) -> float:
    """How much of the year from `age` to `age + 1` falls inside a period."""
    return _span(period, age, age + 1)


def loan_words(graph: Graph, job_id: str | None = None) -> str:
    """Student loans in plain words, with a worked example on the job's starter pay when we know it."""
    known = assumptions(graph)
    threshold = known["student-loan-threshold"].value
    rate = _rate(known["student-loan-rate"].value)
    words = [
        "Most students do not pay university fees up front. A student loan pays them.",
        f"You only pay it back when you earn more than {gbp(threshold)} a year.",
        f"Then you pay {rate * 100:g}p of every pound you earn above {gbp(threshold)}.",
    ]
    row = job_row(graph, job_id) if job_id else None
    if row and row.salary_low is not None:
        yearly = max(0.0, row.salary_low - threshold) * rate
        if yearly:
            words.append(
                f"On a starter pay of {gbp(row.salary_low)} that is about {gbp(yearly)} a year ({gbp(yearly / 12)} a month)."
            )
        else:
            words.append(f"On a starter pay of {gbp(row.salary_low)} you would pay nothing back yet.")
    words.append("The chart counts fees in the year you study, to show the full cost. A loan spreads it out.")
    return " ".join(words)


def apprentice_words(graph: Graph) -> str:
    """Apprentice pay in plain words: the legal lowest pay, and what it comes to in a year."""
    known = assumptions(graph)
    hourly = known["apprentice-minimum-wage"].value
    hours = known["apprentice-hours-per-week"].value
    return (
        "Apprentices have a job, so they are paid while they learn. "
        f"The lowest pay an apprentice can get is £{hourly:.2f} an hour. "
        f"For {hours:g} hours a week that is about {gbp(apprentice_pay(graph))} a year. "
        "Many employers pay more. When we know what an apprenticeship pays, we use that."
    )


def describe(plans: list[MoneyPlan], names: list[str]) -> str:
    """The money chart in words, for screen readers and the list under the chart."""
    if not plans:
        return "No routes to compare."
    lines = []
    for name, money in zip(names, plans, strict=True):
        lines.append(
            f"{name}: by age {money.first_age + len(money.by_year)} you would have {gbp(money.total)} in all"
            f" (fees {gbp(money.tuition)}, pay while learning {gbp(money.earned_while_learning)})."
        )
    return " ".join(lines)


def step_words(graph: Graph, step_id: str) -> str:
    """What one step costs or pays, in a few words, honest about what we do not know."""
    info = node(graph, step_id)
    if info.kind == "job":
        row = job_row(graph, step_id)
        return "pay " + (pay_range(row.salary_low, row.salary_high, row.salary_year) if row else NOT_KNOWN)
    if info.kind == "apprenticeship":
        if info.pay_gbp_per_year is not None:
            return f"you are paid about {gbp(info.pay_gbp_per_year)} a year"
        return f"you are paid at least {gbp(apprentice_pay(graph))} a year"
    if info.kind == "experience":
        return "paid" if info.paid else "unpaid"
    if info.kind == "stage":
        return "free"
    if info.tuition_gbp_per_year is None:
        return f"cost {NOT_KNOWN}"
    if info.tuition_gbp_per_year == 0:
        return "free"
    return f"fees of {gbp(info.tuition_gbp_per_year)} a year"
