"""WCAG contrast sums, checked against values the W3C and WebAIM publish."""

from __future__ import annotations

import pytest

from pathways.colours import Colour, contrast, over, parse


@pytest.mark.parametrize(
    ("foreground", "background", "expected"),
    [
        pytest.param("#000000", "#ffffff", 21.0, id="black-on-white"),
        pytest.param("#ffffff", "#ffffff", 1.0, id="same-colour"),
        pytest.param("#767676", "#ffffff", 4.54, id="lightest-grey-for-text"),
        pytest.param("#56B4E9", "#ffffff", 2.31, id="okabe-ito-sky-blue-fails"),
        pytest.param("#E69F00", "#ffffff", 2.25, id="okabe-ito-orange-fails"),
        pytest.param("rgb(128, 132, 149)", "#ffffff", 3.72, id="plotly-default-tick-grey"),
        pytest.param("#fff", "#000", 21.0, id="short-hex-either-way-round"),
    ],
)
def test_contrast_ratio_matches_published_values(foreground: str, background: str, expected: float) -> None:
    assert contrast(foreground, background) == pytest.approx(expected, abs=0.01)


def test_a_see_through_colour_is_blended_with_what_is_behind_it() -> None:
    assert over(parse("rgba(0, 0, 0, 0.5)"), Colour(255, 255, 255)) == Colour(127.5, 127.5, 127.5)
    faint = contrast("rgba(90, 90, 90, 0.25)", "#ffffff")
    assert faint == pytest.approx(contrast(over(parse("rgba(90, 90, 90, 0.25)"), Colour(255, 255, 255))))
    assert faint < 1.5  # the old unchosen-route grey: nearly invisible


@pytest.mark.parametrize("text", ["rgba(1, 2, 3, 40%)", "rgb(1 2 3 / 0.4)"])
def test_browser_colour_forms_are_read(text: str) -> None:
    assert parse(text) == Colour(1, 2, 3, 0.4)


@pytest.mark.parametrize("text", ["blue-ish", "#12", "#gggggg", ""])
def test_an_unreadable_colour_is_an_error_not_a_guess(text: str) -> None:
    with pytest.raises(ValueError, match="not a colour"):
        parse(text)
