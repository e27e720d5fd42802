"""Every page in the app's navigation, and the views where a route is open, at desktop and phone width.

Each view is loaded once for every check that reads a page as it opens: no error
reaches the user, nothing is wider than the screen, axe-core finds nothing
serious or critical in our own content, Tab reaches every stop with a focus
outline you can see (WCAG 2.4.7, 1.4.11), read from the computed style, since
axe never presses Tab, and, last, with wider text spacing no label is cut
(WCAG 1.4.12, tests/e2e/text_spacing.py). Across the walk nothing is asked of another host and no
cookie but Streamlit's own is set. A screenshot of each view is saved for review.
One load for all of them, because a page load is most of what a browser test
costs (benchmarks/browser_cache.py).

The pages come from the page registry (pathways/pages.py), so a new page is covered the moment it is listed.
"""

from __future__ import annotations

import pytest

from tests.e2e import axe, text_spacing
from tests.e2e.browser import App
from tests.e2e.focus import KINDS, open_young_journey, tab_stops, view_name, views, wait_for_site_style

pytestmark = pytest.mark.e2e


def test_every_page_opens_cleanly_passes_axe_shows_focus_at_every_tab_stop_and_keeps_labels_whole(
    app: App, page_paths: list[str]
) -> None:
    problems: list[str] = []
    kinds: set[str] = set()
    for path, query in views(page_paths):
        name = view_name(path, query)
        app.open(path, query)
        wait_for_site_style(app)  # the focus outline is ours only once the site-wide style is drawn
        if app.exceptions():
            problems.append(f"{name}: an error reached the user: {app.exceptions()}")
        if app.wider_than_screen():
            problems.append(f"{name}: wider than the screen: {app.wider_than_screen()}")
        app.screenshot(f"page-{name}")
        report = axe.check(app.page, f"page-{name}", app.viewport)
        if report.blocking:
            problems.append(report.summary())
        if path == "young":
            open_young_journey(app)
        stops = tab_stops(app)
        if len(stops) < 3:
            problems.append(f"{name}: only {len(stops)} Tab stop(s) found")
        for stop in stops:
            if stop.name == "Link to heading":
                problems.append(f"{name}: a heading's link icon is a Tab stop")
            kinds.add(stop.kind)
            problems += [f"{name}: {p}" for p in stop.problems()]
        problems += [f"{name}: with wider text spacing, {cut}" for cut in text_spacing.cut_labels(app)]
    assert not app.third_party_requests(), app.third_party_requests()
    assert not app.foreign_cookies(), f"cookies other than Streamlit's own: {app.foreign_cookies()}"
    assert not app.page_errors, f"JavaScript errors: {app.page_errors}"
    assert not problems, "\n".join(problems)
    assert kinds >= KINDS, f"never reached by Tab: {sorted(KINDS - kinds)}"
