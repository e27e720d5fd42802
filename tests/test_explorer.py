"""The young explorer: picture cards -> jobs -> a journey of at most five plain steps a nine-year-old can read."""

from __future__ import annotations

import pytest

from pathways import explorer
from pathways.explorer import (
    MAX_STEPS,
    SAYINGS,
    a_job,
    all_words,
    cards,
    interest,
    jobs_for_card,
    journey,
    sentences,
    shorten,
    young_stages,
)
from pathways.graph import Graph, jobs, stages
from tests.reading import reading_age

MAX_READING_AGE = 9.0


def test_cards_are_emoji_and_short_labels() -> None:
    for card in cards():
        assert not card.emoji.isascii()
        assert len(card.label.split()) <= 4


def test_a_card_finds_jobs_that_use_it(tiny_graph: Graph) -> None:
    card = interest("experiments")
    assert card is not None
    assert jobs_for_card(tiny_graph, card) == ["biomedical-scientist", "laboratory-technician"]
    assert interest("nonsense") is None


def test_young_stages_are_the_ones_the_data_has(tiny_graph: Graph) -> None:
    assert young_stages(tiny_graph) == ["years-7-9"]


def test_journey_to_lab_technician_in_plain_steps(tiny_graph: Graph) -> None:
    found = journey(tiny_graph, "years-7-9", "laboratory-technician")
    assert found is not None
    assert found.sentences == (
        "First you take your GCSE tests at school.",
        "Then you study hard at school or college for two more years.",
        "In the end you can work as a laboratory technician!",
    )


def test_no_journey_when_the_data_has_no_route(tiny_graph: Graph) -> None:
    assert journey(tiny_graph, "years-7-9", "software-developer") is None


@pytest.mark.parametrize("count", range(9))
def test_a_journey_never_has_more_than_five_steps(count: int) -> None:
    sayings = list(SAYINGS.values())[:count]
    said = sentences(shorten(sayings), "welder")
    assert len(said) <= MAX_STEPS
    assert said[-1] == ("In the end you can work as a welder!" if count else "You can work as a welder!")


def test_job_names_lose_their_brackets_and_get_the_right_article() -> None:
    assert a_job("Adult nurse (registered nurse)") == "an adult nurse"
    assert a_job("Welder") == "a welder"


@pytest.mark.parametrize(
    ("name", "said"),
    [
        ("UX designer (user experience)", "a UX designer"),
        ("IT support technician", "an IT support technician"),
        ("NDT technician", "an NDT technician"),
        ("CNC machinist", "a CNC machinist"),
        ("3D artist", "a 3D artist"),
        ("Operating department practitioner", "an operating department practitioner"),
        ("University lecturer", "a university lecturer"),
    ],
)
def test_articles_follow_how_the_name_is_said(name: str, said: str) -> None:
    assert a_job(name) == said


def test_making_apps_and_games_shows_games_jobs_before_coding_scientists(real_graph: Graph) -> None:
    card = next(c for c in cards() if "games" in c.label.lower())
    found = jobs_for_card(real_graph, card)
    assert all("game" in j or "artist" in j for j in found[:4]), found


def test_reading_age_of_the_explorer_is_nine_or_under(tiny_graph: Graph) -> None:
    """Measured 2026-11-28 (Flesch-Kincaid grade + 5): every fixed sentence 6.8; tiny data journeys 6.6."""
    assert reading_age(all_words()) <= MAX_READING_AGE
    journeys = [journey(tiny_graph, s.id, j.id) for s in stages(tiny_graph) for j in jobs(tiny_graph)]
    text = " ".join(sentence for found in journeys if found for sentence in found.sentences)
    assert reading_age(text) <= MAX_READING_AGE


def test_every_card_has_its_own_picture_shipped_as_plain_svg() -> None:
    pictures = {card.id: explorer.picture(card.id) for card in explorer.cards()}
    assert len(pictures) >= 8
    for svg in pictures.values():
        assert svg.lstrip().startswith("<svg")
        assert "<script" not in svg.lower()
        assert "http" not in svg.replace("http://www.w3.org/2000/svg", "")  # nothing fetched from elsewhere
    assert len(set(pictures.values())) == len(pictures)
    assert "CC-BY 4.0" in explorer.PICTURE_CREDIT


def test_read_aloud_is_the_journey_in_sentences() -> None:
    assert explorer.read_aloud(["First you go to school", "Then you get a job."]) == "First you go to school. Then you get a job."
