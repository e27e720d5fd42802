"""Fixtures for page tests: the real app (through app.py, so links between pages work) on the tiny or shipped data.

The helpers (open_app, texts, charts, route_headings, PAGES) live in
tests/ui/apptest.py and are re-exported here for tests that import them from conftest.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from pathways.data import DATA_DIR, load_data
from pathways.problems import DataError
from tests import tiny
from tests.ui.apptest import PAGES, Opener, charts, open_app, route_headings, texts

__all__ = ["PAGES", "Opener", "charts", "open_app", "route_headings", "texts"]


@pytest.fixture
def tiny_data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The tiny data folder, and PATHWAYS_DATA pointing the app at it."""
    folder = tiny.write_tiny(tmp_path / "data")
    monkeypatch.setenv("PATHWAYS_DATA", str(folder))
    return folder


@pytest.fixture
def tiny_app(tiny_data: Path) -> Opener:
    """`open_app` on the tiny data: the app at a page, opened from a link."""
    return open_app


@pytest.fixture
def real_app(monkeypatch: pytest.MonkeyPatch) -> Opener:
    """`open_app` on the shipped data; skipped (saying why) only while data/ does not validate."""
    monkeypatch.delenv("PATHWAYS_DATA", raising=False)
    try:
        load_data(DATA_DIR)
    except DataError as error:
        pytest.skip(f"data/ does not validate yet ({len(error.problems)} problems): run python -m pathways validate")
    return open_app
