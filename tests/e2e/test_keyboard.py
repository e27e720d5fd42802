"""The whole "where am I -> which job -> routes" journey with the keyboard alone: Tab, Enter, Space and arrows.

No click, no typing of letters: exactly what a pupil who cannot use a mouse or a touch screen can do.
Pills are radio groups (one Tab stop, arrows move inside); select boxes open with the down arrow.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from pathways.graph import Graph, node, stages
from pathways.routes import find_routes
from tests.e2e.axe import assert_accessible
from tests.e2e.browser import App
from tests.e2e.journeys import LAB, ROUTES, STAGE, route_headings

pytestmark = pytest.mark.e2e

FOCUSED = """() => {
  const el = document.activeElement;
  if (!el || el === document.body) return {name: '', role: '', visible: false};
  const style = getComputedStyle(el);
  const ring = (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
  const box = el.getBoundingClientRect();
  return {
    name: ((el.getAttribute('role') === 'switch' && el.labels?.[0]?.innerText)
      || el.getAttribute('aria-label') || el.innerText || el.value || '').trim(),
    role: el.getAttribute('role') || el.tagName.toLowerCase(),
    visible: ring,
    onScreen: box.width > 0 && box.right > 0 && box.left < window.innerWidth,
  };
}"""
MOST_PRESSES = 120


def focused(app: App) -> dict[str, object]:
    return dict(app.page.evaluate(FOCUSED))


def press_until(app: App, key: str, name: str | re.Pattern[str], role: str | None = None) -> dict[str, object]:
    """Press `key` until the focused element has this accessible name (and role); fail after MOST_PRESSES."""
    seen: list[str] = []
    for _ in range(MOST_PRESSES):
        app.page.keyboard.press(key)
        now = focused(app)
        label = str(now["name"])
        matches = name.search(label) if isinstance(name, re.Pattern) else label == name
        if matches and (role is None or now["role"] == role):
            return now
        seen.append(label[:40])
    pytest.fail(f"{key} never reached {name!r}; focus went through: {seen}")


def choose_pill(app: App, group_first: str, wanted: str) -> None:
    """Tab into a pills group (it is one Tab stop), arrow to the pill, press Space."""
    press_until(app, "Tab", group_first, role="radio")
    if group_first != wanted:
        press_until(app, "ArrowRight", wanted, role="radio")
    app.page.keyboard.press("Space")
    app.settle()


def choose_option(app: App, label: str, wanted: str) -> None:
    """Tab to a select box, open it with the down arrow, arrow down to the option, press Enter."""
    press_until(app, "Tab", label, role="combobox")
    app.page.keyboard.press("ArrowDown")
    active = "() => document.getElementById(document.activeElement.getAttribute('aria-activedescendant') || '')?.innerText ?? ''"
    for _ in range(MOST_PRESSES):
        if str(app.page.evaluate(active)).strip() == wanted:
            break
        app.page.keyboard.press("ArrowDown")
    else:
        pytest.fail(f"the arrow keys never reached {wanted!r} in {label!r}")
    app.page.keyboard.press("Enter")
    app.settle()


def open_map(app: App) -> None:
    """Tab to the "Show the route map" switch and press Space: the map opens on request, by keyboard too."""
    press_until(app, "Tab", "Show the route map", role="switch")  # its focus ring is drawn on the track: tests/e2e/focus.py
    switch = app.page.get_by_role("switch", name="Show the route map")
    # Space goes to the switch Tab reached. The page may still give focus back to the pill chosen just before (its
    # own focus script, once that run has drawn), so Space is sent to the switch itself, not to wherever focus is.
    switch.press("Space")
    app.settle()
    expect(switch).to_be_checked()


def test_find_my_route_by_keyboard(app: App, real_graph: Graph, card_job: str) -> None:
    page = app.page
    first_stage = stages(real_graph)[0].name
    job_name = node(real_graph, card_job).name
    app.open()

    skip = press_until(app, "Tab", "Skip to main content")
    assert skip["onScreen"], "the skip link is not shown when it has focus"
    page.keyboard.press("Enter")

    choose_pill(app, first_stage, node(real_graph, STAGE).name)
    expect(page.get_by_role("radio", name=node(real_graph, STAGE).name, exact=True)).to_be_checked()
    choose_pill(app, "Health and life sciences", "Health and life sciences")
    expect(page.get_by_role("radio", name="Health and life sciences", exact=True)).to_be_checked()

    button = press_until(app, "Tab", f"Choose: {job_name}", role="button")
    assert button["visible"], "no visible focus ring on the job's button"
    assert button["onScreen"]
    page.keyboard.press("Enter")
    app.settle()
    ways_in = page.get_by_role("heading", name=f"Ways in: {job_name}")
    expect(ways_in).to_be_visible()
    # 2.4.3 and 4.1.3: the pressed button is gone; focus moves to the new heading and the choice is announced
    expect(ways_in).to_be_focused()
    expect(page.get_by_role("status").filter(has_text="You chose")).to_have_text(f"You chose {job_name}. The ways in are below.")
    expect(route_headings(app)).to_have_count(len(find_routes(real_graph, STAGE, card_job, limit=ROUTES)))

    choose_pill(app, "Route 1", "Route 2")
    open_map(app)  # the switch comes after the route buttons
    app.expect_highlighted(["Route 2"])
    app.expect_query({"route": "2"})
    app.screenshot("keyboard-find-routes")


def test_route_map_by_keyboard(app: App, real_graph: Graph) -> None:
    app.open("map")
    choose_option(app, "Where are you now?", node(real_graph, STAGE).name)
    choose_option(app, "Which job?", node(real_graph, LAB).name)
    open_map(app)
    app.expect_highlighted(["Route 1"])
    app.expect_query({"from": STAGE, "to": LAB})
    assert_accessible(app.page, "keyboard-map", app.viewport)
