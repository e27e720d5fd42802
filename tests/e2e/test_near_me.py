"""What's near me in the real browser, at desktop and phone width: the map draws from the shipped points with the
pupil's place marked, nothing is fetched from another host (no map tiles), axe finds nothing serious, the page fits
the screen, and choosing a town by typing puts it in the link and the list nearest first."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e import axe
from tests.e2e.browser import MAIN, App

pytestmark = pytest.mark.e2e


def test_the_map_page_marks_the_place_and_lists_places_nearest_first(app: App) -> None:
    app.open("near", {"near": "bootle"})
    main = app.page.locator(MAIN)
    expect(main.get_by_role("heading", name="What's near me")).to_be_visible()
    expect(main.get_by_role("heading", name="The same places as a list")).to_be_visible()
    app.show_chart("Show the map")
    expect(main.locator('[data-testid="stPlotlyChart"] .legendtext', has_text="You: Bootle")).to_be_visible()
    expect(main.locator('[data-testid="stPlotlyChart"] .textpoint', has_text="Southport")).to_have_count(1)
    expect(main.get_by_role("heading", name="The same places as a list")).to_be_visible()
    first = main.locator("ol li").first
    expect(first).to_contain_text(re.compile(r"(less than 1 km|about \d+ km)"))
    assert not app.wider_than_screen(), app.wider_than_screen()
    app.screenshot("near-bootle")
    axe.assert_accessible(app.page, "near-bootle", app.viewport)
    assert not app.third_party_requests(), app.third_party_requests()


def test_typing_a_town_chooses_it_and_puts_it_in_the_link(app: App) -> None:
    app.open("near")
    main = app.page.locator(MAIN)
    expect(main).to_contain_text("Choose where you live to see the nearest first.")
    app.show_chart("Show the map")
    picker = main.get_by_role("combobox", name=re.compile("Where do you live"))
    picker.click()
    app.page.keyboard.type("Widn")
    app.page.get_by_role("option", name=re.compile("Widnes")).click()
    app.settle()
    expect(main.locator('[data-testid="stPlotlyChart"] .legendtext', has_text="You: Widnes")).to_be_visible()
    expect(app.page).to_have_url(re.compile(r"[?&]near=widnes"))
    expect(main.locator("ol li").first).to_contain_text(re.compile(r"(less than 1 km|about \d+ km)"))
    assert not app.third_party_requests(), app.third_party_requests()
