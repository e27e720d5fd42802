"""A link reopens the same view; a bad link opens the nearest view and says what it dropped."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from pathways.data import load_data
from pathways.graph import Graph, build_graph
from pathways.links import View, encode, notice, parse, query_string
from pathways.routes import Constraints
from tests import tiny


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


@pytest.mark.parametrize(
    "key", ["fbclid", "gclid", "utm_source", "utm_campaign", "UTM_Medium", "mc_cid", "mc_eid", "igshid", "ref", "msclkid"]
)
def test_tracking_parameters_are_ignored_silently(tiny_graph: Graph, key: str) -> None:
    view = parse({"to": "laboratory-technician", key: "IwAR3xyz"}, tiny_graph)
    assert view.job == "laboratory-technician"
    assert view.ignored == ()
    assert notice(view) == ""


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        pytest.param({"to": "Laboratory Technician"}, ("to", "laboratory-technician"), id="job-name-any-case"),
        pytest.param({"to": "laboratory technician"}, ("to", "laboratory-technician"), id="id-with-spaces"),
        pytest.param({"from": "Years 10 and 11"}, ("from", "years-10-11"), id="stage-name"),
        pytest.param({"node": "A levels in sciences"}, ("node", "a-levels-sciences"), id="step-name"),
        pytest.param({"sector": "Digital and creative"}, ("sector", "digital-creative"), id="sector-name"),
    ],
)
def test_names_are_accepted_like_ids(tiny_graph: Graph, params: dict[str, str], expected: tuple[str, str]) -> None:
    view = parse(params, tiny_graph)
    key, wanted = expected
    got = {"to": view.job, "from": view.start, "node": view.node, "sector": view.sector}[key]
    assert got == wanted
    assert view.ignored == ()


def test_a_job_given_by_its_name_is_written_back_as_its_id(tiny_graph: Graph) -> None:
    assert encode(parse({"to": "Software Developer"}, tiny_graph)) == {"to": "software-developer"}


@pytest.mark.parametrize(
    ("params", "said"),
    [
        pytest.param({"to": "labratory technican"}, "to=labratory technican - did you mean “Laboratory technician”?", id="typo"),
        pytest.param({"from": "years-10"}, "from=years-10 - did you mean “Years 10 and 11”", id="part-of-a-stage"),
        pytest.param({"to": "softwear developer"}, "did you mean “Software developer”?", id="misspelt-word"),
        pytest.param({"to": "xyzzy"}, "(to=xyzzy),", id="nothing-close-says-nothing-more"),
    ],
)
def test_an_unknown_value_gets_did_you_mean(tiny_graph: Graph, params: dict[str, str], said: str) -> None:
    view = parse(params, tiny_graph)
    assert (view.start, view.job) == (None, None)
    assert said in notice(view)


def test_the_notice_names_at_most_three_parts_and_counts_the_rest(tiny_graph: Graph) -> None:
    view = parse({f"junk{i}": "x" for i in range(400)}, tiny_graph)
    assert len(view.ignored) == 400
    assert notice(view) == (
        "We could not open part of that link (junk0=x; junk1=x; junk2=x) and 397 more, so here is the nearest page we could show."
    )


def _with_retired(tmp_path: Path, replaced_by: str) -> Graph:
    data = tiny.tables()
    data["retired.csv"] = [tiny.retired_row("old-lab-apprenticeship", replaced_by, "Old lab apprenticeship", "It was retired in 2024.")]
    return build_graph(load_data(tiny.write(tmp_path / "data", data)))


def test_an_old_link_to_a_retired_step_opens_its_successor_and_says_why(tmp_path: Path) -> None:
    graph = _with_retired(tmp_path, "laboratory-technician-l3")
    view = parse({"from": "years-10-11", "node": "old-lab-apprenticeship"}, graph)
    assert view.node == "laboratory-technician-l3"
    assert view.ignored == ()
    assert notice(view).startswith("Old lab apprenticeship has been replaced by ")
    assert notice(view).endswith("so we opened that. It was retired in 2024.")


def test_an_old_link_to_something_closed_says_it_is_gone(tmp_path: Path) -> None:
    graph = _with_retired(tmp_path, "")
    view = parse({"node": "old-lab-apprenticeship"}, graph)
    assert view.node is None
    assert notice(view) == "Old lab apprenticeship is no longer offered. It was retired in 2024."
