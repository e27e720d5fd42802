"""Search finds jobs from a pupil's own words, with typos, using words from the data."""

from __future__ import annotations

import pytest

from pathways.graph import Graph
from pathways.search import normalise, search_jobs


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("hospital lab", "biomedical-scientist"),
        ("test blood", "biomedical-scientist"),
        ("I want to work in a lab", "laboratory-technician"),
        ("test tubes", "laboratory-technician"),
        ("coding", "software-developer"),
        ("make apps", "software-developer"),
        ("programming", "software-developer"),  # a keyword of the subject computing
        ("softwear developer", "software-developer"),  # typo
        ("Biomedical", "biomedical-scientist"),
    ],
)
def test_the_expected_job_comes_first(tiny_graph: Graph, text: str, first: str) -> None:
    assert search_jobs(tiny_graph, text)[0].id == first


def test_nothing_typed_finds_nothing(tiny_graph: Graph) -> None:
    assert search_jobs(tiny_graph, "") == []
    assert search_jobs(tiny_graph, "   ") == []
    assert search_jobs(tiny_graph, "zzzzqqq") == []


def test_filler_words_are_ignored() -> None:
    assert normalise("I'd like to work in a Hospital LAB!") == "d hospital lab"


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("make video games", "games-developer"),
        ("hack computers", "cyber-security-analyst"),
        ("make films", "video-editor"),
        ("design cars", "mechanical-engineer"),
        ("welding", "welder"),
        ("x-rays", "radiographer"),
        ("draw cartoons", "animator"),
        ("websites", "web-developer"),
        ("medicines", "pharmacist"),
        ("look after patients", "adult-nurse"),
        ("data and numbers", "data-analyst"),
        ("work in a hospital lab", "biomedical-scientist"),
    ],
)
def test_pupils_words_find_the_right_job_in_the_shipped_data(real_graph: Graph, text: str, first: str) -> None:
    assert search_jobs(real_graph, text)[0].id == first


@pytest.mark.parametrize(
    ("text", "among"),
    [
        ("build robots", {"electronics-engineer", "mechanical-engineer"}),
        (
            "fix machines",
            {
                "engineering-operative",
                "mechanical-engineering-technician",
                "electronics-technician",
                "aircraft-maintenance-engineer",
                "maintenance-electrician",
            },
        ),
    ],
)
def test_broad_words_find_a_family_of_jobs(real_graph: Graph, text: str, among: set[str]) -> None:
    assert {h.id for h in search_jobs(real_graph, text, limit=2)} <= among
