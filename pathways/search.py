"""Jobs for what a pupil types: titles, their own words, school subjects.

All the words come from the data (job names and keywords, subject names and
keywords), so an adviser improves search by editing a spreadsheet, not code.
Matching is fuzzy, so "biolgy" and "make vidoe games" still work.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from rapidfuzz import fuzz

from pathways.graph import Graph, dataset, jobs
from pathways.schema import JobRow

STOP_WORDS = frozenset(
    [
        "a",
        "an",
        "and",
        "the",
        "i",
        "me",
        "my",
        "to",
        "in",
        "on",
        "of",
        "for",
        "at",
        "with",
        "be",
        "do",
        "doing",
        "want",
        "wanna",
        "would",
        "like",
        "love",
        "job",
        "jobs",
        "work",
        "working",
        "career",
        "careers",
        "something",
        "stuff",
        "things",
        "thing",
        "about",
        "into",
        "is",
        "are",
        "it",
        "that",
        "who",
        "where",
        "people",
    ]
)
# How much a match on each kind of phrase counts: a title beats a subject.
WEIGHTS = {"name": 1.0, "keyword": 0.97, "subject": 0.9, "sector": 0.7}
MIN_SCORE = 60.0


@dataclass(frozen=True)
class Hit:
    id: str
    name: str
    sector: str | None
    score: float

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "sector": self.sector, "score": self.score}


def normalise(text: str) -> str:
    """Lower case, letters and digits only, common filler words removed."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    kept = [w for w in words if w not in STOP_WORDS]
    return " ".join(kept or words)


@cache
def _phrases(graph: Graph) -> tuple[tuple[str, str, float], ...]:
    """(job id, normalised phrase, weight) for every phrase that should find a job."""
    data = dataset(graph)
    subjects = {s.id: [s.name, *s.keywords] for s in data.subjects}
    sectors: dict[str, str] = {s.id: s.name for s in data.sectors}
    rows = {r.id: r for r in data.rows("jobs.csv", JobRow)}
    found: list[tuple[str, str, float]] = []
    for job in jobs(graph):
        row = rows[job.id]
        found.append((job.id, normalise(job.name), WEIGHTS["name"]))
        found += [(job.id, normalise(k), WEIGHTS["keyword"]) for k in row.keywords]
        for subject in row.subjects:
            found += [(job.id, normalise(word), WEIGHTS["subject"]) for word in subjects.get(subject, [])]
        if job.sector:
            found.append((job.id, normalise(sectors.get(job.sector, job.sector)), WEIGHTS["sector"]))
    return tuple(p for p in found if p[1])


def _match(query: str, phrase: str) -> float:
    """0-100: how well a phrase answers the query, preferring phrases that cover all of it."""
    whole = 0.6 * fuzz.token_set_ratio(query, phrase) + 0.4 * fuzz.token_sort_ratio(query, phrase)
    typed_part = 0.9 * fuzz.partial_ratio(query, phrase) if len(query) <= len(phrase) else 0.0
    return max(whole, typed_part)


def search_jobs(graph: Graph, text: str, limit: int = 10) -> list[Hit]:
    """Jobs ranked for `text`, best first; an empty or hopeless query gives an empty list."""
    query = normalise(text)
    if not query:
        return []
    best: dict[str, float] = {}
    support: dict[str, float] = {}
    for job_id, phrase, weight in _phrases(graph):
        score = _match(query, phrase) * weight
        if score > best.get(job_id, 0.0):
            best[job_id] = score
        support[job_id] = support.get(job_id, 0.0) + (score if score >= MIN_SCORE else 0.0)
    ranked = sorted((j for j in best if best[j] >= MIN_SCORE), key=lambda j: (-best[j], -support[j], j))
    names = {j.id: j for j in jobs(graph)}
    return [Hit(j, names[j].name, names[j].sector, round(best[j], 1)) for j in ranked[:limit]]
