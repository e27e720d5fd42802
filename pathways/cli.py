"""`python -m pathways`: the same package the app uses, from a terminal or a script.

Exit codes: 0 done, 1 the data has problems, 2 the command was asked wrongly
(an unknown stage or job, a bad option).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from pathways.data import DATA_DIR, load_data
from pathways.graph import Graph, build_graph, jobs, stages
from pathways.index import job_row
from pathways.names import UnknownNameError, resolve
from pathways.near import areas, find_area, km_words, providers_near, suggest
from pathways.problems import DataError, did_you_mean
from pathways.routes import Constraints, count_routes, find_routes
from pathways.search import search_jobs
from pathways.stats import stats


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m pathways", description="Pathways Explorer from the command line.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data", type=Path, default=DATA_DIR, help="data folder (default: data/)")
    common.add_argument("--json", action="store_true", help="machine-readable output")
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", parents=[common], help="check a data folder")
    validate.add_argument("folder", nargs="?", type=Path, help="data folder (default: --data)")
    sub.add_parser("stats", parents=[common], help="coverage and data-quality figures")
    sub.add_parser("stages", parents=[common], help="the stages, youngest first")
    jobs_parser = sub.add_parser("jobs", parents=[common], help="list jobs")
    jobs_parser.add_argument("--sector", help="only this sector id")
    search = sub.add_parser("search", parents=[common], help="jobs for words a pupil might type")
    search.add_argument("text", nargs="+")
    search.add_argument("--limit", type=int, default=10)
    routes = sub.add_parser("routes", parents=[common], help="routes from a stage to a job")
    routes.add_argument("--from", dest="start", required=True, help="stage id or name")
    routes.add_argument("--to", dest="job", required=True, help="job id or name")
    routes.add_argument("--limit", type=int, default=5)
    routes.add_argument("--no-university", action="store_true")
    routes.add_argument("--paid-only", action="store_true")
    routes.add_argument("--max-years", type=float)
    routes.add_argument("--gcse-grade", type=int, choices=range(1, 10), help="the GCSE grade you expect")
    sub.add_parser("places", parents=[common], help="towns and areas to measure from, by name")
    providers = sub.add_parser("providers", parents=[common], help="providers nearest first from a town or area")
    providers.add_argument("--near", required=True, help="place id or name (see: places)")
    providers.add_argument("--step", help="only providers that offer this step id")
    return parser


def _print(args: argparse.Namespace, payload: object, text: str) -> None:
    print(json.dumps(payload, indent=2, default=str) if args.json else text)


def _validate(args: argparse.Namespace) -> int:
    folder = args.folder or args.data
    try:
        data = load_data(folder)
    except DataError as error:
        if args.json:
            print(json.dumps({"ok": False, "problems": [p.as_dict() for p in error.problems]}, indent=2))
        else:
            for problem in error.problems:
                print(problem)
            print(f"{len(error.problems)} problem(s) in {folder}", file=sys.stderr)
        return 1
    rows = sum(len(r) for r in data.tables.values())
    warnings = [p.as_dict() for p in data.warnings]
    text = "\n".join(
        [*(f"warning: {w}" for w in data.warnings), f"ok: {rows} rows in {len(data.tables)} files, {len(warnings)} warning(s)"]
    )
    _print(args, {"ok": True, "rows": rows, "files": len(data.tables), "warnings": warnings}, text)
    return 0


def _run(args: argparse.Namespace, graph: Graph) -> int:
    if args.command == "stats":
        figures = stats(graph)
        _print(args, figures, "\n".join(f"{k}: {v}" for k, v in figures.items()))
    elif args.command == "stages":
        listed = [{"id": s.id, "name": s.name} for s in stages(graph)]
        _print(args, listed, "\n".join(f"{s['id']}: {s['name']}" for s in listed))
    elif args.command == "jobs":
        rows: list[dict[str, object]] = [
            {
                "id": j.id,
                "name": j.name,
                "sector": j.sector,
                "level": j.level,
                "salary_low": row.salary_low if row else None,
                "salary_high": row.salary_high if row else None,
                "salary_year": row.salary_year if row else None,
                "salary_basis": (row.salary_basis or "starter-to-experienced") if row and row.salary_low is not None else None,
                "soc_code": row.soc_code if row else None,
                "source_url": j.source_url,
            }
            for j in jobs(graph, args.sector)
            for row in [job_row(graph, j.id)]
        ]
        _print(args, rows, "\n".join(f"{j['id']}: {j['name']} ({j['sector']}, level {j['level']})" for j in rows))
    elif args.command == "search":
        hits = search_jobs(graph, " ".join(args.text), limit=args.limit)
        _print(args, [h.as_dict() for h in hits], "\n".join(f"{h.score:5.1f}  {h.id}: {h.name}" for h in hits) or "no jobs found")
    elif args.command == "routes":
        start, job = resolve(graph, args.start, "stage"), resolve(graph, args.job, "job")
        constraints = Constraints(args.no_university, args.paid_only, args.max_years, args.gcse_grade)
        found = find_routes(graph, start, job, limit=args.limit, constraints=constraints)
        lines = [f"{count_routes(graph, start, job, constraints)} route(s) in all; the {len(found)} most different:"]
        for number, route in enumerate(found, 1):
            lines.append(f"{number}. {route.years:g} years, £{route.tuition_gbp:,} tuition")
            lines += [f"   - {s.name} ({s.kind}{', paid' if s.paid else ''})" for s in route.steps]
        _print(args, [r.as_dict() for r in found], "\n".join(lines))
    elif args.command in ("places", "providers"):
        return _near(args, graph)
    return 0


def _near(args: argparse.Namespace, graph: Graph) -> int:
    """`places` and `providers --near`: the same places and distances the app's "Near me" uses."""
    if args.command == "places":
        listed = [{"id": a.id, "name": a.name, "borough": a.borough} for a in areas(graph)]
        _print(args, listed, "\n".join(f"{a['id']}: {a['name']} ({a['borough']})" for a in listed))
        return 0
    where = find_area(graph, args.near)
    if where is None:
        print(
            f'error: "{args.near}" is not a known place{suggest(graph, args.near)} (see: python -m pathways places)',
            file=sys.stderr,
        )
        return 2
    if args.step and args.step not in graph:
        print(f'error: "{args.step}" is not a known step{_suggest_step(graph, args.step)}', file=sys.stderr)
        return 2
    found = providers_near(graph, where, args.step)
    rows = [
        {
            "id": d.point.id,
            "name": d.point.name,
            "borough": d.point.borough,
            "km": round(d.km or 0.0, 1),
            "source_url": d.point.source_url,
        }
        for d in found
    ]
    text = "\n".join(f"{km_words(d.km):>15}  {d.point.id}: {d.point.name}" for d in found) or "no providers found"
    _print(args, rows, text)
    return 0


def _suggest_step(graph: Graph, text: str) -> str:
    return did_you_mean(text, [n for n, attrs in graph.nodes.items() if attrs.get("kind") not in ("stage", "job")])


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.command == "validate":
        return _validate(args)
    try:
        graph = build_graph(load_data(args.data))
    except DataError as error:
        print(f"the data in {args.data} has {len(error.problems)} problem(s); run: python -m pathways validate", file=sys.stderr)
        return 1
    try:
        return _run(args, graph)
    except UnknownNameError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
