"""The journeys a pupil makes, in the real browser at desktop and phone width.

Expected routes come from the shipped data through the same functions the pages
use, so the tests follow the data as advisers edit it. After each journey axe
checks the page as it then is (cards, charts and tables included), and the
fixture checks that no request left the local server.
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Dialog, expect

from pathways.graph import Graph, node, stages
from pathways.routes import Constraints, find_routes
from tests.e2e.axe import assert_accessible
from tests.e2e.browser import App, at_least
from tests.e2e.journeys import LAB, ROUTES, SECTOR, STAGE, route_headings, routes

pytestmark = pytest.mark.e2e


def test_stage_sector_job_routes_then_a_filter(app: App, real_graph: Graph, card_job: str) -> None:
    page = app.page
    stage_name = node(real_graph, STAGE).name
    job_name = node(real_graph, card_job).name
    app.open()

    page.get_by_role("radio", name=stage_name, exact=True).click()
    app.settle()
    page.get_by_role("radio", name="Health and life sciences", exact=True).click()
    app.settle()
    page.get_by_role("button", name=f"Choose: {job_name}", exact=True).click()
    app.settle()

    expect(page.get_by_role("heading", name=f"Ways in: {job_name}")).to_be_visible()
    expect(route_headings(app)).to_have_count(routes(real_graph, card_job))
    expect(page.get_by_role("heading", name="The routes on the map, in words")).to_be_visible()
    app.show_chart("Show the route map")
    app.expect_highlighted(["Route 1"])
    app.expect_query({"from": STAGE, "to": card_job, "sector": SECTOR, "route": "1"}, exact=True)
    app.screenshot("flow-find-routes")
    assert_accessible(page, "flow-find-routes", app.viewport)

    page.get_by_role("radio", name="Route 2", exact=True).click()
    app.settle()
    app.expect_highlighted(["Route 2"])
    app.expect_query({"route": "2"})

    page.get_by_text("Change what the routes must do").click()
    app.settle()  # the panel remembers it is open (on_change="rerun"): a run, finished before the next tap
    app.tap_switch("Earn while I learn")
    expect(page.get_by_role("switch", name="Earn while I learn")).to_be_checked()
    paid = routes(real_graph, card_job, Constraints(paid_only=True))
    expect(route_headings(app)).to_have_count(paid)
    expect(page.get_by_text("you earn while you learn")).to_have_count(paid)
    app.expect_query({"paid": "1"})
    app.screenshot("flow-find-filtered")
    assert not app.exceptions()


def test_a_deep_link_reopens_the_same_view(app: App, real_graph: Graph) -> None:
    view = {"from": STAGE, "to": LAB, "route": "2", "nouni": "1"}
    expected = routes(real_graph, LAB, Constraints(no_university=True))
    for attempt in ("open", "reload"):
        if attempt == "open":
            app.open("", view)
        else:
            app.page.reload()
            app.settle(first=True)
        page = app.page
        expect(page.get_by_role("radio", name=node(real_graph, STAGE).name, exact=True)).to_be_checked()
        expect(page.get_by_role("heading", name=f"Ways in: {node(real_graph, LAB).name}")).to_be_visible()
        expect(page.get_by_role("switch", name="No university")).to_be_checked()
        expect(page.get_by_role("radio", name="Route 2", exact=True)).to_be_checked()
        expect(route_headings(app), attempt).to_have_count(expected)
        app.show_chart("Show the route map")  # a new tab's view starts with the map shut
        app.expect_highlighted(["Route 2"])
        app.expect_query(view, exact=True)


@pytest.mark.parametrize("path", ["", "map", "compare", "job"])
def test_a_malformed_link_shows_the_notice_not_an_error(app: App, path: str) -> None:
    dialogs: list[str] = []

    def dismiss(dialog: Dialog) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    app.page.on("dialog", dismiss)
    app.open(path, raw_query="from=the-moon&to=laboratory-technician&route=99&q=%3Cscript%3Ealert(1)%3C/script%3E&zzz=1")
    notice = app.page.get_by_text("We could not open part of that link")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("from=the-moon")
    assert not app.exceptions()
    assert not dialogs, "a script in the link ran"
    assert_accessible(app.page, f"flow-bad-link-{path or 'find'}", app.viewport)


def test_route_map_draws_the_routes_and_opens_a_step(app: App, real_graph: Graph) -> None:
    page = app.page
    app.open("map", {"from": STAGE, "to": LAB})
    # the chart's text twin, before the map is asked for: every route in order, in words
    at_least(page.locator("ol li"), routes(real_graph, LAB), "a text line for every route")
    assert not app.plotly_requests(), "the map page fetched plotly before the map was asked for"
    app.show_chart("Show the route map")
    app.expect_highlighted(["Route 1"])
    first = find_routes(real_graph, STAGE, LAB, limit=ROUTES)[0]
    step = next(s for s in first.steps if s.kind != "stage")
    box = page.get_by_role("combobox", name="Open a step on the map")
    box.click()
    box.fill(step.name)
    # Choose it by keyboard: on a phone the open list can sit under the heading below, which takes the tap.
    expect(page.locator("[role=option]").filter(has_text=step.name).first).to_be_visible()
    box.press("Enter")
    app.settle()
    expect(page.get_by_text(node(real_graph, step.id).summary, exact=False).first).to_be_visible()
    app.screenshot("flow-map-step")
    assert_accessible(page, "flow-map-step", app.viewport)

    # The picker reran only the map's fragment, which still put the step in the link; the link opens it again.
    app.expect_query({"from": STAGE, "to": LAB, "node": step.id})
    app.open("map", app.query())
    expect(page.get_by_text(node(real_graph, step.id).summary, exact=False).first).to_be_visible()
    expect(page.get_by_role("combobox", name="Open a step on the map")).to_be_visible()


def test_compare_shows_routes_side_by_side(app: App, real_graph: Graph) -> None:
    page = app.page
    app.open("compare", {"from": STAGE, "to": LAB})
    table = page.locator('[data-testid="stTable"]')
    expect(table).to_be_visible()
    app.show_chart("Show the money chart")
    picked = page.locator('button[aria-pressed="true"]').filter(has_text=re.compile(r"^Route \d+$"))
    unpicked = page.locator('button[aria-pressed="false"]').filter(has_text=re.compile(r"^Route \d+$"))
    at_least(picked, 2, "two routes compared from the start")
    for name in picked.all_inner_texts():
        expect(table).to_contain_text(name)
    at_least(unpicked, 1, "a route left to add (every route is already compared)")
    extra = unpicked.first.inner_text()
    unpicked.first.click()
    app.settle()
    expect(table).to_contain_text(extra)
    app.expect_query({"compare": re.compile(rf"(^|,){extra.removeprefix('Route ')}(,|$)")})
    app.screenshot("flow-compare")
    assert_accessible(page, "flow-compare", app.viewport)


def test_job_profile_shows_pay_employers_and_routes(app: App, real_graph: Graph) -> None:
    page = app.page
    app.open("job", {"to": LAB})
    expect(page.get_by_role("heading", name=node(real_graph, LAB).name, exact=True)).to_be_visible()
    expect(page.get_by_role("heading", name="Pay and hours")).to_be_visible()
    expect(route_headings(app)).to_have_count(routes(real_graph, LAB))
    app.screenshot("flow-job")
    assert_accessible(page, "flow-job", app.viewport)


def test_every_stage_is_offered(app: App, real_graph: Graph) -> None:
    app.open()
    for stage in stages(real_graph):
        expect(app.page.get_by_role("radio", name=stage.name, exact=True)).to_be_visible()
