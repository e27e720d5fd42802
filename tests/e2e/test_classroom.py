"""Classroom and younger pupils' pages: presenter mode on a projector, the young explorer, the quiz, subjects,
and the printable plan a pupil takes home."""

from __future__ import annotations

import io
import re
from urllib.parse import urlencode

import pytest
from playwright.sync_api import expect
from pypdf import PdfReader

from pathways import explorer, step_facts
from pathways.graph import Graph, node
from pathways.routes import find_routes
from tests.e2e.axe import assert_accessible
from tests.e2e.browser import App, at_least
from tests.e2e.journeys import LAB, ROUTES, STAGE

pytestmark = pytest.mark.e2e


def test_presenter_steps_with_the_arrow_keys_and_shares_the_exact_step(app: App, real_graph: Graph) -> None:
    page = app.page
    route = find_routes(real_graph, STAGE, LAB, limit=ROUTES)[0]
    slides = step_facts.route_facts(real_graph, route)
    assert len(slides) >= 2
    app.open("presenter", {"from": STAGE, "to": LAB, "route": "1"})
    expect(page.get_by_role("heading", name=slides[0].name, exact=True)).to_be_visible()
    expect(page.get_by_text(f"step 1 of {len(slides)}")).to_be_visible()

    # The Next button's shortcut, for a clicker or a keyboard at the front. The shortcut belongs to the button,
    # so press only once the button is drawn and live; a key pressed before that reaches nothing.
    expect(page.get_by_role("button", name="Next →")).to_be_enabled()
    page.keyboard.press("ArrowRight")
    app.settle()
    expect(page.get_by_role("heading", name=slides[1].name, exact=True)).to_be_visible()
    app.expect_query({"n": "2"})  # presenter mode's short name for the step

    # the short link, as plain large text (a code block would load the syntax highlighter on every phone)
    code = page.locator('[data-testid="stMarkdown"]').filter(has_text="Or type this address:")
    expect(code).to_contain_text(re.compile(r"/p\?j="))  # the short address
    expect(code).to_contain_text("n=2")
    expect(page.locator('[data-testid="stImage"] img')).to_be_visible()  # the QR code, drawn on our server
    app.screenshot("flow-presenter")
    assert_accessible(page, "flow-presenter", app.viewport)

    # a pupil opening the shared link lands on the same step
    shared = code.inner_text().strip()
    app.open(shared[shared.index("/p?") :])
    expect(page.get_by_role("heading", name=slides[1].name, exact=True)).to_be_visible()


def test_young_explorer_picture_job_journey(app: App) -> None:
    page = app.page
    app.open("young")
    pictures = page.locator('[data-testid="stMain"] img[src^="data:image/svg+xml"]')
    expect(pictures).to_have_count(len(explorer.cards()))
    expect(pictures.first).to_be_visible()
    # every picture is drawn from the shipped SVG, so it shows with or without an emoji font
    page.wait_for_function(
        """() => [...document.querySelectorAll('[data-testid="stMain"] img[src^="data:image/svg+xml"]')]
                 .every((img) => img.complete && img.naturalWidth > 0)"""
    )
    page.get_by_role("button", name=explorer.cards()[0].label, exact=True).click()
    app.settle()
    job_pills = page.locator('[data-testid="stButtonGroup"]').first.get_by_role("radio")
    at_least(job_pills, 1, "a job for the card")
    job_pills.first.click()
    app.settle()
    expect(page.get_by_role("heading", name=re.compile(r"^How to become "))).to_be_visible()
    at_least(page.locator('[data-testid="stMain"] ol li'), 2, "a journey of two sentences or more")
    speech = page.frame_locator('[data-testid="stMain"] iframe').first
    expect(speech.get_by_role("button", name="Stop")).to_be_visible()
    speech.get_by_role("button", name="Read it to me").click()
    # Headless Chromium has no voice on board, and a voice that would send the words away is never used.
    expect(speech.get_by_role("status")).to_contain_text(re.compile("no voice of its own|cannot read aloud|Reading"))
    app.screenshot("flow-young")
    assert_accessible(page, "flow-young", app.viewport)


def test_quiz_gives_ideas_with_reasons(app: App) -> None:
    page = app.page
    app.open("quiz")
    expect(page.get_by_text("Answer a few questions to see ideas here.")).to_be_visible()
    yes = page.get_by_role("radio").filter(has_text="Yes")  # each question is a segmented control (a radio group)
    at_least(yes, 3, "three questions or more")
    for i in range(3):
        yes.nth(i).click()
        app.settle()
        expect(yes.nth(i)).to_be_checked()
    expect(yes.nth(0)).to_be_checked()
    expect(page.get_by_role("heading", name="Jobs to look at")).to_be_visible()
    app.screenshot("flow-quiz")
    assert_accessible(page, "flow-quiz", app.viewport)


def test_subjects_open_jobs_and_courses(app: App) -> None:
    page = app.page
    app.open("subjects")
    box = page.get_by_role("combobox", name="Choose a school subject")
    box.click()
    page.locator("[role=option]").filter(has_text=re.compile(r"^Biology$")).first.click()
    app.settle()
    expect(page.get_by_role("heading", name=re.compile(r"^Biology: \d+ jobs"))).to_be_visible()
    app.expect_query({"subjects": "biology"})
    app.screenshot("flow-subjects")
    assert_accessible(page, "flow-subjects", app.viewport)


def test_download_my_plan_is_a_pdf(app: App, real_graph: Graph) -> None:
    page = app.page
    app.open("", {"from": STAGE, "to": LAB})
    button = page.get_by_role("button", name=re.compile(r"My plan \(PDF\)"))
    expect(button).to_be_visible()
    expect(page.get_by_text("The link on your plan opens only on this computer.")).to_be_visible()
    with page.expect_download() as info:
        button.click()
    download = info.value
    path = download.path()
    data = path.read_bytes()
    assert data.startswith(b"%PDF"), data[:20]
    assert download.suggested_filename.endswith(".pdf")
    reader = PdfReader(io.BytesIO(data))
    text = "\n".join(p.extract_text() for p in reader.pages)
    assert f"My plan: {node(real_graph, LAB).name}" in text
    assert "Your routes side by side" in text
    assert "What to do next" in text
    assert f"{app.base_url}?{urlencode({'from': STAGE, 'to': LAB})}" in text  # the link back to this view
    assert len(reader.pages[0].images) == 1  # its QR code
