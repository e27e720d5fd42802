"""What each CSV file in data/ may hold, one pydantic model per file.

The models check one row at a time (types, allowed values, formats) and say what
is wrong in words an adviser editing a spreadsheet understands. Checks that need
more than one row or file (unknown ids, cycles) live in `pathways.checks`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any, ClassVar, Literal, get_args

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, Field, model_validator

KEBAB = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
URL = re.compile(r"^https?://[A-Za-z0-9.-]+\.[A-Za-z]{2,}(?::\d+)?(?:[/?#]\S*)?$")
ST_CODE = re.compile(r"^ST\d{4}$")
SOC_CODE = re.compile(r"^\d{4}$")
MAX_CELL = 2000


def _kebab(value: str) -> str:
    if not KEBAB.match(value):
        suggestion = re.sub(r"[^a-z0-9]+", "-", value.lower()).strip("-")
        raise ValueError(f'"{value}" is not a valid id: use small letters, digits and hyphens, like "{suggestion}"')
    return value


def _split(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(v) for v in value]
    return [part.strip() for part in str(value).split(";") if part.strip()]


def _kebab_list(values: list[str]) -> list[str]:
    return [_kebab(v) for v in values]


def _urls(value: str) -> str:
    for url in (part.strip() for part in value.split(" ; ")):
        if not URL.match(url):
            raise ValueError(f'"{url}" is not a web address: it should start with https:// (separate several with " ; ")')
    return value


def _one_url(value: str) -> str:
    if not URL.match(value):
        raise ValueError(f'"{value}" is not a web address: it should start with https://')
    return value


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        day = dt.date.fromisoformat(text) if re.match(r"^\d{4}-\d{2}-\d{2}$", text) else None
    except ValueError:
        day = None
    if day is None:
        raise ValueError(f'"{text}" is not a date: write it as YYYY-MM-DD, for example 2026-11-28')
    if day > dt.date.today():
        raise ValueError(f"{text} is in the future: use the date the fact was checked")
    return day


def _yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("yes", "y", "true"):
        return True
    if text in ("no", "n", "false"):
        return False
    raise ValueError(f'"{value}" should be yes or no')


Id = Annotated[str, AfterValidator(_kebab)]
IdList = Annotated[list[str], BeforeValidator(_split), AfterValidator(_kebab_list)]
TextList = Annotated[list[str], BeforeValidator(_split)]
Urls = Annotated[str, AfterValidator(_urls)]
Url = Annotated[str, AfterValidator(_one_url)]
CheckedDate = Annotated[dt.date, BeforeValidator(_date)]
YesNo = Annotated[bool, BeforeValidator(_yes_no)]
Level = Annotated[int, Field(ge=0, le=8)]
Years = Annotated[float, Field(ge=0, le=15)]
Money = Annotated[int, Field(ge=0, le=1_000_000)]
Degrees = Annotated[float, Field(allow_inf_nan=False)]
Sector = Literal["health-life-sciences", "advanced-manufacturing", "digital-creative"]
Borough = Literal["liverpool", "knowsley", "sefton", "st-helens", "wirral", "halton", "outside-lcr"]
QualificationType = Literal[
    "gcse",
    "functional-skills",
    "level-2-course",
    "level-3-course",
    "a-levels",
    "t-level",
    "btec-national",
    "access-to-he",
    "hnc",
    "hnd",
    "htq",
    "foundation-year",
    "foundation-degree",
    "degree",
    "integrated-masters",
    "masters",
    "postgraduate-training",
    "bootcamp",
]
ExperienceType = Literal["work-experience", "internship", "employer-encounter", "summer-school", "volunteering", "placement"]
ProviderType = Literal["fe-college", "sixth-form", "utc", "school", "university", "training-provider"]
LinkKind = Literal["entry", "progression", "alternative"]
# How a job's pay range was measured: a starter-to-experienced range (careers
# profiles, NHS pay bands); the middle half of full-time employees' pay (ONS
# earnings survey: 25th to 75th percentile), which is not starter pay; or, where
# ONS publishes no quartiles, the median alone (salary_low = salary_high).
SalaryBasis = Literal["starter-to-experienced", "middle-half", "median"]
RetiredFile = Literal[
    "qualifications.csv", "apprenticeships.csv", "courses.csv", "experiences.csv", "jobs.csv", "providers.csv", "employers.csv"
]

# The allowed values as tuples, for pages and tests; the Literal types above are the one definition.
SECTORS: tuple[str, ...] = get_args(Sector)
BOROUGHS: tuple[str, ...] = get_args(Borough)
QUALIFICATION_TYPES: tuple[str, ...] = get_args(QualificationType)


class Row(BaseModel):
    """One CSV row; empty cells arrive as None so optional columns can be left blank."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=True)
    line: int = 0
    # Columns every file shares, and the column that identifies a row (for messages).
    key: ClassVar[str] = "id"

    @model_validator(mode="before")
    @classmethod
    def _blank_to_none(cls, values: Any) -> Any:
        if isinstance(values, dict):
            return {k: (None if isinstance(v, str) and not v.strip() else v) for k, v in values.items()}
        return values


class Sourced(Row):
    source_url: Urls
    checked: CheckedDate


class SectorRow(Row):
    id: Sector
    name: str
    summary: str


class SubjectRow(Row):
    id: Id
    name: str
    keywords: TextList = []


class StageRow(Row):
    id: Id
    name: str
    order: int
    age_from: Annotated[int, Field(ge=5, le=99)]
    age_to: Annotated[int, Field(ge=5, le=99)] | None = None
    years: Years | None = None
    summary: str


class NodeRow(Sourced):
    """Columns shared by every kind of step and by jobs."""

    id: Id
    name: str
    sector: Sector | None = None
    level: Level | None = None
    summary: str


class QualificationRow(NodeRow):
    level: Level
    type: QualificationType
    subjects: IdList = []
    years: Years | None = None
    tuition_gbp_per_year: Money | None = None
    university: YesNo


class ApprenticeshipRow(NodeRow):
    level: Annotated[int, Field(ge=2, le=7)]
    st_code: str
    years: Years | None = None
    pay_gbp_per_year: Money | None = None
    university: YesNo

    @model_validator(mode="after")
    def _st_code(self) -> ApprenticeshipRow:
        if not ST_CODE.match(self.st_code):
            raise ValueError(f'st_code: "{self.st_code}" should be ST and four digits, like ST0248')
        return self


class CourseRow(NodeRow):
    provider: Id
    type: QualificationType
    subjects: IdList = []
    years: Years | None = None
    tuition_gbp_per_year: Money | None = None
    university: YesNo


class ExperienceRow(NodeRow):
    type: ExperienceType
    stages: IdList = []
    years: Years | None = None
    paid: YesNo


class JobRow(NodeRow):
    level: Level
    soc_code: str | None = None
    salary_low: Money | None = None
    salary_high: Money | None = None
    salary_year: Annotated[int, Field(ge=2000, le=2100)] | None = None
    salary_basis: SalaryBasis | None = None  # empty means starter-to-experienced
    hours: str | None = None
    outlook: str | None = None
    keywords: TextList = []
    subjects: IdList = []

    @model_validator(mode="after")
    def _pay(self) -> JobRow:
        if self.soc_code is not None and not SOC_CODE.match(self.soc_code):
            raise ValueError(f'soc_code: "{self.soc_code}" should be four digits, like 3111')
        if self.salary_low is not None and self.salary_high is not None and self.salary_high < self.salary_low:
            raise ValueError(
                f"salary_high: {self.salary_high:,} is lower than salary_low ({self.salary_low:,})"
                " - swap them or check the source"
            )
        if (self.salary_low is not None or self.salary_high is not None) and self.salary_year is None:
            raise ValueError("salary_year: a salary needs the year it is for, such as 2025")
        if self.salary_basis == "median" and self.salary_low != self.salary_high:
            raise ValueError("salary_basis: a median is one figure: put it in both salary_low and salary_high")
        return self


class LinkRow(Sourced):
    key: ClassVar[str] = "from"
    model_config = ConfigDict(populate_by_name=True)
    from_: Id = Field(alias="from")
    to: Id
    kind: LinkKind
    requirement: str | None = None
    min_gcse_passes: Annotated[int, Field(ge=0, le=12)] | None = None
    min_gcse_grade: Annotated[int, Field(ge=1, le=9)] | None = None
    required_subjects: IdList = []
    min_ucas_points: Annotated[int, Field(ge=0, le=300)] | None = None

    @model_validator(mode="after")
    def _not_self(self) -> LinkRow:
        if self.from_ == self.to:
            raise ValueError(f'to: "{self.to}" links to itself - a step cannot lead to itself')
        return self


# The Liverpool City Region's bounding box, with a margin: Southport's north end
# (53.70) to Runcorn and Daresbury (53.32), Hoylake (-3.19) to Newton-le-Willows
# and Daresbury (-2.60). A point outside it is a typo (a swapped sign, lat and lon
# the wrong way round), so the validator rejects it rather than drawing it at sea.
LAT_RANGE = (53.25, 53.75)
LON_RANGE = (-3.25, -2.55)


class Located(Sourced):
    """A row with an optional point (decimal degrees, WGS84) where it is in the city region."""

    borough: Borough
    lat: Degrees | None = None
    lon: Degrees | None = None

    def _point_problem(self) -> str | None:
        if (self.lat is None) != (self.lon is None):
            missing = "lon" if self.lon is None else "lat"
            return f"{missing}: give both lat and lon, or leave both empty"
        if self.lat is None or self.lon is None or self.borough == "outside-lcr":
            return None
        if not LAT_RANGE[0] <= self.lat <= LAT_RANGE[1]:
            return (
                f"lat: {self.lat:g} is outside the city region (it should be between {LAT_RANGE[0]:g} and"
                f" {LAT_RANGE[1]:g}) - check it is not swapped with lon"
            )
        if not LON_RANGE[0] <= self.lon <= LON_RANGE[1]:
            return (
                f"lon: {self.lon:g} is outside the city region (it should be between {LON_RANGE[0]:g} and"
                f" {LON_RANGE[1]:g}; west of Greenwich is a minus number)"
            )
        return None

    @model_validator(mode="after")
    def _point(self) -> Located:
        problem = self._point_problem()
        if problem:
            raise ValueError(problem)
        return self


class ProviderRow(Located):
    id: Id
    name: str
    type: ProviderType
    website: Url | None = None
    summary: str

    @model_validator(mode="after")
    def _needs_point(self) -> ProviderRow:
        """A provider in the city region must be on the map: "nearest first" cannot place it otherwise."""
        if self.borough != "outside-lcr" and self.lat is None and self.lon is None:
            raise ValueError("lat: a provider in the city region needs lat and lon (its main campus), see data/README.md")
        return self


class OfferRow(Sourced):
    key: ClassVar[str] = "provider"
    provider: Id
    step: Id
    note: str | None = None


class EmployerRow(Located):
    id: Id
    name: str
    sector: Sector
    website: Url | None = None
    summary: str


class PlaceRow(Located):
    """A town or area a pupil can say they live in (never an address): the point distances start from."""

    id: Id
    name: str

    @model_validator(mode="after")
    def _in_region(self) -> PlaceRow:
        if self.borough == "outside-lcr":
            raise ValueError("borough: a place to choose must be in the city region")
        if self.lat is None or self.lon is None:
            raise ValueError("lat: a place needs lat and lon (its centre)")
        return self


class EmployerJobRow(Sourced):
    key: ClassVar[str] = "employer"
    employer: Id
    job: Id


class AssumptionRow(Sourced):
    id: Id
    name: str
    value: float
    unit: str
    applies: str
    summary: str | None = None


class RetiredRow(Sourced):
    """Something that was in the data and is gone (a retired standard, a closed studio).

    Kept so that an old shared link still lands somewhere with a plain reason, and so
    that nobody adds it back by mistake.
    """

    id: Id
    name: str
    file: RetiredFile
    reason: str
    replaced_by: Id | None = None


class GlossaryRow(Sourced):
    key: ClassVar[str] = "term"
    term: str
    meaning: str


TABLES: dict[str, type[Row]] = {
    "sectors.csv": SectorRow,
    "subjects.csv": SubjectRow,
    "stages.csv": StageRow,
    "qualifications.csv": QualificationRow,
    "apprenticeships.csv": ApprenticeshipRow,
    "courses.csv": CourseRow,
    "experiences.csv": ExperienceRow,
    "jobs.csv": JobRow,
    "links.csv": LinkRow,
    "providers.csv": ProviderRow,
    "offers.csv": OfferRow,
    "employers.csv": EmployerRow,
    "employer_jobs.csv": EmployerJobRow,
    "places.csv": PlaceRow,
    "assumptions.csv": AssumptionRow,
    "glossary.csv": GlossaryRow,
    "retired.csv": RetiredRow,
}

# Each file's node kind, for the files whose rows become steps or jobs in the graph.
NODE_FILES: dict[str, str] = {
    "qualifications.csv": "qualification",
    "apprenticeships.csv": "apprenticeship",
    "courses.csv": "course",
    "experiences.csv": "experience",
    "jobs.csv": "job",
}

REQUIRED_ASSUMPTIONS = (
    "apprentice-minimum-wage",
    "minimum-wage-18-20",
    "national-living-wage",
    "minimum-wage-under-18",
    "full-time-hours-per-week",
    "apprentice-hours-per-week",
    "tuition-fee-cap",
    "student-loan-threshold",
    "student-loan-rate",
)


def columns(model: type[Row]) -> tuple[list[str], list[str]]:
    """The (required, optional) CSV column names of a table, as an adviser writes them."""
    required: list[str] = []
    optional: list[str] = []
    for name, field in model.model_fields.items():
        if name == "line":
            continue
        column = field.alias or name
        (required if field.is_required() else optional).append(column)
    return required, optional
