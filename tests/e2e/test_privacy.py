"""Private by default, checked in the browser: every request stays on our server, no cookie but Streamlit's own,
nothing about the pupil in browser storage, and a shared link holds only the view's ids and filters."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from playwright.sync_api import expect

from pathways import links
from tests.e2e.browser import App
from tests.e2e.journeys import LAB, STAGE

pytestmark = pytest.mark.e2e

# Streamlit keeps the colour theme of each page ("stActiveTheme-/map-v2") and whether the sidebar (the menu) was
# closed or opened ("stSidebarCollapsed-") in local storage. The privacy page says so.
STREAMLIT_STORAGE = re.compile(r"^(stActiveTheme-|stSidebarCollapsed-)")
PAGE_ONLY_KEYS = {"step"}  # presenter mode adds the step it shows


def storage(app: App) -> dict[str, list[str]]:
    return {kind: list(app.page.evaluate(f"() => Object.keys(window.{kind})")) for kind in ("localStorage", "sessionStorage")}


def test_a_whole_visit_stays_on_this_server(app: App) -> None:
    page = app.page
    view = {"from": STAGE, "to": LAB, "paid": "1", "grade": "5", "near": "bootle"}
    addresses: list[str] = []
    for path in ("", "map", "compare", "job", "near", "presenter", "young", "quiz", "subjects", "about", "privacy"):
        app.open(path, view)
        addresses.append(page.url)
    app.open("", view)
    with page.expect_download():
        page.get_by_role("button", name=re.compile(r"My plan \(PDF\)")).click()
    page.get_by_role("radio", name=re.compile(r"^Route \d+$")).last.click()
    app.settle()
    addresses.append(page.url)

    assert not app.third_party_requests()
    assert {urlsplit(u).netloc for u in app.requests if urlsplit(u).scheme in ("http", "https", "ws", "wss")} == {
        urlsplit(app.base_url).netloc
    }
    assert not app.foreign_cookies()
    kept = storage(app)
    assert all(STREAMLIT_STORAGE.match(key) for key in kept["localStorage"]), kept
    values = [str(v) for v in app.page.evaluate("() => Object.values(window.localStorage)")]
    assert all(len(v) < 200 and LAB not in v and STAGE not in v for v in values), values  # settings, not the view
    assert not kept["sessionStorage"], kept
    for address in addresses:
        keys = {key for key, _ in parse_qsl(urlsplit(address).query)}
        assert keys <= set(links.KEYS) | PAGE_ONLY_KEYS, address


def test_the_privacy_page_names_every_part_a_link_can_hold(app: App) -> None:
    app.open("privacy")
    main = app.page.locator('[data-testid="stMain"]')
    for key in links.KEYS:
        expect(main.locator("code", has_text=re.compile(rf"^{re.escape(key)}$"))).to_have_count(1)
    expect(main).to_contain_text("_streamlit_xsrf")
    cookies = [c["name"] for c in app.context.cookies()]
    assert cookies == ["_streamlit_xsrf"], "the privacy page names _streamlit_xsrf as the only cookie"
