"""Near me in the pages: `near=` links (good, bad, missing), nearest first with distances, and the map page."""

from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest

from pathways.near import HOW_TO_CHOOSE
from tests.ui.apptest import Opener, open_charts, texts

ROUTE = {"from": "years-10-11", "to": "laboratory-technician"}


def said(at: AppTest) -> str:
    """What a pupil reads, without the backslashes that keep data text from turning into Markdown."""
    return texts(at).replace("\\", "")


def test_a_near_link_puts_providers_nearest_first_with_distances(tiny_app: Opener) -> None:
    at = tiny_app(**ROUTE, near="birkenhead")
    assert at.selectbox(key="find.near").value == "birkenhead"
    assert "City College (Liverpool, about 4 km)" in said(at)
    assert HOW_TO_CHOOSE not in said(at)
    assert at.query_params["near"] == "birkenhead"


def test_without_near_the_list_says_how_to_choose(tiny_app: Opener) -> None:
    at = tiny_app(**ROUTE)
    assert "City College (Liverpool)" in said(at)
    assert HOW_TO_CHOOSE in said(at)
    assert "near" not in at.query_params


def test_a_bad_near_link_gets_the_usual_notice(tiny_app: Opener) -> None:
    at = tiny_app(**ROUTE, near="atlantis")
    assert "We could not open part of that link (near=atlantis)" in said(at)
    assert at.selectbox(key="find.near").value is None
    assert HOW_TO_CHOOSE in said(at)


def test_choosing_a_place_goes_into_the_link(tiny_app: Opener) -> None:
    at = tiny_app(**ROUTE)
    at.selectbox(key="find.near").set_value("widnes").run()
    assert at.query_params["near"] == "widnes"
    assert "about 16 km" in said(at)


def test_job_profile_orders_employers_and_providers_from_the_chosen_place(tiny_app: Opener) -> None:
    at = tiny_app("job", to="laboratory-technician", near="widnes")
    assert "Halton, less than 1 km" in said(at)  # Lab Co is in Widnes
    assert "City College (Liverpool, about 16 km)" in said(at)


def test_presenter_shows_distances_once_a_place_is_chosen(tiny_app: Opener) -> None:
    at = tiny_app("presenter", **ROUTE, route="1", near="widnes")
    assert at.selectbox(key="presenter.near").value == "widnes"
    assert not at.exception


def test_the_map_page_marks_the_place_and_lists_the_same_places_nearest_first(tiny_app: Opener) -> None:
    at = tiny_app("near", near="widnes")
    (figure,) = open_charts(at)
    names = [trace.get("name") for trace in figure["data"]]
    assert "You: Widnes" in names
    assert "The same places as a list" in said(at)
    listed = [line for line in said(at).splitlines() if re.match(r"\d+\. ", line)]
    assert listed[0].startswith("1. Lab Co (employer, Halton, less than 1 km)")
    assert listed[1].startswith("2. City College (college or training, Liverpool, about 16 km)")


def test_the_map_page_without_a_place_says_how_to_choose_and_a_bad_one_gets_a_notice(tiny_app: Opener) -> None:
    at = tiny_app("near")
    assert HOW_TO_CHOOSE in said(at)
    (figure,) = open_charts(at)
    assert not any(str(trace.get("name", "")).startswith("You:") for trace in figure["data"])
    at = tiny_app("near", near="nowhere")
    assert "We could not open part of that link (near=nowhere)" in said(at)


def test_the_map_page_keeps_only_places_for_a_chosen_job(tiny_app: Opener) -> None:
    at = tiny_app("near", to="software-developer")
    (figure,) = open_charts(at)
    points = [name for trace in figure["data"] if trace.get("mode") == "markers" for name in trace.get("text", [])]
    assert "Lab Co" not in points
