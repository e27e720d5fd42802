"""Facts around a step or job that live beside the graph: who offers it, who employs it, what comes next.

Pages ask for these in terms of node ids, so no page walks the tables itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from pathways.graph import Graph, Node, jobs, link, node
from pathways.index import employer, employers_of, job_row, offers_of, provider, stage_row
from pathways.search import search_jobs

__all__ = ["BOROUGH_NAMES", "Place", "employers_for", "job_row", "jobs_for", "next_steps", "providers_for", "stage_row"]

BOROUGH_NAMES = {
    "liverpool": "Liverpool",
    "knowsley": "Knowsley",
    "sefton": "Sefton",
    "st-helens": "St Helens",
    "wirral": "Wirral",
    "halton": "Halton",
    "outside-lcr": "outside the city region",
}


@dataclass(frozen=True)
class Place:
    """A provider or employer as a pupil sees it: a name, a borough, a web page."""

    id: str
    name: str
    borough: str
    website: str | None
    source_url: str
    note: str = ""
    km: float | None = None  # how far from the area the pupil chose (pathways.near), when they chose one

    @property
    def where(self) -> str:
        return BOROUGH_NAMES.get(self.borough, self.borough)


def providers_for(graph: Graph, step_id: str) -> list[Place]:
    """Providers in the city region that run a step, nearest idea of "near you" the data allows."""
    found = []
    for offer in offers_of(graph, step_id):
        row = provider(graph, offer.provider)
        if row and row.borough != "outside-lcr":
            found.append(Place(row.id, row.name, row.borough, row.website, row.source_url, offer.note or ""))
    return sorted(found, key=lambda p: p.name.lower())


def employers_for(graph: Graph, job_id: str) -> list[Place]:
    """Named employers in the city region for a job: what backs the words "in the Liverpool City Region"."""
    found = {
        e.id: Place(e.id, e.name, e.borough, e.website, ej.source_url)
        for ej in employers_of(graph, job_id)
        if (e := employer(graph, ej.employer)) and e.borough != "outside-lcr"
    }
    return sorted(found.values(), key=lambda p: p.name.lower())


def next_steps(graph: Graph, node_id: str) -> list[tuple[Node, str]]:
    """Where a job or step can lead next, with the requirement in words (may be empty)."""
    if node_id not in graph:
        return []
    found = [(node(graph, s), link(graph, node_id, s).requirement) for s in graph.succ[node_id]]
    return sorted(found, key=lambda pair: pair[0].name.lower())


def jobs_for(graph: Graph, sector: str | None = None, subjects: tuple[str, ...] = (), words: str = "") -> list[Node]:
    """Jobs for what a pupil said they are into: their own words first, then subjects, then a sector."""
    if words.strip():
        hits = search_jobs(graph, words)
        found = [node(graph, h.id) for h in hits]
        return [j for j in found if sector is None or j.sector == sector]
    chosen = jobs(graph, sector)
    if subjects:
        wanted = set(subjects)
        chosen = [j for j in chosen if (row := job_row(graph, j.id)) and wanted & set(row.subjects)]
    return chosen
