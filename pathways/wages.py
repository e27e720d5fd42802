"""The lowest pay the law allows, by age, for a full-time job or an apprenticeship.

A careers tool must never draw a route on pay an employer could not legally
offer: an old source figure (say £15,000 from 2019) meets today's minimum wage
in every money sum. So every yearly pay figure is raised to the legal minimum
for the person's age in the year the sums are for, and the plan says so.
The rates and hours come from `assumptions.csv`, each with its source.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from pathways.schema import AssumptionRow

Figures = Mapping[str, AssumptionRow]  # the assumptions by id, as `pathways.index.assumptions` gives them

ADULT_AGE = 21  # the National Living Wage starts at 21
ADULT_MINIMUM_AGE = 18  # the 18 to 20 rate starts at 18
APPRENTICE_RATE_UNTIL = 19  # the apprentice rate applies under 19, or in the first year at any age
WEEKS = 52


@dataclass(frozen=True)
class Floor:
    """The legal minimum for one stretch of time, and which assumptions it rests on."""

    per_year: int
    hourly: float
    hours: float
    rate_id: str
    hours_id: str

    @property
    def assumption_ids(self) -> tuple[str, str]:
        return (self.rate_id, self.hours_id)


def _rate_for_age(age: float) -> str:
    if age >= ADULT_AGE:
        return "national-living-wage"
    if age >= ADULT_MINIMUM_AGE:
        return "minimum-wage-18-20"
    return "minimum-wage-under-18"


def job_floor(figures: Figures, age: float) -> Floor:
    """The lowest legal pay for a year of full-time work at `age`."""
    return _floor(figures, _rate_for_age(age), "full-time-hours-per-week")


def apprentice_floor(figures: Figures, age: float, first_year: bool) -> Floor:
    """The lowest legal apprentice pay: the apprentice rate under 19 or in the first year, else the rate for the age."""
    rate = "apprentice-minimum-wage" if first_year or age < APPRENTICE_RATE_UNTIL else _rate_for_age(age)
    return _floor(figures, rate, "apprentice-hours-per-week")


def _floor(figures: Figures, rate_id: str, hours_id: str) -> Floor:
    hourly = figures[rate_id].value
    hours = figures[hours_id].value
    return Floor(round(hourly * hours * WEEKS), hourly, hours, rate_id, hours_id)


def breakpoints(start: float, end: float, first_year_end: float | None = None) -> list[float]:
    """The ages inside (start, end) where a legal minimum can change: 18, 19, 21 and the end of a first year."""
    points: set[float] = {ADULT_MINIMUM_AGE, APPRENTICE_RATE_UNTIL, ADULT_AGE}
    if first_year_end is not None:
        points.add(first_year_end)
    return [start, *sorted(p for p in points if start < p < end), end]
