"""Shared fixtures: the tiny data folder and its graph, and the shipped data's graph."""

from __future__ import annotations

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


@pytest.fixture(autouse=True)
def class_state(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Class sessions in a fresh folder per test, never in the user's own state folder or a real database."""
    folder = tmp_path_factory.mktemp("state")
    monkeypatch.setenv("PATHWAYS_STATE_DIR", str(folder))
    monkeypatch.delenv("PATHWAYS_DATABASE_URL", raising=False)
    return folder
