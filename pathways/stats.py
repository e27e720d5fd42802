"""Coverage and quality figures for the data: what an adviser checks before trusting it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass

from pathways.data import STEP_TABLES, file_name
from pathways.graph import Graph, jobs, node
from pathways.index import employers, facts, index, job_rows, providers, retired
from pathways.places import providers_for
from pathways.routes import Constraints, find_routes
from pathways.schema import Sourced

START = "years-10-11"
STALE_AFTER_DAYS = 365
CURRENT_PAY_YEARS = 2  # a pay figure is current if it is for this year or the two before it


@dataclass(frozen=True)
class JobCoverage:
    id: str
    route_kinds: tuple[str, ...]
    non_degree: bool
    local_provider: bool
    local_employer: bool


def job_coverage(graph: Graph, start: str = START) -> list[JobCoverage]:
    employed = set(index(graph).employer_jobs_by_job)
    found = []
    for job in jobs(graph):
        routes = find_routes(graph, start, job.id, limit=8)
        steps = {s.id for r in routes for s in r.learning}
        found.append(
            JobCoverage(
                id=job.id,
                route_kinds=tuple(sorted({r.kind for r in routes})),
                non_degree=bool(find_routes(graph, start, job.id, limit=1, constraints=Constraints(no_university=True))),
                local_provider=any(providers_for(graph, s) for s in steps),
                local_employer=job.id in employed,
            )
        )
    return found


def _sourced_rows(graph: Graph) -> list[tuple[str, Sourced]]:
    """(table, row) for every fact with a source, in the data's order."""
    return [(table, row) for table, rows in facts(graph).items() for row in rows]


def stats(graph: Graph, today: dt.date | None = None) -> dict[str, object]:
    """Every figure `python -m pathways stats` prints, as plain JSON-ready values."""
    today = today or dt.date.today()
    kinds = Counter(attrs["kind"] for attrs in graph.nodes.values())
    by_sector: dict[str, Counter[str]] = {}
    for n, attrs in graph.nodes.items():
        sector = node(graph, n).sector or "any"
        by_sector.setdefault(attrs["kind"], Counter())[sector] += 1
    sourced = _sourced_rows(graph)
    checked = [row.checked for _, row in sourced]
    coverage = job_coverage(graph)
    total_jobs = len(coverage) or 1
    visible = [row for table, row in sourced if table in STEP_TABLES]
    return {
        "counts": dict(sorted(kinds.items())),
        "by_sector": {k: dict(sorted(v.items())) for k, v in sorted(by_sector.items())},
        "links": graph.number_of_edges(),
        "providers": len(providers(graph)),
        "providers_by_borough": dict(sorted(Counter(p.borough for p in providers(graph)).items())),
        "employers": len(employers(graph)),
        "employers_by_borough": dict(sorted(Counter(e.borough for e in employers(graph)).items())),
        "offers": len(index(graph).offers),
        "facts_with_source_share": round(sum(1 for r in visible if r.source_url) / (len(visible) or 1), 3),
        "oldest_checked": min(checked).isoformat() if checked else None,
        "jobs": len(coverage),
        "jobs_with_two_route_kinds": sum(1 for c in coverage if len(c.route_kinds) >= 2),
        "jobs_with_two_route_kinds_share": round(sum(1 for c in coverage if len(c.route_kinds) >= 2) / total_jobs, 3),
        "jobs_with_non_degree_route": sum(1 for c in coverage if c.non_degree),
        "jobs_reachable_from_years_10_11": sum(1 for c in coverage if c.route_kinds),
        "jobs_without_local_provider": [c.id for c in coverage if not c.local_provider],
        "jobs_with_local_provider_share": round(sum(1 for c in coverage if c.local_provider) / total_jobs, 3),
        "jobs_by_sector": dict(sorted(Counter(j.sector or "any" for j in jobs(graph)).items())),
        "pay": pay_figures(graph, today),
        "retired": len(retired(graph)),
        "quality": quality(graph, today, coverage),
    }


def pay_figures(graph: Graph, today: dt.date) -> dict[str, object]:
    """How many jobs have pay, how old the figures are, and which have a SOC code: what an adviser trusts pay by."""
    rows = job_rows(graph)
    dated = [r.salary_year for r in rows if r.salary_low is not None and r.salary_year is not None]
    current_from = today.year - CURRENT_PAY_YEARS
    total = len(rows) or 1
    return {
        "jobs_with_pay": len(dated),
        "jobs_with_pay_share": round(len(dated) / total, 3),
        "pay_by_year": dict(sorted(Counter(str(y) for y in dated).items())),
        "pay_current_from": current_from,
        "pay_current_share": round(sum(1 for y in dated if y >= current_from) / (len(dated) or 1), 3),
        "jobs_with_soc_code_share": round(sum(1 for r in rows if r.soc_code) / total, 3),
    }


def quality(graph: Graph, today: dt.date, coverage: list[JobCoverage] | None = None) -> dict[str, list[str]]:
    """The data-quality report: what an adviser should look at next."""
    coverage = coverage if coverage is not None else job_coverage(graph)
    stale = [
        f"{file_name(table)}:{row.line}" for table, row in _sourced_rows(graph) if (today - row.checked).days > STALE_AFTER_DAYS
    ]
    starts = [n for n, attrs in graph.nodes.items() if attrs.get("kind") == "stage"]
    used = {s.id for start in starts for job in jobs(graph) for r in find_routes(graph, start, job.id, limit=8) for s in r.steps}
    unused = sorted(
        n
        for n, attrs in graph.nodes.items()
        if attrs.get("kind") in ("qualification", "apprenticeship", "course") and n not in used
    )
    sources = Counter(url.strip() for _, row in _sourced_rows(graph) for url in str(row.source_url).split(" ; "))
    return {
        "checked_over_12_months_ago": stale,
        "jobs_without_pay": [j.id for j in jobs(graph) if j.pay_gbp_per_year is None],
        "jobs_without_local_provider_or_employer": [c.id for c in coverage if not (c.local_provider or c.local_employer)],
        "steps_no_route_uses": unused,
        "sources_used_once": sorted(url for url, n in sources.items() if n == 1),
        "pay_older_than_two_years": [
            f"{r.id} ({r.salary_year})"
            for r in job_rows(graph)
            if r.salary_year is not None and r.salary_year < today.year - CURRENT_PAY_YEARS
        ],
        "retired_or_closed": [f"{r.id} ({r.file}): {r.reason}" for r in retired(graph)],
    }
