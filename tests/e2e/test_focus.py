"""Labels that survive wider text spacing (WCAG 1.4.12), on every page and every view with a route open.

axe does not respace text. So this test applies the standard text-spacing
overrides and measures every pill, segmented control, menu entry and page link
for a cut label. (Focus you can see at every Tab stop, which axe cannot check
either, is read in the same walk as axe: tests/e2e/test_every_page.py.)
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import App
from tests.e2e.focus import view_name, views, wait_for_site_style

pytestmark = pytest.mark.e2e

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
        problems += [f"{view_name(path, query)}: {cut}" for cut in app.page.evaluate(CUT_LABELS, LABELLED)]
    assert not problems, "\n".join(problems)
