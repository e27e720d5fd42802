"""The quiz suggests sectors and jobs, with reasons, for fixed sets of answers."""

from __future__ import annotations

import pytest

from pathways.graph import Graph
from pathways.quiz import questions, suggest
from tests.reading import reading_age

MAX_READING_AGE = 11.0


def test_there_are_ten_to_fifteen_questions() -> None:
    assert 10 <= len(questions()) <= 15


def test_likes_experiments_suggests_the_lab_jobs_and_health(tiny_graph: Graph) -> None:
    result = suggest(tiny_graph, {"experiments": True})
    assert [(s.id, s.score, s.because) for s in result.jobs] == [
        ("biomedical-scientist", 1.0, "because you like science experiments"),
        ("laboratory-technician", 1.0, "because you like science experiments"),
    ]
    assert [(s.id, s.because) for s in result.sectors] == [("health-life-sciences", "because you like science experiments")]


def test_two_likes_rank_the_job_that_uses_both_first(tiny_graph: Graph) -> None:
    result = suggest(tiny_graph, {"body": True, "experiments": True})
    assert [(s.id, s.score) for s in result.jobs] == [("biomedical-scientist", 2.0), ("laboratory-technician", 1.5)]
    assert result.jobs[0].because == "because you like science experiments and you want to know how the body works"


def test_a_dislike_removes_jobs_that_are_about_it(tiny_graph: Graph) -> None:
    result = suggest(tiny_graph, {"coding": True, "experiments": False})
    assert [s.id for s in result.jobs] == ["software-developer"]
    assert [s.id for s in result.sectors] == ["digital-creative"]
    assert suggest(tiny_graph, {"experiments": True, "body": False}).jobs[0].id == "laboratory-technician"


@pytest.mark.parametrize(
    "answers",
    [
        pytest.param({}, id="no-answers"),
        pytest.param({"fixing": False, "coding": False}, id="only-dislikes"),
        pytest.param({"caring": True}, id="likes-nothing-in-the-data"),
        pytest.param({"made-up": True}, id="unknown-question"),
    ],
)
def test_answers_that_match_nothing_suggest_nothing(tiny_graph: Graph, answers: dict[str, bool]) -> None:
    result = suggest(tiny_graph, answers)
    assert result.jobs == ()
    assert result.sectors == ()


def test_questions_and_reasons_read_at_age_eleven_or_under() -> None:
    """Measured 2026-11-28: questions 6.9, reasons 7.8 (Flesch-Kincaid grade + 5)."""
    assert reading_age(" ".join(q.question for q in questions())) <= MAX_READING_AGE
    assert reading_age(" ".join(f"We think so because {q.reason}." for q in questions())) <= MAX_READING_AGE


def test_reasons_come_only_from_what_really_matched(real_graph: Graph) -> None:
    jobs = {s.id: s.because for s in suggest(real_graph, {"coding": True}).jobs}
    assert jobs["games-developer"] == "because you want to make apps and games"
    assert jobs["bioinformatician"] == "because you picked “Making apps and games” and it involves coding"


def test_a_subject_alone_is_never_a_reason(tiny_graph: Graph) -> None:
    """Biology is a subject of the lab technician, not something it is about: no reason is made of it."""
    result = suggest(tiny_graph, {"experiments": True, "body": True})
    lab = next(s for s in result.jobs if s.id == "laboratory-technician")
    assert lab.because == "because you like science experiments"
