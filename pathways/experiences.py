"""Work experience, internships and employer visits, shown at the stage a pupil can do them.

Gatsby benchmarks 5 and 6 ask that every pupil meets employers and tries the
workplace. An experience fits a job when it is in the job's sector (or fits
every sector) or leads straight to a step on the way; it is shown under each
stage it suits, from where the pupil is now onwards, because a Year 8 pupil
cannot yet book a post-16 placement but should know it is coming.
"""

from __future__ import annotations

from dataclasses import dataclass

from pathways.graph import Graph, Node, node, stages
from pathways.index import experience_rows
from pathways.routes import Route
from pathways.schema import ExperienceRow

ANY_TIME = "any-time"


@dataclass(frozen=True)
class AtStage:
    """The experiences that suit one stage; stage_id is ANY_TIME when the data names none."""

    stage_id: str
    stage_name: str
    experiences: tuple[Node, ...]


def _fits(graph: Graph, row: ExperienceRow, sector: str | None, steps: set[str]) -> bool:
    leads_on = bool(steps & set(graph.succ[row.id])) if row.id in graph else False
    return row.sector is None or sector is None or row.sector == sector or leads_on


def experiences(
    graph: Graph, sector: str | None, from_stage: str | None = None, steps: frozenset[str] = frozenset()
) -> list[AtStage]:
    """Experiences that fit, grouped by stage in age order, from `from_stage` on."""
    order = {s.id: s.order for s in stages(graph)}
    first = order.get(from_stage or "", min(order.values(), default=0))
    rows = [r for r in experience_rows(graph) if _fits(graph, r, sector, set(steps))]
    groups: list[AtStage] = []
    for stage in stages(graph):
        if stage.order < first:
            continue
        found = tuple(node(graph, r.id) for r in rows if stage.id in r.stages)
        if found:
            groups.append(AtStage(stage.id, stage.name, tuple(sorted(found, key=lambda n: n.name.lower()))))
    anytime = tuple(sorted((node(graph, r.id) for r in rows if not r.stages), key=lambda n: n.name.lower()))
    if anytime:
        groups.append(AtStage(ANY_TIME, "At any age", anytime))
    return groups


def for_job(graph: Graph, job_id: str, from_stage: str | None = None) -> list[AtStage]:
    sector = node(graph, job_id).sector if job_id in graph else None
    return experiences(graph, sector, from_stage, frozenset({job_id}))


def for_route(graph: Graph, route: Route) -> list[AtStage]:
    """Experiences beside a route: its job's sector, or leading into one of its steps."""
    sector = node(graph, route.job).sector if route.job in graph else None
    return experiences(graph, sector, route.start, frozenset(s.id for s in route.steps))
