"""The adviser's data workshop: check changed files without touching the shipped data.

An adviser uploads one changed CSV or a zip of the whole folder. We lay it over a
copy of the shipped data in a temporary folder, validate it there, and hand back
either every problem or a Dataset the adviser can try in their own session. The
temporary folder is always removed; nothing uploaded is written anywhere else.
"""

from __future__ import annotations

import io
import shutil
import tempfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from pathways.csvfiles import MAX_FILE_BYTES
from pathways.data import DATA_DIR, Dataset, load_data
from pathways.problems import DataError, Problem
from pathways.schema import TABLES

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
MAX_ZIP_FILES = 40
MAX_UNPACKED_BYTES = 20 * 1024 * 1024


@dataclass(frozen=True)
class Checked:
    """What came of an upload: the problems, or a valid Dataset and the files it was made from."""

    problems: tuple[Problem, ...] = ()
    dataset: Dataset | None = None
    files: dict[str, bytes] = field(default_factory=dict)
    replaced: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return self.dataset is not None and not self.problems


def _upload_problem(name: str, message: str) -> Checked:
    return Checked(problems=(Problem(name, 1, "(upload)", message),))


def _files_from_zip(name: str, data: bytes) -> dict[str, bytes] | Checked:
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
        if base in TABLES and entry.file_size <= MAX_FILE_BYTES:
            found[base] = archive.read(entry)
    if not found:
        return _upload_problem(name, f"the zip holds none of the data files ({', '.join(TABLES)})")
    return found


def check_upload(name: str, data: bytes, base: Path = DATA_DIR) -> Checked:
    """Validate an uploaded CSV or zip laid over a copy of `base`."""
    if len(data) > MAX_UPLOAD_BYTES:
        return _upload_problem(name, f"the upload is {len(data):,} bytes; the most allowed is {MAX_UPLOAD_BYTES:,}")
    plain = PurePosixPath(name.replace("\\", "/")).name
    if plain.lower().endswith(".zip"):
        unpacked = _files_from_zip(plain, data)
        if isinstance(unpacked, Checked):
            return unpacked
        uploaded = unpacked
    elif plain in TABLES:
        uploaded = {plain: data}
    else:
        return _upload_problem(plain, f"upload one of the data files ({', '.join(TABLES)}) or a zip of the data folder")
    with tempfile.TemporaryDirectory(prefix="pathways-upload-") as folder:
        work = Path(folder) / "data"
        shutil.copytree(base, work, ignore=shutil.ignore_patterns("*.md"))
        for file, content in uploaded.items():
            (work / file).write_bytes(content)
        files = {file: (work / file).read_bytes() for file in TABLES if (work / file).is_file()}
        try:
            dataset = load_data(work)
        except DataError as error:
            return Checked(problems=tuple(error.problems), files=files, replaced=tuple(sorted(uploaded)))
    return Checked(dataset=dataset, files=files, replaced=tuple(sorted(uploaded)))


def zip_files(files: dict[str, bytes]) -> bytes:
    """The checked data set as a zip the adviser can keep or send for review."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name in sorted(files):
            archive.writestr(f"data/{name}", files[name])
    return buffer.getvalue()
