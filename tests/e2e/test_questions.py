"""The questions people bring (issue 16), asked in the real browser at phone and desktop width.

Each test is one person's first question: a pupil who wants nursing without
university, a parent weighing a degree against an apprenticeship, a link
shared from social media. Waits are Playwright's `expect`, never sleeps.
"""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from playwright.sync_api import expect

from pathways.data import DATA_DIR
from tests.e2e.browser import App
from tests.e2e.journeys import LAB, STAGE

pytestmark = pytest.mark.e2e

NURSE = "adult-nurse"


def test_a_nurse_without_university_gets_apprenticeship_routes(app: App) -> None:
    page = app.page
    app.open("", {"from": STAGE, "to": NURSE, "nouni": "1"})
    expect(page.get_by_role("switch", name="No university")).to_be_checked()
    expect(page.get_by_text("No route fits all of that yet")).to_have_count(0)
    expect(page.get_by_role("heading", name="Route 1", exact=True)).to_be_visible()
    expect(page.get_by_text("Registered nurse degree apprenticeship").first).to_be_attached()
    expect(page.get_by_text("Healthcare support worker apprenticeship").first).to_be_attached()
    expect(page.get_by_text("degree apprenticeship: paid, no fees, based with an employer").first).to_be_visible()
    assert not app.exceptions()


def test_when_nothing_fits_the_closest_routes_come_with_one_tap_to_relax(app: App) -> None:
    page = app.page
    app.open("", {"from": STAGE, "to": NURSE, "years": "1"})
    expect(page.get_by_text("No route fits all of that yet. These come closest.")).to_be_visible()
    expect(page.get_by_text("This route does not fit: At most this many years.").first).to_be_visible()
    page.get_by_role("button", name="Turn off “At most this many years”").first.click()
    app.settle()
    expect(page.get_by_text("No route fits all of that yet")).to_have_count(0)
    expect(page.get_by_role("heading", name="Route 1", exact=True)).to_be_visible()
    expect(page.get_by_role("combobox", name="At most this many years of learning")).to_be_visible()
    assert "years" not in app.query()
    app.screenshot("questions-relaxed")
    assert not app.exceptions()


def test_the_filter_panel_stays_open_and_keeps_the_grade_box(app: App) -> None:
    page = app.page
    app.open("", {"from": STAGE, "to": LAB, "nouni": "1"})
    app.tap_switch("No university")
    app.tap_switch("Earn while I learn")
    expect(page.get_by_role("switch", name="Earn while I learn")).to_be_visible()
    expect(page.get_by_role("switch", name="Earn while I learn")).to_be_checked()
    expect(page.get_by_role("switch", name="No university")).not_to_be_checked()
    expect(page.get_by_role("combobox", name="Grades I expect in most GCSEs")).to_have_value("Not sure yet")
    assert app.query().get("paid") == "1"


def test_software_developer_shows_the_degree_and_the_apprenticeship(app: App) -> None:
    page = app.page
    app.open("", {"from": STAGE, "to": "software-developer"})
    expect(page.get_by_role("heading", name="Route 1", exact=True)).to_be_visible()
    routes = page.get_by_role("list").filter(has_text="Computer science degree")
    expect(routes.first).to_be_attached()
    expect(page.get_by_text("Software developer apprenticeship (Level 4)").first).to_be_attached()


def test_compare_can_add_any_route_found(app: App) -> None:
    page = app.page
    app.open("compare", {"from": STAGE, "to": "software-developer", "compare": "1"})
    table = page.locator('[data-testid="stTable"]')
    expect(table).to_be_visible()
    expect(table.locator("th", has_text="Route 2")).to_have_count(0)
    box = page.get_by_role("combobox", name="Another route to compare")
    box.click()
    page.get_by_role("option", name="Route 2:").first.click()
    app.settle()
    page.get_by_role("button", name="Add to comparison").click()
    app.settle()
    expect(table.locator("th", has_text="Route 2")).to_have_count(1)
    assert app.query()["compare"] == "1,2"
    app.screenshot("questions-compare-added")
    assert not app.exceptions()


def test_a_link_from_social_media_opens_without_a_notice(app: App) -> None:
    page = app.page
    app.open("", raw_query=f"from={STAGE}&to={LAB}&fbclid=IwAR3abc&utm_source=facebook&utm_medium=social")
    expect(page.get_by_role("heading", name="Ways in: Laboratory technician")).to_be_visible()
    expect(page.get_by_text("We could not open part of that link")).to_have_count(0)
    assert "fbclid" not in app.query()
    assert not app.exceptions()


def test_a_link_with_a_job_name_opens_the_job(app: App) -> None:
    page = app.page
    app.open("", raw_query=f"from={STAGE}&to=Adult%20Nurse")
    expect(page.get_by_role("heading", name="Ways in: Adult nurse (registered nurse)")).to_be_visible()
    expect(page.get_by_text("We could not open part of that link")).to_have_count(0)
    assert app.query()["to"] == NURSE


def test_an_unknown_job_gets_did_you_mean_and_a_short_notice(app: App) -> None:
    page = app.page
    junk = "&".join(f"junk{i}=x" for i in range(400))
    app.open("", raw_query=f"from=nonsense&to=nurse&{junk}")
    notice = page.get_by_text("We could not open part of that link")
    expect(notice).to_be_visible()
    expect(notice).to_contain_text("did you mean “Adult nurse (registered nurse)”")
    expect(notice).to_contain_text(re.compile(r"junk0=x\) and \d{3} more, so here is"))
    expect(notice).not_to_contain_text("junk1=")
    assert not app.exceptions()


def test_a_shared_route_link_lands_on_the_routes(app: App) -> None:
    page = app.page
    app.open("", {"from": STAGE, "to": LAB, "route": "2"})
    heading = page.get_by_role("heading", name="Ways in: Laboratory technician")
    expect(heading).to_be_in_viewport()
    expect(page.get_by_role("heading", name="1. Where are you now?")).not_to_be_in_viewport()
    app.screenshot("questions-landed-on-routes")


def test_search_for_nurse_shows_nurses_with_why(app: App) -> None:
    page = app.page
    app.open()
    box = page.get_by_role("textbox", name="Or say it in your own words")
    box.fill("nurse")
    box.press("Enter")
    app.settle()
    expect(page.get_by_role("button", name="Choose: Adult nurse (registered nurse)")).to_be_visible()
    expect(page.get_by_text("Why this job: “nurse” is in its name").first).to_be_visible()
    for unrelated in ("UX designer (user experience)", "Statistician", "Data analyst"):
        expect(page.get_by_role("button", name=f"Choose: {unrelated}")).to_have_count(0)


def test_a_search_with_no_match_offers_the_areas_of_work(app: App) -> None:
    page = app.page
    app.open()
    box = page.get_by_role("textbox", name="Or say it in your own words")
    box.fill("xyzzy")
    box.press("Enter")
    app.settle()
    expect(page.get_by_text("We have no job that matches “xyzzy” yet")).to_be_visible()
    expect(page.get_by_role("button", name=re.compile(r"^Choose: "))).to_have_count(0)
    page.get_by_role("button", name="Digital and creative").click()
    app.settle()
    expect(page.get_by_role("button", name=re.compile(r"^Choose: ")).first).to_be_visible()  # the area's job cards
    expect(box).to_have_value("")
    assert not app.exceptions()


def test_presenter_warns_on_a_local_address_and_moves_to_the_slide(app: App) -> None:
    page = app.page
    app.open("presenter", {"from": STAGE})
    job_box = page.get_by_role("combobox", name="Which job?")
    job_box.click()
    job_box.fill("Laboratory technician")
    page.get_by_role("option", name="Laboratory technician", exact=True).click()
    app.settle()
    slide = page.locator("[data-testid='stMain'] h2:focus")  # the slide's heading, just after the #slide marker
    expect(slide).to_be_visible()
    expect(page.locator("#slide")).to_be_attached()
    expect(page.get_by_role("combobox", name="Which job?")).to_be_hidden()  # set-up folded away
    expect(page.get_by_text("This link works only on this computer")).to_be_visible()
    expect(page.get_by_text("Set PATHWAYS_PUBLIC_URL to the address pupils can reach").first).to_be_visible()
    expect(page.get_by_text("step 1 of")).to_be_visible()
    page.keyboard.press("ArrowRight")
    app.settle()
    expect(page.get_by_text("step 2 of")).to_be_visible()
    app.screenshot("questions-presenter")
    assert not app.exceptions()


def test_the_workshop_reads_pounds_and_a_second_download_with_notes(app: App, tmp_path: Path) -> None:
    page = app.page
    rows = list(csv.DictReader(io.StringIO((DATA_DIR / "jobs.csv").read_text(encoding="utf-8"))))
    row = next(r for r in rows if r["salary_low"] and r["salary_high"])
    row["salary_low"] = f"£{int(row['salary_low']):,}"
    row["salary_high"] = f"{int(row['salary_high']):,}"
    upload = tmp_path / "jobs (1).csv"
    with upload.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]))
        writer.writeheader()
        writer.writerows(rows)
    app.open("workshop")
    page.locator('[data-testid="stFileUploaderDropzoneInput"]').set_input_files(str(upload))
    app.settle()
    expect(page.get_by_text("No problems found in jobs.csv")).to_be_visible()
    notes = page.get_by_text("We read some things differently from how they were typed")
    expect(notes).to_be_visible()
    expect(page.get_by_text("read “jobs (1).csv” as jobs.csv")).to_be_visible()
    expect(page.get_by_text(f"read “{row['salary_low']}” as {row['salary_low'][1:].replace(',', '')}")).to_be_visible()
    expect(page.get_by_text(f"read “{row['salary_high']}” as {row['salary_high'].replace(',', '')}")).to_be_visible()
    app.screenshot("questions-workshop-notes")
    assert not app.exceptions()
