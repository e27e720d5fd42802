"""The adviser's data workshop in a real browser: upload a file, see its problems, try valid data in this tab only."""

from __future__ import annotations

from pathlib import Path

import pytest
from playwright.sync_api import Browser, expect

from pathways.data import DATA_DIR
from tests.e2e.axe import assert_accessible
from tests.e2e.browser import App
from tests.e2e.conftest import open_tab

pytestmark = pytest.mark.e2e


def test_a_broken_upload_lists_its_problems(app: App, tmp_path: Path) -> None:
    page = app.page
    broken = tmp_path / "jobs.csv"
    broken.write_bytes((DATA_DIR / "jobs.csv").read_bytes().replace(b",2113,", b",21134,", 1))
    app.open("workshop")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(broken))
    app.settle()  # the upload asks for its run only once the file is sent: the waiting `expect` below covers that
    expect(page.get_by_text("problem(s) to fix in jobs.csv")).to_be_visible()
    expect(page.locator('[data-testid="stDataFrame"]')).to_be_visible()
    assert_accessible(page, "flow-workshop-problems", app.viewport)


def test_valid_data_can_be_tried_in_this_tab_only(app: App, browser: Browser, tmp_path: Path) -> None:
    page = app.page
    changed = tmp_path / "jobs.csv"
    changed.write_bytes((DATA_DIR / "jobs.csv").read_bytes().replace(b"Laboratory technician,", b"Lab tech (trial),", 1))
    app.open("workshop")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(changed))
    app.settle()
    expect(page.get_by_text("No problems found in jobs.csv")).to_be_visible()
    page.get_by_role("button", name="Try the app with this data").click()
    app.settle()
    expect(page.get_by_text("You are trying uploaded data")).to_be_visible()
    page.get_by_label("Or say it in your own words").fill("lab tech trial")
    page.keyboard.press("Enter")
    app.settle()
    expect(page.get_by_text("Lab tech (trial)").first).to_be_visible()
    # Another pupil's tab still sees the live data.
    other = open_tab(browser, app.base_url, app.viewport)
    try:
        other.open("", {"q": "lab tech trial"})  # waits for its first run, so a count of 0 means "not shown"
        expect(other.page.get_by_text("You are trying uploaded data")).to_have_count(0)
        expect(other.page.get_by_text("Lab tech (trial)")).to_have_count(0)
        assert not other.third_party_requests()
    finally:
        other.context.close()
