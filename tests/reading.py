"""Reading age of text we show pupils, measured offline.

Reading age is the Flesch-Kincaid grade plus 5 (a US school grade is roughly a
UK pupil's age minus 5). textstat 0.7 counts English syllables with NLTK's
CMU dictionary, which it downloads on first use; tests must not reach the
internet, so we switch off that dictionary and textstat falls back to its own
Pyphen hyphenation count (bundled with pyphen), which it uses for every word the
dictionary lacks anyway.
"""

from __future__ import annotations

from unittest import mock

import textstat
from textstat.backend.counts import _count_syllables

UK_AGE_OFFSET = 5


def reading_age(text: str) -> float:
    with mock.patch.object(_count_syllables, "get_cmudict", return_value=None):
        return round(float(textstat.flesch_kincaid_grade(text)) + UK_AGE_OFFSET, 1)
