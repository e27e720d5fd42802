"""The places around a step or job: who offers the step nearby, who employs people in the job.

Pages ask for these in terms of node ids, so no page walks the tables itself.
"""

from __future__ import annotations

from dataclasses import dataclass

from pathways.graph import Graph
from pathways.index import employer, employers_of, offers_of, provider

__all__ = ["BOROUGH_NAMES", "Place", "employers_for", "providers_for"]

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
