"""A link reopens the same view; a bad link opens the nearest view and says what it dropped."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pytest

from pathways.graph import Graph
from pathways.links import View, encode, parse, query_string
from pathways.routes import Constraints


def test_a_full_link_is_read_into_a_typed_view(tiny_graph: Graph) -> None:
    params = {"from": "years-10-11", "to": "laboratory-technician", "route": "2", "paid": "1", "grade": "5", "years": "3"}
    view = parse(params, tiny_graph)
    assert view == View(
        start="years-10-11",
        job="laboratory-technician",
        route=2,
        constraints=Constraints(paid_only=True, gcse_grade=5, max_years=3.0),
    )
    assert view.ignored == ()


def test_encode_then_parse_gives_the_same_view(tiny_graph: Graph) -> None:
    view = View(
        start="years-7-9",
        job="biomedical-scientist",
        compare=(1, 3),
        node="a-levels-sciences",
        sector="health-life-sciences",
        subjects=("biology", "chemistry"),
        q="test blood",
        constraints=Constraints(no_university=True, max_years=4.0),
    )
    assert parse(dict(parse_qsl(query_string(view)[1:])), tiny_graph) == view


def test_the_default_view_has_an_empty_link() -> None:
    assert encode(View()) == {}
    assert query_string(View()) == ""


@pytest.mark.parametrize(
    ("params", "ignored"),
    [
        pytest.param({"from": "year-99"}, ("from=year-99",), id="unknown-stage"),
        pytest.param({"from": "laboratory-technician"}, ("from=laboratory-technician",), id="job-is-not-a-stage"),
        pytest.param({"to": "years-10-11"}, ("to=years-10-11",), id="stage-is-not-a-job"),
        pytest.param({"route": "0"}, ("route=0",), id="route-zero"),
        pytest.param({"route": "two"}, ("route=two",), id="route-words"),
        pytest.param({"grade": "10"}, ("grade=10",), id="grade-too-high"),
        pytest.param({"years": "-1"}, ("years=-1",), id="negative-years"),
        pytest.param({"paid": "maybe"}, ("paid=maybe",), id="flag-not-yes-or-no"),
        pytest.param({"sector": "farming"}, ("sector=farming",), id="unknown-sector"),
        pytest.param({"subjects": "biology,latin"}, ("subjects=latin",), id="one-unknown-subject"),
        pytest.param({"compare": "1,x"}, ("compare=1x",), id="bad-compare"),
        pytest.param({"colour": "red"}, ("colour=red",), id="unknown-key"),
        pytest.param({"to": "<script>alert(1)</script>"}, ("to=scriptalert1script",), id="markup-is-defused"),
    ],
)
def test_bad_values_are_dropped_and_named(tiny_graph: Graph, params: dict[str, str], ignored: tuple[str, ...]) -> None:
    view = parse(params, tiny_graph)
    assert view.ignored == ignored
    assert (view.start, view.job, view.route, view.sector) == (None, None, None, None)
    assert view.constraints == Constraints()


def test_good_values_survive_beside_bad_ones(tiny_graph: Graph) -> None:
    view = parse({"from": "years-10-11", "to": "nurse", "subjects": "biology,latin", "compare": "1,x"}, tiny_graph)
    assert (view.start, view.job, view.subjects, view.compare) == ("years-10-11", None, ("biology",), (1,))
    assert view.ignored == ("to=nurse", "subjects=latin", "compare=1x")


def test_repeated_keys_use_the_last_value_like_streamlit(tiny_graph: Graph) -> None:
    assert parse({"from": ["adult", "years-7-9"]}, tiny_graph).start == "years-7-9"


def test_another_pages_parameters_are_neither_used_nor_reported(tiny_graph: Graph) -> None:
    view = parse({"present": "1", "from": "adult"}, tiny_graph, extra=("present",))
    assert view.start == "adult"
    assert view.ignored == ()


def test_long_search_words_are_cut_short(tiny_graph: Graph) -> None:
    assert len(parse({"q": "lab " * 100}, tiny_graph).q) <= 80
