"""What a browser test's page load costs Chromium: a fresh incognito tab against a tab in a profile kept warm.

Most of the test suite's time is Chromium on two cores, and every browser test
loads at least one page. An incognito context (Playwright's `new_context`)
starts with an empty cache, so each load fetches and compiles Streamlit's
JavaScript again. A profile kept on disk (`launch_persistent_context`) keeps the
HTTP cache and, with it, Chromium's cache of compiled scripts, as a pupil's own
browser does on a second visit. tests/e2e/conftest.py gives most tests a tab in
such a profile for that reason; this script measures the difference, with
the "same context, new tab" case in between as a check that the disk cache,
not the context, makes it.

Each mode loads the route link the same number of times, one after the other
(`--runs`), after one load to warm the server; it prints the median Chromium CPU
seconds (every Chromium process this script started, as in first_visit.py) and
wall seconds per load, until the first run has finished and shows.

    python benchmarks/browser_cache.py [--runs 8] [--url http://127.0.0.1:PORT]
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from playwright.sync_api import BrowserContext, sync_playwright

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.first_visit import VIEW, chromium_cpu, cpu_since
from benchmarks.streamlit_client import server
from tests.e2e.browser import CHROMIUM_ARGS, READY


def load(context: BrowserContext, url: str) -> tuple[float, float]:
    """(Chromium CPU seconds, wall seconds) for one new tab opening `url` until its first run shows."""
    cpu_before, start = chromium_cpu(), time.perf_counter()
    page = context.new_page()
    page.goto(url)
    page.wait_for_selector(READY, timeout=120_000)
    page.close()
    return cpu_since(cpu_before), time.perf_counter() - start


@contextmanager
def app_at(url: str | None) -> Iterator[str]:
    if url:
        yield url.rstrip("/")
        return
    with server() as (port, _):
        yield f"http://127.0.0.1:{port}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=8, help="page loads in each mode")
    parser.add_argument("--url", help="a running app (default: start one on loopback)")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("needs Debian's Chromium: apt-get install -y chromium")
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, {args.runs} loads of the route link in each mode, one after the other")
    with app_at(args.url) as base, sync_playwright() as p, tempfile.TemporaryDirectory() as profile:
        url = f"{base}/?{VIEW}"
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        warm_up = browser.new_context()
        load(warm_up, url)  # the server's caches (graph, routes) warm, as in the test suite
        warm_up.close()

        def fresh_context_each() -> list[tuple[float, float]]:
            found = []
            for _ in range(args.runs):
                context = browser.new_context()
                found.append(load(context, url))
                context.close()
            return found

        def same_context() -> list[tuple[float, float]]:
            context = browser.new_context()
            load(context, url)
            found = [load(context, url) for _ in range(args.runs)]
            context.close()
            return found

        def kept_profile() -> list[tuple[float, float]]:
            context = p.chromium.launch_persistent_context(profile, executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
            load(context, url)
            found = [load(context, url) for _ in range(args.runs)]
            context.close()
            return found

        modes: list[tuple[str, Callable[[], list[tuple[float, float]]]]] = [
            ("incognito context, new each load", fresh_context_each),
            ("one incognito context, new tabs", same_context),
            ("kept profile (disk cache), new tabs", kept_profile),
        ]
        print(f"{'mode':<38} {'Chromium CPU (median)':>22} {'wall (median)':>14}")
        for label, run in modes:
            found = run()
            cpu = statistics.median(c for c, _ in found)
            wall = statistics.median(w for _, w in found)
            print(f"{label:<38} {cpu:>20.2f} s {wall:>12.2f} s", flush=True)
        browser.close()


if __name__ == "__main__":
    main()
