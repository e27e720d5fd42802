"""Every page in the app's navigation, at desktop and phone width: it opens without an error, axe-core
finds nothing serious or critical in our own content, nothing is asked of another host, no cookie but
Streamlit's own is set, nothing is wider than the screen, and a screenshot is saved for review.

The pages come from the page registry (pathways/pages.py), so a new page is covered the moment it is listed.
"""

from __future__ import annotations

import pytest

from tests.e2e import axe
from tests.e2e.browser import App
from tests.e2e.conftest import page_name

pytestmark = pytest.mark.e2e


def test_every_page_opens_cleanly_and_passes_axe(app: App, page_paths: list[str]) -> None:
    problems: list[str] = []
    for path in page_paths:
        name = page_name(path)
        app.open(path)
        if app.exceptions():
            problems.append(f"{name}: an error reached the user: {app.exceptions()}")
        if app.wider_than_screen():
            problems.append(f"{name}: wider than the screen: {app.wider_than_screen()}")
        app.screenshot(f"page-{name}")
        report = axe.check(app.page, f"page-{name}", app.viewport)
        if report.blocking:
            problems.append(report.summary())
    assert not app.third_party_requests(), app.third_party_requests()
    assert not app.foreign_cookies(), f"cookies other than Streamlit's own: {app.foreign_cookies()}"
    assert not app.page_errors, f"JavaScript errors: {app.page_errors}"
    assert not problems, "\n".join(problems)
