"""A class session end to end: the teacher starts it, four pupils in their own browsers join and explore,
the teacher sees the counts (small ones hidden, typed words nowhere), downloads the CSV and PDF, and ends it."""

from __future__ import annotations

import contextlib
import csv
import io
import re
from collections.abc import Iterator

import pytest
from playwright.sync_api import Browser, expect

from pathways.classroom import codes
from pathways.graph import Graph, node
from pathways.search import jobs_for
from tests.e2e.axe import assert_accessible
from tests.e2e.browser import App
from tests.e2e.conftest import open_tab
from tests.e2e.journeys import SECTOR, STAGE

pytestmark = pytest.mark.e2e

SECRET = "Jo Bloggs from 9X"  # what a pupil might type; it must never reach the teacher


@pytest.fixture
def tabs(browser: Browser, server: str) -> Iterator[list[App]]:
    """Browser contexts of their own (separate cookies and sessions), one per person; all closed at the end."""
    opened: list[App] = []

    def tab() -> App:
        opened.append(open_tab(browser, server, "desktop"))
        return opened[-1]

    yield [tab() for _ in range(6)]
    for app in opened:
        assert not app.third_party_requests()
        app.context.close()


def test_a_teacher_runs_a_class_session_from_start_to_end(tabs: list[App], real_graph: Graph, card_job: str) -> None:
    teacher, *pupils, late = tabs
    lab = node(real_graph, card_job).name  # a job on the first screen of health cards
    other = jobs_for(real_graph, "digital-creative")[0]

    teacher.open("class")
    teacher.page.get_by_role("button", name="Start a class session").click()
    teacher.settle()
    heading = teacher.page.get_by_role("heading", name=re.compile(r"^Class code: "))
    expect(heading).to_be_visible()
    code = heading.inner_text().removeprefix("Class code: ").strip()
    assert re.fullmatch(f"[{codes.ALPHABET}]{{5}}", code)
    expect(teacher.page.get_by_text(f"/?class={code}")).to_be_visible()
    expect(teacher.page.get_by_role("img", name=re.compile("QR code"))).to_be_visible()
    assert_accessible(teacher.page, "class-summary-started", teacher.viewport)

    # The first pupil scans the QR code and explores by tapping; the others open shared views.
    first = pupils[0]
    first.open("", {"class": code})
    expect(first.page.get_by_text(f"You joined class {code}.")).to_be_visible()
    expect(first.page.get_by_text(f"You are in class {code}.")).to_be_visible()
    assert "class" not in first.query()
    first.page.get_by_role("radio", name=node(real_graph, STAGE).name, exact=True).click()
    first.settle()
    first.page.get_by_role("radio", name="Health and life sciences", exact=True).click()
    first.settle()
    first.page.get_by_role("button", name=f"Choose: {lab}", exact=True).click()
    first.settle()
    expect(first.page.get_by_role("heading", name=f"Ways in: {lab}")).to_be_visible()
    for pupil in pupils[1:3]:
        pupil.open("", {"class": code, "from": STAGE, "sector": SECTOR, "to": card_job})
        expect(pupil.page.get_by_text(f"You are in class {code}.")).to_be_visible()
        expect(pupil.page.get_by_role("heading", name=f"Ways in: {lab}")).to_be_visible()
    last = pupils[3]
    last.open("")
    last.page.get_by_text("In a class? Join with your teacher's code").click()
    box = last.page.get_by_label(re.compile("Class code"))
    box.fill(code.lower())
    box.press("Enter")
    last.settle()
    expect(last.page.get_by_text(f"You are in class {code}.")).to_be_visible()
    last.page.get_by_role("radio", name=node(real_graph, STAGE).name, exact=True).click()
    last.settle()
    last.page.get_by_role("radio", name="Digital and creative", exact=True).click()
    last.settle()
    last.page.get_by_role("button", name=f"Choose: {other.name}", exact=True).click()
    last.settle()
    expect(last.page.get_by_role("heading", name=f"Ways in: {other.name}")).to_be_visible()
    words = last.page.get_by_label("Or say it in your own words")
    words.fill(SECRET)
    words.press("Enter")
    last.settle()
    expect(last.page.get_by_text(f"You are in class {code}.")).to_be_visible()

    # The teacher's counts update on their own (a fragment reruns every 5 seconds).
    main = teacher.page.get_by_test_id("stMain")
    expect(main.get_by_text("Pupils joined: 4")).to_be_visible(timeout=20_000)
    expect(main.get_by_text(f"{lab}: 3", exact=True)).to_be_visible()
    expect(main.get_by_text(f"{other.name}: fewer than 3", exact=True)).to_be_visible()
    expect(main.get_by_text(f"{node(real_graph, STAGE).name}: 4", exact=True)).to_be_visible()
    expect(main).not_to_contain_text("Bloggs")
    teacher.screenshot("class-summary-counts")

    # And a joined pupil sees the same. The panel may still be open from before: open it only if it is shut.
    refresh = first.page.get_by_role("button", name="Refresh")
    if not refresh.is_visible():
        first.page.get_by_text("What your class sees").click()
    expect(refresh).to_be_visible()
    counted = first.page.get_by_text(f"{lab}: 3", exact=True)
    for _ in range(3):  # a press shows the counts as they are then; press again, as a pupil would, if one was lost
        refresh.click()
        first.settle()
        with contextlib.suppress(AssertionError):
            expect(counted).to_be_visible(timeout=10_000)
            break
    expect(counted).to_be_visible()

    with teacher.page.expect_download() as csv_download:
        teacher.page.get_by_role("button", name=re.compile(r"counts \(CSV\)")).click()
    rows = list(csv.DictReader(io.StringIO(csv_download.value.path().read_text(encoding="utf-8-sig"))))
    assert {"what": "Pupils joined", "item": "", "pupils": "4"}.items() <= rows[0].items()
    assert any(row["item"] == lab and row["pupils"] == "3" for row in rows)
    assert any(row["item"] == other.name and row["pupils"] == "fewer than 3" for row in rows)
    assert not any("Bloggs" in value for row in rows for value in row.values())
    with teacher.page.expect_download() as pdf_download:
        teacher.page.get_by_role("button", name=re.compile(r"record \(PDF")).click()
    assert pdf_download.value.path().read_bytes().startswith(b"%PDF")
    assert pdf_download.value.suggested_filename.startswith("class-careers-record-")

    teacher.page.get_by_role("button", name="End session").click()
    teacher.settle()
    expect(teacher.page.get_by_text("The class session has ended and its counts are deleted.")).to_be_visible()
    expect(teacher.page.get_by_role("button", name="Start a class session")).to_be_visible()

    # The code is gone: joining now gets a plain message, and the pupil carries on alone.
    late.open("", {"class": code})
    expect(late.page.get_by_text(f"We could not find a class with the code {code}.", exact=False)).to_be_visible()
    expect(late.page.get_by_role("heading", name="Find my route")).to_be_visible()
    assert not late.exceptions()


def test_the_class_pages_pass_axe_and_fit_a_phone(browser: Browser, server: str) -> None:
    teacher, pupil = open_tab(browser, server, "phone"), open_tab(browser, server, "phone")
    try:
        teacher.open("class")
        teacher.page.get_by_role("button", name="Start a class session").click()
        teacher.settle()
        heading = teacher.page.get_by_role("heading", name=re.compile(r"^Class code: "))
        expect(heading).to_be_visible()
        assert not teacher.wider_than_screen()
        assert_accessible(teacher.page, "class-summary-phone", teacher.viewport)
        pupil.open("")
        pupil.page.get_by_text("In a class? Join with your teacher's code").click()
        expect(pupil.page.get_by_label(re.compile("Class code"))).to_be_visible()
        assert_accessible(pupil.page, "class-join-box-phone", pupil.viewport)
        pupil.open("", {"class": heading.inner_text().removeprefix("Class code: ").strip()})
        pupil.page.get_by_text("What your class sees").click()
        expect(pupil.page.get_by_role("button", name="Leave the class")).to_be_visible()
        pupil.settle()  # no stale copy of the class panel (a second, 0 x 0 "Refresh" button) left for axe to measure
        assert not pupil.wider_than_screen()
        assert_accessible(pupil.page, "class-joined-phone", pupil.viewport)
        teacher.page.get_by_role("button", name="End session").click()
        teacher.settle()
    finally:
        for tab in (teacher, pupil):
            assert not tab.third_party_requests()
            tab.context.close()
