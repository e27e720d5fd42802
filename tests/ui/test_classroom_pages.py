"""Presenter mode, the quiz, subjects to careers and the young explorer, driven as a pupil or adviser would."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from pathways.url_state import SHORT_PATHS
from tests.ui.apptest import HIDDEN, PAGES
from tests.ui.conftest import Opener, texts

LINK = {"from": "years-10-11", "to": "laboratory-technician"}


def test_presenter_steps_through_a_route_with_next_and_back(tiny_app: Opener) -> None:
    at = tiny_app("presenter", **LINK, route="3")
    assert not at.exception
    assert [h.value for h in at.header] == ["Level 2 applied science"]
    assert "Route 3 · step 1 of 3" in texts(at)
    assert "City College \\(Liverpool\\)" in texts(at)
    assert at.button(key="presenter.back").disabled
    at.button(key="presenter.next").click().run()
    assert [h.value for h in at.header] == ["Laboratory technician apprenticeship"]
    assert "you are paid" in texts(at)
    assert at.query_params["n"] in ("2", ["2"])  # presenter mode's short name for the step
    at.button(key="presenter.next").click().run()
    assert [h.value for h in at.header] == ["Laboratory technician"]
    assert at.button(key="presenter.next").disabled
    at.button(key="presenter.back").click().run()
    assert [h.value for h in at.header] == ["Laboratory technician apprenticeship"]


def test_presenter_link_and_qr_open_the_exact_step(tiny_app: Opener, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATHWAYS_PUBLIC_URL", "https://careers.example.org/pathways")
    at = tiny_app("presenter", **LINK, route="2", step="2")
    assert [h.value for h in at.header] == ["Laboratory technician"]
    (said,) = [m.value for m in at.markdown if m.value.startswith("Or type this address:")]
    short = said.split("**")[1].replace("\\", "")  # Markdown escapes, as the browser removes them
    assert not at.code  # a code block would load the syntax highlighter (1.6 MB) on every pupil's phone
    parts = urlsplit("https://" + short)
    assert parts.path == "/pathways/p"
    assert {k: v[0] for k, v in parse_qs(parts.query).items()} == {"j": "laboratory-technician", "s": "10", "r": "2", "n": "2"}
    assert len(at.get("image")) == 1  # the QR code
    again = tiny_app("p", **{k: v[0] for k, v in parse_qs(parts.query).items()})
    assert [h.value for h in again.header] == ["Laboratory technician"]
    assert "Route 2 · step 2 of 2" in texts(again)


def test_presenter_asks_for_a_stage_and_job_first(tiny_app: Opener) -> None:
    at = tiny_app("presenter")
    assert not at.exception
    assert at.header == []  # nothing to present yet
    at.pills(key="presenter.stage").set_value("years-10-11").run()
    at.selectbox(key="presenter.job").set_value("laboratory-technician").run()
    assert [h.value for h in at.header] == ["A levels in sciences"]


def test_quiz_suggests_jobs_with_reasons_and_forgets_on_start_again(tiny_app: Opener) -> None:
    at = tiny_app("quiz")
    assert "Answer a few questions" in texts(at)
    at.segmented_control(key="quiz.experiments").set_value(True).run()
    at.segmented_control(key="quiz.body").set_value(True).run()
    page = texts(at)
    assert "**Biomedical scientist**, because you like science experiments and you want to know how the body works" in page
    assert "**Health and life sciences**" in page
    at.button(key="quiz.reset").click().run()
    assert at.segmented_control(key="quiz.experiments").value is None
    assert "Answer a few questions" in texts(at)


def test_quiz_says_so_when_answers_match_nothing(tiny_app: Opener) -> None:
    at = tiny_app("quiz")
    at.segmented_control(key="quiz.caring").set_value(True).run()
    assert "We have no ideas from those answers yet" in texts(at)


def test_subject_page_lists_jobs_and_courses_that_ask_for_it(tiny_app: Opener) -> None:
    at = tiny_app("subjects", subjects="biology")
    assert at.selectbox(key="subjects.subject").value == "biology"
    page = texts(at)
    assert "Biology: 2 jobs" in page
    assert "**Laboratory technician**" in page
    assert "**A levels in sciences** (5 GCSEs at grade 6 including biology)" in page
    at.selectbox(key="subjects.subject").set_value("computing").run()
    assert "No course in our data asks for it by name" in texts(at)
    assert at.query_params["subjects"] in ("computing", ["computing"])


def test_young_explorer_card_job_journey(tiny_app: Opener) -> None:
    at = tiny_app("young")
    assert not at.exception
    pictures = [h for h in at.get("html") if "data:image/svg+xml" in h.proto.body]
    assert len(pictures) >= 8  # a picture on every card
    at.button(key="young.pick.experiments").click().run()
    at.pills(key="young.job.experiments").set_value("laboratory-technician").run()
    page = texts(at)
    assert "How to become a laboratory technician" in page
    assert "1. First you take your GCSE tests at school\\." in page


def test_young_explorer_is_honest_when_there_is_no_way_yet(tiny_app: Opener) -> None:
    at = tiny_app("young")
    at.button(key="young.pick.coding").click().run()
    at.pills(key="young.job.coding").set_value("software-developer").run()
    assert "We do not know the way to this job yet" in texts(at)


def test_presenter_warns_when_phones_cannot_open_the_link(tiny_app: Opener, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PATHWAYS_PUBLIC_URL", "http://192.168.1.20:8501")
    at = tiny_app("presenter", **LINK)
    (warning,) = at.warning
    assert "only on devices on the same network" in warning.value
    assert "PATHWAYS_PUBLIC_URL" in warning.value.replace("\\", "")
    monkeypatch.setenv("PATHWAYS_PUBLIC_URL", "https://careers.example.org")
    assert not tiny_app("presenter", **LINK).warning


def test_choosing_a_job_folds_set_up_away(tiny_app: Opener) -> None:
    at = tiny_app("presenter")
    assert at.session_state["presenter.setup"] is True
    at.selectbox(key="presenter.job").set_value("laboratory-technician").run()
    assert at.session_state["presenter.setup"] is False
    assert [h.value for h in at.header] == ["A levels in sciences"]


def test_the_presenters_short_address_runs_presenter_mode() -> None:
    """app.py serves presenter mode at url_state.SHORT_PATHS["presenter"] too (not in the menu), for its short link."""
    assert HIDDEN[SHORT_PATHS["presenter"]] == PAGES["presenter"]


def test_an_old_long_presenter_link_still_opens_its_step_without_a_notice(tiny_app: Opener) -> None:
    at = tiny_app("presenter", **LINK, route="2", step="2", q="old typed words", sector="health-life-sciences")
    assert [h.value for h in at.header] == ["Laboratory technician"]
    assert not at.info
    assert dict(at.query_params.items()) == {"j": "laboratory-technician", "s": "10", "r": "2", "n": "2"}
