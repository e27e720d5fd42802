"""The accessibility statement stays true to the tests: every upstream problem the axe check leaves out is listed
there with a link to the issue that tracks it."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from tests.e2e.axe import EXCLUSIONS
from tests.e2e.browser import App

pytestmark = pytest.mark.e2e

ISSUE = re.compile(r"^(?P<repo>[\w.-]+/[\w.-]+)#(?P<number>\d+)$")


@pytest.mark.parametrize("viewport", ["desktop"], indirect=True)
def test_the_statement_links_every_upstream_issue_we_exclude(app: App) -> None:
    app.open("accessibility")
    main = app.page.locator('[data-testid="stMain"]')
    expect(main.get_by_role("heading", name="Known problems")).to_be_visible()
    for exclusion in EXCLUSIONS:
        found = ISSUE.match(exclusion.tracked)
        if exclusion.owner == "ours" or not found:
            continue
        address = f"https://github.com/{found['repo']}/issues/{found['number']}"
        expect(main.locator(f'a[href="{address}"]')).to_have_count(1)
