"""Interests find jobs through the data's own words: keywords strongly, school subjects weakly."""

from __future__ import annotations

import pytest

from pathways.graph import Graph
from pathways.interests import BY_ID, INTERESTS, STRONG, WEAK, jobs_for_interest, match


def test_every_interest_has_a_picture_a_question_and_a_reason() -> None:
    assert 10 <= len(INTERESTS) <= 15
    assert len(BY_ID) == len(INTERESTS)
    for interest in INTERESTS:
        assert interest.emoji
        assert interest.label
        assert interest.question.endswith("?")
        assert interest.reason.startswith("you ")


@pytest.mark.parametrize(
    ("job", "interest", "strength"),
    [
        pytest.param("laboratory-technician", "experiments", STRONG, id="keyword-lab"),
        pytest.param("biomedical-scientist", "body", STRONG, id="keyword-test-blood"),
        pytest.param("laboratory-technician", "body", WEAK, id="only-the-biology-subject"),
        pytest.param("software-developer", "coding", STRONG, id="keyword-coding"),
        pytest.param("software-developer", "caring", 0.0, id="no-match"),
    ],
)
def test_match(tiny_graph: Graph, job: str, interest: str, strength: float) -> None:
    assert match(tiny_graph, job, BY_ID[interest]) == strength


def test_strong_matches_hide_weak_ones(tiny_graph: Graph) -> None:
    assert jobs_for_interest(tiny_graph, BY_ID["body"]) == ["biomedical-scientist"]
    assert jobs_for_interest(tiny_graph, BY_ID["experiments"]) == ["biomedical-scientist", "laboratory-technician"]
    assert jobs_for_interest(tiny_graph, BY_ID["caring"]) == []
