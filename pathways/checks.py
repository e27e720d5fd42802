"""Checks that need more than one row: unknown ids, duplicates, circles, levels.

Each row has already passed its own model in `pathways.schema`; here we look at
how rows refer to each other, which is where spreadsheet edits usually go wrong.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import networkx as nx

from pathways import sources
from pathways.problems import Problem, did_you_mean
from pathways.schema import (
    NODE_FILES,
    REQUIRED_ASSUMPTIONS,
    TABLES,
    AssumptionRow,
    CourseRow,
    EmployerJobRow,
    EmployerRow,
    ExperienceRow,
    JobRow,
    LinkRow,
    NodeRow,
    OfferRow,
    ProviderRow,
    RetiredRow,
    Row,
    Sourced,
    StageRow,
    SubjectRow,
)

Tables = Mapping[str, tuple[Row, ...]]
START_STAGE = "years-10-11"


def check_dataset(tables: Tables, broken_ids: set[str] | None = None) -> tuple[list[Problem], list[Problem]]:
    """(errors, warnings) for the relations between rows of all files.

    `broken_ids` are ids of rows that failed their own checks: they count as known
    here, so one bad cell gives one message rather than one per link to its row.
    """
    broken = broken_ids or set()
    problems: list[Problem] = []
    nodes: dict[str, tuple[str, Row]] = {}
    for name in ("stages.csv", *NODE_FILES):
        problems += _unique_ids(name, tables.get(name, ()), nodes)
    for name in ("subjects.csv", "providers.csv", "employers.csv", "assumptions.csv", "places.csv"):
        problems += _unique_ids(name, tables.get(name, ()), {})
    problems += _references(tables, nodes, broken)
    problems += _links(tables, nodes, broken)
    problems += _assumptions(tables)
    problems += _sources(tables)
    problems += _retired(tables, nodes)
    return problems, _unreachable_jobs(tables, nodes) if not problems else []


def _sources(tables: Tables) -> list[Problem]:
    """Every source must be a page that its owner publishes (see `pathways.sources`)."""
    problems = []
    for name in TABLES:
        for row in tables.get(name, ()):
            if not isinstance(row, Sourced):
                continue
            for url in row.source_url.split(" ; "):
                kind = sources.untrusted(url)
                if kind:
                    problems.append(
                        Problem(
                            name,
                            row.line,
                            "source_url",
                            f"{sources.host(url)} is {kind}: cite the page of the organisation that owns the fact instead",
                        )
                    )
    return problems


def _retired(tables: Tables, nodes: dict[str, tuple[str, Row]]) -> list[Problem]:
    """A retired thing must be gone from the live data, and its successor must be live."""
    live = set(nodes)
    live |= {str(getattr(r, "id", "")) for name in ("providers.csv", "employers.csv") for r in tables.get(name, ())}
    problems = []
    for row in tables.get("retired.csv", ()):
        if not isinstance(row, RetiredRow):
            continue
        if row.id in live:
            problems.append(
                Problem("retired.csv", row.line, "id", f'"{row.id}" is still in the live data: remove its row from {row.file}')
            )
        if row.replaced_by is not None:
            problems += _unknown("retired.csv", row, "replaced_by", row.replaced_by, live, "live id")
    return problems


def _unique_ids(name: str, rows: Iterable[Row], seen: dict[str, tuple[str, Row]]) -> list[Problem]:
    problems = []
    for row in rows:
        row_id = str(getattr(row, "id", ""))
        if row_id in seen:
            where, first = seen[row_id]
            problems.append(
                Problem(name, row.line, "id", f'"{row_id}" is already used at {where}:{first.line}: ids must be unique')
            )
        else:
            seen[row_id] = (name, row)
    return problems


def _unknown(name: str, row: Row, column: str, value: str, known: Mapping[str, object] | set[str], what: str) -> list[Problem]:
    if value in known:
        return []
    return [Problem(name, row.line, column, f'"{value}" is not a known {what}{did_you_mean(value, known)}')]


def _references(tables: Tables, nodes: dict[str, tuple[str, Row]], broken: set[str]) -> list[Problem]:
    subjects = broken | {r.id for r in tables.get("subjects.csv", ()) if isinstance(r, SubjectRow)}
    stages = broken | {r.id for r in tables.get("stages.csv", ()) if isinstance(r, StageRow)}
    providers = broken | {r.id for r in tables.get("providers.csv", ()) if isinstance(r, ProviderRow)}
    employers = broken | {r.id for r in tables.get("employers.csv", ()) if isinstance(r, EmployerRow)}
    jobs = broken | {r.id for r in tables.get("jobs.csv", ()) if isinstance(r, JobRow)}
    steps = broken | {k for k, (name, _) in nodes.items() if name not in ("jobs.csv", "stages.csv")}
    problems: list[Problem] = []
    for name, rows in tables.items():
        for row in rows:
            for subject in getattr(row, "subjects", []) + getattr(row, "required_subjects", []):
                column = "subjects" if subject in getattr(row, "subjects", []) else "required_subjects"
                problems += _unknown(name, row, column, subject, subjects, "subject id (see subjects.csv)")
            if isinstance(row, ExperienceRow):
                for stage in row.stages:
                    problems += _unknown(name, row, "stages", stage, stages, "stage id (see stages.csv)")
            if isinstance(row, CourseRow):
                problems += _unknown(name, row, "provider", row.provider, providers, "provider id")
            if isinstance(row, OfferRow):
                problems += _unknown(name, row, "provider", row.provider, providers, "provider id")
                problems += _unknown(
                    name, row, "step", row.step, steps, "step id (a qualification, apprenticeship, course or experience)"
                )
            if isinstance(row, EmployerJobRow):
                problems += _unknown(name, row, "employer", row.employer, employers, "employer id")
                problems += _unknown(name, row, "job", row.job, jobs, "job id")
    return problems


def _links(tables: Tables, nodes: dict[str, tuple[str, Row]], broken: set[str]) -> list[Problem]:
    problems: list[Problem] = []
    graph: nx.DiGraph[str] = nx.DiGraph()
    seen: dict[tuple[str, str], int] = {}
    for row in tables.get("links.csv", ()):
        if not isinstance(row, LinkRow):
            continue
        if row.from_ in broken or row.to in broken:
            continue
        known = True
        for column, value in (("from", row.from_), ("to", row.to)):
            if value not in nodes:
                problems.append(
                    Problem("links.csv", row.line, column, f'"{value}" is not a known id{did_you_mean(value, nodes)}')
                )
                known = False
        if not known:
            continue
        if nodes[row.to][0] == "stages.csv" and nodes[row.from_][0] != "stages.csv":
            problems.append(
                Problem("links.csv", row.line, "to", f'"{row.to}" is a stage: only another stage can lead to a stage')
            )
        if (row.from_, row.to) in seen:
            problems.append(
                Problem("links.csv", row.line, "to", f"this link is already given at line {seen[(row.from_, row.to)]}")
            )
        seen[(row.from_, row.to)] = row.line
        problems += _level_gap(row, nodes)
        graph.add_edge(row.from_, row.to, line=row.line)
    for component in nx.strongly_connected_components(graph):
        if len(component) > 1:
            cycle = nx.find_cycle(graph.subgraph(component))
            path = " -> ".join([cycle[0][0], *[edge[1] for edge in cycle]])
            line = max(graph.edges[edge]["line"] for edge in cycle)
            problems.append(Problem("links.csv", line, "to", f"these links go round in a circle: {path} - remove one of them"))
    return problems


def _level_gap(row: LinkRow, nodes: dict[str, tuple[str, Row]]) -> list[Problem]:
    """A job that needs a level-6 qualification must not be reachable straight from a level-3 step."""
    target, source = nodes[row.to][1], nodes[row.from_][1]
    if not isinstance(target, JobRow) or not isinstance(source, NodeRow) or source.level is None:
        return []
    if source.level >= target.level:
        return []
    return [
        Problem(
            "links.csv",
            row.line,
            "from",
            f'"{row.from_}" is level {source.level} but the job "{row.to}" '
            f"needs level {target.level}: link it from a step at level {target.level} or above",
        )
    ]


def _assumptions(tables: Tables) -> list[Problem]:
    have = {r.id for r in tables.get("assumptions.csv", ()) if isinstance(r, AssumptionRow)}
    if not tables.get("assumptions.csv"):
        return []
    return [
        Problem("assumptions.csv", 1, "id", f'the app needs a row with id "{need}"')
        for need in REQUIRED_ASSUMPTIONS
        if need not in have
    ]


def _unreachable_jobs(tables: Tables, nodes: dict[str, tuple[str, Row]]) -> list[Problem]:
    """Jobs no pupil in Years 10-11 could reach: allowed, but worth fixing."""
    if START_STAGE not in nodes:
        return []
    graph: nx.DiGraph[str] = nx.DiGraph()
    graph.add_edges_from((r.from_, r.to) for r in tables.get("links.csv", ()) if isinstance(r, LinkRow))
    reach = nx.descendants(graph, START_STAGE) if START_STAGE in graph else set()
    return [
        Problem("jobs.csv", row.line, "id", f'no route reaches "{row.id}" from {START_STAGE}: add a link to it in links.csv')
        for row in tables.get("jobs.csv", ())
        if isinstance(row, JobRow) and row.id not in reach
    ]
