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
