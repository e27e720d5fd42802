"""The data workshop checks uploads in a temporary copy and never changes the shipped data."""

from __future__ import annotations

import io
import tempfile
import zipfile
from pathlib import Path

import pytest

from pathways.schema import TABLES
from pathways.workshop import MAX_ZIP_FILES, check_upload, going_live, tidy_money, zip_files


def zipped(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def test_a_good_csv_gives_a_dataset_with_the_change(tiny_dir: Path) -> None:
    jobs = (tiny_dir / "jobs.csv").read_bytes().replace(b"Software developer,", b"Software engineer,")
    checked = check_upload("jobs.csv", jobs, base=tiny_dir)
    assert checked.ok
    assert checked.replaced == ("jobs.csv",)
    assert checked.dataset is not None
    assert "Software engineer" in {j.name for j in checked.dataset.jobs}
    assert b"Software developer," in (tiny_dir / "jobs.csv").read_bytes()  # the original is untouched


def test_a_broken_csv_lists_its_problems_and_leaves_no_files(
    tiny_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # This test's own temporary folder: the shared one also holds the copies of uploads that other tests, run at the
    # same time in another worker (the browser tests' server among them), are checking.
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    jobs = (tiny_dir / "jobs.csv").read_bytes().replace(b"20000,30000", b"lots,30000")
    checked = check_upload("jobs.csv", jobs, base=tiny_dir)
    assert not checked.ok
    assert [str(p) for p in checked.problems] == [
        'jobs.csv:2: salary_low: "lots" is not a whole number (write digits only, no £ or commas)'
    ]
    assert list(tmp_path.glob("pathways-upload-*")) == []


def test_a_zip_is_read_by_file_name_only(tiny_dir: Path) -> None:
    sneaky = {"../../etc/jobs.csv": (tiny_dir / "jobs.csv").read_bytes(), "data/notes.txt": b"hello"}
    checked = check_upload("data.zip", zipped(sneaky), base=tiny_dir)
    assert checked.ok
    assert checked.replaced == ("jobs.csv",)


def test_odd_uploads_get_a_plain_message(tiny_dir: Path) -> None:
    assert "not a zip" in check_upload("data.zip", b"not a zip", base=tiny_dir).problems[0].message
    assert "upload one of the data files" in check_upload("photo.png", b"\x89PNG", base=tiny_dir).problems[0].message
    many = zipped({f"f{i}.csv": b"x" for i in range(MAX_ZIP_FILES + 1)})
    assert "most allowed" in check_upload("data.zip", many, base=tiny_dir).problems[0].message
    assert "none of the data files" in check_upload("data.zip", zipped({"a.txt": b"x"}), base=tiny_dir).problems[0].message


def test_the_checked_set_can_be_downloaded_as_a_zip(tiny_dir: Path) -> None:
    checked = check_upload("jobs.csv", (tiny_dir / "jobs.csv").read_bytes(), base=tiny_dir)
    names = zipfile.ZipFile(io.BytesIO(zip_files(checked.files))).namelist()
    assert "data/jobs.csv" in names
    assert sorted(names) == sorted(f"data/{name}" for name in TABLES)  # every table, whatever their number


@pytest.mark.parametrize("name", ["jobs (1).csv", "jobs(2).csv", "Jobs.CSV", "jobs - Copy.csv"])
def test_a_renamed_download_is_read_as_the_file_it_replaces(tiny_dir: Path, name: str) -> None:
    checked = check_upload(name, (tiny_dir / "jobs.csv").read_bytes(), base=tiny_dir)
    assert checked.ok
    assert checked.replaced == ("jobs.csv",)
    assert [str(n) for n in checked.notes] == [
        f"jobs.csv:1: (file name): read “{name}” as jobs.csv; name the file jobs.csv when you send it in"
    ]


def test_an_unknown_file_name_says_what_to_rename_it_to(tiny_dir: Path) -> None:
    (problem,) = check_upload("jobz.csv", b"id\n", base=tiny_dir).problems
    assert problem.message == (
        '“jobz.csv” is not one of the data files - did you mean "jobs.csv"?: rename it to the data file it replaces, like jobs.csv'
    )


@pytest.mark.parametrize(
    ("typed", "read"), [("£20,000", "20000"), ("20,000", "20000"), ("£ 20000", "20000"), ("£20,000.00", "20000")]
)
def test_money_as_a_spreadsheet_shows_it_is_read_with_a_note(tiny_dir: Path, typed: str, read: str) -> None:
    jobs = (tiny_dir / "jobs.csv").read_text().replace("20000,30000", f'"{typed}",30000')
    checked = check_upload("jobs.csv", jobs.encode(), base=tiny_dir)
    assert checked.ok, [str(p) for p in checked.problems]
    assert checked.dataset is not None
    row = next(j for j in checked.dataset.jobs if j.id == "laboratory-technician")
    assert row.salary_low == int(read)
    assert [str(n) for n in checked.notes] == [
        f"jobs.csv:2: salary_low: read “{typed}” as {read}: write whole pounds with no £ sign or commas"
    ]


def test_plain_money_and_other_columns_are_left_as_typed(tiny_dir: Path) -> None:
    jobs = (tiny_dir / "jobs.csv").read_bytes()
    checked = check_upload("jobs.csv", jobs, base=tiny_dir)
    assert checked.notes == ()
    assert checked.files["jobs.csv"] == jobs
    assert tidy_money("jobs.csv", b'id,salary_low\nx,"about 20,000"\n') == (b'id,salary_low\nx,"about 20,000"\n', [])


def test_a_checked_set_says_who_receives_it_and_how_it_goes_live() -> None:
    assert "send it to data@example.org." in going_live("data@example.org")
    assert "ask your careers hub lead" in going_live(None)
    assert "Nothing you upload here changes what pupils see." in going_live(None)
