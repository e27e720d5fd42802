"""Helpers for driving the running app in Chromium: wait for reruns, assert with waiting checks, take screenshots.

A Streamlit page is ready to look at when every run it asked for has finished.
An init script (`WATCH_RUNS`) reads Streamlit's own websocket messages in the
page: a BackMsg `rerun_script` is a run asked for, a ForwardMsg `script_finished`
ends one. `App.settle()` waits until the last run asked for has finished, then
until the page shows it (script state "notRunning", no stale elements), then
until nothing is sliding into place (`STILL`: an expander opening moved a tap
off its target once). No guess at how long a rerun or a slide takes, so a
loaded machine only makes it slower.

Assertions on the page wait too: Playwright's `expect`, `at_least()` for counts,
and `App.expect_query()` / `App.expect_highlighted()` for the address bar and charts.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from playwright.sync_api import BrowserContext, Locator, Page, ViewportSize, expect
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from pathways import pages

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"
# Flags that work for headless Debian Chromium on these machines (also used by benchmarks/first_visit.py).
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

READY = '[data-testid="stApp"][data-test-script-state="notRunning"]'
EXCEPTION = '[data-testid="stException"]'
MAIN = '[data-testid="stMain"]'
MENU_LINKS = '.st-key-menu [data-testid="stPageLink-NavLink"]'  # the menu's links (pathways/ui/menu.py)
MAX_SHOT_HEIGHT = 12_000
PLOTLY = '[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg'
# Streamlit's chart code, a separate chunk the page fetches only when it first draws a plotly chart (4.7 MB plain).
PLOTLY_BUNDLE = re.compile(r"/static/js/PlotlyChart\.[^/]+\.js$")

# Streamlit's protocol, read in the page (field numbers from streamlit/proto/BackMsg.proto and ForwardMsg.proto):
# BackMsg field 11 is rerun_script (the page asks for a run); ForwardMsg field 6 is script_finished, whose status 2
# (FINISHED_EARLY_FOR_RERUN) means another run follows at once. `lastAsked` and `lastFinished` are positions in one
# sequence, so "every run asked for has finished" is `lastFinished > lastAsked`.
WATCH_RUNS = """
(() => {
  const RERUN_SCRIPT = 11, SCRIPT_FINISHED = 6, EARLY_FOR_RERUN = 2;
  const runs = (window.__pathwaysRuns = {seq: 0, lastAsked: 0, lastFinished: 0, finished: 0});
  const bytesOf = (data) => data instanceof ArrayBuffer ? new Uint8Array(data)
    : ArrayBuffer.isView(data) ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength) : null;
  // The top-level fields of a protobuf message: field number -> varint value (or true for other wire types).
  const fields = (bytes) => {
    const found = new Map();
    let i = 0;
    const varint = () => { let value = 0, scale = 1, b; do { b = bytes[i++]; value += (b & 0x7f) * scale; scale *= 128; } while (b & 0x80 && i < bytes.length); return value; };
    while (i < bytes.length) {
      const tag = varint(), number = Math.floor(tag / 8), type = tag & 7;
      if (type === 0) found.set(number, varint());
      else if (type === 2) { const length = varint(); i += length; found.set(number, true); }
      else if (type === 1) { i += 8; found.set(number, true); }
      else if (type === 5) { i += 4; found.set(number, true); }
      else break;
    }
    return found;
  };
  const Native = window.WebSocket;
  const send = Native.prototype.send;
  Native.prototype.send = function (data) {
    const bytes = bytesOf(data);
    if (bytes && fields(bytes).has(RERUN_SCRIPT)) runs.lastAsked = ++runs.seq;
    return send.call(this, data);
  };
  // The last presses and clicks and what each landed on, for a failed test's report (tests/e2e/conftest.py).
  const taps = (window.__pathwaysTaps = []);
  for (const type of ['pointerdown', 'pointerup', 'click']) {
    document.addEventListener(type, (event) => {
      const el = event.target;
      const text = (el.getAttribute?.('aria-label') || el.textContent || '').trim().slice(0, 40);
      taps.push(`${type} on ${el.tagName?.toLowerCase()} "${text}"`);
      if (taps.length > 30) taps.shift();
    }, true);
  }
  window.WebSocket = class extends Native {
    constructor(...args) {
      super(...args);
      this.addEventListener('message', (event) => {
        const bytes = bytesOf(event.data);
        const status = bytes && fields(bytes).get(SCRIPT_FINISHED);
        if (status !== undefined && status !== null && status !== EARLY_FOR_RERUN) {
          runs.lastFinished = ++runs.seq;
          runs.finished += 1;
        }
      });
    }
  };
})();
"""
# True when every run the page asked for has finished (and, with `first`, at least one run has).
RUNS_DONE = (
    "(first) => { const r = window.__pathwaysRuns; return !!r && r.lastFinished >= r.lastAsked && (!first || r.finished > 0); }"
)
NEXT_FRAME = "() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))"
# Nothing on the page has moved for three frames in a row: no animation with an end is running. Streamlit slides an
# expander open over half a second (element.animate), and its height can jump as the slide ends; a tap in that time
# once pressed on "Earn while I learn" and was let go on "Where do you live?", which had slid under the pointer, so
# neither was clicked (tests/e2e/test_flows.py, phone width, a loaded machine). A person waits for the panel to open
# before tapping in it, and so do the tests. Animations that never end (a spinner) are not waited for; three frames
# outlast the expander's 10 ms wait before it starts another slide.
_RUNNING_WITH_AN_END = """document.getAnimations().filter((a) => a.playState === 'running'
  && Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))"""
STILL = f"""() => {{
  const moving = {_RUNNING_WITH_AN_END}.length > 0;
  window.__pathwaysStill = moving ? 0 : (window.__pathwaysStill ?? 0) + 1;
  return window.__pathwaysStill >= 3;
}}"""
# What `STILL` is waiting for, for a message: each such animation's kind and the element it moves.
MOVING = f"""() => {_RUNNING_WITH_AN_END}
  .map((a) => `${{a.constructor.name}} on ${{a.effect?.target?.tagName ?? '?'}}`)"""
# The address bar holds `expected` (values are exact strings or regular expressions), and with `exact` nothing else.
QUERY_IS = """({expected, patterns, exact}) => {
  const now = new URLSearchParams(window.location.search);
  const values = Object.fromEntries(now.entries());
  const ok = Object.entries(expected).every(([k, v]) => values[k] === v)
    && Object.entries(patterns).every(([k, p]) => k in values && new RegExp(p).test(values[k]));
  const keys = new Set([...Object.keys(expected), ...Object.keys(patterns)]);
  return ok && (!exact || Object.keys(values).every((k) => keys.has(k)));
}"""
CHOSEN_ROUTES = """(i) => (document.querySelectorAll('.js-plotly-plot')[i]?.data ?? [])
    .filter((t) => t.meta && t.meta.chosen).map((t) => t.name)"""
WAIT_MS = 60_000  # generous: on a loaded 2-core machine a rerun can take many seconds; a real hang still fails

# Streamlit's own cookies: the XSRF token (server.enableXsrfProtection) and, only with st.login, the user cookie.
STREAMLIT_COOKIE = re.compile(r"^_streamlit_(xsrf|user)(_\d+)?$")
LOCAL_SCHEMES = {"data", "blob", "about", "chrome-extension"}

VIEWPORTS: dict[str, ViewportSize] = {
    "desktop": {"width": 1280, "height": 800},
    "phone": {"width": 390, "height": 844},
}


@dataclass
class App:
    """One browser tab on the local server, with everything it asked for on the network."""

    page: Page
    context: BrowserContext
    base_url: str
    viewport: str
    requests: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)

    def url(self, path: str = "", query: dict[str, str] | None = None) -> str:
        tail = f"?{urlencode(query)}" if query else ""
        return f"{self.base_url}/{path.lstrip('/')}{tail}"

    def open(self, path: str = "", query: dict[str, str] | None = None, *, raw_query: str = "") -> None:
        """Load a page of the app and wait until its first run has finished and shows."""
        target = self.url(path, query) + (f"?{raw_query}" if raw_query else "")
        self.page.goto(target, wait_until="domcontentloaded")
        self.settle(first=True)
        expect(self.page.locator(f"{MAIN} h1").first).to_be_visible()  # every page starts with a title
        # The menu's links are drawn by a part of Streamlit's page loaded on first use: on a fresh tab they can
        # come a moment after the run has finished. Every page has them all.
        expect(self.page.locator(MENU_LINKS)).to_have_count(len(pages.PAGES))

    def settle(self, *, first: bool = False, timeout: float = WAIT_MS) -> None:
        """Wait until every run the page has asked for (by a click, a key, a page load) has finished and shows, and the
        page has stopped moving (`STILL`).

        An action that asks for no run (Tab, opening an expander without `on_change`) returns once the page is still. With `first`, wait for the
        page's first run too (just after a load, before the page has even asked for it).
        """
        try:
            self.page.wait_for_function(RUNS_DONE, arg=first, timeout=timeout)
        except PlaywrightTimeoutError:
            state = self.page.evaluate("() => window.__pathwaysRuns ?? null")
            raise AssertionError(
                f"a run the page asked for did not finish within {timeout / 1000:.0f} s: {state}"
                f" (the server's log, with any run it dropped: {ARTIFACTS}/streamlit-<worker>.log)"
            ) from None
        self.page.wait_for_selector(READY, timeout=timeout)
        self.page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=timeout)
        # React has drawn the messages that came with the end of the run, and nothing is still sliding into place.
        self.page.evaluate("() => { window.__pathwaysStill = 0; }")
        try:
            self.page.wait_for_function(STILL, polling="raf", timeout=timeout)
        except PlaywrightTimeoutError:
            moving = self.page.evaluate(MOVING)
            raise AssertionError(f"the page was still moving after {timeout / 1000:.0f} s: {moving}") from None

    def expect_query(self, expected: Mapping[str, str | re.Pattern[str]], *, exact: bool = False) -> None:
        """Wait until the address bar's query has these values (a string, or a pattern it must match); with
        `exact`, no other keys. Fails with the query as it is."""
        plain = {k: v for k, v in expected.items() if isinstance(v, str)}
        patterns = {k: v.pattern for k, v in expected.items() if isinstance(v, re.Pattern)}
        with contextlib.suppress(PlaywrightTimeoutError):
            self.page.wait_for_function(
                QUERY_IS, arg={"expected": plain, "patterns": patterns, "exact": exact}, timeout=WAIT_MS / 3
            )
        now = self.query()
        wrong = {
            k: now.get(k)
            for k, v in expected.items()
            if not (re.search(v, now.get(k, "")) if isinstance(v, re.Pattern) else now.get(k) == v)
        }
        assert not wrong, f"address bar: expected {dict(expected)}, got {now}"
        if exact:
            assert set(now) == set(expected), f"address bar: expected exactly {sorted(expected)}, got {now}"

    def expect_highlighted(self, names: list[str], index: int = 0) -> None:
        """Wait until the index-th plotly chart shows exactly these routes bold ("chosen"). Fails with what it shows."""
        self.wait_for_chart()
        with contextlib.suppress(PlaywrightTimeoutError):
            self.page.wait_for_function(
                f"([i, want]) => JSON.stringify(({CHOSEN_ROUTES})(i)) === JSON.stringify(want)",
                arg=[index, names],
                timeout=WAIT_MS / 3,
            )
        assert self.highlighted_routes(index) == names

    def wait_for_chart(self, timeout: float = 20_000) -> None:
        self.page.wait_for_selector(PLOTLY, timeout=timeout)

    def tap_switch(self, label: str) -> None:
        """Tap a switch (`st.toggle`) by its words and wait for the run it asks for: its input is visually hidden, so a
        pupil taps the label, and so do we."""
        self.page.locator('[data-testid="stCheckbox"] label').filter(has_text=label).click()
        self.settle()

    def show_chart(self, label: str = "Show the route map") -> None:
        """Turn on a chart's "Show the ..." switch (charts are drawn only on request), as a pupil does, and wait for it."""
        switch = self.page.get_by_role("switch", name=label)
        expect(switch).not_to_be_checked()
        self.tap_switch(label)
        expect(switch).to_be_checked()
        self.wait_for_chart()

    def plotly_requests(self) -> list[str]:
        """Requests for plotly's chunk of Streamlit's code: none until a chart is asked for."""
        return [url for url in self.requests if PLOTLY_BUNDLE.search(urlsplit(url).path)]

    def taps(self) -> list[str]:
        """The page's last presses and clicks, oldest first: a press and its release on different elements is no click."""
        return [str(tap) for tap in self.page.evaluate("() => window.__pathwaysTaps ?? []")]

    def screenshot(self, name: str) -> Path:
        """The whole page. Streamlit scrolls inside <main>, not the window, so the window is made tall enough first."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}-{self.viewport}.png"
        size = VIEWPORTS[self.viewport]
        tall = int(self.page.evaluate(f"() => document.querySelector('{MAIN}')?.scrollHeight ?? 0"))
        if tall > size["height"]:
            self.page.set_viewport_size({"width": size["width"], "height": min(tall, MAX_SHOT_HEIGHT)})
            self.page.evaluate(NEXT_FRAME)  # laid out and drawn at the new size
        try:
            self.page.screenshot(path=str(path), full_page=True)
        finally:
            if tall > size["height"]:
                self.page.set_viewport_size(size)
        return path

    def wider_than_screen(self) -> list[str]:
        """The page's scrolling parts that are wider than the screen (text would run off the side)."""
        found = self.page.evaluate(
            f"""() => ['html', '{MAIN}'].map((sel) => document.querySelector(sel))
                .filter((el) => el && el.scrollWidth > el.clientWidth + 1)
                .map((el) => `${{el.tagName.toLowerCase()}}: ${{el.scrollWidth}} > ${{el.clientWidth}} px`)"""
        )
        return [str(item) for item in found]

    def highlighted_routes(self, index: int = 0) -> list[str]:
        """Names of the bold ("chosen") route lines in the index-th plotly chart on the page."""
        self.wait_for_chart()
        return [str(n) for n in self.page.evaluate(CHOSEN_ROUTES, index)]

    def query(self) -> dict[str, str]:
        """The address bar's query parameters (last value of each)."""
        return dict(parse_qsl(urlsplit(self.page.url).query))

    def third_party_requests(self) -> list[str]:
        """Every request this tab made to anything but the local server."""
        own = urlsplit(self.base_url).netloc
        foreign = []
        for url in self.requests:
            parts = urlsplit(url)
            if parts.scheme in LOCAL_SCHEMES:
                continue
            if parts.netloc != own:
                foreign.append(url)
        return foreign

    def foreign_cookies(self) -> list[str]:
        """Cookies other than Streamlit's own session ones."""
        return [c["name"] for c in self.context.cookies() if not STREAMLIT_COOKIE.match(c["name"])]

    def exceptions(self) -> list[str]:
        return list(self.page.locator(EXCEPTION).all_inner_texts())


def at_least(locator: Locator, count: int, what: str = "") -> None:
    """Wait until `locator` matches at least `count` elements (Playwright's `to_have_count` is exact only)."""
    expect(locator.nth(count - 1), what or f"at least {count} of {locator}").to_be_attached()
