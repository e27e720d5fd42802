"""Route engine speed and memory on the shipped data and on 1x, 10x and 100x synthetic graphs.

Prints, for each graph: build time, peak memory of building it, median and p95
of a top-5 `find_routes` query and of `count_routes`, and the same query done
the naive way (listing every simple path, cut off after a time limit) for the ratio.

    python benchmarks/routes.py [--queries 200] [--scales 1 10 100] [--naive-seconds 2]
"""

from __future__ import annotations

import argparse
import os
import platform
import random
import statistics
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import networkx as nx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.synthetic import synthetic_graph
from pathways.data import load_data
from pathways.graph import Graph, build_graph
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
        n for n, k in graph.nodes(data="kind") if k == "stage" and n in ("years-10-11", "age-16-18", "age-18-plus", "adult")
    ]
    jobs = [n for n, k in graph.nodes(data="kind") if k == "job"]
    rng = random.Random(1)
    pairs = [(rng.choice(stages), rng.choice(jobs)) for _ in range(queries)]
    find_ms = [timed(lambda s=s, j=j: find_routes(graph, s, j, limit=5)) for s, j in pairs]
    count_ms = [timed(lambda s=s, j=j: count_routes(graph, s, j)) for s, j in pairs]
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10, 100])
    parser.add_argument("--naive-seconds", type=float, default=2.0)
    args = parser.parse_args()
    print(f"python {platform.python_version()}, {os.cpu_count()} cores, {time.strftime('%Y-%m-%d')}, {args.queries} queries each")
    try:
        measure("shipped", lambda: build_graph(load_data()), args.queries, args.naive_seconds)
    except DataError as error:
        print(f"shipped    skipped: data/ has {len(error.problems)} problem(s); run python -m pathways validate")
    for scale in args.scales:
        measure(f"{scale}x", lambda scale=scale: synthetic_graph(scale), args.queries, args.naive_seconds)


if __name__ == "__main__":
    main()
