"""Labels that survive wider text spacing (WCAG 1.4.12): axe does not respace text, so this applies the standard
text-spacing overrides to a page as it stands and measures every pill, segmented control, menu entry and page link
for a cut label. tests/e2e/test_every_page.py runs it on every view, last, after axe and the Tab walk, in the same
page load: the phone's menu it opens would change what the Tab walk sees.
"""

from __future__ import annotations

from playwright.sync_api import expect

from tests.e2e.browser import App

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


def cut_labels(app: App) -> list[str]:
    """Every cut label on the page once the text-spacing overrides apply, with the phone's menu open so that its
    entries are measured too; the menu is closed again after."""
    # A Tab walk may end on the skip link, which shows only while focused and covers the phone's menu button.
    app.page.evaluate("() => document.activeElement?.blur()")
    sidebar = app.page.get_by_test_id("stSidebar")
    was_closed = sidebar.get_attribute("data-collapsed") == "true"
    if was_closed:
        app.page.get_by_test_id("stExpandSidebarButton").click()
    expect(sidebar).to_have_attribute("data-collapsed", "false")
    expect(app.page.locator(f"{MENU} {LINK}").first).to_be_in_viewport()
    app.page.add_style_tag(content=TEXT_SPACING)
    expect(app.page.locator(LABELLED).first).to_have_css("letter-spacing", "2.04px")  # 0.12em of 17px
    cut = [str(label) for label in app.page.evaluate(CUT_LABELS, LABELLED)]
    if was_closed:  # Streamlit remembers an opened menu for the next page; the next view must open as a pupil sees it
        app.page.get_by_test_id("stSidebarCollapseButton").get_by_role("button").click()
        expect(sidebar).to_have_attribute("data-collapsed", "true")
    return cut
