"""Load a data folder into validated tables, or explain everything that is wrong with it."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import ValidationError

from pathways import checks
from pathways.csvfiles import RawTable, read_file
from pathways.problems import DataError, Problem, did_you_mean
from pathways.schema import (
    NODE_FILES,
    TABLES,
    AssumptionRow,
    CourseRow,
    EmployerJobRow,
    EmployerRow,
    ExperienceRow,
    GlossaryRow,
    JobRow,
    LinkRow,
    NodeRow,
    OfferRow,
    PlaceRow,
    ProviderRow,
    QualificationRow,
    RetiredRow,
    Row,
    SectorRow,
    Sourced,
    StageRow,
    SubjectRow,
    columns,
)

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


def data_dir() -> Path:
    """The data folder to use: $PATHWAYS_DATA if set (tests, a trial copy), else the shipped data/."""
    return Path(os.environ.get("PATHWAYS_DATA") or DATA_DIR)


R = TypeVar("R", bound=Row)


@dataclass(frozen=True)
class Dataset:
    """Every validated table of a data folder, plus the warnings that did not stop it loading."""

    tables: dict[str, tuple[Row, ...]]
    warnings: tuple[Problem, ...] = field(default=())
    folder: str = ""

    def rows(self, name: str, kind: type[R]) -> tuple[R, ...]:
        return tuple(r for r in self.tables.get(name, ()) if isinstance(r, kind))

    @property
    def sectors(self) -> tuple[SectorRow, ...]:
        return self.rows("sectors.csv", SectorRow)

    @property
    def subjects(self) -> tuple[SubjectRow, ...]:
        return self.rows("subjects.csv", SubjectRow)

    @property
    def stages(self) -> tuple[StageRow, ...]:
        return tuple(sorted(self.rows("stages.csv", StageRow), key=lambda s: s.order))

    @property
    def links(self) -> tuple[LinkRow, ...]:
        return self.rows("links.csv", LinkRow)

    @property
    def providers(self) -> tuple[ProviderRow, ...]:
        return self.rows("providers.csv", ProviderRow)

    @property
    def offers(self) -> tuple[OfferRow, ...]:
        return self.rows("offers.csv", OfferRow)

    @property
    def employers(self) -> tuple[EmployerRow, ...]:
        return self.rows("employers.csv", EmployerRow)

    @property
    def employer_jobs(self) -> tuple[EmployerJobRow, ...]:
        return self.rows("employer_jobs.csv", EmployerJobRow)

    @property
    def places(self) -> tuple[PlaceRow, ...]:
        return self.rows("places.csv", PlaceRow)

    @property
    def assumptions(self) -> dict[str, AssumptionRow]:
        return {a.id: a for a in self.rows("assumptions.csv", AssumptionRow)}

    @property
    def jobs(self) -> tuple[JobRow, ...]:
        return self.rows("jobs.csv", JobRow)

    @property
    def retired(self) -> tuple[RetiredRow, ...]:
        return self.rows("retired.csv", RetiredRow)

    @property
    def glossary(self) -> tuple[GlossaryRow, ...]:
        return self.rows("glossary.csv", GlossaryRow)

    @property
    def qualifications(self) -> tuple[QualificationRow, ...]:
        return self.rows("qualifications.csv", QualificationRow)

    @property
    def courses(self) -> tuple[CourseRow, ...]:
        return self.rows("courses.csv", CourseRow)

    @property
    def experiences(self) -> tuple[ExperienceRow, ...]:
        return self.rows("experiences.csv", ExperienceRow)

    @property
    def steps(self) -> tuple[tuple[str, NodeRow], ...]:
        """(kind, row) of every row that becomes a step or a job in the graph, file by file."""
        return tuple((kind, r) for name, kind in NODE_FILES.items() for r in self.rows(name, NodeRow))

    @property
    def sourced(self) -> dict[str, tuple[Sourced, ...]]:
        """Every table's rows that carry a source, by table name ("jobs" for jobs.csv), in file order."""
        return {
            table_name(name): tuple(r for r in rows if isinstance(r, Sourced))
            for name, rows in self.tables.items()
            if any(isinstance(r, Sourced) for r in rows)
        }


def table_name(file_name: str) -> str:
    """The name a table goes by outside this module: its file name without ".csv"."""
    return file_name.removesuffix(".csv")


def file_name(table: str) -> str:
    """The file a table is read from, for messages that send an adviser to a file and line."""
    return f"{table}.csv"


STEP_TABLES = tuple(table_name(name) for name in NODE_FILES)  # the tables whose rows are steps or jobs


def load_data(folder: Path | str = DATA_DIR) -> Dataset:
    """Read and check every file in `folder`.

    Raises DataError listing every problem at once, because an adviser fixing a
    spreadsheet wants the whole list, not one error per run.
    """
    folder = Path(folder)
    if not folder.is_dir():
        raise DataError([Problem(str(folder), 1, "(folder)", "the data folder does not exist")])
    problems: list[Problem] = []
    tables: dict[str, tuple[Row, ...]] = {}
    unreadable = False
    broken_ids: set[str] = set()
    for name, model in TABLES.items():
        raw, read_problems = read_file(folder, name)
        header_problems = _check_header(name, raw, model)
        problems += read_problems + header_problems
        unreadable = unreadable or bool(read_problems) or any("missing" in p.message for p in header_problems)
        tables[name] = tuple(_parse_rows(name, raw, model, problems, broken_ids))
    warnings: list[Problem] = []
    if not unreadable:  # links between files only make sense once every file could be read
        found, warnings = checks.check_dataset(tables, broken_ids)
        problems += found
    if problems:
        raise DataError(problems)
    return Dataset(tables=tables, warnings=tuple(warnings), folder=str(folder))


def _check_header(name: str, raw: RawTable, model: type[Row]) -> list[Problem]:
    if not raw.header:
        return []
    required, optional = columns(model)
    allowed = required + optional
    problems = []
    for column in required:
        if column not in raw.header:
            problems.append(Problem(name, 1, column, f'the column "{column}" is missing from the header row'))
    for column in raw.header:
        if column not in allowed:
            hint = did_you_mean(column, allowed) or f" - the columns are: {', '.join(allowed)}"
            problems.append(Problem(name, 1, column or "(blank)", f'"{column}" is not a column of this file{hint}'))
    seen: set[str] = set()
    for column in raw.header:
        if column in seen:
            problems.append(Problem(name, 1, column, f'the column "{column}" appears twice in the header row'))
        seen.add(column)
    return problems


def _parse_rows(name: str, raw: RawTable, model: type[Row], problems: list[Problem], broken_ids: set[str]) -> list[Row]:
    """Valid rows of a file; a row that fails still lends its id, so links to it do not fail too."""
    required, optional = columns(model)
    if any(c not in raw.header for c in required):
        return []
    known = set(required + optional)
    parsed = []
    for line, cells in raw.rows:
        try:
            parsed.append(model.model_validate({**{k: v for k, v in cells.items() if k in known}, "line": line}))
        except ValidationError as error:
            problems += [_problem(name, line, item) for item in error.errors()]
            broken_ids.add(str(cells.get(model.key, "")).strip())
    return parsed


_MESSAGES = {
    "missing": "this cell is empty, but it is required",
    "string_type": "this cell is empty, but it is required",
    "float_parsing": '"{input}" is not a number (write digits only, no £ or commas)',
    "int_parsing": '"{input}" is not a whole number (write digits only, no £ or commas)',
    "int_from_float": '"{input}" should be a whole number',
    "greater_than_equal": "{input} is too small: it must be at least {ge}",
    "less_than_equal": "{input} is too big: it must be at most {le}",
    "literal_error": '"{input}" is not allowed here: use one of {expected}',
    "extra_forbidden": "unknown column",
}


def _problem(name: str, line: int, item: Any) -> Problem:
    loc = [str(part) for part in item.get("loc", ()) if not isinstance(part, int)]
    column = loc[0] if loc else "(row)"
    column = "from" if column == "from_" else column
    kind = item.get("type", "")
    message = str(item.get("msg", "is not valid"))
    if kind == "value_error":
        message = message.removeprefix("Value error, ")
        prefix = re.match(r"^([a-z_]+): ", message)
        if prefix and column == "(row)":
            column, message = prefix.group(1), message[prefix.end() :]
    elif kind in _MESSAGES:
        context = dict(item.get("ctx") or {})
        value = item.get("input")
        if kind == "string_type" and value is not None:
            message = f'"{value}" should be text'
        else:
            message = _MESSAGES[kind].format(input=value, **context)
    return Problem(name, line, column, message)
