"""Reflow at 320 px (WCAG 1.4.10, and 2.1.1 for anything that must scroll): the narrowest screen the rule names.

Nothing on the page may be wider than the screen, and no part of it may hide
content in a sideways scroll box, unless the keyboard can reach that box
(tabindex 0) and it has a name. The views are the ones with tables and charts.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, ViewportSize

from tests.e2e.conftest import open_tab, page_name
from tests.e2e.journeys import LAB, STAGE

pytestmark = pytest.mark.e2e

NARROW: ViewportSize = {"width": 320, "height": 720}
VIEWS: tuple[tuple[str, dict[str, str]], ...] = (
    ("", {"from": STAGE, "to": LAB}),
    ("map", {"from": STAGE, "to": LAB}),
    ("compare", {"from": STAGE, "to": LAB}),
    ("job", {"from": STAGE, "to": LAB}),
    ("about", {}),
    ("accessibility", {}),
)
# Boxes in the page that scroll sideways and hide part of what they hold; the sidebar and the charts' own
# drawing layers are left out (the closed menu sits off screen by design; plotly clips its drawing).
SIDEWAYS_BOXES = """
() => [...document.querySelectorAll('[data-testid="stMain"] *')]
  .filter((el) => !el.closest('.js-plotly-plot'))
  .filter((el) => {
    const s = getComputedStyle(el);
    return (s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowX === 'hidden')
      && el.scrollWidth > el.clientWidth + 1 && el.getClientRects().length
      && el.clientWidth > 1;  // a 1 px clipped box is text kept for screen readers only, not a scroll box
  })
  .filter((el) => !(el.tabIndex === 0 && (el.getAttribute('aria-label') || el.getAttribute('aria-labelledby'))))
  .map((el) => `${el.closest('[data-testid]')?.getAttribute('data-testid') || el.tagName}: ${el.scrollWidth} > ${el.clientWidth} px`)
"""


def test_nothing_scrolls_sideways_at_320_px(browser: Browser, server: str) -> None:
    app = open_tab(browser, server, "phone")
    problems: list[str] = []
    try:
        app.page.set_viewport_size(NARROW)
        for path, query in VIEWS:
            app.open(path, query)
            problems += [f"{page_name(path)}: wider than the screen: {w}" for w in app.wider_than_screen()]
            problems += [f"{page_name(path)}: sideways scroll box {b}" for b in app.page.evaluate(SIDEWAYS_BOXES)]
    finally:
        app.context.close()
    assert not problems, "\n".join(problems)
