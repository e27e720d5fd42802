"""The interest quiz: quick like / not-for-me taps that suggest sectors and jobs, each with a reason.

Not a psychometric test. A job scores a point for each thing the pupil likes
that its name or keywords mention (half a point when only one of its school
subjects does) and loses a point for each thing they do not like that it is
about; a subject alone never counts against a job, since maths or English help
almost everywhere. A sector scores its best few jobs, so a big sector does not
win by size. Reasons name only likes, in the pupil's own terms ("because you
like fixing things"). Answers are ids and booleans, so the page keeps them in
the session and nowhere else.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass

from pathways.graph import Graph, jobs
from pathways.index import sectors as sector_rows
from pathways.interests import BY_ID, INTERESTS, STRONG, Interest, match, matched, reason
from pathways.plain_words import and_list

MAX_JOBS = 5
MAX_REASONS = 2
SECTOR_TOP = 3  # a sector scores its best three jobs

Answers = Mapping[str, bool]  # interest id -> True (I like it) or False (not for me)


@dataclass(frozen=True)
class Suggestion:
    id: str
    name: str
    score: float
    reasons: tuple[str, ...]

    @property
    def because(self) -> str:
        return f"because {and_list(list(self.reasons))}" if self.reasons else ""


@dataclass(frozen=True)
class Result:
    sectors: tuple[Suggestion, ...]
    jobs: tuple[Suggestion, ...]


def questions() -> tuple[Interest, ...]:
    return INTERESTS


def _clean(answers: Answers) -> dict[str, bool]:
    """Only answers to real questions count, so a stale or odd session key cannot break the page."""
    return {k: bool(v) for k, v in answers.items() if k in BY_ID}


def _reasons(graph: Graph, job_id: str, strengths: dict[str, float], liked: list[str]) -> tuple[str, ...]:
    """The likes a job is most about, each said as what really matched; only matches in the job's own words.

    A school subject alone (a weak match) never becomes a reason: "because you
    want to make apps and games" must be true of the job, not of its subjects.
    """
    ranked = sorted((i for i in liked if strengths.get(i, 0) >= STRONG), key=liked.index)
    said = [reason(graph, job_id, BY_ID[i]) for i in ranked]
    return tuple(r for r in said if r)[:MAX_REASONS]


def _score(strengths: dict[str, float], liked: list[str], disliked: list[str]) -> float:
    return sum(strengths[i] for i in liked) - sum(1.0 for i in disliked if strengths[i] >= STRONG)


def suggest(graph: Graph, answers: Answers) -> Result:
    """Sectors and jobs for a set of answers, best first; empty when no like matches anything."""
    given = _clean(answers)
    liked = [i.id for i in INTERESTS if given.get(i.id) is True]
    disliked = [i.id for i in INTERESTS if given.get(i.id) is False]
    found: list[tuple[Suggestion, str | None, list[str]]] = []
    for job in jobs(graph):
        strengths = {i: match(graph, job.id, BY_ID[i]) for i in liked + disliked}
        score = _score(strengths, liked, disliked)
        if score > 0 and any(strengths[i] >= STRONG for i in liked):
            strong = [i for i in liked if strengths[i] >= STRONG and BY_ID[i].says(matched(graph, job.id, BY_ID[i])[1])]
            found.append((Suggestion(job.id, job.name, score, _reasons(graph, job.id, strengths, liked)), job.sector, strong))
    found.sort(key=lambda item: (-item[0].score, item[0].name.lower()))
    sectors = []
    for sector in sector_rows(graph):
        best = [(s, strong) for s, where, strong in found if where == sector.id][:SECTOR_TOP]
        if best:
            # An area of work is about the likes its best jobs share, in the pupil's terms.
            likes = Counter(i for _, strong in best for i in strong)
            ranked = sorted(likes, key=lambda i: (-likes[i], liked.index(i)))
            reasons = tuple(BY_ID[i].reason for i in ranked[:MAX_REASONS]) or best[0][0].reasons[:1]
            sectors.append(Suggestion(sector.id, sector.name, sum(s.score for s, _ in best), reasons))
    sectors.sort(key=lambda s: (-s.score, s.name.lower()))
    return Result(sectors=tuple(sectors), jobs=tuple(s for s, _, _ in found[:MAX_JOBS]))
