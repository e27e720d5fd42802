"""Shared fixtures: the tiny data folder and its graph, and the shipped data's graph."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from pathways.data import DATA_DIR, load_data
from pathways.graph import Graph, build_graph
from tests import tiny


@pytest.fixture
def tiny_dir(tmp_path: Path) -> Path:
    return tiny.write_tiny(tmp_path / "data")


@pytest.fixture(scope="session")
def tiny_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    return build_graph(load_data(tiny.write_tiny(tmp_path_factory.mktemp("tiny") / "data")))


@pytest.fixture(scope="session")
def real_graph() -> Graph:
    return build_graph(load_data(DATA_DIR))


@pytest.fixture(scope="session", autouse=True)
def class_state_for_servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The app servers tests start (tests/e2e) keep class sessions in a temporary folder too: set before them."""
    with pytest.MonkeyPatch.context() as patch:
        folder = tmp_path_factory.mktemp("server-state")
        patch.setenv("PATHWAYS_STATE_DIR", str(folder))
        patch.delenv("PATHWAYS_DATABASE_URL", raising=False)
        yield folder


@pytest.fixture(autouse=True)
def class_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Class sessions in a fresh folder per test, never in the user's own state folder or a real database."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("PATHWAYS_STATE_DIR", str(folder))
    monkeypatch.delenv("PATHWAYS_DATABASE_URL", raising=False)
    return folder
