"""Charts you can read (WCAG 1.4.3, 1.4.11, 1.4.10), measured on what the browser draws, not on the figure JSON.

Streamlit lays its own theme over plotly's, so the unit tests on the figure
JSON (tests/test_figures.py) cannot promise what reaches the screen. Here every
drawn text must be 4.5:1 on the white plot and every route line and marker 3:1.
On a phone the route map draws no step names (they overlap at 390 px): the
numbered list under its heading says them, and a toggle brings them back.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser, expect

from pathways.colours import GRAPHICS, TEXT, Colour, contrast, over, parse
from tests.e2e.browser import App
from tests.e2e.conftest import open_tab, phone_agent
from tests.e2e.journeys import LAB, STAGE

pytestmark = pytest.mark.e2e

PLOT = '[data-testid="stPlotlyChart"] .js-plotly-plot'
# Each drawn text, line and marker in the charts, with the colour and opacity the browser paints it in.
DRAWN = """
(plot) => {
  const found = [];
  const paint = (el, kind, colour, opacity) => {
    const s = getComputedStyle(el);
    if (s.display === 'none' || s.visibility === 'hidden') return;
    found.push({kind, colour, opacity: parseFloat(opacity) * parseFloat(s.opacity || '1'),
                label: (el.textContent || '').trim().slice(0, 40)});
  };
  for (const chart of document.querySelectorAll(plot)) {
    for (const el of chart.querySelectorAll('.main-svg text')) {
      if ((el.textContent || '').trim()) paint(el, 'text', getComputedStyle(el).fill, getComputedStyle(el).fillOpacity);
    }
    for (const el of chart.querySelectorAll('.scatterlayer path.js-line')) {
      paint(el, 'line', getComputedStyle(el).stroke, getComputedStyle(el).strokeOpacity);
    }
    for (const el of chart.querySelectorAll('.scatterlayer path.point')) {
      paint(el, 'marker', getComputedStyle(el).fill, getComputedStyle(el).fillOpacity);
    }
  }
  return found;
}
"""
STEP_NAMES = f"{PLOT} .scatterlayer .textpoint text"
WHITE = Colour(255, 255, 255)


def seen(colour: str, opacity: float) -> Colour:
    """The colour as painted: a see-through one laid over the white plot."""
    painted = parse(colour)
    return over(painted._replace(alpha=painted.alpha * opacity), WHITE)


def weak_colours(app: App) -> list[str]:
    drawn = app.page.evaluate(DRAWN, PLOT)
    assert {d["kind"] for d in drawn} == {"text", "line", "marker"}, "the chart did not draw its text, lines and markers"
    weak = []
    for item in drawn:
        needs = TEXT if item["kind"] == "text" else GRAPHICS
        ratio = contrast(seen(item["colour"], item["opacity"]), WHITE)
        if ratio < needs:
            weak.append(f"{item['kind']} {item['label']!r} in {item['colour']} x {item['opacity']:g}: {ratio:.2f}:1")
    return weak


@pytest.mark.parametrize("viewport", ["desktop", "phone"])
def test_route_map_text_and_lines_meet_contrast_and_names_give_way_on_a_phone(
    browser: Browser, server: str, viewport: str
) -> None:
    phone = viewport == "phone"
    app = open_tab(browser, server, viewport, user_agent=phone_agent(browser) if phone else None)
    try:
        app.open("map", {"from": STAGE, "to": LAB, "route": "2"})
        app.show_chart("Show the route map")
        assert not weak_colours(app), "\n".join(weak_colours(app))
        expect(app.page.get_by_role("heading", name="The routes on the map, in words")).to_be_visible()
        names = app.page.locator(STEP_NAMES).filter(has_text="Laboratory")
        toggle = app.page.get_by_role("switch", name="Show step names on the map")
        if phone:
            expect(toggle).not_to_be_checked()
            expect(names).to_have_count(0)
            app.tap_switch("Show step names on the map")
            expect(toggle).to_be_checked()
        else:
            expect(toggle).to_be_checked()
        expect(names.first).to_be_visible()
    finally:
        app.context.close()


def test_money_chart_text_and_lines_meet_contrast(app: App) -> None:
    app.open("compare", {"from": STAGE, "to": LAB})
    expect(app.page.get_by_role("heading", name="The money chart in words")).to_be_visible()
    app.show_chart("Show the money chart")
    expect(app.page.locator(f"{PLOT} .scatterlayer path.js-line").first).to_be_attached()
    assert not weak_colours(app), "\n".join(weak_colours(app))
