"""One Streamlit server for the whole session, and a new browser tab for each test.

Most tests get their tab from `app`: a new tab in a browser profile kept for the
whole session (one per width), like a pupil's own browser. Cookies and site
storage are wiped before each test, so no test sees another's session or
settings; only the HTTP cache is kept, and with it Chromium's cache of compiled
scripts, so Streamlit's JavaScript is not compiled again for every test
(about 2.8 CPU seconds a page load instead of 4.5 on this machine:
`benchmarks/browser_cache.py`). Tests about a first visit, or about separate
people in one class, open fresh incognito tabs with `open_tab`.

The server is `streamlit run app.py` on a free local port with usage statistics
off. The browser is Debian's Chromium (`apt-get install -y chromium`), never a
Playwright download. Without it the tests skip, except in CI (`CI` set), where a
missing browser is a failure. Under pytest-xdist each worker that runs browser
tests gets its own server and browser (session fixtures are per worker); with
`--dist loadgroup` (as `make test` runs) one worker runs the desktop-width tests
and another the rest, so each starts one server, one Chromium and mostly one
profile (see `work_unit` in tests/conftest.py).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Playwright, expect, sync_playwright

from pathways import pages
from pathways.graph import Graph
from tests.e2e import axe, journeys
from tests.e2e.browser import ARTIFACTS, CHROMIUM_ARGS, ROOT, VIEWPORTS, WATCH_RUNS, App

STARTUP_SECONDS = 90
# Everything a site keeps in a profile except the HTTP cache (Chrome DevTools protocol, Storage.clearDataForOrigin).
SITE_DATA = "cookies,local_storage,indexeddb,websql,service_workers,cache_storage,file_systems,shader_cache"
# How long an action or a waiting assertion may take. Generous, because a loaded 2-core machine is slow; a test
# that passes waits only as long as the page takes.
WAIT_MS = 30_000
expect.set_options(timeout=WAIT_MS)


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in {"", "0", "false", "no"}


@pytest.fixture(scope="session")
def chromium_path() -> str:
    path = shutil.which("chromium")
    if path is None:
        message = "Chromium is not installed: run `apt-get install -y chromium` (Debian) to run the browser tests"
        if in_ci():
            pytest.fail(f"{message}; CI must run them, so this is a failure here", pytrace=False)
        pytest.skip(message)
    return path


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _wait_healthy(url: str, process: subprocess.Popen[bytes], log: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            pytest.fail(
                f"streamlit exited with {process.returncode} before it was healthy:\n{log.read_text()[-3000:]}", pytrace=False
            )
        try:
            with urllib.request.urlopen(url, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    pytest.fail(f"streamlit was not healthy at {url} after {STARTUP_SECONDS} s:\n{log.read_text()[-3000:]}", pytrace=False)


@pytest.fixture(scope="session")
def server(chromium_path: str, worker_id: str) -> Iterator[str]:
    """The app at http://127.0.0.1:PORT, started once and stopped at the end of the session."""
    port = free_port()
    ARTIFACTS.mkdir(exist_ok=True)
    log = ARTIFACTS / f"streamlit-{worker_id}.log"
    command = [
        sys.executable, "-m", "streamlit", "run", "app.py",
        "--server.headless", "true",
        "--server.port", str(port),
        "--server.address", "127.0.0.1",
        "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
        # Info, not just warnings: Streamlit says so when it drops a run it was asked for (a fragment it no longer
        # holds), which is the first thing to look for when a test's run never finishes.
        "--logger.level", "info",
    ]  # fmt: skip
    with log.open("wb") as out:
        process = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_healthy(f"http://127.0.0.1:{port}/_stcore/health", process, log)
        yield f"http://127.0.0.1:{port}"
    finally:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="session")
def worker_id(request: pytest.FixtureRequest) -> str:
    """pytest-xdist's worker name ("gw0"...), or "main" without xdist."""
    workerinput = getattr(request.config, "workerinput", None)
    return str(workerinput["workerid"]) if workerinput else "main"


@pytest.fixture(scope="session")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="session")
def browser(playwright: Playwright, chromium_path: str) -> Iterator[Browser]:
    chromium = playwright.chromium.launch(executable_path=chromium_path, headless=True, args=CHROMIUM_ARGS)
    yield chromium
    chromium.close()


def phone_agent(browser: Browser) -> str:
    """What Chrome on an Android phone calls itself: the app reads it to start the route map without step names."""
    return (
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
        f"Chrome/{browser.version} Mobile Safari/537.36"
    )


def context_options(viewport: str, user_agent: str | None = None) -> dict[str, Any]:
    """A tab's settings at a viewport. Phones keep Chromium's own user agent: with a phone's, Streamlit makes select
    boxes tap-only, which the tests of typing into them cannot use; the route map's own test passes one."""
    phone = viewport == "phone"
    return {
        "viewport": VIEWPORTS[viewport],
        "is_mobile": phone,
        "has_touch": phone,
        "user_agent": user_agent,
        "accept_downloads": True,
        "locale": "en-GB",
        "timezone_id": "Europe/London",
    }


def watch(page: Page, context: BrowserContext, server: str, viewport: str) -> App:
    """The tab as an App that records every request, websocket and JavaScript error of this tab alone."""
    page.add_init_script(WATCH_RUNS)
    app = App(page=page, context=context, base_url=server, viewport=viewport)
    page.on("request", lambda r: app.requests.append(r.url))
    page.on("websocket", lambda ws: app.requests.append(ws.url))
    page.on("pageerror", lambda e: app.page_errors.append(str(e)))
    return app


def open_tab(browser: Browser, server: str, viewport: str, user_agent: str | None = None) -> App:
    """A new incognito tab at a viewport: a first visit, with an empty cache and no cookies of its own."""
    context = browser.new_context(**context_options(viewport, user_agent))
    context.set_default_timeout(WAIT_MS)
    return watch(context.new_page(), context, server, viewport)


class Profiles:
    """Browser profiles kept for the session, one per viewport, each started on first use."""

    def __init__(self, playwright: Playwright, chromium_path: str, folder: Path) -> None:
        self.playwright, self.chromium_path, self.folder = playwright, chromium_path, folder
        self.started: dict[str, BrowserContext] = {}

    def tab(self, server: str, viewport: str) -> App:
        """A new tab in the viewport's profile, its site's cookies and storage wiped first; the HTTP cache stays."""
        if viewport not in self.started:
            context = self.playwright.chromium.launch_persistent_context(
                self.folder / viewport,
                executable_path=self.chromium_path,
                headless=True,
                args=CHROMIUM_ARGS,
                **context_options(viewport),
            )
            context.set_default_timeout(WAIT_MS)
            self.started[viewport] = context
        context = self.started[viewport]
        context.clear_cookies()
        page = context.new_page()
        cdp = context.new_cdp_session(page)
        cdp.send("Storage.clearDataForOrigin", {"origin": server, "storageTypes": SITE_DATA})
        cdp.detach()
        return watch(page, context, server, viewport)

    def close(self) -> None:
        for context in self.started.values():
            context.close()


@pytest.fixture(scope="session")
def profiles(playwright: Playwright, chromium_path: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Profiles]:
    kept = Profiles(playwright, chromium_path, tmp_path_factory.mktemp("chromium-profiles"))
    yield kept
    kept.close()


@pytest.fixture(scope="session")
def card_job(real_graph: Graph) -> str:
    """A health job a pupil can pick from the first screen of cards, with two routes, one of them paid."""
    job = journeys.card_job(real_graph)
    if job is None:
        pytest.fail("no health job on the first screen of cards has two routes and a paid one from Years 10 and 11")
    return job


def page_name(path: str) -> str:
    return path.strip("/") or "home"


@pytest.fixture(scope="session")
def page_paths() -> list[str]:
    """The address of every page in the page registry ("" for the landing page), in menu order.
    tests/e2e/test_menu.py checks that the menu the browser shows lists exactly these."""
    return [pages.address(page) for page in pages.PAGES]


@pytest.fixture(params=list(VIEWPORTS))
def viewport(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, pytest.TestReport, pytest.TestReport]:
    """Keep each phase's report on the test, so the `app` fixture can tell a failed test from a passed one."""
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture
def app(request: pytest.FixtureRequest, profiles: Profiles, server: str, viewport: str) -> Iterator[App]:
    """A new tab at the test's width, in the width's session profile (see the top of this file). Whatever the test
    does, no request may leave the local server. When the test fails, a screenshot of the tab as it was is saved as
    FAILED-<test>.png, and the tab's last presses and clicks, with what each landed on, as FAILED-<test>.taps.txt."""
    tab = profiles.tab(server, viewport)
    try:
        yield tab
        failed = getattr(request.node, "report_call", None)
        if failed is not None and failed.failed:
            name = re.sub(r"[^\w.-]+", "-", request.node.name)
            shot = tab.screenshot(f"FAILED-{name}")
            shot.with_suffix(".taps.txt").write_text("\n".join(tab.taps()) + "\n", encoding="utf-8")
        foreign = tab.third_party_requests()
        assert not foreign, f"requests to hosts other than the local server: {foreign}"
    finally:
        tab.page.close()


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A pytest-xdist worker hands its axe tally to the controller, which prints the summary (tests/conftest.py)."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["axe"] = axe.tally()
