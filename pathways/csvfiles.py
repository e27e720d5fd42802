"""Reading one spreadsheet-saved CSV file safely, with the line of every row.

Spreadsheets save in many ways (byte-order marks, Windows line endings, Latin-1,
UTF-16). We accept the harmless ones silently and turn the rest into a Problem
that says how to save the file properly, never a traceback.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from pathways.problems import Problem
from pathways.schema import MAX_CELL

MAX_FILE_BYTES = 5 * 1024 * 1024
# Let the reader take any cell a file within the size limit can hold, so an oversized
# cell gets our message naming its column rather than the csv module's bare error.
csv.field_size_limit(MAX_FILE_BYTES)


@dataclass
class RawTable:
    """A file's header and rows as text, each row with the line it starts on."""

    header: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def decode(name: str, data: bytes) -> tuple[str | None, list[Problem]]:
    """Text of a CSV file, or the problem that stops us reading it."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None, [Problem(name, 1, "(file)", 'the file is saved as UTF-16: save it again as "CSV UTF-8"')]
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        return None, [Problem(name, line, "(file)", 'the file is not UTF-8 (perhaps Latin-1): save it again as "CSV UTF-8"')]


def read_table(name: str, data: bytes) -> tuple[RawTable, list[Problem]]:
    """Parse CSV bytes into a RawTable; every unreadable part becomes a Problem."""
    table = RawTable()
    if len(data) > MAX_FILE_BYTES:
        return table, [Problem(name, 1, "(file)", f"the file is {len(data):,} bytes; the most allowed is {MAX_FILE_BYTES:,}")]
    text, problems = decode(name, data)
    if text is None:
        return table, problems
    if not text.strip():
        return table, [Problem(name, 1, "(header)", "the file is empty: it needs a header row and rows of data")]
    if "\x00" in text:
        return table, [Problem(name, 1, "(file)", "the file holds binary data, not text: save it again as CSV UTF-8")]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    start = 1
    try:
        for cells in reader:
            line, start = start, reader.line_num + 1
            if not table.header:
                table.header = [c.strip().lower() for c in cells]
                continue
            if not any(c.strip() for c in cells):
                continue
            problems += _row_shape(name, line, table.header, cells)
            table.rows.append((line, dict(zip(table.header, cells, strict=False))))
    except csv.Error as error:
        problems.append(Problem(name, start, "(row)", f'this row cannot be read ({error}): look for a stray quote mark "'))
    return table, problems


def _row_shape(name: str, line: int, header: list[str], cells: list[str]) -> list[Problem]:
    problems = []
    if len(cells) > len(header):
        problems.append(
            Problem(
                name,
                line,
                "(row)",
                f"this row has {len(cells)} cells but the header has {len(header)}: "
                "a comma inside a cell needs quotes around the cell",
            )
        )
    for column, cell in zip(header, cells, strict=False):
        if len(cell) > MAX_CELL:
            problems.append(Problem(name, line, column, f"the cell is {len(cell):,} characters long; the most is {MAX_CELL:,}"))
        elif cell.lstrip().startswith("="):
            problems.append(Problem(name, line, column, "this looks like a spreadsheet formula: type the text itself"))
        elif "<" in cell and ">" in cell:
            problems.append(Problem(name, line, column, "this looks like HTML or a script (< and >): remove the tags"))
    return problems


def read_file(folder: Path, name: str) -> tuple[RawTable, list[Problem]]:
    """Read `name` from a data folder; a missing file is a problem, not a crash."""
    path = folder / name
    if not path.is_file():
        return RawTable(), [Problem(name, 1, "(file)", "the file is missing from the data folder")]
    return read_table(name, path.read_bytes())
