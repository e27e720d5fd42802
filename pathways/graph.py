"""The pathways graph: stages, steps and jobs joined by "can lead to" links.

Built once from a validated Dataset and frozen, so the app can share one copy
between every pupil's session without anyone changing it by accident.
"""

from __future__ import annotations

import datetime as dt
import gc
import weakref
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, TypeAlias, cast

import networkx as nx

from pathways.data import Dataset
from pathways.index import Index, build_index
from pathways.schema import (
    ApprenticeshipRow,
    CourseRow,
    ExperienceRow,
    JobRow,
    LinkRow,
    NodeRow,
    QualificationRow,
    StageRow,
)

if TYPE_CHECKING:  # node ids are str; networkx's classes cannot be subscripted at run time
    Graph: TypeAlias = nx.DiGraph[str]
else:
    Graph = nx.DiGraph


@dataclass(frozen=True)
class Node:
    """What the route engine and the pages need to know about a stage, step or job."""

    id: str
    kind: str  # stage, qualification, apprenticeship, course, experience, job
    name: str
    summary: str
    type: str  # qualification type, experience type, or the kind again
    sector: str | None = None
    level: int | None = None
    years: float | None = None
    tuition_gbp_per_year: int | None = None
    pay_gbp_per_year: int | None = None
    paid: bool = False
    university: bool = False
    source_url: str = ""
    checked: dt.date | None = None
    order: int = 0


@dataclass(frozen=True)
class Link:
    """One "can lead to" with its entry requirement, in words and in a form we can filter on."""

    source: str
    target: str
    kind: str
    requirement: str = ""
    min_gcse_passes: int | None = None
    min_gcse_grade: int | None = None
    required_subjects: tuple[str, ...] = ()
    min_ucas_points: int | None = None
    source_url: str = ""
    checked: dt.date | None = None


def _stage_node(row: StageRow) -> Node:
    return Node(
        id=row.id,
        kind="stage",
        name=row.name,
        summary=row.summary,
        type="stage",
        years=row.years,
        order=row.order,
        tuition_gbp_per_year=0,
    )


def _step_node(kind: str, row: NodeRow) -> Node:
    base = Node(
        id=row.id,
        kind=kind,
        name=row.name,
        summary=row.summary,
        type=kind,
        sector=row.sector,
        level=row.level,
        source_url=row.source_url,
        checked=row.checked,
    )
    if isinstance(row, QualificationRow | CourseRow):
        return replace(
            base, type=row.type, years=row.years, tuition_gbp_per_year=row.tuition_gbp_per_year, university=row.university
        )
    if isinstance(row, ApprenticeshipRow):
        return replace(
            base,
            type="apprenticeship",
            years=row.years,
            pay_gbp_per_year=row.pay_gbp_per_year,
            paid=True,
            university=row.university,
            tuition_gbp_per_year=0,
        )
    if isinstance(row, ExperienceRow):
        return replace(base, type=row.type, years=row.years, paid=row.paid, tuition_gbp_per_year=0)
    job = cast(JobRow, row)
    return replace(base, type="job", paid=True, tuition_gbp_per_year=0, pay_gbp_per_year=job.salary_low)


def _link(row: LinkRow) -> Link:
    return Link(
        source=row.from_,
        target=row.to,
        kind=row.kind,
        requirement=row.requirement or "",
        min_gcse_passes=row.min_gcse_passes,
        min_gcse_grade=row.min_gcse_grade,
        required_subjects=tuple(row.required_subjects),
        min_ucas_points=row.min_ucas_points,
        source_url=row.source_url,
        checked=row.checked,
    )


def build_graph(dataset: Dataset) -> Graph:
    """A frozen DiGraph: node attribute "node" holds a Node, edge attribute "link" a Link.

    `graph.graph["index"]` holds what is worked out once from the tables for
    facts that are not steps (providers, employers, assumptions, the words
    search matches on); `pathways.index` reads it by name, so pages need only
    the graph, and it is freed with the graph.
    """
    steps = [_stage_node(stage) for stage in dataset.stages]
    steps += [_step_node(kind, row) for kind, row in dataset.steps]
    return graph_from(steps, (_link(row) for row in dataset.links), build_index(dataset))


def graph_from(nodes: Iterable[Node], links: Iterable[Link], index: Index | None = None) -> Graph:
    """The frozen graph of these nodes and links, added in bulk: the one way every graph is built.

    Takes values that are already checked (rows `load_data` validated, or a
    benchmark's generated graph), so a national graph of 500,000 links is not
    put through pydantic again; CSV input is still validated in full by
    `load_data` before it gets here. A later node or link with the same id
    replaces the earlier one's attributes, as `add_node` and `add_edge` do.
    """
    graph: Graph = nx.DiGraph() if index is None else nx.DiGraph(index=index)
    with _collector_paused():
        graph.add_nodes_from((n.id, {"node": n, "kind": n.kind}) for n in nodes)
        graph.add_edges_from((each.source, each.target, {"link": each}) for each in links)
    return cast(Graph, nx.freeze(graph))


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while a big graph is built.

    Building half a million link dicts set off collections that each walked the
    whole growing graph again; nothing built here is garbage, so the pause
    frees nothing late, and the collector's earlier state comes back after.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def node(graph: Graph, node_id: str) -> Node:
    return cast(Node, graph.nodes[node_id]["node"])


def link(graph: Graph, source: str, target: str) -> Link:
    return cast(Link, graph.edges[source, target]["link"])


_BY_KIND: weakref.WeakKeyDictionary[Graph, dict[str, list[Node]]] = weakref.WeakKeyDictionary()  # per graph object


def nodes_of_kind(graph: Graph, kind: str) -> list[Node]:
    """Nodes of one kind, in a stable order (stages by age, the rest by name).

    Pages ask for the stages and jobs on every run; a frozen graph never changes,
    so its lists are kept with it rather than made again from every node (5% of a
    class's burst, benchmarks/RESULTS.md). A new list each call: callers may change it.
    """
    kept = _BY_KIND.setdefault(graph, {}) if nx.is_frozen(graph) else None
    if kept is not None and kind in kept:
        return list(kept[kind])
    found = [node(graph, n) for n, attrs in graph.nodes.items() if attrs.get("kind") == kind]
    ordered = sorted(found, key=lambda n: (n.order, n.name.lower()) if kind == "stage" else (n.name.lower(), n.id))
    if kept is not None:
        kept[kind] = ordered
    return list(ordered)


def stages(graph: Graph) -> list[Node]:
    return nodes_of_kind(graph, "stage")


def jobs(graph: Graph, sector: str | None = None) -> list[Node]:
    return [j for j in nodes_of_kind(graph, "job") if sector is None or j.sector == sector]


def next_steps(graph: Graph, node_id: str) -> list[tuple[Node, str]]:
    """Where a job or step can lead next, with the requirement in words (may be empty)."""
    if node_id not in graph:
        return []
    found = [(node(graph, s), link(graph, node_id, s).requirement) for s in graph.succ[node_id]]
    return sorted(found, key=lambda pair: pair[0].name.lower())
