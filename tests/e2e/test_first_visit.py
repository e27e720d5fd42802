"""A first visit is text and widgets: no page fetches plotly's chunk of Streamlit's code until a chart is asked for.

plotly's chunk is 4.7 MB (1.2 MB brotli) and slow to start on a school laptop, so every chart sits behind a
"Show the ..." switch and its text twin is always on the page (benchmarks/first_visit.py measures the bytes and
time). Each page is opened from a full route link with a town, the view that would otherwise draw every chart.
"""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, expect

from tests.e2e.browser import PLOTLY_BUNDLE
from tests.e2e.conftest import open_tab, page_name
from tests.e2e.journeys import LAB, STAGE

pytestmark = pytest.mark.e2e

LINK = {"from": STAGE, "to": LAB, "near": "bootle"}


def test_no_page_fetches_plotly_until_a_chart_is_asked_for(browser: Browser, server: str, page_paths: list[str]) -> None:
    app = open_tab(browser, server, "desktop")
    try:
        for path in page_paths:
            app.open(path, LINK)
            assert not app.plotly_requests(), f"{page_name(path)} fetched plotly on a first visit: {app.plotly_requests()}"
        app.open("", LINK)
        expect(app.page.get_by_role("heading", name="The routes on the map, in words")).to_be_visible()
        with app.page.expect_request(lambda r: bool(PLOTLY_BUNDLE.search(urlsplit(r.url).path))):
            app.show_chart("Show the route map")
        app.expect_highlighted(["Route 1"])
        assert not app.exceptions()
    finally:
        app.context.close()
