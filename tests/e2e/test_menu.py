"""The menu in the real browser, at desktop and phone width (where it starts closed and covers the page when open).

It is a navigation landmark with, for each group of pathways/pages.py, a level-2
heading and a list named by it whose items are that group's pages in order; every
link opens its page and becomes the one marked as the current page; axe finds
nothing serious in the open menu. Together with the registry's own tests this
checks that the menu lists exactly the pages the other browser tests walk.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Locator, expect

from pathways import pages
from pathways.ui.menu import NAV_LABEL
from tests.e2e import axe
from tests.e2e.browser import App

pytestmark = pytest.mark.e2e


def open_menu(app: App) -> Locator:
    """The menu, open and on screen. On a phone it starts closed: open it with the sidebar's own button."""
    nav = app.page.get_by_role("navigation", name=NAV_LABEL, exact=True)
    first = nav.get_by_role("link").first
    if app.viewport == "phone":
        expect(first).not_to_be_in_viewport()
        app.page.get_by_test_id("stExpandSidebarButton").click()
    expect(first).to_be_in_viewport()
    return nav


def group_list(nav: Locator, group: str) -> Locator:
    return nav.get_by_role("list", name=group, exact=True)


def test_each_group_is_a_list_under_its_own_heading(app: App) -> None:
    app.open()
    nav = open_menu(app)
    for group, members in pages.menu():
        expect(nav.get_by_role("heading", level=2, name=group, exact=True)).to_be_visible()
        items = group_list(nav, group).get_by_role("listitem")
        expect(items).to_have_count(len(members))
        for n, page in enumerate(members):
            expect(items.nth(n).get_by_role("link")).to_have_accessible_name(page.title)
    landing = group_list(nav, pages.landing().group).get_by_role("link", name=pages.landing().title, exact=True)
    expect(landing).to_have_attribute("aria-current", "page")
    expect(nav.locator("[aria-current]")).to_have_count(1)
    axe.assert_accessible(app.page, "menu-open", app.viewport)


def test_every_menu_link_opens_its_page_and_is_then_marked_current(app: App) -> None:
    app.open("privacy")  # start away from the landing page, so its link is walked too
    for page in pages.PAGES:
        nav = open_menu(app)
        link = group_list(nav, page.group).get_by_role("link", name=page.title, exact=True)
        link.click()
        app.settle()
        expect(app.page).to_have_url(re.compile(rf"/{re.escape(pages.address(page))}(\?.*)?$"))
        expect(app.page.locator('[data-testid="stMain"] h1').first).to_be_visible()
        assert not app.exceptions(), f"{page.title}: {app.exceptions()}"
        if app.viewport == "phone":  # the menu closes once a page is chosen, so the page shows
            expect(link).not_to_be_in_viewport()
        expect(link).to_have_attribute("aria-current", "page")
        expect(nav.locator("[aria-current]")).to_have_count(1)


def test_a_menu_link_opens_its_page_from_the_keyboard(app: App) -> None:
    app.open()
    nav = open_menu(app)
    young = group_list(nav, pages.PUPILS).get_by_role("link", name="Young explorer", exact=True)
    young.focus()
    expect(young).to_be_focused()
    app.page.keyboard.press("Enter")
    app.settle()
    expect(app.page).to_have_url(re.compile(r"/young(\?.*)?$"))
    expect(young).to_have_attribute("aria-current", "page")
