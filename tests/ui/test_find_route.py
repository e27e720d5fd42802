"""Find my route on the tiny data: stage -> sector -> job -> routes, filters, links in and out."""

from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pathways.ui.widgets import just_chose_a_job
from pathways.url_state import MAX_YEARS
from tests import tiny
from tests.ui.apptest import PAGES, Opener, open_app, open_charts, route_headings, texts

LINK = {"from": "years-10-11", "to": "laboratory-technician"}


@pytest.fixture(autouse=True)
def public_address(monkeypatch: pytest.MonkeyPatch) -> None:
    """As deployed: the printed plan's link reaches every phone, so the only warnings here are the page's own.

    (On a local address the plan's download adds a plain note on where its link opens: tests/ui/test_plan_widgets.py.)
    """
    monkeypatch.setenv("PATHWAYS_PUBLIC_URL", "https://careers.example.org")


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
    (figure,) = open_charts(at)
    bold = [t["name"] for t in figure["data"] if t["mode"] == "lines" and t["line"]["width"] == 6]
    assert bold == ["Route 2"]
    assert figure["alt"].startswith("Route 1:")
    again = tiny_app(**dict(at.query_params))
    assert texts(again) == texts(at)


def test_a_bad_link_opens_the_nearest_view_with_a_notice(tiny_app: Opener) -> None:
    at = tiny_app(**{"from": "year-99", "to": "laboratory-technician", "route": "x", "grade": "12"})
    (notice,) = at.info
    shown = notice.value.replace("\\", "")  # Markdown escapes, as the browser removes them
    assert (
        "We could not open part of that link (from=year-99 - did you mean “Years 7 to 9” or “Years 10 and 11”?; route=x; grade=12 - the most is 9)"
        in shown
    )
    assert "You chose **Laboratory technician**" in texts(at)
    assert "from" not in at.query_params


def test_markup_in_the_data_is_shown_as_typed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = tiny.tables()
    data["jobs.csv"][0]["summary"] = "You **test** [things](https://evil.example) :red[now]."
    monkeypatch.setenv("PATHWAYS_DATA", str(tiny.write(tmp_path / "data", data)))
    page = texts(open_app(**{"from": "years-10-11"}))  # no job chosen yet: the list of job cards is open
    assert r"You \*\*test\*\* \[things\]\(https\://evil\.example\) \:red\[now\]\." in page
    assert "[things](" not in page


def test_routes_come_with_a_plan_to_download(tiny_app: Opener) -> None:
    at = tiny_app("find", **{"from": "years-10-11", "to": "laboratory-technician"})
    assert "Download my plan" in [s.value for s in at.subheader]
    assert len(at.get("download_button")) == 2


def test_filters_that_leave_nothing_show_the_closest_route_and_one_tap_to_relax(tiny_app: Opener) -> None:
    at = tiny_app(**{"from": "years-10-11", "to": "biomedical-scientist", "nouni": "1"})
    (warning,) = at.warning
    assert "No route fits all of that yet. These come closest." in warning.value
    assert route_headings(at) == ["Route 1"]
    assert "**This route does not fit: No university.**" in texts(at).replace("\\", "")
    at.button(key="find.relax.1.no_university").click().run()
    assert at.toggle(key="find.nouni").value is False
    assert not at.warning
    assert route_headings(at) == ["Route 1"]
    assert "nouni" not in at.query_params


def test_filters_stay_open_and_keep_their_values_while_changed(tiny_app: Opener) -> None:
    at = tiny_app(**LINK, nouni="1")
    assert at.session_state["find.filters"] is True, "a link with a filter opens the panel"
    at.toggle(key="find.nouni").set_value(False).run()
    at.toggle(key="find.paid").set_value(True).run()
    assert at.session_state["find.filters"] is True, "the panel stays open"
    grade = at.selectbox(key="find.grade")
    assert grade.value == 0
    assert grade.format_func(grade.value) == "Not sure yet"
    assert at.selectbox(key="find.years").format_func(at.selectbox(key="find.years").value) == "Any length"
    assert at.query_params["paid"] == "1"
    assert "nouni" not in at.query_params


def test_a_link_with_a_job_name_and_tracking_opens_the_job_without_a_notice(tiny_app: Opener) -> None:
    at = tiny_app(**{"from": "Years 10 and 11", "to": "Laboratory Technician", "fbclid": "IwAR3", "utm_source": "x"})
    assert not at.info
    assert "You chose **Laboratory technician**" in texts(at)
    assert route_headings(at) == ["Route 1", "Route 2", "Route 3"]
    assert {k: at.query_params[k] for k in at.query_params} == {
        "from": "years-10-11",
        "to": "laboratory-technician",
        "route": "1",
    }


def test_a_link_with_a_typo_says_did_you_mean(tiny_app: Opener) -> None:
    at = tiny_app(**{"from": "years-10-11", "to": "labratory technican"})
    (notice,) = at.info
    assert "did you mean “Laboratory technician”?" in notice.value.replace("\\", "")


def test_search_cards_say_why_they_matched(tiny_app: Opener) -> None:
    at = tiny_app()
    at.text_input(key="find.q").input("softwear developer").run()
    assert [b.key for b in at.button] == ["find.job.software-developer"]
    page = texts(at).replace("\\", "")
    assert "Why this job: “softwear” (we read it as “software”) and “developer” are in its name: “Software developer”" in page


def test_a_search_with_no_good_match_says_so_and_offers_the_areas_of_work(tiny_app: Opener) -> None:
    at = tiny_app()
    at.text_input(key="find.q").input("xyzzy").run()
    assert "We have no job that matches “xyzzy” yet" in texts(at)
    assert not [b for b in at.button if str(b.key).startswith("find.job.")]
    assert [b.label for b in at.button if str(b.key).startswith("find.area.")] == [
        "Health and life sciences",
        "Digital and creative",
    ]
    at.button(key="find.area.digital-creative").click().run()
    assert at.text_input(key="find.q").value == ""
    assert at.pills(key="find.sector").value == "digital-creative"
    assert [b.key for b in at.button if str(b.key).startswith("find.job.")] == ["find.job.software-developer"]


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


def test_the_job_list_folds_away_once_a_job_is_chosen_and_opens_again_for_new_words(tiny_app: Opener) -> None:
    """A shut list makes no cards at all (half the page's elements, so a rerun sends less); new words reopen it."""
    at = tiny_app(**{"from": "years-10-11", "sector": "health-life-sciences"})
    assert [b for b in at.button if str(b.key).startswith("find.job.")]
    at.button(key="find.job.laboratory-technician").click().run()
    assert at.session_state["find.cards"] is False
    assert not [b for b in at.button if str(b.key).startswith("find.job.")]
    assert "You chose **Laboratory technician**" in texts(at)
    at.text_input(key="find.q").input("biomedical").run()
    assert "find.job.biomedical-scientist" in [b.key for b in at.button]


def test_the_years_box_goes_as_far_as_a_link_may(tiny_app: Opener) -> None:
    box = tiny_app(**LINK).selectbox(key="find.years")
    assert max(box.options, key=lambda o: int(o.split()[0]) if o[0].isdigit() else 0) == f"{MAX_YEARS} years"


def test_a_link_with_nine_years_keeps_them(tiny_app: Opener) -> None:
    at = tiny_app(**LINK, years="9")
    assert at.selectbox(key="find.years").value == 9
    assert not at.info
    assert at.query_params["years"] == "9"


def test_a_link_with_too_many_years_says_the_most_it_can_be(tiny_app: Opener) -> None:
    at = tiny_app(**LINK, years=str(MAX_YEARS + 1))
    (notice,) = at.info
    assert f"years={MAX_YEARS + 1} - the most is {MAX_YEARS}" in notice.value.replace("\\", "")
    assert at.selectbox(key="find.years").value == 0
    assert "years" not in at.query_params


def test_words_typed_here_stay_on_this_page(tiny_app: Opener) -> None:
    """Typed words are in Find my route's own link, never in the presenter's link, QR code or address; the stage and
    job go with the pupil, and the words are still in the box on coming back."""
    at = tiny_app(**LINK)
    at.text_input(key="find.q").input("my secret words").run()
    assert at.query_params["q"] == "my secret words"
    at.switch_page(PAGES["presenter"]).run()
    assert not at.exception
    assert at.pills(key="presenter.stage").value == "years-10-11"
    assert at.selectbox(key="presenter.job").value == "laboratory-technician"
    (said,) = [m.value for m in at.markdown if m.value.startswith("Or type this address:")]
    link = said.split("**")[1].replace("\\", "")  # Markdown escapes, as the browser removes them
    assert "secret" not in link
    assert "secret" not in str(dict(at.query_params.items()))
    (qr_alt,) = [img.alt for image in at.get("image") for img in image.proto.imgs]
    assert qr_alt == f"QR code that opens {link}"
    assert "secret" not in qr_alt
    at.switch_page(PAGES["find"]).run()
    assert at.text_input(key="find.q").value == "my secret words"
