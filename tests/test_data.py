"""Validation: every problem is reported at once, with the file, line and column to fix."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from pathways.data import load_data
from pathways.problems import DataError, Problem
from tests import tiny

Tables = dict[str, list[dict[str, str]]]


def problems_after(tmp_path: Path, change: Callable[[Tables], None]) -> list[Problem]:
    data = tiny.tables()
    change(data)
    with pytest.raises(DataError) as caught:
        load_data(tiny.write(tmp_path / "data", data))
    return caught.value.problems


def _set(name: str, index: int, column: str, value: str) -> Callable[[Tables], None]:
    def change(data: Tables) -> None:
        data[name][index][column] = value

    return change


def test_the_tiny_data_is_valid(tiny_dir: Path) -> None:
    data = load_data(tiny_dir)
    assert {j.id for j in data.jobs} >= {"laboratory-technician"}
    assert [w.column for w in data.warnings] == ["id"]  # software-developer has no route yet


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        pytest.param(
            _set("jobs.csv", 0, "salary_low", "abc"), ("jobs.csv", 2, "salary_low", "not a whole number"), id="wrong-type"
        ),
        pytest.param(_set("jobs.csv", 0, "name", ""), ("jobs.csv", 2, "name", "required"), id="empty-required"),
        pytest.param(
            _set("jobs.csv", 1, "id", "Biomedical Scientist"), ("jobs.csv", 3, "id", "biomedical-scientist"), id="not-kebab"
        ),
        pytest.param(
            _set("jobs.csv", 1, "id", "laboratory-technician"),
            ("jobs.csv", 3, "id", "already used at jobs.csv:2"),
            id="duplicate-id",
        ),
        pytest.param(
            _set("links.csv", 5, "to", "laboratory-technican"),
            ("links.csv", 7, "to", 'did you mean "laboratory-technician"'),
            id="unknown-link",
        ),
        pytest.param(_set("offers.csv", 0, "step", "nowhere"), ("offers.csv", 2, "step", "not a known step"), id="unknown-offer"),
        pytest.param(_set("links.csv", 5, "to", "a-levels-sciences"), ("links.csv", 7, "to", "itself"), id="self-link"),
        pytest.param(
            _set("qualifications.csv", 0, "level", "9"), ("qualifications.csv", 2, "level", "at most 8"), id="level-too-high"
        ),
        pytest.param(
            _set("qualifications.csv", 0, "years", "-1"), ("qualifications.csv", 2, "years", "at least 0"), id="negative-years"
        ),
        pytest.param(
            _set("jobs.csv", 0, "salary_high", "18000"),
            ("jobs.csv", 2, "salary_high", "lower than salary_low"),
            id="pay-upside-down",
        ),
        pytest.param(_set("jobs.csv", 0, "checked", "28/11/2026"), ("jobs.csv", 2, "checked", "YYYY-MM-DD"), id="bad-date"),
        pytest.param(_set("jobs.csv", 0, "checked", "2099-01-01"), ("jobs.csv", 2, "checked", "future"), id="future-date"),
        pytest.param(
            _set("jobs.csv", 0, "source_url", "www.example"), ("jobs.csv", 2, "source_url", "not a web address"), id="bad-url"
        ),
        pytest.param(_set("jobs.csv", 0, "sector", "space"), ("jobs.csv", 2, "sector", "use one of"), id="unknown-sector"),
        pytest.param(
            _set("apprenticeships.csv", 0, "st_code", "248"),
            ("apprenticeships.csv", 2, "st_code", "ST and four digits"),
            id="st-code",
        ),
        pytest.param(_set("jobs.csv", 0, "salary_year", ""), ("jobs.csv", 2, "salary_year", "year"), id="pay-without-year"),
        pytest.param(_set("jobs.csv", 0, "name", '=HYPERLINK("x")'), ("jobs.csv", 2, "name", "formula"), id="formula"),
        pytest.param(_set("jobs.csv", 0, "name", "<script>alert(1)</script>"), ("jobs.csv", 2, "name", "HTML"), id="html"),
        pytest.param(_set("links.csv", 8, "from", "a-levels-sciences"), ("links.csv", 10, "from", "needs level"), id="level-gap"),
        pytest.param(
            _set("jobs.csv", 0, "subjects", "astrology"), ("jobs.csv", 2, "subjects", "not a known subject"), id="unknown-subject"
        ),
    ],
)
def test_each_problem_names_file_line_and_column(
    tmp_path: Path, change: Callable[[Tables], None], expected: tuple[str, int, str, str]
) -> None:
    found = problems_after(tmp_path, change)
    file, line, column, words = expected
    assert any((p.file, p.line, p.column) == (file, line, column) and words in p.message for p in found), found


def test_a_cycle_is_reported_with_its_path(tmp_path: Path) -> None:
    def add_cycle(data: Tables) -> None:
        back = dict(data["links.csv"][3], **{"from": "laboratory-technician-l3", "to": "level-2-applied-science"})
        data["links.csv"].append(back)

    found = problems_after(tmp_path, add_cycle)
    assert [p.line for p in found if "circle" in p.message] == [12]
    assert "level-2-applied-science -> laboratory-technician-l3" in str(
        found[0]
    ) or "laboratory-technician-l3 -> level-2-applied-science" in str(found[0])


def test_all_problems_come_at_once(tmp_path: Path) -> None:
    def two_mistakes(data: Tables) -> None:
        data["jobs.csv"][0]["salary_low"] = "lots"
        data["providers.csv"][0]["borough"] = "manchester"

    found = problems_after(tmp_path, two_mistakes)
    assert {(p.file, p.column) for p in found} == {("jobs.csv", "salary_low"), ("providers.csv", "borough")}


def test_missing_and_unknown_columns_are_named(tmp_path: Path) -> None:
    def rename(data: Tables) -> None:
        for row in data["jobs.csv"]:
            row["salary"] = row.pop("salary_low")

    found = problems_after(tmp_path, rename)
    assert any(p.column == "salary" and 'did you mean "salary_low"' in p.message for p in found)
    assert all(p.line == 1 for p in found)


@pytest.mark.parametrize(
    ("content", "words"),
    [
        pytest.param("id,name\n".encode("utf-16"), "UTF-16", id="utf-16"),
        pytest.param("id,name,summary\nhealth-life-sciences,Sant\xe9,x\n".encode("latin-1"), "not UTF-8", id="latin-1"),
        pytest.param(b"", "empty", id="empty-file"),
        pytest.param(b'id,name,summary\nhealth-life-sciences,"Health,x\n', "stray quote", id="stray-quote"),
    ],
)
def test_unreadable_files_say_how_to_save_them(tmp_path: Path, content: bytes, words: str) -> None:
    folder = tiny.write_tiny(tmp_path / "data")
    (folder / "sectors.csv").write_bytes(content)
    with pytest.raises(DataError) as caught:
        load_data(folder)
    assert any(p.file == "sectors.csv" and words in p.message for p in caught.value.problems), caught.value.problems


def test_a_missing_file_is_named(tmp_path: Path) -> None:
    folder = tiny.write_tiny(tmp_path / "data")
    (folder / "offers.csv").unlink()
    with pytest.raises(DataError) as caught:
        load_data(folder)
    assert [str(p) for p in caught.value.problems] == ["offers.csv:1: (file): the file is missing from the data folder"]


def test_bom_and_windows_line_endings_are_fine(tmp_path: Path) -> None:
    folder = tiny.write_tiny(tmp_path / "data")
    path = folder / "jobs.csv"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes().replace(b"\r\n", b"\n").replace(b"\n", b"\r\n"))
    assert load_data(folder).rows("jobs.csv", type(load_data(folder).tables["jobs.csv"][0]))


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        pytest.param(
            tiny.retired_row("laboratory-technician-l3"),
            Problem(
                "retired.csv",
                2,
                "id",
                '"laboratory-technician-l3" is still in the live data: remove its row from apprenticeships.csv',
            ),
            id="still-live",
        ),
        pytest.param(
            tiny.retired_row("old-standard", "laboratory-technician-l4"),
            Problem(
                "retired.csv",
                2,
                "replaced_by",
                '"laboratory-technician-l4" is not a known live id - did you mean "laboratory-technician-l3"?',
            ),
            id="unknown-successor",
        ),
    ],
)
def test_a_retired_row_must_be_gone_and_its_successor_live(tmp_path: Path, row: dict[str, str], expected: Problem) -> None:
    data = tiny.tables()
    data["retired.csv"] = [row]
    with pytest.raises(DataError) as error:
        load_data(tiny.write(tmp_path / "data", data))
    assert error.value.problems == [expected]


def test_a_source_on_a_code_host_or_document_sharing_site_is_refused(tmp_path: Path) -> None:
    data = tiny.tables()
    data["jobs.csv"][0]["source_url"] = "https://nationalcareers.service.gov.uk/x ; https://www.scribd.com/document/1/copy"
    with pytest.raises(DataError) as error:
        load_data(tiny.write(tmp_path / "data", data))
    assert error.value.problems == [
        Problem(
            "jobs.csv",
            2,
            "source_url",
            "scribd.com is a document-sharing site: cite the page of the organisation that owns the fact instead",
        )
    ]
