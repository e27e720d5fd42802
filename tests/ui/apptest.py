"""Helpers for AppTest page tests: open the app at a page from a link, and read what a pupil sees."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from streamlit.testing.v1 import AppTest

from pathways import pages, url_state

APP = Path(__file__).resolve().parents[2] / "app.py"
# url_path -> page script, from the one page registry, so a page added there can be opened here too.
PAGES: dict[str, str] = {page.url_path: page.file for page in pages.PAGES}
LANDING = pages.landing().url_path
# A short address (presenter mode's /p, for its QR code) runs a script already listed: not a page of its own here.
HIDDEN: dict[str, str] = {short: PAGES[url_path] for url_path, short in url_state.SHORT_PATHS.items()}
Opener = Callable[..., AppTest]


def open_app(page: str = "find", **params: str) -> AppTest:
    """The app after its first run on `page`, opened from a link with `params`."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    for key, value in params.items():
        at.query_params[key] = value
    at.run()
    if page != LANDING:  # AppTest must run once before switching; the link is then opened on its own page
        for key, value in params.items():
            at.query_params[key] = value
        at.switch_page({**PAGES, **HIDDEN}[page]).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def texts(at: AppTest) -> str:
    """Everything a pupil can read on the page, joined, for 'is this said somewhere' checks."""
    kinds = ("title", "header", "subheader", "markdown", "caption", "info", "warning", "error", "success", "code")
    return "\n".join(str(e.value) for kind in kinds for e in getattr(at, kind))


def charts(at: AppTest) -> list[dict[str, Any]]:
    """Each plotly chart on the page as its figure JSON, with its alt text under "alt"."""
    return [{**json.loads(e.proto.spec), "alt": e.proto.alt} for e in at.get("plotly_chart")]


def open_charts(at: AppTest) -> list[dict[str, Any]]:
    """The page's charts once asked for: none on the first screen, then every "Show the ..." switch turned on."""
    assert charts(at) == [], "a chart was drawn before the pupil asked for it"
    switches = [t for t in at.toggle if str(t.key).endswith(".show") and not t.value]
    for switch in switches:
        switch.set_value(True)
    if switches:
        at.run()
    assert not at.exception, [e.value for e in at.exception]
    return charts(at)


def route_headings(at: AppTest) -> list[str]:
    return [s.value for s in at.subheader if re.fullmatch(r"Route \d+", str(s.value))]
