"""First visit: bytes over the wire and time to the first finished run, CPU slowed 4x, each page against a bare page.

A pupil on a low-cost school laptop opens a shared link with an empty cache.
For each target this opens a fresh Chromium context (no cache), slows its CPU
with the DevTools protocol (`Emulation.setCPUThrottlingRate`), loads the page
and records:

- bytes: every HTTP response's `encodedDataLength` (what came over the wire,
  headers included) plus the websocket frames received, from Chromium's own
  network events, until the network is quiet after the first run;
- time: from navigation to the moment the first run has finished and the page
  shows it (Streamlit's "script finished" message read in the page, the app
  no longer running, and every plotly chart on it drawn);
- whether Streamlit's plotly chunk (`PlotlyChart.*.js`) was fetched;
- the CPU seconds Chromium's own processes spent on the visit, from opening
  the tab until the network is quiet: what a page load costs the machine, and
  most of what a browser test costs. The slowed CPU adds work of its own, so read this column from a
  run with `--throttle 1`.

The targets run interleaved (bare, route link, bare, route link...), so a
noisy machine slows both alike. Debian's Chromium, as in tests/e2e.

    python benchmarks/first_visit.py [--runs 5] [--throttle 4] [--pages] [--url http://127.0.0.1:PORT --bare-url http://...]

Without --url it starts the app and the bare page (benchmarks/bare_app.py) on loopback itself.
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import statistics
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
from playwright.sync_api import Browser, sync_playwright
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.streamlit_client import server
from tests.e2e.browser import CHROMIUM_ARGS

VIEW = "from=years-10-11&to=laboratory-technician"
ROUTE_LINK = ("route link", f"/?{VIEW}")
# With --pages: every page of the app, opened from the route link (the view that would draw every chart).
PAGES = [
    ROUTE_LINK,
    ("route map", f"/map?{VIEW}"),
    ("job profile", f"/job?{VIEW}"),
    ("compare", f"/compare?{VIEW}"),
    ("quiz", "/quiz"),
    ("subjects", "/subjects?subject=biology"),
    ("young explorer", "/young"),
    ("what's near me", "/near?near=bootle"),
    ("presenter", f"/presenter?{VIEW}"),
    ("class summary", "/class"),
    ("data workshop", "/workshop"),
    ("data quality", "/quality"),
    ("about the data", "/about"),
    ("accessibility", "/accessibility"),
    ("privacy", "/privacy"),
]
# Records, in the page, when Streamlit's first "script finished" message arrives (ForwardMsg field 6; status 2,
# finished early for a rerun, does not count). The same reading of the protocol as tests/e2e/browser.py.
WATCH = """
(() => {
  const SCRIPT_FINISHED = 6, EARLY_FOR_RERUN = 2;
  window.__firstRun = null;
  const bytesOf = (d) => d instanceof ArrayBuffer ? new Uint8Array(d) : ArrayBuffer.isView(d) ? new Uint8Array(d.buffer, d.byteOffset, d.byteLength) : null;
  const status = (bytes) => {
    let i = 0;
    const varint = () => { let v = 0, s = 1, b; do { b = bytes[i++]; v += (b & 0x7f) * s; s *= 128; } while (b & 0x80 && i < bytes.length); return v; };
    while (i < bytes.length) {
      const tag = varint(), number = Math.floor(tag / 8), type = tag & 7;
      if (type === 0) { const v = varint(); if (number === SCRIPT_FINISHED) return v; }
      else if (type === 2) { const length = varint(); i += length; } else if (type === 1) { i += 8; } else if (type === 5) { i += 4; } else break;
    }
    return null;
  };
  const Native = window.WebSocket;
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        const bytes = bytesOf(event.data);
        const s = bytes && status(bytes);
        if (s !== null && s !== EARLY_FOR_RERUN && window.__firstRun === null) window.__firstRun = performance.now();
      });
    }
  };
})();
"""
# The first run has finished and shows: not running, nothing stale, every plotly chart drawn. Returns the time.
SHOWN = """() => {
  if (window.__firstRun === null) return false;
  const app = document.querySelector('[data-testid="stApp"]');
  if (!app || app.getAttribute('data-test-script-state') !== 'notRunning') return false;
  if (document.querySelector('[data-stale="true"]')) return false;
  const charts = document.querySelectorAll('[data-testid="stPlotlyChart"]');
  for (const chart of charts) if (!chart.querySelector('.js-plotly-plot .main-svg')) return false;
  return performance.now();
}"""


@dataclass
class Visit:
    bytes_http: int
    bytes_ws: int
    seconds: float
    requests: int
    plotly: bool
    chromium_cpu: float  # CPU seconds Chromium's processes spent on the visit (the throttle, when on, adds to it)

    @property
    def bytes(self) -> int:
        return self.bytes_http + self.bytes_ws


def chromium_cpu() -> dict[int, float]:
    """CPU seconds used so far by each Chromium process this benchmark started (Playwright's driver is our child,
    Chromium the driver's), so a browser of someone else's on a shared machine is not counted."""
    used: dict[int, float] = {}
    for process in psutil.Process().children(recursive=True):
        with contextlib.suppress(psutil.Error):
            if "chrom" in process.name():
                times = process.cpu_times()
                used[process.pid] = times.user + times.system
    return used


def cpu_since(before: dict[int, float]) -> float:
    """CPU seconds Chromium spent since `before`, process by process: the last tab's renderer may exit meanwhile,
    and its total must not be taken off this visit's."""
    return sum(total - before.get(pid, 0.0) for pid, total in chromium_cpu().items())


def visit(browser: Browser, url: str, throttle: float, timeout: float = 120.0) -> Visit:
    cpu_before = chromium_cpu()
    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="en-GB")
    try:
        context.add_init_script(WATCH)
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.send("Network.setCacheDisabled", {"cacheDisabled": True})
        cdp.send("Emulation.setCPUThrottlingRate", {"rate": throttle})
        http: dict[str, int] = {}
        pending: set[str] = set()
        ws = [0]
        urls: dict[str, str] = {}

        def sent(e: dict[str, Any]) -> None:
            pending.add(e["requestId"])
            urls[e["requestId"]] = e["request"]["url"]

        def done(e: dict[str, Any]) -> None:
            pending.discard(e["requestId"])
            http[e["requestId"]] = int(e.get("encodedDataLength", 0))

        def frame(e: dict[str, Any]) -> None:
            payload = e["response"]["payloadData"]
            # binary frames come base64-encoded (opcode 2); text frames as they are
            ws[0] += len(payload) * 3 // 4 if e["response"].get("opcode") == 2 else len(payload.encode())

        cdp.on("Network.requestWillBeSent", sent)
        cdp.on("Network.loadingFinished", done)
        cdp.on("Network.loadingFailed", lambda e: pending.discard(e["requestId"]))
        cdp.on("Network.webSocketFrameReceived", frame)
        page.goto(url, wait_until="commit", timeout=timeout * 1000)
        handle = page.wait_for_function(SHOWN, polling=50, timeout=timeout * 1000)
        seconds = float(handle.json_value()) / 1000
        # Let what the first run asked for (chunks, fonts, images) arrive: wait until nothing is in flight for 0.5 s.
        quiet_since = time.monotonic()
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            page.wait_for_timeout(100)
            if pending:
                quiet_since = time.monotonic()
            elif time.monotonic() - quiet_since > 0.5:
                break
        plotly = any("/PlotlyChart." in u for u in urls.values())
        # Read before the tab closes: a closed tab's renderer process takes its CPU count with it.
        return Visit(sum(http.values()), ws[0], seconds, len(http), plotly, cpu_since(cpu_before))
    finally:
        context.close()


@contextlib.contextmanager
def servers(url: str | None, bare_url: str | None) -> Iterator[tuple[str, str]]:
    with contextlib.ExitStack() as stack:
        if not url:
            port, _ = stack.enter_context(server("app.py"))
            url = f"http://127.0.0.1:{port}"
        if not bare_url:
            port, _ = stack.enter_context(server("benchmarks/bare_app.py"))
            bare_url = f"http://127.0.0.1:{port}"
        yield url.rstrip("/"), bare_url.rstrip("/")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5, help="visits of each target, interleaved")
    parser.add_argument("--throttle", type=float, default=4.0, help="CPU slow-down (4: a low-cost laptop)")
    parser.add_argument("--pages", action="store_true", help="every page of the app, not only the route link")
    parser.add_argument("--url", help="a running app (default: start one on loopback)")
    parser.add_argument("--bare-url", help="a running bare page (default: start benchmarks/bare_app.py)")
    parser.add_argument("--before-url", help="another running copy of the app (an older version) to visit in the same rounds")
    args = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        raise SystemExit("needs Debian's Chromium: apt-get install -y chromium")
    targets = PAGES if args.pages else [ROUTE_LINK]
    before = [("route link, before", f"{args.before_url.rstrip('/')}/?{VIEW}")] if args.before_url else []
    print(f"{time.strftime('%Y-%m-%d %H:%M')}, CPU slowed {args.throttle:g}x, {args.runs} visits each, interleaved, no cache")
    with servers(args.url, args.bare_url) as (url, bare_url), sync_playwright() as p:
        browser = p.chromium.launch(executable_path=chromium, headless=True, args=CHROMIUM_ARGS)
        visits: dict[str, list[Visit]] = {"bare page": []}
        every = [("bare page", f"{bare_url}/"), *[(label, url + path) for label, path in targets], *before]
        for label, target in every:
            visits[label] = []
            visit(browser, target, 1)  # warm the server's caches (graph, routes), as earlier pupils would
        for run in range(args.runs):
            order = list(every)
            if run % 2:
                order.reverse()
            for label, target in order:
                try:
                    found = visit(browser, target, args.throttle)
                except PlaywrightTimeoutError:
                    print(f"  round {run + 1}: {label}: no finished run within the time limit", flush=True)
                    continue
                visits[label].append(found)
                print(f"  round {run + 1}: {label}: {found.bytes:,} B, {found.seconds:.2f} s", file=sys.stderr, flush=True)
        browser.close()
    bare = visits["bare page"]
    bare_bytes = statistics.median(v.bytes for v in bare)
    bare_time = statistics.median(v.seconds for v in bare)
    print(
        f"{'target':<16} {'bytes (median)':>15} {'x bare':>7} {'time (median)':>14} {'x bare':>7}  range of time    plotly fetched"
        "  Chromium CPU (median)"
    )
    for label, each in visits.items():
        size = statistics.median(v.bytes for v in each)
        took = statistics.median(v.seconds for v in each)
        low, high = min(v.seconds for v in each), max(v.seconds for v in each)
        ws = statistics.median(v.bytes_ws for v in each)
        fetched = sum(v.plotly for v in each)
        cpu = statistics.median(v.chromium_cpu for v in each)
        print(
            f"{label:<16} {size:>15,.0f} {size / bare_bytes:>6.2f}x {took:>13.2f}s {took / bare_time:>6.2f}x"
            f"  {low:.2f}-{high:.2f} s   {fetched}/{len(each)}  (websocket {ws:,.0f} B)  {cpu:.2f} s"
        )
    print("target: at most 1.5x the bare page's bytes and time")


if __name__ == "__main__":
    main()
