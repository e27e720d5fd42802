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
