"""One Streamlit server and one Chromium for the whole session; a fresh tab (context) per test.

The server is `streamlit run app.py` on a free local port with usage statistics
off. The browser is Debian's Chromium (`apt-get install -y chromium`), never a
Playwright download. Without it the tests skip, except in CI (`CI` set), where a
missing browser is a failure. Under pytest-xdist each worker that runs browser
tests gets its own server and browser (session fixtures are per worker); with
`--dist loadgroup` (as `make test` runs) they all run in one worker, so one
server serves them all (see `pytest_xdist_make_scheduler` in tests/conftest.py).
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

import pytest
from playwright.sync_api import Browser, Playwright, expect, sync_playwright

from pathways import pages
from pathways.graph import Graph
from tests.e2e import axe, journeys
from tests.e2e.browser import ARTIFACTS, CHROMIUM_ARGS, ROOT, VIEWPORTS, WATCH_RUNS, App

STARTUP_SECONDS = 90
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


def open_tab(browser: Browser, server: str, viewport: str, user_agent: str | None = None) -> App:
    """A new tab at a viewport. Phones keep Chromium's own user agent: with a phone's, Streamlit makes select
    boxes tap-only, which the tests of typing into them cannot use; the route map's own test passes one."""
    phone = viewport == "phone"
    context = browser.new_context(
        viewport=VIEWPORTS[viewport],
        is_mobile=phone,
        has_touch=phone,
        user_agent=user_agent,
        accept_downloads=True,
        locale="en-GB",
        timezone_id="Europe/London",
    )
    context.set_default_timeout(WAIT_MS)
    context.add_init_script(WATCH_RUNS)
    page = context.new_page()
    app = App(page=page, context=context, base_url=server, viewport=viewport)
    context.on("request", lambda r: app.requests.append(r.url))
    page.on("websocket", lambda ws: app.requests.append(ws.url))
    page.on("pageerror", lambda e: app.page_errors.append(str(e)))
    return app


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
def app(request: pytest.FixtureRequest, browser: Browser, server: str, viewport: str) -> Iterator[App]:
    """A fresh tab at the test's width. Whatever the test does, no request may leave the local server.
    When the test fails, a screenshot of the tab as it was is saved as FAILED-<test>.png."""
    tab = open_tab(browser, server, viewport)
    try:
        yield tab
        failed = getattr(request.node, "report_call", None)
        if failed is not None and failed.failed:
            name = re.sub(r"[^\w.-]+", "-", request.node.name)
            tab.screenshot(f"FAILED-{name}")
        foreign = tab.third_party_requests()
        assert not foreign, f"requests to hosts other than the local server: {foreign}"
    finally:
        tab.context.close()


def pytest_sessionfinish(session: pytest.Session) -> None:
    """A pytest-xdist worker hands its axe tally to the controller, which prints the summary (tests/conftest.py)."""
    workeroutput = getattr(session.config, "workeroutput", None)
    if workeroutput is not None:
        workeroutput["axe"] = axe.tally()
