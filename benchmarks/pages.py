"""Page cost: the server-side time of a rerun of each page, side by side with a bare page.

Starts the real app and a bare Streamlit page (benchmarks/bare_app.py) on
loopback, opens one session on each, and times reruns (request to "script
finished") over the websocket. Also prints the JSON size of the largest route
map figure, and cold start to the first rendered route against the bare app.

    python benchmarks/pages.py [--runs 30]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.streamlit_client import Pupil, server
from pathways.data import load_data
from pathways.figures import route_map
from pathways.graph import build_graph, jobs, stages
from pathways.routes import find_routes

VIEW = "from=years-10-11&to=laboratory-technician"
# (label, page url name, query string) for each page of the app
PAGES = [
    ("find my route", "", VIEW),
    ("route map", "map", VIEW),
    ("job profile", "job", VIEW),
    ("compare", "compare", VIEW),
    ("about the data", "about", ""),
    ("presenter", "presenter", VIEW),
    ("young explorer", "young", ""),
    ("quiz", "quiz", ""),
    ("subjects", "subjects", "subject=biology"),
    ("data workshop", "workshop", ""),
    ("data quality", "quality", ""),
    ("accessibility", "accessibility", ""),
    ("privacy", "privacy", ""),
]


async def rerun_times(port: int, page: str, query: str, runs: int) -> list[float]:
    pupil = Pupil(f"ws://127.0.0.1:{port}/_stcore/stream")
    await pupil.open()
    try:
        await pupil.run(page, query)  # the first run fills the caches
        return [await pupil.run(page, query) for _ in range(runs)]
    finally:
        await pupil.close()


def largest_figure_kb() -> tuple[float, str]:
    graph = build_graph(load_data())
    sizes = []
    for stage in stages(graph):
        for job in jobs(graph):
            found = find_routes(graph, stage.id, job.id)
            if found:
                sizes.append((len(route_map(graph, found, 0).to_json()) / 1000, f"{stage.id} -> {job.id}"))
    return max(sizes)


def cold_start(script: str, page: str, query: str) -> float:
    began = time.perf_counter()
    with server(script) as (port, _):
        asyncio.run(rerun_times(port, page, query, 0))
        return time.perf_counter() - began


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {args.runs} reruns a page, median (p95) in ms")
    with server("benchmarks/bare_app.py") as (bare_port, _):
        bare = asyncio.run(rerun_times(bare_port, "", "", args.runs))
    bare_ms = statistics.median(bare) * 1000
    print(f"  {'bare page':<16} {bare_ms:7.1f}  target for each page: at most {1.5 * bare_ms + 50:.1f} ms (1.5x bare + 50 ms)")
    with server() as (port, _):
        for label, page, query in PAGES:
            try:
                times = asyncio.run(rerun_times(port, page, query, args.runs))
            except (RuntimeError, TimeoutError) as error:
                print(f"  {label:<16} failed: {error}")
                continue
            median = statistics.median(times) * 1000
            p95 = sorted(times)[int(0.95 * (len(times) - 1))] * 1000
            verdict = "met" if median <= 1.5 * bare_ms + 50 else "MISSED"
            print(f"  {label:<16} {median:7.1f} ({p95:6.1f})  {verdict}")
    size, where = largest_figure_kb()
    print(f"largest route map figure: {size:.1f} KB of JSON ({where}); target under 300 KB")
    app = cold_start("app.py", "", VIEW)
    bare_cold = cold_start("benchmarks/bare_app.py", "", "")
    print(f"cold start to the first rendered route: {app:.2f} s (bare app {bare_cold:.2f} s)")


if __name__ == "__main__":
    main()
