"""The adviser's data workshop: check changed files without touching the shipped data.

An adviser uploads one changed CSV or a zip of the whole folder. We lay it over a
copy of the shipped data in a temporary folder, validate it there, and hand back
either every problem or a Dataset the adviser can try in their own session. The
temporary folder is always removed; nothing uploaded is written anywhere else.
"""

from __future__ import annotations

import csv
import io
import re
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from pathways.csvfiles import MAX_FILE_BYTES
from pathways.data import DATA_DIR, Dataset, load_data
from pathways.problems import DataError, Problem, did_you_mean
from pathways.schema import TABLES

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ZIP_FILES = 40
MAX_UNPACKED_BYTES = 20 * 1024 * 1024
# Columns of whole pounds. A spreadsheet shows them as "£20,000"; the files hold 20000.
MONEY_COLUMNS = frozenset({"salary_low", "salary_high", "pay_gbp_per_year", "tuition_gbp_per_year"})
_POUNDS = re.compile(r"£?\s*(\d{1,3}(?:,\d{3})+|\d+)(?:\.00?)?")
# What a browser or a spreadsheet adds to a file's name: "jobs (1).csv", "jobs - Copy.csv", "Jobs.CSV".
_COPY = re.compile(r"^(?P<stem>.+?)(?:\s*\(\d+\)|\s*-?\s*copy(?:\s*\(?\d+\)?)?)?\.csv$", re.IGNORECASE)


@dataclass(frozen=True)
class UploadCheck:
    """What came of an upload: the problems, or a valid Dataset and the files it was made from."""

    problems: tuple[Problem, ...] = ()
    dataset: Dataset | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    replaced: tuple[str, ...] = ()
    notes: tuple[Problem, ...] = ()  # what we read differently from how it was typed, for the adviser to check

    @property
    def ok(self) -> bool:
        return self.dataset is not None and not self.problems


def _upload_problem(name: str, message: str) -> UploadCheck:
    return UploadCheck(problems=(Problem(name, 1, "(upload)", message),))


def table_name(name: str) -> str | None:
    """The data file an uploaded name means: "jobs (1).csv" (a second download) is jobs.csv."""
    plain = PurePosixPath(name.replace("\\", "/")).name
    if plain in TABLES:
        return plain
    found = _COPY.fullmatch(plain.strip())
    if found is None:
        return None
    wanted = f"{found['stem'].strip().lower()}.csv"
    return wanted if wanted in TABLES else None


def _renamed(given: str, table: str) -> list[Problem]:
    if given == table:
        return []
    return [Problem(table, 1, "(file name)", f"read “{given}” as {table}; name the file {table} when you send it in")]


def tidy_money(name: str, data: bytes) -> tuple[bytes, list[Problem]]:
    """Money cells as a spreadsheet shows them ("£20,000", "20,000") made plain (20000), each one noted.

    A spreadsheet formats pounds for people; the files hold plain whole numbers.
    Rather than reject what the adviser typed, we read it and say so, so they
    can check we read it right. Anything else is left exactly as it was.
    """
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data, []  # the validator explains how to save it as UTF-8
    rows: list[list[str]] = []
    lines: list[int] = []  # the line each row starts on, as the validator counts them
    reader = csv.reader(io.StringIO(text, newline=""))
    start = 1
    try:
        for cells in reader:
            rows.append(cells)
            lines.append(start)
            start = reader.line_num + 1
    except csv.Error:
        return data, []  # the validator explains the stray quote
    if not rows:
        return data, []
    header = [c.strip().lower() for c in rows[0]]
    money = [i for i, column in enumerate(header) if column in MONEY_COLUMNS]
    notes: list[Problem] = []
    for row, line in zip(rows[1:], lines[1:], strict=True):
        for i in money:
            cell = row[i].strip() if i < len(row) else ""
            found = _POUNDS.fullmatch(cell)
            plain = found.group(1).replace(",", "") if found else cell
            if found and cell != plain:
                notes.append(
                    Problem(name, line, header[i], f"read “{cell}” as {plain}: write whole pounds with no £ sign or commas")
                )
                row[i] = plain
    if not notes:
        return data, []
    out = io.StringIO(newline="")
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue().encode("utf-8"), notes


def _files_from_zip(name: str, data: bytes) -> dict[str, bytes] | UploadCheck:
    """The known CSV files inside a zip, by plain file name, with size and count limits."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        return _upload_problem(name, "this is not a zip file that can be opened")
    entries = [e for e in archive.infolist() if not e.is_dir()]
    if len(entries) > MAX_ZIP_FILES:
        return _upload_problem(name, f"the zip holds {len(entries)} files; the most allowed is {MAX_ZIP_FILES}")
    if sum(e.file_size for e in entries) > MAX_UNPACKED_BYTES:
        return _upload_problem(name, f"the zip unpacks to more than {MAX_UNPACKED_BYTES // 1_000_000} MB")
    found: dict[str, bytes] = {}
    for entry in entries:
        base = PurePosixPath(entry.filename.replace("\\", "/")).name  # never trust folders inside a zip
        table = table_name(base)
        if table is not None and entry.file_size <= MAX_FILE_BYTES and (table not in found or base == table):
            found[table] = archive.read(entry)
    if not found:
        return _upload_problem(name, f"the zip holds none of the data files ({', '.join(TABLES)})")
    return found


def check_upload(name: str, data: bytes, base: Path = DATA_DIR) -> UploadCheck:
    """Validate an uploaded CSV or zip laid over a copy of `base`."""
    if len(data) > MAX_UPLOAD_BYTES:
        return _upload_problem(name, f"the upload is {len(data):,} bytes; the most allowed is {MAX_UPLOAD_BYTES:,}")
    plain = PurePosixPath(name.replace("\\", "/")).name
    notes: list[Problem] = []
    if plain.lower().endswith(".zip"):
        unpacked = _files_from_zip(plain, data)
        if isinstance(unpacked, UploadCheck):
            return unpacked
        uploaded = unpacked
    elif (table := table_name(plain)) is not None:
        uploaded = {table: data}
        notes += _renamed(plain, table)
    elif plain.lower().endswith(".csv"):
        hint = did_you_mean(plain.lower(), list(TABLES))
        return _upload_problem(
            plain, f"“{plain}” is not one of the data files{hint}: rename it to the data file it replaces, like jobs.csv"
        )
    else:
        return _upload_problem(plain, f"upload one of the data files ({', '.join(TABLES)}) or a zip of the data folder")
    for file in list(uploaded):
        uploaded[file], tidied = tidy_money(file, uploaded[file])
        notes += tidied
    with tempfile.TemporaryDirectory(prefix="pathways-upload-") as folder:
        work = Path(folder) / "data"
        shutil.copytree(base, work, ignore=shutil.ignore_patterns("*.md"))
        for file, content in uploaded.items():
            (work / file).write_bytes(content)
        files = {file: (work / file).read_bytes() for file in TABLES if (work / file).is_file()}
        try:
            dataset = load_data(work)
        except DataError as error:
            return UploadCheck(problems=tuple(error.problems), files=files, replaced=tuple(sorted(uploaded)), notes=tuple(notes))
    return UploadCheck(dataset=dataset, files=files, replaced=tuple(sorted(uploaded)), notes=tuple(notes))


def zip_files(files: dict[str, bytes]) -> bytes:
    """The checked data set as a zip the adviser can keep or send for review."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(f"data/{name}", files[name])
    return buffer.getvalue()


def going_live(contact: str | None) -> str:
    """Who receives a checked set and how it reaches pupils, so an adviser's work does not stop at a download.

    Uploads never change the live data (other pupils must not see a half-finished
    spreadsheet); a checked set goes live only when the person who looks after the
    app puts it in the repository, where the same checks run again.
    """
    who = f"to {contact}" if contact else "to the person who looks after this app's data (ask your careers hub lead who that is)"
    return (
        f"To make this data live for everyone, download the checked set and send it {who}. "
        "They copy it into the app's data folder, where the same checks run again, and pupils see it from then on. "
        "Nothing you upload here changes what pupils see."
    )
