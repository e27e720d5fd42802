"""`App.settle()`, which every browser test leans on, must not hand the page back while it is still changing.

A tap made while Streamlit slid the filter panel open once pressed one switch
and was let go on the question below it, so the test failed now and then on a
loaded machine (CHANGELOG, Fixed). These checks read the page once, straight
after `settle()`, on purpose: what they test is the moment `settle()` returns.
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.e2e.browser import MOVING, App
from tests.e2e.journeys import SECTOR, STAGE

pytestmark = pytest.mark.e2e


@pytest.mark.parametrize("viewport", ["phone"], indirect=True)
def test_settle_waits_for_the_filter_panel_to_finish_opening(app: App, card_job: str) -> None:
    app.open("", {"from": STAGE, "to": card_job, "sector": SECTOR})
    app.page.get_by_text("Change what the routes must do").click()
    app.settle()
    assert app.page.evaluate(MOVING) == [], "settle() returned while the page was still moving"

    app.tap_switch("Earn while I learn")
    expect(app.page.get_by_role("switch", name="Earn while I learn")).to_be_checked()
    # What a failed test's FAILED-<test>.taps.txt holds: the press and the release, each on the switch's label.
    taps = app.taps()
    assert 'pointerdown on p "Earn while I learn"' in taps, taps
    assert 'pointerup on p "Earn while I learn"' in taps, taps
