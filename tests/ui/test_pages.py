"""Every page on the tiny data: opened from a link, its main facts, its keyboard twins, and broken data."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests import tiny
from tests.ui.apptest import PAGES, Opener, charts, open_app, open_charts, route_headings, texts

LINK = {"from": "years-10-11", "to": "laboratory-technician"}


def test_route_map_draws_the_routes_with_a_text_twin(tiny_app: Opener) -> None:
    at = tiny_app("map", **LINK, route="3")
    assert at.selectbox(key="map.stage").value == "years-10-11"
    assert at.selectbox(key="map.job").value == "laboratory-technician"
    (figure,) = open_charts(at)
    ids = {i for t in figure["data"] if "customdata" in t for i in t["customdata"]}
    assert "laboratory-technician-l3" in ids
    bold = [t["name"] for t in figure["data"] if t["mode"] == "lines" and t["line"]["width"] == 6]
    assert bold == ["Route 3"]
    assert figure["alt"].startswith("Route 1: A levels in sciences")
    listed = next(m.value for m in at.markdown if m.value.startswith("1. "))
    assert listed.count("\n") == 2  # three routes, one line each
    assert "The routes on the map, in words" in [s.value for s in at.subheader]


def test_route_map_opens_a_step_from_the_select_box(tiny_app: Opener) -> None:
    at = tiny_app("map", **LINK)
    assert "Work in a lab and learn" not in texts(at)
    at.selectbox(key="map.map.node").set_value("laboratory-technician-l3").run()
    assert "Work in a lab and learn" in texts(at)


STEP = "laboratory-technician-l3"
STEP_TEXT = "Work in a lab and learn"  # from the step's summary, shown only when the step is open


@pytest.mark.parametrize(("page", "box"), [("map", "map.map.node"), ("find", "find.map.node")])
def test_a_step_opened_on_the_map_goes_into_the_link_and_the_link_opens_it(tiny_app: Opener, page: str, box: str) -> None:
    at = tiny_app(page, **LINK)
    assert "node" not in at.query_params
    at.selectbox(key=box).set_value(STEP).run()
    assert at.query_params["node"] == STEP
    again = tiny_app(page, **{k: at.query_params[k] for k in at.query_params})
    assert again.selectbox(key=box).value == STEP
    assert STEP_TEXT in texts(again)
    assert not again.info
    again.selectbox(key=box).set_value(None).run()
    assert "node" not in again.query_params


def test_a_step_not_on_this_map_is_left_closed(tiny_app: Opener) -> None:
    at = tiny_app("map", **{"from": "years-10-11", "to": "biomedical-scientist", "node": STEP})
    assert at.selectbox(key="map.map.node").value is None
    assert STEP_TEXT not in texts(at)
    assert "node" not in at.query_params


def test_choosing_another_job_closes_the_step(tiny_app: Opener) -> None:
    at = tiny_app("find", **LINK, node=STEP, sector="health-life-sciences")
    assert at.query_params["node"] == STEP
    at.session_state["find.cards"] = True  # open the "Jobs for you" list, shut while a job is chosen
    at.run()
    at.button(key="find.job.biomedical-scientist").click().run()
    assert "node" not in at.query_params


def test_route_map_asks_for_a_stage_and_job_first(tiny_app: Opener) -> None:
    at = tiny_app("map")
    assert charts(at) == []
    assert "Choose where you are now and a job" in texts(at)
    at.selectbox(key="map.stage").set_value("years-7-9").run()
    at.selectbox(key="map.job").set_value("biomedical-scientist").run()
    assert len(open_charts(at)) == 1
    assert at.query_params["to"] == "biomedical-scientist"


def test_job_profile_has_pay_source_employers_routes_and_next_steps(tiny_app: Opener) -> None:
    at = tiny_app("job", **LINK)
    page = texts(at)
    assert "£20,000 to £30,000 a year \\(figures for 2024\\)" in page
    assert "checked 1 November 2026" in page
    assert "Where the pay comes from: [" in page
    assert "where this comes from" not in page.lower()
    assert "Lab Co" in page
    assert "Halton" in page
    assert route_headings(at) == ["Route 1", "Route 2", "Route 3"]


def test_job_profile_says_not_known_yet_for_missing_facts(tiny_app: Opener) -> None:
    at = tiny_app("job", to="biomedical-scientist")
    page = texts(at)
    assert "**Pay:** not known yet" in page
    assert "**Hours:** not known yet" in page
    assert "Named local employers: not known yet" in page


def test_compare_puts_routes_side_by_side_with_ten_years_of_money(tiny_app: Opener) -> None:
    at = tiny_app("compare", **LINK, compare="2,3")
    assert at.pills(key="compare.routes").value == [2, 3]
    (table,) = at.table
    frame = table.value
    assert list(frame.columns) == ["Route 2", "Route 3"]
    assert frame.loc["Pay while learning", "Route 2"] == "£24,960"
    (figure,) = open_charts(at)
    assert [t["name"] for t in figure["data"]] == ["Route 2", "Route 3"]
    # 2 apprentice years (£12,480), 3 years at £20,000 (18 to 20), then 5 at the legal minimum from 21 (£23,132)
    assert "Route 2: by age 26 you would have £200,620 in all, before tax" in figure["alt"]
    page = texts(at)
    assert "£8.00 an hour" in page
    assert "25,000" in page


def test_compare_follows_the_route_choice(tiny_app: Opener) -> None:
    at = tiny_app("compare", **LINK)
    assert list(at.table[0].value.columns) == ["Route 1", "Route 2", "Route 3"]
    at.pills(key="compare.routes").set_value([1]).run()
    assert list(at.table[0].value.columns) == ["Route 1"]
    assert at.query_params["compare"] == "1"


def test_compare_can_add_any_route_found(tiny_app: Opener) -> None:
    at = tiny_app("compare", **LINK, compare="1")
    box = at.selectbox(key="compare.routes.add")
    assert box.options == [
        "Route 2: Laboratory technician apprenticeship, then Laboratory technician. About 2 years.",
        "Route 3: Level 2 applied science then Laboratory technician apprenticeship, then Laboratory technician. About 3 years.",
    ]
    box.set_value(3).run()
    at.button(key="compare.routes.add.button").click().run()
    assert at.pills(key="compare.routes").value == [1, 3]
    assert list(at.table[0].value.columns) == ["Route 1", "Route 3"]
    assert at.query_params["compare"] == "1,3"
    assert at.selectbox(key="compare.routes.add").options == [
        "Route 2: Laboratory technician apprenticeship, then Laboratory technician. About 2 years."
    ]


def test_about_data_lists_each_kind_of_fact_and_how_to_update_it(tiny_app: Opener) -> None:
    at = tiny_app("about")
    assert not at.table, "a table needs a sideways scroll box on a narrow phone"
    assert "- **Jobs\\: what they are, pay and hours**: 3, checked between" in texts(at)
    assert "python -m pathways validate" in texts(at)


def test_about_data_gives_the_open_government_licence_attribution(tiny_app: Opener) -> None:
    at = tiny_app("about")
    said = texts(at)
    assert (
        "Contains public sector information licensed under the [Open Government Licence v3.0]"
        "(https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/)." in said
    )
    for source in ("National Careers Service", "gov.uk", "Office for National Statistics", "NHS"):
        assert source in said.split("Open Government Licence v3.0")[-1], source


def test_the_chosen_view_follows_the_pupil_from_page_to_page(tiny_app: Opener) -> None:
    at = tiny_app(**LINK)
    at.toggle(key="find.paid").set_value(True).run()
    at.switch_page(PAGES["compare"]).run()
    assert at.selectbox(key="compare.job").value == "laboratory-technician"
    assert at.toggle(key="compare.paid").value is True


@pytest.mark.parametrize("page", list(PAGES))
def test_no_heading_has_a_link_icon_to_tab_to(tiny_app: Opener, page: str) -> None:
    """A "link to heading" icon on every title is a Tab stop that goes nowhere a pupil needs."""
    at = tiny_app(page, **LINK)
    headings = [*at.title, *at.header, *at.subheader]
    assert headings
    assert [h.value for h in headings if not h.proto.hide_anchor] == []


@pytest.mark.parametrize("page", list(PAGES))
def test_the_first_screen_is_text_and_widgets_and_every_chart_waits_to_be_asked_for(tiny_app: Opener, page: str) -> None:
    """A first visit must not load plotly's bundle (1.2 MB compressed): a chart is drawn only after its switch."""
    at = tiny_app(page, **LINK, near="widnes")
    assert charts(at) == []
    switches = [t for t in at.toggle if str(t.key).endswith(".show")]
    assert all(t.value is False and t.label.startswith("Show the") for t in switches)
    if switches:
        assert len(open_charts(at)) == len(switches)


DATA_FREE = ("accessibility", "privacy")  # pages that use no data, so they stay readable when the data is broken


@pytest.mark.parametrize("page", [p for p in PAGES if p not in DATA_FREE])
def test_broken_data_shows_every_problem_not_a_traceback(page: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    data = tiny.tables()
    data["jobs.csv"][0]["salary_low"] = "£20k"
    data["links.csv"][1]["to"] = "a-level-sciences"
    monkeypatch.setenv("PATHWAYS_DATA", str(tiny.write(tmp_path / "data", data)))
    at = open_app(page)
    assert [t.value for t in at.title] == ["Sorry, the routes are not ready"]
    page_text = texts(at).replace("\\", "")
    assert "jobs.csv:2: salary_low" in page_text
    assert 'links.csv:3: to: "a-level-sciences" is not a known' in page_text
    assert not at.exception


@pytest.mark.parametrize("page", DATA_FREE)
def test_pages_without_data_still_open_when_the_data_is_broken(
    page: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("PATHWAYS_DATA", str(tmp_path / "nowhere"))
    at = open_app(page)
    assert not at.exception
    assert [t.value for t in at.title] != ["Sorry, the routes are not ready"]


def test_a_missing_data_folder_is_a_problem_page_too(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("PATHWAYS_DATA", str(tmp_path / "nowhere"))
    at = open_app()
    assert "the data folder does not exist" in texts(at)
