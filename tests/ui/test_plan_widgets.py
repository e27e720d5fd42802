"""The "Download my plan" buttons and the experiences list, as the find-route and job pages will place them."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from streamlit.testing.v1 import AppTest

from pathways import export
from pathways.ui import plan
from tests.ui.conftest import Opener, texts

LINK = {"from": "years-10-11", "to": "laboratory-technician"}


def _plan_page(link: str = "") -> None:
    from pathways.routes import find_routes  # noqa: PLC0415 (AppTest runs this function's source alone)
    from pathways.ui import plan, state  # noqa: PLC0415

    graph = state.graph()
    found = find_routes(graph, "years-10-11", "laboratory-technician")
    plan.download_plan(graph, "years-10-11", "laboratory-technician", found, link=link)
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


@pytest.mark.parametrize(
    ("link", "warned"),
    [
        pytest.param("http://localhost:8501/?from=years-10-11", "only on this computer", id="this-computer"),
        pytest.param(
            "http://192.168.1.20:8501/?from=years-10-11", "only on computers and phones on the same Wi-Fi", id="this-network"
        ),
        pytest.param("https://careers.example.org/?from=years-10-11", None, id="everyone"),
    ],
)
def test_a_plan_link_phones_may_not_open_says_so_in_plain_words(
    tiny_dir: Path, monkeypatch: pytest.MonkeyPatch, link: str, warned: str | None
) -> None:
    monkeypatch.setenv("PATHWAYS_DATA", str(tiny_dir))
    at = AppTest.from_function(_plan_page, default_timeout=30, kwargs={"link": link}).run()
    assert not at.exception
    notes = [c.value for c in at.caption if "link on your plan" in c.value]
    if warned is None:
        assert not notes
    else:
        (note,) = notes
        assert note.startswith("The link on your plan opens " + warned)
        assert "Everything else on the plan works anywhere." in note
        assert "PATHWAYS_PUBLIC_URL" not in texts(at), "the adviser's setting means nothing to a pupil or parent"
    assert not at.warning
    assert not at.info
    assert "A link and a QR code on it open this view again." in texts(at)


@pytest.fixture
def printed_links(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The link each plan made from now on prints (the plan's files are cached, so the cache starts empty)."""
    made: list[str] = []
    make_plan = export.make_plan

    def recording(*args: Any, **kwargs: Any) -> export.Plan:
        made.append(str(kwargs["link"]))
        return make_plan(*args, **kwargs)

    monkeypatch.setattr(export, "make_plan", recording)
    plan._files.clear()
    monkeypatch.setenv("PATHWAYS_PUBLIC_URL", "https://careers.example.org/pathways")
    return made


@pytest.mark.parametrize(
    ("page", "address"),
    [
        pytest.param(
            "find",
            "https://careers.example.org/pathways?from=years-10-11&to=laboratory-technician&route=2&near=birkenhead",
            id="find",
        ),
        pytest.param(
            "job",
            "https://careers.example.org/pathways/job?from=years-10-11&to=laboratory-technician&near=birkenhead",
            id="job",
        ),
    ],
)
def test_the_printed_plan_links_back_to_the_view_it_was_made_from(
    tiny_app: Opener, printed_links: list[str], page: str, address: str
) -> None:
    at = tiny_app(page, **LINK, route="2", near="birkenhead", q="lab work")  # typed words are never printed
    assert len(at.get("download_button")) == 2
    assert printed_links[-1] == address
    assert not [c for c in at.caption if "link on your plan" in c.value]  # the public address reaches every phone
