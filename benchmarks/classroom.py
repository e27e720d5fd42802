"""Classroom load test: N pupils at once against a local server, on loopback only.

Each simulated pupil opens the app, chooses a stage, a job and a route, and
compares routes, through Streamlit's own websocket protocol (see
streamlit_client.py). We print the latency of each interaction (p50, p95),
errors, and the server's memory before, at the peak and after the sessions
close; then we run many sessions one after another and report memory growth.

    python benchmarks/classroom.py [--pupils 30] [--think 0] [--sequential 500] [--url ws://127.0.0.1:PORT]

Bounded: every interaction times out after 30 s and the whole run after --limit seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import random
import statistics
import sys
import time
from pathlib import Path
from urllib.parse import urlparse

import psutil

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.streamlit_client import Pupil, server

# (interaction, page url name, query string): what one pupil does, in order.
FLOW = [
    ("open the app", "", ""),
    ("choose a stage", "", "from=years-10-11"),
    ("choose a job", "", "from=years-10-11&to=laboratory-technician"),
    ("choose a route", "", "from=years-10-11&to=laboratory-technician&route=2"),
    ("compare routes", "compare", "from=years-10-11&to=laboratory-technician"),
]
JOBS = ["laboratory-technician", "software-developer", "biomedical-scientist", "cnc-machinist", "data-analyst", "adult-nurse"]


def flow_for(pupil: int) -> list[tuple[str, str, str]]:
    """Pupils pick different jobs, as a class would, so caches are not all warm from one pupil."""
    job = JOBS[pupil % len(JOBS)]
    return [(name, page, query.replace("laboratory-technician", job)) for name, page, query in FLOW]


def rss_mb(process: psutil.Process) -> float:
    try:
        return sum(p.memory_info().rss for p in [process, *process.children(recursive=True)]) / 1e6
    except psutil.Error:
        return float("nan")


async def one_pupil(url: str, number: int, timings: dict[str, list[float]], errors: list[str], think: float = 0.0) -> None:
    """One pupil's visit; `think` seconds on average between taps (0: every tap at once, the worst case)."""
    pupil = Pupil(url)
    pace = random.Random(number)
    try:
        await pupil.open()
        for name, page, query in flow_for(number):
            if think:
                await asyncio.sleep(pace.uniform(0.5 * think, 1.5 * think))
            timings.setdefault(name, []).append(await pupil.run(page, query))
    except Exception as error:  # a load test counts failures rather than stopping at the first
        errors.append(f"pupil {number}: {type(error).__name__}: {error}")
    finally:
        await pupil.close()


async def sample(process: psutil.Process, peak: list[float], stop: asyncio.Event) -> None:
    while not stop.is_set():
        peak.append(rss_mb(process))
        await asyncio.sleep(0.05)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


async def classroom(url: str, process: psutil.Process, pupils: int, sequential: int, think: float, warm: int = 1) -> None:
    # Warm the caches, as the first pupils in a lesson would. Behind nginx each new session lands on a random
    # replica, so warm several times the number of replicas: a cold replica builds its graph during the burst.
    for n in range(warm):
        await one_pupil(url, n, {}, [])
    before = rss_mb(process)
    timings: dict[str, list[float]] = {}
    errors: list[str] = []
    peak: list[float] = []
    stop = asyncio.Event()
    sampler = asyncio.create_task(sample(process, peak, stop))
    watched = [process, *process.children(recursive=True)]
    for each in watched:
        each.cpu_percent()  # the first call sets the baseline
    began = time.perf_counter()
    await asyncio.gather(*(one_pupil(url, n, timings, errors, think) for n in range(pupils)))
    wall = time.perf_counter() - began
    cpu = sum(each.cpu_percent() for each in watched)
    stop.set()
    await sampler
    await asyncio.sleep(2)
    after = rss_mb(process)
    every = [t for values in timings.values() for t in values]
    print(
        f"{pupils} pupils at once, about {think:g} s between taps: {len(every)} interactions in {wall:.1f} s, "
        f"{len(errors)} errors, server CPU {cpu:.0f}% of one core"
    )
    for name, values in timings.items():
        print(
            f"  {name:<16} p50 {statistics.median(values) * 1000:7.0f} ms   p95 {pct(values, 0.95) * 1000:7.0f} ms   max {max(values) * 1000:7.0f} ms"
        )
    print(f"  all interactions p50 {statistics.median(every) * 1000:7.0f} ms   p95 {pct(every, 0.95) * 1000:7.0f} ms")
    print(
        f"  server memory: before {before:.0f} MB, peak {max(peak, default=before):.0f} MB, after the sessions closed {after:.0f} MB"
    )
    for error in errors[:5]:
        print(f"  error: {error}")
    if sequential:
        start_memory = rss_mb(process)
        failures: list[str] = []
        began = time.perf_counter()
        for n in range(sequential):
            await one_pupil(url, n, {}, failures)
        await asyncio.sleep(2)
        print(
            f"{sequential} sessions one after another in {time.perf_counter() - began:.0f} s, {len(failures)} errors: "
            f"memory {start_memory:.0f} MB -> {rss_mb(process):.0f} MB (growth {rss_mb(process) - start_memory:+.0f} MB)"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pupils", type=int, default=30)
    parser.add_argument("--sequential", type=int, default=500)
    parser.add_argument("--think", type=float, default=0.0, help="average seconds a pupil waits between taps (0: all at once)")
    parser.add_argument("--url", help="ws://127.0.0.1:PORT of a running server (default: start one)")
    parser.add_argument("--server-pid", type=int, help="with --url: the pid whose memory to sample")
    parser.add_argument("--limit", type=float, default=1800, help="stop the whole run after this many seconds")
    parser.add_argument("--warm", type=int, default=1, help="sessions run one after another before measuring (3 per replica)")
    args = parser.parse_args()
    print(f"{os.cpu_count()} cores, {psutil.virtual_memory().total / 2**30:.0f} GiB, {time.strftime('%Y-%m-%d %H:%M')}")
    if args.url:
        host = urlparse(args.url).hostname or ""
        if not host.startswith("127.") and host not in ("localhost", "::1"):
            raise SystemExit("loopback addresses only")
        process = psutil.Process(args.server_pid or os.getpid())
        asyncio.run(
            asyncio.wait_for(classroom(args.url, process, args.pupils, args.sequential, args.think, args.warm), args.limit)
        )
        return
    with server() as (port, popen):
        url = f"ws://127.0.0.1:{port}/_stcore/stream"
        asyncio.run(
            asyncio.wait_for(
                classroom(url, psutil.Process(popen.pid), args.pupils, args.sequential, args.think, args.warm), args.limit
            )
        )


if __name__ == "__main__":
    main()
