"""Route engine speed and memory on the shipped data, on 1x, 10x and 100x synthetic graphs, and at national scale.

Prints, for each graph: build time, peak memory of building it, median and p95
of a top-5 `find_routes` query and of `count_routes`, and the same query done
the naive way (listing every simple path, cut off after a time limit) for the ratio.
The national graph (about 50,000 nodes and 500,000 links, one pair with over a
million paths) is built from plain values with `graph_from`, as a national data
set would be after validation; wall and CPU times are both printed because the
machine may be shared.

    python benchmarks/routes.py [--queries 200] [--scales 1 10 100] [--naive-seconds 2] [--national-only]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import resource
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from functools import partial
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import national_rows, synthetic_graph
from pathways.data import load_data
from pathways.graph import Graph, Link, build_graph, graph_from
from pathways.problems import DataError
from pathways.routes import count_routes, find_routes


def timed(call: Callable[[], object]) -> float:
    start = time.perf_counter()
    call()
    return (time.perf_counter() - start) * 1000


def built(make: Callable[[], Graph]) -> tuple[Graph, float, float]:
    """The graph, build time in ms, and peak memory in MB while building it."""
    tracemalloc.start()
    start = time.perf_counter()
    graph = make()
    elapsed = (time.perf_counter() - start) * 1000
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return graph, elapsed, peak / 1e6


def naive_count(graph: Graph, start: str, job: str, seconds: float) -> tuple[int, float, bool]:
    """List all simple paths the way we must not: how many it listed, ms, and whether it finished."""
    began = time.perf_counter()
    listed = 0
    for _ in nx.all_simple_paths(graph, start, job):
        listed += 1
        if time.perf_counter() - began > seconds:
            return listed, seconds * 1000, False
    return listed, (time.perf_counter() - began) * 1000, True


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def measure(label: str, make: Callable[[], Graph], queries: int, naive_seconds: float) -> None:
    graph, build_ms, peak_mb = built(make)
    stages = [
        n
        for n, attrs in graph.nodes.items()
        if attrs.get("kind") == "stage" and n in ("years-10-11", "age-16-18", "age-18-plus", "adult")
    ]
    jobs = [n for n, attrs in graph.nodes.items() if attrs.get("kind") == "job"]
    rng = random.Random(1)
    pairs = [(rng.choice(stages), rng.choice(jobs)) for _ in range(queries)]
    find_ms = [timed(partial(find_routes, graph, s, j, limit=5)) for s, j in pairs]
    count_ms = [timed(partial(count_routes, graph, s, j)) for s, j in pairs]
    total_paths = max(count_routes(graph, s, j) for s, j in pairs)
    s, j = max(pairs[:20], key=lambda p: count_routes(graph, *p))
    listed, naive_ms, finished = naive_count(graph, s, j, naive_seconds)
    ours = timed(lambda: find_routes(graph, s, j, limit=5))
    print(
        f"{label:<10} nodes {graph.number_of_nodes():>7,} links {graph.number_of_edges():>8,} | build {build_ms:8.1f} ms, "
        f"peak {peak_mb:7.1f} MB | top-5 median {statistics.median(find_ms):7.2f} ms p95 {pct(find_ms, 0.95):7.2f} ms | "
        f"count median {statistics.median(count_ms):7.2f} ms p95 {pct(count_ms, 0.95):7.2f} ms | most paths {total_paths:,}"
    )
    verdict = "finished" if finished else f"stopped at the {naive_seconds:g} s limit"
    print(
        f"{'':<10} naive all_simple_paths: {listed:,} paths in {naive_ms:,.0f} ms ({verdict}); ours {ours:.2f} ms; ratio {naive_ms / max(ours, 1e-3):,.0f}x"
    )


def clocked(call: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU milliseconds of one call: on a shared machine the CPU time is the steadier guide."""
    wall, cpu = time.perf_counter(), time.process_time()
    call()
    return (time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000


def measure_national(queries: int, naive_seconds: float) -> None:
    """Build the national graph from plain values and time queries on it against the naive way."""
    began = time.perf_counter()
    nodes, rows = national_rows()
    generate_ms = (time.perf_counter() - began) * 1000
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    made: list[Graph] = []
    build = clocked(lambda: made.append(graph_from(nodes, (Link(s, t, "entry", min_gcse_grade=g) for s, t, g in rows))))
    graph = made[0]
    grown_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - rss_before) / 1024
    busiest = ("years-10-11", "job-0-0")
    first = clocked(lambda: find_routes(graph, *busiest, limit=5))  # builds the engine's search index once
    stages = ["years-10-11", "age-16-18", "age-18-plus", "adult"]
    jobs = [n for n, attrs in graph.nodes.items() if attrs.get("kind") == "job"]
    rng = random.Random(1)
    pairs = [(rng.choice(stages), rng.choice(jobs)) for _ in range(queries)]
    find = [clocked(partial(find_routes, graph, s, j, limit=5)) for s, j in pairs]
    count = [clocked(partial(count_routes, graph, s, j)) for s, j in pairs]
    paths = count_routes(graph, *busiest)
    ours = clocked(lambda: find_routes(graph, *busiest, limit=5))
    listed, naive_ms, finished = naive_count(graph, *busiest, naive_seconds)
    wall, cpu = [f[0] for f in find], [f[1] for f in find]
    print(
        f"national   nodes {graph.number_of_nodes():>7,} links {graph.number_of_edges():>8,} | generate {generate_ms:,.0f} ms | "
        f"build {build[0]:,.0f} ms (CPU {build[1]:,.0f} ms), memory +{grown_mb:,.0f} MB | first query (search index) "
        f"{first[0]:,.0f} ms (CPU {first[1]:,.0f} ms)"
    )
    print(
        f"{'':<10} top-5 median {statistics.median(wall):.2f} ms p95 {pct(wall, 0.95):.2f} ms "
        f"(CPU median {statistics.median(cpu):.2f} ms p95 {pct(cpu, 0.95):.2f} ms) | count median "
        f"{statistics.median(c[0] for c in count):.2f} ms p95 {pct([c[0] for c in count], 0.95):.2f} ms"
    )
    verdict = "finished" if finished else f"stopped at the {naive_seconds:g} s limit"
    rate = listed / max(naive_ms, 1e-3)
    print(
        f"{'':<10} busiest pair {busiest[0]} -> {busiest[1]}: {paths:,} paths (count_routes). naive all_simple_paths: "
        f"{listed:,} paths in {naive_ms:,.0f} ms ({verdict}; all of them would take about {paths / max(rate, 1e-9) / 1000:,.0f} s); "
        f"ours top-5 {ours[0]:.2f} ms (CPU {ours[1]:.2f} ms)"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--naive-seconds", type=float, default=2.0)
    parser.add_argument("--national-only", action="store_true", help="only the national-scale graph")
    args = parser.parse_args()
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}, {args.queries} queries each")
    if args.national_only:
        measure_national(args.queries, args.naive_seconds)
        return
    try:
        measure("shipped", lambda: build_graph(load_data()), args.queries, args.naive_seconds)
    except DataError as error:
        print(f"shipped    skipped: data/ has {len(error.problems)} problem(s); run python -m pathways validate")
    for scale in args.scales:
        measure(f"{scale}x", partial(synthetic_graph, scale), args.queries, args.naive_seconds)
    measure_national(args.queries, args.naive_seconds)


if __name__ == "__main__":
    main()
