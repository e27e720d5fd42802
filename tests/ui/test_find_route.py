"""Find my route on the tiny data: stage -> sector -> job -> routes, filters, links in and out."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pathways.ui.widgets import just_chose_a_job
from tests import tiny
from tests.ui.apptest import Opener, charts, open_app, route_headings, texts

LINK = {"from": "years-10-11", "to": "laboratory-technician"}


def test_pick_stage_then_sector_then_job_shows_the_routes(tiny_app: Opener) -> None:
    at = tiny_app()
    assert route_headings(at) == []
    at.pills(key="find.stage").set_value("years-10-11").run()
    at.pills(key="find.sector").set_value("digital-creative").run()
    assert [b.key for b in at.button] == ["find.job.software-developer"]
    at.pills(key="find.sector").set_value("health-life-sciences").run()
    at.button(key="find.job.laboratory-technician").click().run()
    assert not at.exception
    assert route_headings(at) == ["Route 1", "Route 2", "Route 3"]
    page = texts(at)
    assert "A levels in sciences" in page
    assert r"5 GCSEs at grade 6 including biology" in page
    assert "City College \\(Liverpool\\)" in page  # a local provider for the Level 2 course
    assert at.query_params["from"] == "years-10-11"
    assert at.query_params["to"] == "laboratory-technician"


def test_own_words_find_a_job(tiny_app: Opener) -> None:
    at = tiny_app()
    at.text_input(key="find.q").input("coding").run()
    assert at.button[0].key == "find.job.software-developer"
    assert at.query_params["q"] == "coding"


def test_earn_while_i_learn_keeps_only_paid_routes(tiny_app: Opener) -> None:
    at = tiny_app(**LINK)
    assert len(route_headings(at)) == 3
    at.toggle(key="find.paid").set_value(True).run()
    assert route_headings(at) == ["Route 1"]
    assert "Laboratory technician apprenticeship" in texts(at)
    assert "A levels in sciences" not in "\n".join(m.value for m in at.markdown if "1. **" in m.value)
    assert at.query_params["paid"] == "1"


def test_low_grades_say_what_is_out_of_reach_and_what_works_instead(tiny_app: Opener) -> None:
    at = tiny_app(**LINK)
    at.selectbox(key="find.grade").set_value(3).run()
    (warning,) = at.warning
    assert "A levels in sciences usually asks for grade 6" in warning.value
    assert "still work" in warning.value
    assert route_headings(at) == ["Route 1"]
    assert "Level 2 applied science" in texts(at)


def test_a_deep_link_reopens_the_same_view(tiny_app: Opener) -> None:
    at = tiny_app(**LINK, route="2", nouni="1")
    assert at.pills(key="find.stage").value == "years-10-11"
    assert at.pills(key="find.route").value == 2
    assert at.toggle(key="find.nouni").value is True
    (figure,) = charts(at)
    bold = [t["name"] for t in figure["data"] if t["mode"] == "lines" and t["line"]["width"] == 6]
    assert bold == ["Route 2"]
    assert figure["alt"].startswith("Route 1:")
    again = tiny_app(**dict(at.query_params))
    assert texts(again) == texts(at)


def test_a_bad_link_opens_the_nearest_view_with_a_notice(tiny_app: Opener) -> None:
    at = tiny_app(**{"from": "year-99", "to": "laboratory-technician", "route": "x", "grade": "12"})
    (notice,) = at.info
    shown = notice.value.replace("\\", "")  # Markdown escapes, as the browser removes them
    assert "We could not open part of that link (from=year-99, route=x, grade=12)" in shown
    assert "You chose **Laboratory technician**" in texts(at)
    assert "from" not in at.query_params


def test_markup_in_the_data_is_shown_as_typed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = tiny.tables()
    data["jobs.csv"][0]["summary"] = "You **test** [things](https://evil.example) :red[now]."
    monkeypatch.setenv("PATHWAYS_DATA", str(tiny.write(tmp_path / "data", data)))
    page = texts(open_app(**LINK))
    assert r"You \*\*test\*\* \[things\]\(https\://evil\.example\) \:red\[now\]\." in page
    assert "[things](" not in page


def test_routes_come_with_a_plan_to_download(tiny_app: Opener) -> None:
    at = tiny_app("find", **{"from": "years-10-11", "to": "laboratory-technician"})
    assert "Download my plan" in [s.value for s in at.subheader]
    assert len(at.get("download_button")) == 2


def focus_scripts(at: AppTest) -> list[str]:
    return [str(e.proto.body) for e in at.get("html") if "Ways in:" in str(e.proto.body)]


def test_choosing_a_job_moves_focus_to_its_ways_in_once(tiny_app: Opener) -> None:
    """The pressed button disappears, so the run it starts sends focus to the new heading (checked in the browser
    by tests/e2e/test_keyboard.py); later runs leave focus where the pupil puts it."""
    at = tiny_app(**{"from": "years-10-11", "sector": "health-life-sciences"})
    assert focus_scripts(at) == []
    at.button(key="find.job.laboratory-technician").click().run()
    assert len(focus_scripts(at)) == 1
    at.pills(key="find.route").set_value(2).run()
    assert focus_scripts(at) == []


@pytest.mark.parametrize(
    ("session", "chose"),
    [
        pytest.param({"find.job.laboratory-technician": True}, True, id="choose-pressed"),
        pytest.param({"find.job.laboratory-technician": False}, False, id="choose-not-pressed"),
        pytest.param({"job.job": "laboratory-technician"}, False, id="job-select-box"),
        pytest.param({"find.nouni": True}, False, id="a-toggle-on"),
        pytest.param({}, False, id="nothing"),
    ],
)
def test_only_a_pressed_choose_button_counts_as_choosing(session: dict[str, object], chose: bool) -> None:
    assert just_chose_a_job(session) is chose
