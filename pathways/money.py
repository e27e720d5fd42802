"""Money on a route over the first ten years from age 16: pay while learning, tuition, then starter pay.

Only figures from the data are used. Pay does not grow (we have no sourced
figure for how fast it would) and is before tax. No pay is below the legal
minimum for the age, no unknown figure counts as £0, every stand-in figure is
named in `MoneyPlan.unknown`, and every assumption comes with the page it came from.
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass

from pathways import index, wages
from pathways.graph import Graph, node
from pathways.index import job_row, stage_row
from pathways.plain_words import NOT_KNOWN, duration, gbp, job_pay
from pathways.routes import Route
from pathways.schema import JobRow

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
    unknown: tuple[str, ...]  # plain-words notes on every figure we had to stand in for
    assumptions: tuple[Assumption, ...]
    left_out: str | None = None  # why this route's money cannot be added up honestly, if it cannot

    @property
    def total(self) -> int:
        return self.cumulative[-1] if self.cumulative else 0

    @property
    def ages(self) -> tuple[int, ...]:
        return tuple(range(self.first_age, self.first_age + len(self.by_year)))


def assumptions(graph: Graph) -> dict[str, Assumption]:
    return {
        a.id: Assumption(a.id, a.name, a.value, a.unit, a.applies, a.source_url, a.checked)
        for a in index.assumptions(graph).values()
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
    """Ten years of money on a route, from 16 (or later, for someone who starts older).

    Pay is never below the legal minimum for the person's age (see `wages`), and a
    figure we do not have is never counted as £0: an unknown university fee counts
    at the fee cap, the most it can be; an unknown job pay counts at the legal
    minimum, the least it can be; any other unknown cost leaves the route out of
    the sums, and the plan says why.
    """
    figures = index.assumptions(graph)
    known = assumptions(graph)
    used: dict[str, Assumption] = {}
    notes: list[str] = []
    left_out: str | None = None
    periods: list[Period] = []
    clock = _start_age(graph, route.start)
    for step in route.steps:
        info = node(graph, step.id)
        if step.kind == "stage":
            stage = stage_row(graph, step.id)
            clock = float(stage.age_to) if stage and stage.age_to is not None else clock + (step.years or 0.0)
            continue
        if step.id == route.job:
            row = job_row(graph, step.id)
            periods += _paid_periods(figures, info.name, "job", clock, None, info.pay_gbp_per_year, used, notes, known, row)
            break
        length = step.years
        if length is None:
            length = UNKNOWN_LENGTH
            notes.append(f"How long {info.name} takes is not known yet, so it counts as 1 year.")
        if step.kind in ("apprenticeship", "job"):  # a job on the way to another is paid too
            row = job_row(graph, step.id) if step.kind == "job" else None
            periods += _paid_periods(
                figures, info.name, step.kind, clock, clock + length, info.pay_gbp_per_year, used, notes, known, row
            )
        else:
            fee = info.tuition_gbp_per_year if step.kind in ("qualification", "course") else 0
            if fee is None:
                fee, reason = _unknown_fee(info.name, info.level, known)
                if reason is None:
                    used["tuition-fee-cap"] = known["tuition-fee-cap"]
                    notes.append(
                        f"The fees for {info.name} are not known yet, so we count {gbp(fee)} a year:"
                        " the most a university or college in England can charge for this level."
                    )
                else:
                    left_out = left_out or reason
            periods.append(Period(info.name, step.kind, clock, clock + length, -fee))
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
        unknown=tuple(dict.fromkeys(notes)),
        assumptions=tuple(used.values()),
        left_out=left_out,
    )


HIGHER_EDUCATION_LEVELS = range(4, 7)  # HNC to bachelor's degree: covered by the fee cap; master's fees are not


def _unknown_fee(name: str, level: int | None, known: dict[str, Assumption]) -> tuple[int, str | None]:
    """What an unknown fee counts as: the fee cap for Levels 4 to 6, else nothing we can honestly sum."""
    if level is not None and level in HIGHER_EDUCATION_LEVELS:
        return round(known["tuition-fee-cap"].value), None
    return 0, f"The cost of {name} is not known yet, so we cannot add up the money on this route."


def _paid_periods(
    figures: wages.Figures,
    name: str,
    kind: str,
    start: float,
    end: float | None,
    source_pay: int | None,
    used: dict[str, Assumption],
    notes: list[str],
    known: dict[str, Assumption],
    row: JobRow | None = None,
) -> list[Period]:
    """Paid time split where the legal minimum changes, each stretch at the source pay or the minimum, whichever is more."""
    apprentice = kind == "apprenticeship"
    stop = end if end is not None else start + YEARS + 1
    cuts = wages.breakpoints(start, stop, start + 1 if apprentice else None)
    periods = []
    for low, high in itertools.pairwise(cuts):
        floor = wages.apprentice_floor(figures, low, low < start + 1) if apprentice else wages.job_floor(figures, low)
        pay = source_pay if source_pay is not None and source_pay >= floor.per_year else floor.per_year
        if pay == floor.per_year:
            used.update({i: known[i] for i in floor.assumption_ids})
            notes.append(_floor_note(name, kind, source_pay, floor, low, row))
        periods.append(Period(name, kind, low, None if end is None and high == stop else high, pay))
    return periods


def _floor_note(name: str, kind: str, source_pay: int | None, floor: wages.Floor, age: float, row: JobRow | None) -> str:
    minimum = f"{gbp(floor.per_year)} a year ({floor.hours:g} hours a week at £{floor.hourly:.2f} an hour, at age {int(age)})"
    if source_pay is None:
        what = "Apprentice pay" if kind == "apprenticeship" else "Starter pay"
        return f"{what} for {name} is not known yet, so we count the legal minimum: {minimum}."
    year = f", figures for {row.salary_year}" if row and row.salary_year else ""
    return (
        f"Our source gives {gbp(source_pay)} a year for {name}{year}. That is below today's legal minimum,"
        f" so we count the minimum instead: {minimum}."
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
        pay = (
            f"pay of {gbp(row.salary_low)}"
            if row.salary_basis in ("middle-half", "median")
            else f"a starter pay of {gbp(row.salary_low)}"
        )
        if yearly:
            words.append(f"On {pay} that is about {gbp(yearly)} a year ({gbp(yearly / 12)} a month).")
        else:
            words.append(f"On {pay} you would pay nothing back yet.")
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


def describe_money(plans: list[MoneyPlan], names: list[str]) -> str:
    """The money chart in words, for screen readers and the list under the chart."""
    if not plans:
        return "No routes to compare."
    lines = []
    for name, money in zip(names, plans, strict=True):
        if money.left_out:
            lines.append(f"{name} is not in the chart: {money.left_out}")
            continue
        lines.append(
            f"{name}: by age {money.first_age + len(money.by_year)} you would have {gbp(money.total)} in all, before tax"
            f" (fees {gbp(money.tuition)}, pay while learning {gbp(money.earned_while_learning)})."
        )
    return " ".join(lines)


MONEY_WORDS = (
    "This adds up pay and takes away fees, year by year, before tax. A job counts at its starter pay,"
    " with no pay rises, and never below the legal minimum wage for your age."
)


@dataclass(frozen=True)
class Comparison:
    """One route as the compare table and the printed plan's table say it, worked out once for both.

    Every field is plain words: a fee or a length we do not know is "not known
    yet", never £0, and the money by `by_age` is "not known yet" when the route
    cannot be added up honestly (`MoneyPlan.left_out`).
    """

    kind: str
    steps: str
    years: str
    fees: str
    paid_while_learning: bool
    pay_while_learning: str
    requirement: str
    by_age: int
    money: str
    notes: tuple[str, ...]  # why a figure stands in for one we do not have, or why the money is not added up


def comparison(route: Route, money: MoneyPlan) -> Comparison:
    """`route` side by side with others: kind, years, fees, pay while learning and money by an age, before tax."""
    return Comparison(
        kind=route.kind,
        steps=" then ".join(s.name for s in route.learning if s.kind != "stage") or "straight in",
        years=duration(route.years) if route.years_known else NOT_KNOWN,
        fees=gbp(route.tuition_gbp) if route.tuition_known else NOT_KNOWN,
        paid_while_learning=route.earns_while_learning,
        pay_while_learning=gbp(money.earned_while_learning) if route.earns_while_learning else "none",
        requirement=route.requirements[0] if route.requirements else NOT_KNOWN,
        by_age=money.first_age + len(money.by_year),
        money=NOT_KNOWN if money.left_out else gbp(money.total),
        notes=(*money.unknown, *([money.left_out] if money.left_out else [])),
    )


def step_words(graph: Graph, step_id: str) -> str:
    """What one step costs or pays, in a few words, honest about what we do not know."""
    info = node(graph, step_id)
    if info.kind == "job":
        row = job_row(graph, step_id)
        return "pay " + job_pay(row)
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
