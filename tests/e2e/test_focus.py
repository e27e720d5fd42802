"""Focus you can see (WCAG 2.4.7, 1.4.11) and labels that survive wider text spacing (1.4.12), on every page.

axe cannot see either: it never presses Tab, and it does not respace text. So
these tests Tab through every stop of every page (and of the pages with a route
open, where most widgets are) and read the outline from the computed style;
then they apply the standard text-spacing overrides and measure every pill,
segmented control, menu entry and page link for a cut label.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from pathways import explorer
from tests.e2e.browser import App
from tests.e2e.conftest import page_name
from tests.e2e.focus import tab_stops
from tests.e2e.journeys import LAB, SECTOR, STAGE

pytestmark = pytest.mark.e2e

# Views where the widgets a pupil meets are all on screen: routes found, filters open (so toggles show).
FULL_VIEWS: tuple[tuple[str, dict[str, str]], ...] = (
    ("", {"from": STAGE, "to": LAB, "sector": SECTOR, "nouni": "1"}),
    ("map", {"from": STAGE, "to": LAB}),
    ("compare", {"from": STAGE, "to": LAB}),
    ("job", {"to": LAB, "from": STAGE}),
)
# Each kind of focusable thing the issue names must have been met (and passed) somewhere.
KINDS = {
    "skip link",
    "menu link",
    "page link",
    "button",
    "download button",
    "pill",
    "segmented control",
    "select box",
    "text input",
    "toggle",
    "radio",
    "expander",
    "link in text",
}

# The WCAG 1.4.12 test: the spacing a reader's own style sheet may ask for. Nothing may be cut or overlap.
TEXT_SPACING = """
* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
p { margin-bottom: 2em !important; }
"""
MENU = ".st-key-menu"  # the menu drawn by pathways/ui/menu.py
LINK = '[data-testid="stPageLink-NavLink"]'  # a page link, in the menu or in a page
LABELLED = f'button[data-variant="pills"], button[data-variant="segmented_control"], {LINK}'
CUT_LABELS = """
(selector) => {
  const cut = [];
  for (const control of document.querySelectorAll(selector)) {
    if (!control.getClientRects().length) continue;  // not shown (a closed menu on a phone)
    for (const el of [control, ...control.querySelectorAll('*')]) {
      if (!el.getClientRects().length || el.closest('svg')) continue;
      // Only a box that hides what spills out can cut a label; one that lets it show cuts nothing.
      const s = getComputedStyle(el);
      const wide = s.overflowX !== 'visible' && el.scrollWidth > el.clientWidth + 1;
      const tall = s.overflowY !== 'visible' && el.scrollHeight > el.clientHeight + 1;
      if (wide || tall) {
        const label = (control.innerText || '').trim().replace(/\\s+/g, ' ');
        cut.push(`${label}: ${el.tagName.toLowerCase()} ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`);
        break;
      }
    }
  }
  return cut;
}
"""


def views(page_paths: list[str]) -> list[tuple[str, dict[str, str]]]:
    return [*FULL_VIEWS, *((path, {}) for path in page_paths if path)]


# The site-wide style arrives with the page's first run (look.site in app.py); tabbing before it is drawn
# would measure the browser's own focus ring, not ours.
SITE_STYLE_DRAWN = "() => [...document.querySelectorAll('style')].some((s) => s.textContent.includes(':focus-visible'))"


def wait_for_site_style(app: App) -> None:
    app.page.wait_for_function(SITE_STYLE_DRAWN)


def open_young_journey(app: App) -> None:
    """Young explorer asks "where are you now?" (radio buttons) once a picture card and a job are chosen."""
    app.page.get_by_role("button", name=explorer.cards()[0].label, exact=True).click()
    app.settle()
    app.page.get_by_role("radiogroup").first.get_by_role("radio").first.click()
    app.settle()
    expect(app.page.get_by_role("radiogroup", name="Where are you now?")).to_be_visible()


def test_every_tab_stop_shows_an_outline_you_can_see(app: App, page_paths: list[str]) -> None:
    problems: list[str] = []
    kinds: set[str] = set()
    for path, query in views(page_paths):
        app.open(path, query)
        wait_for_site_style(app)
        if path == "young":
            open_young_journey(app)
        stops = tab_stops(app)
        if len(stops) < 3:
            problems.append(f"{page_name(path)}: only {len(stops)} Tab stop(s) found")
        for stop in stops:
            if stop.name == "Link to heading":
                problems.append(f"{page_name(path)}: a heading's link icon is a Tab stop")
            kinds.add(stop.kind)
            problems += [f"{page_name(path)}: {p}" for p in stop.problems()]
    assert not problems, "\n".join(problems)
    assert kinds >= KINDS, f"never reached by Tab: {sorted(KINDS - kinds)}"


def test_text_spacing_cuts_no_label(app: App, page_paths: list[str]) -> None:
    problems: list[str] = []
    for path, query in views(page_paths):
        app.open(path, query)
        wait_for_site_style(app)
        sidebar = app.page.get_by_test_id("stSidebar")
        if sidebar.get_attribute("data-collapsed") == "true":  # closed at first on a phone (then stays open): open it
            app.page.get_by_test_id("stExpandSidebarButton").click()
        expect(sidebar).to_have_attribute("data-collapsed", "false")
        expect(app.page.locator(f"{MENU} {LINK}").first).to_be_in_viewport()
        app.page.add_style_tag(content=TEXT_SPACING)
        expect(app.page.locator(f"{LABELLED}").first).to_have_css("letter-spacing", "2.04px")  # 0.12em of 17px
        problems += [f"{page_name(path)}: {cut}" for cut in app.page.evaluate(CUT_LABELS, LABELLED)]
    assert not problems, "\n".join(problems)
