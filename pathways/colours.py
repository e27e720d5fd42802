"""Colour contrast as WCAG 2.2 measures it, so every colour the app draws can be checked by a test.

Text needs 4.5:1 against what is behind it (1.4.3); lines, markers and focus
outlines need 3:1 (1.4.11). A colour is written as `#rgb`, `#rrggbb`,
`rgb(r, g, b)` or `rgba(r, g, b, a)`; a see-through colour is first laid over
the background it sits on, because that blend is what the eye sees.
"""

from __future__ import annotations

import re
from typing import NamedTuple

TEXT = 4.5  # 1.4.3: normal-size text
GRAPHICS = 3.0  # 1.4.11: lines, markers, focus outlines, large text

_RGB = re.compile(r"^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$")
_NAMES = {"white": "#ffffff", "black": "#000000", "transparent": "rgba(0, 0, 0, 0)"}


class Colour(NamedTuple):
    """Red, green and blue from 0 to 255, and alpha from 0 (clear) to 1 (solid)."""

    red: float
    green: float
    blue: float
    alpha: float = 1.0


def parse(text: str) -> Colour:
    """A CSS colour in one of the forms plotly and browsers write; a ValueError names anything else."""
    value = _NAMES.get(text.strip().lower(), text.strip().lower())
    if value.startswith("#") and len(value) in (4, 7):
        digits = value[1:] if len(value) == 7 else "".join(c * 2 for c in value[1:])
        try:
            return Colour(int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))
        except ValueError:
            pass
    found = _RGB.match(value)
    if found:
        red, green, blue, alpha = found.groups()
        opacity = 1.0 if alpha is None else (float(alpha[:-1]) / 100 if alpha.endswith("%") else float(alpha))
        return Colour(float(red), float(green), float(blue), opacity)
    raise ValueError(f"not a colour this check can read: {text!r}")


def over(top: Colour, bottom: Colour) -> Colour:
    """`top` laid over `bottom` (which must be solid): what a see-through colour looks like on its background."""
    a = top.alpha
    return Colour(
        top.red * a + bottom.red * (1 - a), top.green * a + bottom.green * (1 - a), top.blue * a + bottom.blue * (1 - a)
    )


def luminance(colour: Colour) -> float:
    """WCAG relative luminance, from 0 (black) to 1 (white)."""

    def channel(value: float) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red) + 0.7152 * channel(colour.green) + 0.0722 * channel(colour.blue)


def contrast(foreground: str | Colour, background: str | Colour = "#ffffff") -> float:
    """The WCAG contrast ratio, 1 to 21, of a colour on a solid background (see-through colours are blended first)."""
    back = background if isinstance(background, Colour) else parse(background)
    if back.alpha < 1:
        back = over(back, Colour(255, 255, 255))
    fore = foreground if isinstance(foreground, Colour) else parse(foreground)
    if fore.alpha < 1:
        fore = over(fore, back)
    lighter, darker = sorted((luminance(fore), luminance(back)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)
