"""What `build_graph` works out once from the tables, kept on the graph so it dies with it.

Rows by id, who offers each step and who employs each job, the figures the
money sums use, and the words search and the interests match on. Caches keyed
on the graph kept every replaced or trial graph alive; an index hung on the
graph (`graph.graph["index"]`) is freed with it. Pages and modules ask for
these facts by name (`sectors(graph)`, `assumption(graph, "tuition-fee-cap")`),
so no one outside `pathways.data` digs in raw tables or uses a CSV file name
as a key.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, TypeVar, cast

from pathways.data import Dataset
from pathways.problems import Problem
from pathways.schema import (
    AssumptionRow,
    CourseRow,
    EmployerJobRow,
    EmployerRow,
    ExperienceRow,
    GlossaryRow,
    JobRow,
    OfferRow,
    PlaceRow,
    ProviderRow,
    QualificationRow,
    RetiredRow,
    SectorRow,
    Sourced,
    StageRow,
    SubjectRow,
)

if TYPE_CHECKING:
    from pathways.graph import Graph

# Filler words left out of what a pupil types and of the words search matches on.
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


def normalise(text: str) -> str:
    """Lower case, letters and digits only, common filler words removed (how search reads any text)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    kept = [w for w in words if w not in STOP_WORDS]
    return " ".join(kept or words)


def tokens(text: str) -> tuple[str, ...]:
    """Lower-case words, plural "s" dropped, so "machines" finds "machine" (how the interests read text)."""
    words = re.findall(r"[a-z0-9]+", text.lower())
    return tuple(w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w for w in words)


@dataclass(frozen=True)
class Phrase:
    """A phrase that should find a job in search, with where it comes from."""

    job: str
    field: str  # name, aside, keyword, subject or sector
    text: str  # as shown in "why"
    words: tuple[str, ...]


Words = tuple[str, ...]
T = TypeVar("T")


@dataclass(frozen=True)
class Index:
    """Everything worked out once from the tables; read-only, like the graph it hangs on."""

    sectors: tuple[SectorRow, ...] = ()
    subjects: tuple[SubjectRow, ...] = ()
    stages: Mapping[str, StageRow] = field(default_factory=dict)
    jobs: Mapping[str, JobRow] = field(default_factory=dict)
    experiences: tuple[ExperienceRow, ...] = ()
    places: tuple[PlaceRow, ...] = ()
    providers: Mapping[str, ProviderRow] = field(default_factory=dict)
    employers: Mapping[str, EmployerRow] = field(default_factory=dict)
    offers: tuple[OfferRow, ...] = ()
    offers_by_step: Mapping[str, tuple[OfferRow, ...]] = field(default_factory=dict)
    employer_jobs: tuple[EmployerJobRow, ...] = ()
    employer_jobs_by_job: Mapping[str, tuple[EmployerJobRow, ...]] = field(default_factory=dict)
    assumptions: Mapping[str, AssumptionRow] = field(default_factory=dict)
    glossary: tuple[GlossaryRow, ...] = ()
    retired: tuple[RetiredRow, ...] = ()
    warnings: tuple[Problem, ...] = ()
    # subject -> (from, to) of every link that asks for it, in file order
    asking_for: Mapping[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)
    taught_in: Mapping[str, tuple[str, ...]] = field(default_factory=dict)  # subject -> qualifications and courses
    facts: Mapping[str, tuple[Sourced, ...]] = field(default_factory=dict)  # table -> its sourced rows
    search_phrases: Mapping[str, tuple[Phrase, ...]] = field(default_factory=dict)  # job -> phrases, jobs by name
    own_words: Mapping[str, tuple[tuple[Words, str], ...]] = field(default_factory=dict)  # job -> name and keywords
    taught_words: Mapping[str, tuple[Words, ...]] = field(default_factory=dict)  # job -> its subjects' words


EMPTY = Index()


def _grouped(pairs: Iterable[tuple[str, T]]) -> dict[str, tuple[T, ...]]:
    """Values by key, each key's values in the order given."""
    found: dict[str, list[T]] = {}
    for key, value in pairs:
        found.setdefault(key, []).append(value)
    return {k: tuple(v) for k, v in found.items()}


def build_index(data: Dataset) -> Index:
    """The index of a validated Dataset: `build_graph` calls this once and hangs the result on the graph."""
    jobs = {r.id: r for r in data.jobs}
    teaching: tuple[QualificationRow | CourseRow, ...] = (*data.qualifications, *data.courses)
    return Index(
        sectors=data.sectors,
        subjects=data.subjects,
        stages={s.id: s for s in data.stages},
        jobs=jobs,
        experiences=data.experiences,
        places=data.places,
        providers={p.id: p for p in data.providers},
        employers={e.id: e for e in data.employers},
        offers=data.offers,
        offers_by_step=_grouped((o.step, o) for o in data.offers),
        employer_jobs=data.employer_jobs,
        employer_jobs_by_job=_grouped((e.job, e) for e in data.employer_jobs),
        assumptions=data.assumptions,
        glossary=data.glossary,
        retired=data.retired,
        warnings=data.warnings,
        asking_for=_grouped((s, (link.from_, link.to)) for link in data.links for s in link.required_subjects),
        taught_in=_grouped((s, r.id) for r in teaching for s in r.subjects),
        facts=data.sourced,
        search_phrases=_search_phrases(data, jobs),
        own_words={j.id: tuple((tokens(t), t.strip()) for t in (j.name, *j.keywords)) for j in jobs.values()},
        taught_words=_taught_words(data, jobs),
    )


def _search_phrases(data: Dataset, jobs: Mapping[str, JobRow]) -> dict[str, tuple[Phrase, ...]]:
    """Per job, by name: its name, the part in brackets, keywords, school subjects and area of work, as words."""
    subjects = {s.id: [s.name, *s.keywords] for s in data.subjects}
    sectors: dict[str, str] = {s.id: s.name for s in data.sectors}
    found: dict[str, tuple[Phrase, ...]] = {}
    for row in sorted(jobs.values(), key=lambda r: (r.name.lower(), r.id)):
        phrases: list[Phrase] = []

        def add(field: str, text: str, job: str = row.id, phrases: list[Phrase] = phrases) -> None:
            words = tuple(normalise(text).split())
            if words:
                phrases.append(Phrase(job, field, text.strip(), words))

        add("name", re.sub(r"\(.*?\)", " ", row.name))
        for aside in re.findall(r"\((.*?)\)", row.name):
            add("aside", aside)
        for keyword in row.keywords:
            add("keyword", keyword)
        for subject in row.subjects:
            for word in subjects.get(subject, []):
                add("subject", word)
        if row.sector:
            add("sector", sectors.get(row.sector, row.sector))
        if phrases:
            found[row.id] = tuple(phrases)
    return found


def _taught_words(data: Dataset, jobs: Mapping[str, JobRow]) -> dict[str, tuple[Words, ...]]:
    """Per job: the names and keywords of its school subjects, as words (an unknown subject counts as its id)."""
    subjects = {s.id: (s.id, s.name, *s.keywords) for s in data.subjects}
    return {j.id: tuple(tokens(t) for sid in j.subjects for t in subjects.get(sid, (sid,))) for j in jobs.values()}


def index(graph: Graph) -> Index:
    """The graph's index; an empty one for a graph built from plain values (a benchmark's, a test's)."""
    return cast(Index, graph.graph.get("index", EMPTY))


def sectors(graph: Graph) -> tuple[SectorRow, ...]:
    """The areas of work, in the data's order."""
    return index(graph).sectors


def sector_names(graph: Graph) -> dict[str, str]:
    """Area of work id -> its name, in the data's order."""
    return {s.id: s.name for s in index(graph).sectors}


def subjects(graph: Graph) -> tuple[SubjectRow, ...]:
    """The school subjects, in the data's order."""
    return index(graph).subjects


def subject_names(graph: Graph) -> dict[str, str]:
    """School subject id -> its name, in the data's order."""
    return {s.id: s.name for s in index(graph).subjects}


def places(graph: Graph) -> tuple[PlaceRow, ...]:
    """The towns and areas a pupil can say they live in."""
    return index(graph).places


def job_row(graph: Graph, job_id: str) -> JobRow | None:
    return index(graph).jobs.get(job_id)


def job_rows(graph: Graph) -> tuple[JobRow, ...]:
    """Every job's row, in the data's order."""
    return tuple(index(graph).jobs.values())


def stage_row(graph: Graph, stage_id: str) -> StageRow | None:
    return index(graph).stages.get(stage_id)


def providers(graph: Graph) -> tuple[ProviderRow, ...]:
    return tuple(index(graph).providers.values())


def provider(graph: Graph, provider_id: str) -> ProviderRow | None:
    return index(graph).providers.get(provider_id)


def employers(graph: Graph) -> tuple[EmployerRow, ...]:
    return tuple(index(graph).employers.values())


def employer(graph: Graph, employer_id: str) -> EmployerRow | None:
    return index(graph).employers.get(employer_id)


def offers_of(graph: Graph, step_id: str) -> tuple[OfferRow, ...]:
    """Who runs a step: its offers, in the data's order."""
    return index(graph).offers_by_step.get(step_id, ())


def employers_of(graph: Graph, job_id: str) -> tuple[EmployerJobRow, ...]:
    """Who employs people in a job: its employer rows, in the data's order."""
    return index(graph).employer_jobs_by_job.get(job_id, ())


def provider_ids_of(graph: Graph, step_ids: Iterable[str]) -> set[str]:
    """Every provider that runs any of these steps."""
    by_step = index(graph).offers_by_step
    return {o.provider for step in step_ids for o in by_step.get(step, ())}


def employer_ids_of(graph: Graph, job_ids: Iterable[str]) -> set[str]:
    """Every employer that employs people in any of these jobs."""
    by_job = index(graph).employer_jobs_by_job
    return {row.employer for job in job_ids for row in by_job.get(job, ())}


def assumptions(graph: Graph) -> Mapping[str, AssumptionRow]:
    """The figures the money sums use, by id, each with its source."""
    return index(graph).assumptions


def assumption(graph: Graph, assumption_id: str) -> AssumptionRow:
    """One figure the money sums use; the validator makes sure the ones the app needs are there."""
    return index(graph).assumptions[assumption_id]


def glossary(graph: Graph) -> tuple[GlossaryRow, ...]:
    return index(graph).glossary


def retired(graph: Graph) -> tuple[RetiredRow, ...]:
    """Things retired or closed since a link to them may have been shared."""
    return index(graph).retired


def warnings(graph: Graph) -> tuple[Problem, ...]:
    """What the validator flagged without refusing the data, for an adviser to look at."""
    return index(graph).warnings


def experience_rows(graph: Graph) -> tuple[ExperienceRow, ...]:
    return index(graph).experiences


def facts(graph: Graph) -> Mapping[str, tuple[Sourced, ...]]:
    """Every sourced row by table name ("jobs", "employer_jobs"...), in the data's order."""
    return index(graph).facts


def links_asking_for(graph: Graph, subject_id: str) -> tuple[tuple[str, str], ...]:
    """(from, to) of every link whose entry requirement names a subject, in the data's order."""
    return index(graph).asking_for.get(subject_id, ())


def taught_in(graph: Graph, subject_id: str) -> tuple[str, ...]:
    """The qualifications and courses that teach a subject."""
    return index(graph).taught_in.get(subject_id, ())
