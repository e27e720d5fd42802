"""Plain words for facts, and data text that can never change the page it is shown on."""

from __future__ import annotations

import datetime as dt

import pytest

from pathways.plain_words import NOT_KNOWN, and_list, checked, duration, gbp, glossary_for, md, md_link, pay_range
from pathways.schema import GlossaryRow


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        pytest.param("<b>bold</b>", r"\<b\>bold\</b\>", id="html"),
        pytest.param("**loud** [link](https://x.io)", r"\*\*loud\*\* \[link\]\(https\://x\.io\)", id="markdown"),
        pytest.param(":red[alarm] :material/home:", r"\:red\[alarm\] \:material/home\:", id="streamlit-directives"),
        pytest.param("Level 3\n\n# heading", r"Level 3 \# heading", id="newlines-folded"),
    ],
)
def test_md_escapes_everything_markdown_reads(text: str, shown: str) -> None:
    assert md(text) == shown


@pytest.mark.parametrize(
    ("years", "words"),
    [
        (None, NOT_KNOWN),
        (2, "2 years"),
        (1, "1 year"),
        (1.5, "1.5 years"),
        (0.5, "6 months"),
        (0.02, "about 1 week"),
        (0.04, "about 2 weeks"),
    ],
)
def test_duration_in_words_a_pupil_uses(years: float | None, words: str) -> None:
    assert duration(years) == words


def test_money_and_pay_say_not_known_rather_than_zero() -> None:
    assert gbp(None) == NOT_KNOWN
    assert gbp(9535) == "£9,535"
    assert gbp(-9535.4) == "-£9,535"
    assert pay_range(None, None, None) == NOT_KNOWN
    assert pay_range(20000, 30000, 2024) == "£20,000 to £30,000 a year (figures for 2024)"
    assert pay_range(20000, None, None) == "£20,000 a year"
    assert (
        pay_range(26000, 38000, 2025, "middle-half")
        == "most full-time workers earn £26,000 to £38,000 a year (ONS figures for 2025)"
    )
    assert (
        pay_range(30575, 30575, 2025, "median")
        == "half of full-time workers earn more than £30,575 a year (ONS figures for 2025)"
    )


def test_checked_dates_and_lists_read_naturally() -> None:
    assert checked(dt.date(2026, 11, 1)) == "checked 1 November 2026"
    assert checked(None) == NOT_KNOWN
    assert and_list(["a", "b", "c"]) == "a, b and c"
    assert and_list(["a"]) == "a"


def test_glossary_terms_are_found_as_whole_words_only() -> None:
    entries = [
        GlossaryRow(term="T Level", meaning="A course.", source_url="https://www.gov.uk/", checked=dt.date(2026, 11, 1)),
        GlossaryRow(term="HTQ", meaning="A qualification.", source_url="https://www.gov.uk/", checked=dt.date(2026, 11, 1)),
    ]
    assert [e.term for e in glossary_for(["A t level in health"], entries)] == ["T Level"]
    assert [e.term for e in glossary_for(["Two T Levels", "HTQs"], entries)] == ["HTQ", "T Level"]
    assert glossary_for(["Not a T Levelling word: HTQx"], entries) == []


def test_links_keep_the_label_as_text_and_the_address_inside_the_link() -> None:
    assert md_link("Gov *UK*", "https://www.gov.uk/a_(b)") == r"[Gov \*UK\*](https://www.gov.uk/a_%28b%29)"
