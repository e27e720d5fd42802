"""A link reopens the same view; a bad link opens the nearest view and says what it dropped."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from urllib.parse import parse_qsl

import pytest

from pathways.data import load_data
from pathways.graph import Graph, build_graph
from pathways.routes import Constraints
from pathways.url_state import (
    KEYS,
    MAX_YEARS,
    PAGE_KEYS,
    SHORT_KEYS,
    SHORT_PAGES,
    STAGE_CODES,
    View,
    encode,
    notice,
    parse,
    query_string,
)
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
    data["retired.csv"] = [
        tiny.retired_row("old-lab-apprenticeship", replaced_by, "Old lab apprenticeship", "It was retired in 2024.")
    ]
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


# Each page's own keys: what a page's link carries, and what it reads.

SECRET = "my secret words"


def test_a_page_reads_only_its_own_keys_and_drops_the_others_without_a_notice(tiny_graph: Graph) -> None:
    params = {"from": "years-10-11", "to": "laboratory-technician", "q": SECRET, "sector": "digital-creative", "compare": "1,2"}
    view = parse(params, tiny_graph, page="presenter")
    assert (view.start, view.job, view.q, view.sector, view.compare) == ("years-10-11", "laboratory-technician", "", None, ())
    assert view.ignored == ()
    assert parse(params, tiny_graph, page="find").q == SECRET


@pytest.mark.parametrize("page", list(PAGE_KEYS))
def test_a_pages_link_holds_only_its_own_keys(page: str) -> None:
    view = View(
        start="years-10-11",
        job="laboratory-technician",
        route=2,
        compare=(1, 2),
        node="a-levels-sciences",
        sector="health-life-sciences",
        subjects=("biology",),
        q=SECRET,
        constraints=Constraints(paid_only=True, max_years=9.0),
        near="widnes",
        step=3,
    )
    params = encode(view, page)
    allowed = {SHORT_KEYS[k] for k in PAGE_KEYS[page]} if page in SHORT_PAGES else set(PAGE_KEYS[page])
    assert set(params) <= allowed
    assert ("q" in params) == (page == "find")
    assert (SECRET in query_string(view, page).replace("+", " ")) == (page == "find")


def test_every_key_belongs_to_a_page_and_every_page_key_is_known() -> None:
    assert {k for keys in PAGE_KEYS.values() for k in keys} == set(KEYS)


def test_short_names_cover_every_presenter_key_and_clash_with_nothing() -> None:
    for page in SHORT_PAGES:
        assert set(PAGE_KEYS[page]) <= set(SHORT_KEYS)
    assert len(set(SHORT_KEYS.values())) == len(SHORT_KEYS)
    assert not set(SHORT_KEYS.values()) & set(KEYS)


def test_stage_codes_name_real_stages() -> None:
    stages = {s.id for s in load_data().stages}
    assert set(STAGE_CODES.values()) <= stages


@pytest.mark.parametrize(
    ("view", "expected"),
    [
        pytest.param(
            View(start="years-10-11", job="laboratory-technician", route=1, step=1),
            {"j": "laboratory-technician", "s": "10"},
            id="route-and-step-one-left-out",
        ),
        pytest.param(
            View(start="adult", job="laboratory-technician", route=2, step=3, near="widnes"),
            {"j": "laboratory-technician", "s": "adult", "r": "2", "n": "3", "w": "widnes"},
            id="a-stage-without-a-code-keeps-its-id",
        ),
        pytest.param(
            View(job="laboratory-technician", constraints=Constraints(True, True, 4.0, 5)),
            {"j": "laboratory-technician", "u": "1", "e": "1", "g": "5", "y": "4"},
            id="filters",
        ),
    ],
)
def test_the_presenter_writes_its_short_form(tiny_graph: Graph, view: View, expected: dict[str, str]) -> None:
    assert encode(view, "presenter") == expected
    assert parse(expected, tiny_graph, page="presenter") == replace(
        view, route=view.route if view.route != 1 else None, step=view.step if view.step != 1 else None
    )


def test_old_long_presenter_links_open_the_same_view_as_the_short_ones(tiny_graph: Graph) -> None:
    old = {"from": "years-10-11", "to": "laboratory-technician", "route": "2", "step": "3", "q": SECRET, "nouni": "1"}
    new = {"j": "laboratory-technician", "s": "10", "r": "2", "n": "3", "u": "1"}
    assert parse(old, tiny_graph, page="presenter") == parse(new, tiny_graph, page="presenter")
    assert parse(old, tiny_graph, page="presenter").ignored == ()


def test_a_notice_names_the_short_key_the_link_used(tiny_graph: Graph) -> None:
    view = parse({"j": "labratory technican", "s": "99", "n": "0"}, tiny_graph, page="presenter")
    assert view.ignored == ("j=labratory technican", "s=99", "n=0")
    said = notice(view)
    assert "j=labratory technican - did you mean “Laboratory technician”?" in said
    assert "n=0 - the least is 1" in said


@pytest.mark.parametrize(
    ("params", "item"),
    [
        pytest.param({"years": str(MAX_YEARS + 1)}, f"years={MAX_YEARS + 1} - the most is {MAX_YEARS}", id="years"),
        pytest.param({"grade": "12"}, "grade=12 - the most is 9", id="grade"),
        pytest.param({"route": "9"}, "route=9 - the most is 5", id="route"),
        pytest.param({"years": "0"}, "years=0 - the least is 1", id="zero-years"),
    ],
)
def test_a_number_out_of_range_says_what_is_allowed(tiny_graph: Graph, params: dict[str, str], item: str) -> None:
    assert item in notice(parse(params, tiny_graph))


def test_every_year_the_link_accepts_is_kept(tiny_graph: Graph) -> None:
    for years in range(1, MAX_YEARS + 1):
        view = parse({"years": str(years)}, tiny_graph)
        assert view.constraints.max_years == years
        assert view.ignored == ()
