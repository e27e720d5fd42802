"""Subjects to careers (Gatsby benchmark 4): what one school subject opens up.

A subject teacher picks their subject and shows the class the jobs that use it,
sector by sector, and the courses that ask for it on the way in: all from
the data (the subjects column of jobs.csv, the required_subjects of links.csv
and the subjects a qualification teaches).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from pathways.graph import Graph, Node, jobs, link, node
from pathways.index import job_row, links_asking_for, sector_names, subjects, taught_in


@dataclass(frozen=True)
class AskedFor:
    """A step that asks for the subject to get in, and the jobs it can lead to."""

    step: Node
    requirement: str
    leads_to: tuple[Node, ...]


@dataclass(frozen=True)
class SubjectCareers:
    subject_id: str
    subject_name: str
    jobs_by_sector: tuple[tuple[str, tuple[Node, ...]], ...]  # (sector name, jobs)
    asked_for: tuple[AskedFor, ...]
    taught_in: tuple[Node, ...]

    @property
    def job_count(self) -> int:
        return len({j.id for _, group in self.jobs_by_sector for j in group})


def subject_choices(graph: Graph) -> list[tuple[str, str]]:
    """(id, name) of every subject, by name, for a picker."""
    return sorted(((s.id, s.name) for s in subjects(graph)), key=lambda pair: pair[1].lower())


def _jobs_after(graph: Graph, step_id: str) -> tuple[Node, ...]:
    found = [node(graph, n) for n in nx.descendants(graph, step_id) if graph.nodes[n].get("kind") == "job"]
    return tuple(sorted(found, key=lambda n: n.name.lower()))


def careers_for_subject(graph: Graph, subject_id: str) -> SubjectCareers | None:
    """Everything one subject opens, or None for a subject the data does not know."""
    subject = next((s for s in subjects(graph) if s.id == subject_id), None)
    if subject is None:
        return None
    names = sector_names(graph)
    using = [j for j in jobs(graph) if (found := job_row(graph, j.id)) and subject_id in found.subjects]
    by_sector = tuple(
        (names[sid], tuple(j for j in using if j.sector == sid)) for sid in names if any(j.sector == sid for j in using)
    )
    asked: dict[str, AskedFor] = {}
    for source, target in links_asking_for(graph, subject_id):
        if target not in asked:
            asked[target] = AskedFor(node(graph, target), link(graph, source, target).requirement, _jobs_after(graph, target))
    taught = {step: node(graph, step) for step in taught_in(graph, subject_id)}
    return SubjectCareers(
        subject_id=subject.id,
        subject_name=subject.name,
        jobs_by_sector=by_sector,
        asked_for=tuple(sorted(asked.values(), key=lambda a: a.step.name.lower())),
        taught_in=tuple(sorted(taught.values(), key=lambda n: n.name.lower())),
    )
