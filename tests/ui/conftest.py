"""Page tests: open the real app (app.py, so links between pages work) on the tiny data or the shipped data.

RECONSTRUCTED by the issue-5 helper after overwriting the original by mistake:
the names and behaviour are inferred from the tests that import them.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from pathways.data import DATA_DIR, load_data
from pathways.problems import DataError
from tests import tiny

ROOT = Path(__file__).resolve().parents[2]
APP = ROOT / "app.py"
TIMEOUT = 60

# url_path -> page script, read from app.py so a page added there is tested here too.
PAGES: dict[str, str] = dict(
    (url, script)
    for script, url in re.findall(r'st\.Page\(\s*"([^"]+)"[^)]*?url_path="([^"]+)"', APP.read_text(encoding="utf-8"))
)

Opener = Callable[..., AppTest]


def open_app(page: str = "find", **params: str) -> AppTest:
    """Run the app on one page with query parameters, as if a pupil opened a link to it."""
    at = AppTest.from_file(str(APP), default_timeout=TIMEOUT)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if PAGES.get(page) and page != next(iter(PAGES)):
        for key, value in params.items():
            at.query_params[key] = value
        at.switch_page(PAGES[page]).run()
    return at


def texts(at: AppTest) -> str:
    """Everything a pupil can read on the page, as the Markdown the page wrote."""
    parts: list[str] = []
    for kind in ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success", "code"):
        parts += [str(element.value) for element in getattr(at, kind)]
    return "\n".join(parts)


def route_headings(at: AppTest) -> list[str]:
    return [s.value for s in at.subheader if re.fullmatch(r"Route \d+", str(s.value))]


def charts(at: AppTest) -> list[dict[str, Any]]:
    """Plotly charts on the page: AppTest shows them as unknown elements whose proto holds the figure JSON."""
    found = []
    for element in at.get("plotly_chart"):
        proto = element.proto
        figure = json.loads(proto.spec)
        figure["alt"] = proto.alt
        found.append(figure)
    return found


@pytest.fixture
def tiny_app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Opener:
    monkeypatch.setenv("PATHWAYS_DATA", str(tiny.write_tiny(tmp_path / "data")))
    return open_app


@pytest.fixture
def real_app(monkeypatch: pytest.MonkeyPatch) -> Opener:
    try:
        load_data(DATA_DIR)
    except DataError as error:
        pytest.skip(f"data/ does not validate yet ({len(error.problems)} problems)")
    monkeypatch.setenv("PATHWAYS_DATA", str(DATA_DIR))
    return open_app
