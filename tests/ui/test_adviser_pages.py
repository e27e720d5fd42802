"""The adviser's pages: the data workshop (trial data in one session only) and the data-quality report."""

from __future__ import annotations

from pathlib import Path

from streamlit.testing.v1 import AppTest

from pathways.data import load_data
from pathways.graph import build_graph
from pathways.workshop import check_upload
from tests.ui.apptest import APP, PAGES, Opener, texts


def test_the_workshop_explains_what_happens_to_an_upload(tiny_app: Opener) -> None:
    at = tiny_app("workshop")
    said = texts(at)
    assert "Data workshop for advisers" in said
    assert "deleted straight away" in said
    assert len(at.get("file_uploader")) == 1


def test_trial_data_shows_in_this_session_only(tiny_data: Path) -> None:
    changed = (tiny_data / "jobs.csv").read_bytes().replace(b"Software developer,", b"Games maker,")
    checked = check_upload("jobs.csv", changed, base=tiny_data)
    assert checked.dataset is not None
    mine = AppTest.from_file(str(APP), default_timeout=60)
    mine.session_state["workshop.trial"] = build_graph(checked.dataset)
    mine.session_state["workshop.trial_name"] = "jobs.csv"
    mine.query_params["q"] = "games maker"
    mine.run()
    assert "You are trying uploaded data (jobs\\.csv)" in texts(mine)
    assert "Games maker" in texts(mine)
    other = AppTest.from_file(str(APP), default_timeout=60)
    other.query_params["q"] = "games maker"
    other.run()
    assert "Games maker" not in texts(other)
    assert "trying uploaded data" not in texts(other)


def test_going_back_to_the_live_data(tiny_data: Path) -> None:
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.session_state["workshop.trial"] = build_graph(load_data(tiny_data))
    at.session_state["workshop.trial_name"] = "data.zip"
    at.run()
    at.switch_page(PAGES["workshop"]).run()
    at.button[-1].click().run()
    assert "workshop.trial" not in at.session_state
    assert "trying uploaded data" not in texts(at)


def test_the_quality_report_lists_jobs_without_pay(tiny_app: Opener) -> None:
    at = tiny_app("quality")
    labels = [e.label for e in at.expander]
    assert "Jobs with no pay figure yet: 1" in labels
    assert "biomedical\\-scientist" in texts(at)
