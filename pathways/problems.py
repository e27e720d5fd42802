"""Problems found in a data folder, written for the adviser who must fix them."""

from __future__ import annotations

import difflib
from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong in one cell: where it is, and what to do about it."""

    file: str
    line: int
    column: str
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.column}: {self.message}"

    def as_dict(self) -> dict[str, str | int]:
        return {"file": self.file, "line": self.line, "column": self.column, "message": self.message}


class DataError(Exception):
    """The data folder cannot be used; carries every problem found, not just the first."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = sorted(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


def did_you_mean(value: str, known: Iterable[str]) -> str:
    """A ' - did you mean "x"?' hint for a mistyped id, or nothing."""
    close = difflib.get_close_matches(value, list(known), n=1, cutoff=0.75)
    return f' - did you mean "{close[0]}"?' if close else ""
