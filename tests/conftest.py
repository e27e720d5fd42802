"""Shared fixtures: the tiny data folder and its graph, and the shipped data's graph; the axe summary at the end.

This file is loaded by the pytest-xdist controller too (tests/e2e/conftest.py is
loaded only where browser tests are collected), so the session summary lives here.
"""

from __future__ import annotations

import functools
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from pathways.data import DATA_DIR, Dataset, load_data
from pathways.graph import Graph, build_graph
from tests import tiny


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    return tiny.write_tiny(tmp_path / "data")


@pytest.fixture(scope="session")
def tiny_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    return build_graph(load_data(tiny.write_tiny(tmp_path_factory.mktemp("tiny") / "data")))


@pytest.fixture(scope="session")
def real_data() -> Dataset:
    """The shipped tables, for tests of the data itself (the graph carries no raw tables)."""
    return load_data(DATA_DIR)


@pytest.fixture(scope="session")
def real_graph(real_data: Dataset) -> Graph:
    return build_graph(real_data)


@pytest.fixture(scope="session", autouse=True)
def class_state_for_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The app servers tests start (tests/e2e) keep class sessions in a temporary folder too: set before them."""
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp("server-state")
        patch.setenv("PATHWAYS_STATE_DIR", str(folder))
        patch.delenv("PATHWAYS_DATABASE_URL", raising=False)
        yield folder


@pytest.fixture(scope="session", autouse=True)
def one_component_scan_per_session() -> Iterator[None]:
    """Every new AppTest looks through the metadata of every installed package for Streamlit components
    (streamlit/components/v2/manifest_scanner.py, Streamlit 1.67): about 0.12 CPU s each time, and the suite makes
    some 600 AppTests, so the scans were half the CPU time of the tests outside the browser and the link fuzzing. The installed
    packages do not change during a run, so the first scan's answer serves them all, as the real server scans once
    when it starts. If Streamlit moves the scanner, this does nothing and the tests are only slower."""
    try:
        from streamlit.components.v2 import manifest_scanner  # noqa: PLC0415 - only where tests run, not at collection
    except ImportError:
        yield
        return
    scan = getattr(manifest_scanner, "scan_component_manifests", None)
    if scan is None:
        yield
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(manifest_scanner, "scan_component_manifests", functools.cache(scan))
        yield


@pytest.fixture(autouse=True)
def class_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Class sessions in a fresh folder per test, never in the user's own state folder or a real database."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("PATHWAYS_STATE_DIR", str(folder))
    monkeypatch.delenv("PATHWAYS_DATABASE_URL", raising=False)
    return folder


BROWSER_TESTS = "tests/e2e/"
CLASS_STORE_TESTS = "tests/test_class_store.py"
LINK_FUZZING = "tests/ui/test_link_fuzzing.py"
DESKTOP = re.compile(r"\[desktop(-[^\]]*)?\]$")  # a browser test at the desktop width: test_x[desktop], test_x[desktop-job]


def work_unit(nodeid: str) -> str:
    """The unit of work a test belongs to under `--dist loadgroup`: a worker runs a whole unit.

    The browser tests are two units of about equal time: the desktop-width ones, and the rest (phone width, and the
    tests that set their own). So both workers run browser tests, each with its own server and Chromium (the session
    fixtures of tests/e2e/conftest.py are per worker), and neither waits at the end for the other: with all of them
    in one unit, that worker took 482 s while the other was done after 386 s. The class store tests are one unit:
    they share one PostgreSQL database and drop and re-make its tables. Every other test is a unit of its own.
    """
    if nodeid.startswith(BROWSER_TESTS):
        return BROWSER_TESTS + ("desktop" if DESKTOP.search(nodeid) else "phone and the rest")
    if nodeid.startswith(CLASS_STORE_TESTS):
        return CLASS_STORE_TESTS
    return nodeid


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Under `--dist loadgroup`, the longest work first (the browser tests, then the seven link-fuzzing tests of
    15 to 50 s each), so the workers end on short tests and finish close together. Files stay whole and in order."""
    if not getattr(config.option, "loadgroup", False):  # set on pytest-xdist's workers, which collect the tests
        return
    longest_first = (BROWSER_TESTS, LINK_FUZZING)
    items.sort(key=lambda item: next((i for i, p in enumerate(longest_first) if item.nodeid.startswith(p)), 2))


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    """`--dist loadgroup` by `work_unit`, while the other tests are shared out one by one.

    pytest-xdist's own loadgroup reads `xdist_group` marks from a suffix it writes into each node id, which pytest 9
    no longer lets it change (xdist 3.8), so the units are set here by path instead.
    """
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadScopeScheduling  # noqa: PLC0415 - only under xdist

    class ByWorkUnit(LoadScopeScheduling):  # type: ignore[misc]  # xdist has no type hints: its base class is Any
        def _split_scope(self, nodeid: str) -> str:
            return work_unit(nodeid)

    return ByWorkUnit(config, log)


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    """pytest-xdist controller: add a finished worker's axe tally (tests/e2e/conftest.py) to this process's."""
    found = getattr(node, "workeroutput", {}).get("axe")
    if found:
        from tests.e2e import axe  # noqa: PLC0415 - only when browser tests ran: it imports playwright

        axe.merge(found)


def pytest_terminal_summary(terminalreporter: pytest.TerminalReporter, config: pytest.Config) -> None:
    """How many axe findings each exclusion let through this session, and which matched nothing (also written
    to test-artifacts/axe/summary.txt). An exclusion that never matches may be fixed upstream: check, then drop it."""
    axe = sys.modules.get("tests.e2e.axe")  # imported only when browser tests ran here or in a worker
    if axe is None or not axe.SESSION_CHECKS or hasattr(config, "workerinput"):
        return
    lines = axe.summary_lines()
    terminalreporter.write_sep(
        "-", f"axe: {axe.SESSION_CHECKS} page check(s), {sum(axe.SESSION_COUNTS.values())} finding(s) excluded"
    )
    for line in lines:
        terminalreporter.write_line(line)
    folder = Path(__file__).resolve().parents[1] / "test-artifacts" / "axe"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "summary.txt").write_text(f"{axe.SESSION_CHECKS} page checks\n" + "\n".join(lines) + "\n")
