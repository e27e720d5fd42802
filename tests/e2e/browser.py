"""Helpers for driving the running app in Chromium: wait for a rerun, record requests, take screenshots.

A Streamlit page is ready to look at when its root says the script has finished
(`data-test-script-state="notRunning"`). Just after a click or a key press the
rerun may not have started yet, so `App.settle()` first waits (briefly) for the
next run to start, using a counter an init script keeps on the page.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, urlencode, urlsplit

from playwright.sync_api import BrowserContext, Page
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
SCREENSHOTS = ARTIFACTS / "screenshots"

READY = '[data-testid="stApp"][data-test-script-state="notRunning"]'
EXCEPTION = '[data-testid="stException"]'
MAIN = '[data-testid="stMain"]'
MAX_SHOT_HEIGHT = 12_000
PLOTLY = '[data-testid="stPlotlyChart"] .js-plotly-plot .main-svg'

# Counts script runs as they start, so a test can tell "the rerun has finished" from "it has not begun".
COUNT_RUNS = """
(() => {
  window.__pathwaysRuns = 0;
  const seen = (el) => {
    if (el && el.getAttribute && el.getAttribute('data-test-script-state') === 'running') window.__pathwaysRuns += 1;
  };
  new MutationObserver((records) => records.forEach((r) => seen(r.target))).observe(document, {
    subtree: true, attributes: true, attributeFilter: ['data-test-script-state'],
  });
})();
"""

# Streamlit's own cookies: the XSRF token (server.enableXsrfProtection) and, only with st.login, the user cookie.
STREAMLIT_COOKIE = re.compile(r"^_streamlit_(xsrf|user)(_\d+)?$")
LOCAL_SCHEMES = {"data", "blob", "about", "chrome-extension"}

VIEWPORTS: dict[str, dict[str, int]] = {
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
    _runs_before: int = field(default=0, repr=False)

    def url(self, path: str = "", query: dict[str, str] | None = None) -> str:
        tail = f"?{urlencode(query)}" if query else ""
        return f"{self.base_url}/{path.lstrip('/')}{tail}"

    def open(self, path: str = "", query: dict[str, str] | None = None, *, raw_query: str = "") -> None:
        """Load a page of the app and wait until its script has finished."""
        target = self.url(path, query) + (f"?{raw_query}" if raw_query else "")
        self.page.goto(target, wait_until="domcontentloaded")
        self.settle(rerun=False)
        # every page starts with a title: wait for it, in case the first "not running" came before the first run
        self.page.wait_for_selector(f"{MAIN} h1")
        self.settle(rerun=False)

    def settle(self, *, rerun: bool = True, timeout: float = 30_000) -> None:
        """Wait for the app to finish running; with `rerun`, first wait (up to 2 s) for the rerun to begin."""
        if rerun:
            # If none starts, the action finished its rerun before we looked, or caused none.
            with contextlib.suppress(PlaywrightTimeoutError):
                self.page.wait_for_function("n => (window.__pathwaysRuns || 0) > n", arg=self._runs_before, timeout=2_000)
        self.page.wait_for_selector(READY, timeout=timeout)
        self.page.wait_for_function("() => !document.querySelector('[data-stale=\"true\"]')", timeout=timeout)
        self.mark()

    def mark(self) -> None:
        """Remember how many runs have started, so the next `settle()` waits for a newer one."""
        self._runs_before = int(self.page.evaluate("() => window.__pathwaysRuns || 0"))

    def wait_for_chart(self, timeout: float = 20_000) -> None:
        self.page.wait_for_selector(PLOTLY, timeout=timeout)

    def screenshot(self, name: str) -> Path:
        """The whole page. Streamlit scrolls inside <main>, not the window, so the window is made tall enough first."""
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        path = SCREENSHOTS / f"{name}-{self.viewport}.png"
        size = VIEWPORTS[self.viewport]
        tall = int(self.page.evaluate(f"() => document.querySelector('{MAIN}')?.scrollHeight ?? 0"))
        if tall > size["height"]:
            self.page.set_viewport_size({"width": size["width"], "height": min(tall, MAX_SHOT_HEIGHT)})
            self.page.wait_for_timeout(300)  # let charts re-lay themselves out
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
        names = self.page.evaluate(
            """(i) => (document.querySelectorAll('.js-plotly-plot')[i]?.data ?? [])
                .filter((t) => t.meta && t.meta.chosen).map((t) => t.name)""",
            index,
        )
        return [str(n) for n in names]

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
