"""Private by default, checked in the browser: every request stays on our server, no cookie but Streamlit's own,
nothing about the pupil in browser storage, and a shared link holds only the view's ids and filters."""

from __future__ import annotations

import re
from urllib.parse import parse_qsl, urlsplit

import pytest
from playwright.sync_api import expect

from pathways import url_state
from pathways.ui.menu import NAV_LABEL
from tests.e2e.browser import App
from tests.e2e.journeys import LAB, STAGE

pytestmark = pytest.mark.e2e

# Streamlit keeps the colour theme of each page ("stActiveTheme-/map-v2") and whether the sidebar (the menu) was
# closed or opened ("stSidebarCollapsed-") in local storage. The privacy page says so.
STREAMLIT_STORAGE = re.compile(r"^(stActiveTheme-|stSidebarCollapsed-)")
LINK_KEYS = set(url_state.KEYS) | set(url_state.SHORT_KEYS.values())  # presenter mode writes the short names
TYPED = "make games quietly"  # words a pupil types on Find my route


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
        assert keys <= LINK_KEYS, address


def test_the_privacy_page_names_every_part_a_link_can_hold(app: App) -> None:
    app.open("privacy")
    main = app.page.locator('[data-testid="stMain"]')
    for key in sorted(LINK_KEYS):  # a short name is named beside its long one, so some names are there twice
        expect(main.locator("code", has_text=re.compile(rf"^{re.escape(key)}$")).first).to_be_visible()
    expect(main).to_contain_text("_streamlit_xsrf")
    cookies = [c["name"] for c in app.context.cookies()]
    assert cookies == ["_streamlit_xsrf"], "the privacy page names _streamlit_xsrf as the only cookie"


def test_words_typed_on_find_my_route_never_reach_the_presenters_link(app: App) -> None:
    """The stage and job go with the pupil to presenter mode; the words they typed stay on Find my route."""
    page = app.page
    app.open("", {"from": STAGE, "to": LAB})
    box = page.get_by_label("Or say it in your own words")
    box.fill(TYPED)
    box.press("Enter")
    app.settle()
    app.expect_query({"q": TYPED, "from": STAGE, "to": LAB})

    if app.viewport == "phone":  # the menu starts closed (drawn off the screen) on a phone: open it
        page.get_by_test_id("stExpandSidebarButton").click()
    menu = page.get_by_role("navigation", name=NAV_LABEL, exact=True).get_by_role("link", name="Presenter mode", exact=True)
    expect(menu).to_be_in_viewport()
    menu.click()
    app.settle()
    expect(page.get_by_role("heading", name="Presenter mode", level=1)).to_be_visible()
    expect(page.get_by_text("step 1 of")).to_be_visible()  # the stage and job came along

    address = re.compile(r"/presenter\?j=" + re.escape(LAB) + r"&s=")
    expect(page).to_have_url(address)
    code = page.locator('[data-testid="stMarkdown"]').filter(has_text="Or type this address:")  # plain text, not a code block
    expect(code).to_contain_text(re.compile(r"/p\?j=" + re.escape(LAB) + r"&s=\d+$"))
    qr = page.get_by_role("img", name=re.compile(r"^QR code that opens "))
    expect(qr).to_have_attribute("alt", re.compile(r"/p\?j=" + re.escape(LAB)))
    for word in TYPED.split():
        expect(page).not_to_have_url(re.compile(word))
        expect(code).not_to_contain_text(word)
        expect(qr).not_to_have_attribute("alt", re.compile(word))
    assert not app.exceptions()
