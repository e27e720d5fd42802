"""Hostile data: the shipped data/ broken by one spreadsheet mistake at a time.

Each case copies the real data folder, makes a single change an adviser could
make in a spreadsheet, and checks that `python -m pathways validate` exits 1
with a message naming the file, line and column (or, for harmless changes such
as a byte-order mark, accepts the file silently).
"""

from __future__ import annotations

import csv
import io
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pathways.cli import main
from pathways.data import DATA_DIR
from tests.ui.apptest import APP, texts


def read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle)
        return list(reader.fieldnames or []), list(reader)


def write_rows(path: Path, header: list[str], rows: list[dict[str, str]]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


def set_cell(file: str, column: str, value: str | Callable[[dict[str, str]], str], row: int = 0) -> Callable[[Path], None]:
    """Change one cell; `row` 0 is the first data row (line 2)."""

    def change(folder: Path) -> None:
        header, rows = read_rows(folder / file)
        rows[row][column] = value(rows[row]) if callable(value) else value
        write_rows(folder / file, header, rows)

    return change


def rename_column(file: str, old: str, new: str) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        header, rows = read_rows(folder / file)
        write_rows(
            folder / file,
            [new if c == old else c for c in header],
            [{(new if k == old else k): v for k, v in r.items()} for r in rows],
        )

    return change


def add_column(file: str, column: str) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        header, rows = read_rows(folder / file)
        write_rows(folder / file, [*header, column], [{**r, column: "x"} for r in rows])

    return change


def copy_id_of_first_row(file: str) -> Callable[[Path], None]:
    return set_cell(file, "id", lambda _row: read_rows(DATA_DIR / file)[1][0]["id"], row=1)


def add_back_link(folder: Path) -> None:
    """Add a link from the end of the first step-to-step link back to its start: a circle."""
    header, rows = read_rows(folder / "links.csv")
    first = next(r for r in rows if not r["from"].startswith(("year", "age-", "adult")))
    rows.append({**first, "from": first["to"], "to": first["from"]})
    write_rows(folder / "links.csv", header, rows)


def swap_pay(folder: Path) -> None:
    header, rows = read_rows(folder / "jobs.csv")
    job = next(r for r in rows if r["salary_low"] and r["salary_high"] and r["salary_low"] != r["salary_high"])
    job["salary_low"], job["salary_high"] = job["salary_high"], job["salary_low"]
    write_rows(folder / "jobs.csv", header, rows)


def pay_line(folder: Path) -> int:
    _, rows = read_rows(folder / "jobs.csv")
    return 2 + next(i for i, r in enumerate(rows) if r["salary_low"] and r["salary_high"] and r["salary_low"] != r["salary_high"])


def encode(file: str, encoding: str, insert: str = "") -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        text = (folder / file).read_text(encoding="utf-8")
        lines = text.split("\n")
        lines[2] = lines[2].replace(",", f",{insert}", 1) if insert else lines[2]
        (folder / file).write_bytes("\n".join(lines).encode(encoding, errors="replace"))

    return change


def raw(file: str, edit: Callable[[bytes], bytes]) -> Callable[[Path], None]:
    def change(folder: Path) -> None:
        (folder / file).write_bytes(edit((folder / file).read_bytes()))

    return change


def stray_quote(data: bytes) -> bytes:
    lines = data.split(b"\n")
    lines[3] = b'"' + lines[3]
    return b"\n".join(lines)


def remove(file: str) -> Callable[[Path], None]:
    return lambda folder: (folder / file).unlink()


@dataclass(frozen=True)
class Case:
    change: Callable[[Path], None]
    file: str
    line: int | Callable[[Path], int] | None  # None: the data must stay valid
    column: str
    words: str


CASES = {
    "missing-column": Case(rename_column("jobs.csv", "summary", ""), "jobs.csv", 1, "summary", "missing"),
    "renamed-column": Case(rename_column("providers.csv", "borough", "town"), "providers.csv", 1, "town", "not a column"),
    "extra-column": Case(add_column("employers.csv", "notes"), "employers.csv", 1, "notes", "not a column"),
    "blank-required": Case(set_cell("jobs.csv", "name", ""), "jobs.csv", 2, "name", "required"),
    "wrong-type": Case(
        set_cell("apprenticeships.csv", "level", "three"), "apprenticeships.csv", 2, "level", "not a whole number"
    ),
    "duplicate-id": Case(copy_id_of_first_row("jobs.csv"), "jobs.csv", 3, "id", "already used"),
    "swapped-lat-lon": Case(set_cell("providers.csv", "lat", "-2.98"), "providers.csv", 2, "lat", "outside the city region"),
    "not-kebab-id": Case(set_cell("providers.csv", "id", "City College!"), "providers.csv", 2, "id", "not a valid id"),
    "link-to-unknown": Case(set_cell("links.csv", "to", "no-such-job"), "links.csv", 2, "to", "not a known id"),
    "offer-to-unknown": Case(set_cell("offers.csv", "step", "no-such-step"), "offers.csv", 2, "step", "not a known step"),
    "employer-job-unknown": Case(
        set_cell("employer_jobs.csv", "job", "no-such-job"), "employer_jobs.csv", 2, "job", "not a known job"
    ),
    "self-link": Case(set_cell("links.csv", "to", lambda r: r["from"]), "links.csv", 2, "to", "itself"),
    "cycle": Case(add_back_link, "links.csv", 0, "to", "circle"),
    "negative-duration": Case(set_cell("qualifications.csv", "years", "-1"), "qualifications.csv", 2, "years", "at least 0"),
    "negative-money": Case(
        set_cell("qualifications.csv", "tuition_gbp_per_year", "-9250"),
        "qualifications.csv",
        2,
        "tuition_gbp_per_year",
        "at least 0",
    ),
    "level-outside-0-8": Case(set_cell("qualifications.csv", "level", "11"), "qualifications.csv", 2, "level", "at most 8"),
    "pay-upside-down": Case(swap_pay, "jobs.csv", pay_line, "salary_high", "lower than salary_low"),
    "future-date": Case(set_cell("jobs.csv", "checked", "2099-01-01"), "jobs.csv", 2, "checked", "future"),
    "malformed-date": Case(set_cell("offers.csv", "checked", "31/12/2025"), "offers.csv", 2, "checked", "YYYY-MM-DD"),
    "malformed-url": Case(
        set_cell("providers.csv", "source_url", "nationalcareers"), "providers.csv", 2, "source_url", "not a web address"
    ),
    "latin-1-file": Case(encode("jobs.csv", "latin-1", insert="Café "), "jobs.csv", 3, "(file)", "not UTF-8"),
    "utf-16-file": Case(encode("sectors.csv", "utf-16"), "sectors.csv", 1, "(file)", "UTF-16"),
    "stray-quote": Case(raw("subjects.csv", stray_quote), "subjects.csv", 4, "(row)", "stray quote"),
    "huge-cell": Case(set_cell("jobs.csv", "summary", "x" * 200_000), "jobs.csv", 2, "summary", "characters long"),
    "empty-file": Case(raw("glossary.csv", lambda _: b""), "glossary.csv", 1, "(header)", "empty"),
    "missing-file": Case(remove("employers.csv"), "employers.csv", 1, "(file)", "missing"),
    "formula-text": Case(
        set_cell("jobs.csv", "name", '=HYPERLINK("https://evil.example","Click")'), "jobs.csv", 2, "name", "formula"
    ),
    "html-in-a-name": Case(set_cell("providers.csv", "name", "<script>alert(1)</script>"), "providers.csv", 2, "name", "HTML"),
    "binary-file": Case(raw("stages.csv", lambda d: d + b"\x00\x01"), "stages.csv", 1, "(file)", "binary"),
    "unknown-sector": Case(set_cell("jobs.csv", "sector", "retail"), "jobs.csv", 2, "sector", "use one of"),
    "byte-order-mark": Case(raw("jobs.csv", lambda d: b"\xef\xbb\xbf" + d), "", None, "", ""),
    "windows-line-endings": Case(raw("links.csv", lambda d: d.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")), "", None, "", ""),
}


@pytest.fixture
def broken_copy(tmp_path: Path) -> Path:
    return Path(shutil.copytree(DATA_DIR, tmp_path / "data"))


@pytest.mark.parametrize("name", list(CASES))
def test_one_mistake_is_named_by_file_line_and_column(name: str, broken_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = CASES[name]
    case.change(broken_copy)
    code = main(["validate", str(broken_copy)])
    out = capsys.readouterr().out
    if case.line is None:
        assert code == 0, out
        assert out.splitlines()[-1].startswith("ok: ")
        return
    assert code == 1, out
    line = case.line(broken_copy) if callable(case.line) else case.line
    prefix = f"{case.file}:{line}: {case.column}: " if line else f"{case.file}:"
    matching = [m for m in out.splitlines() if m.startswith(prefix) and case.words in m]
    assert matching, f"expected {prefix}...{case.words}... in:\n{out}"


def test_there_are_at_least_25_hostile_cases() -> None:
    assert sum(1 for c in CASES.values() if c.line is not None) >= 25


def test_the_shipped_data_is_valid(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["validate"]) == 0, capsys.readouterr().out


def test_reading_a_csv_row_keeps_its_line() -> None:
    """The helper above must not shift lines, or every line number checked here would be wrong."""
    header, rows = read_rows(DATA_DIR / "jobs.csv")
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=header)
    writer.writeheader()
    writer.writerows(rows)
    assert buffer.getvalue().count("\n") == len(rows) + 1


@pytest.mark.parametrize("name", [n for n, c in CASES.items() if c.line is not None])
def test_the_app_shows_the_problem_page_not_a_traceback(name: str, broken_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    case = CASES[name]
    case.change(broken_copy)
    monkeypatch.setenv("PATHWAYS_DATA", str(broken_copy))
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.run()
    assert not at.exception
    assert [t.value for t in at.title] == ["Sorry, the routes are not ready"]
    shown = texts(at).replace("\\", "")
    assert f"{case.file}:" in shown
    assert "<script>" not in "".join(str(m.value) for m in at.markdown)  # data text is escaped, never run
