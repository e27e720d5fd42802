"""The "Download my plan" buttons and the experiences list, as the find-route and job pages will place them."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from tests.ui.conftest import texts


def _plan_page() -> None:
    from pathways.routes import find_routes  # noqa: PLC0415 (AppTest runs this function's source alone)
    from pathways.ui import plan, state  # noqa: PLC0415

    graph = state.graph()
    found = find_routes(graph, "years-10-11", "laboratory-technician")
    plan.download_plan(graph, "years-10-11", "laboratory-technician", found)
    plan.experiences_for_route(graph, found[0])
    plan.experiences_for_job(graph, "software-developer")


@pytest.fixture
def plan_page(tiny_dir: Path, monkeypatch: pytest.MonkeyPatch) -> AppTest:
    monkeypatch.setenv("PATHWAYS_DATA", str(tiny_dir))
    return AppTest.from_function(_plan_page, default_timeout=30).run()


def test_download_my_plan_offers_a_pdf_and_a_csv(plan_page: AppTest) -> None:
    assert not plan_page.exception
    buttons = plan_page.get("download_button")
    assert [b.proto.label for b in buttons] == ["My plan (PDF)", "My plan as a spreadsheet (CSV)"]


def test_experiences_show_under_their_stage_or_say_there_are_none(plan_page: AppTest) -> None:
    page = texts(plan_page)
    assert "**Years 10 and 11**\n- **A week in a lab** (work experience, about 1 week)" in page
    assert "We do not know of work experience for this yet" in page
