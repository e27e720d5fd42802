"""A tiny, valid data folder written by tests, so each test says exactly what it checks.

`write_tiny(folder)` writes it; `tables()` gives the rows to change first, e.g.
    t = tiny.tables(); t["jobs.csv"][0]["salary_low"] = "abc"; tiny.write(tmp_path, t)
"""

from __future__ import annotations

import copy
import csv
from pathlib import Path

from pathways.schema import TABLES, columns

SRC = "https://nationalcareers.service.gov.uk/job-profiles/laboratory-technician"
DAY = "2026-11-01"


def _sourced(**row: str) -> dict[str, str]:
    return {**row, "source_url": SRC, "checked": DAY}


def _link(
    source: str,
    target: str,
    kind: str = "entry",
    *,
    requirement: str = "",
    passes: str = "",
    grade: str = "",
    subjects: str = "",
    ucas: str = "",
) -> dict[str, str]:
    """A links.csv row; every link in the tiny data is sourced and checked like the rest."""
    return _sourced(
        **{
            "from": source,
            "to": target,
            "kind": kind,
            "requirement": requirement,
            "min_gcse_passes": passes,
            "min_gcse_grade": grade,
            "required_subjects": subjects,
            "min_ucas_points": ucas,
        }
    )


_TABLES: dict[str, list[dict[str, str]]] = {
    "sectors.csv": [
        {"id": "health-life-sciences", "name": "Health and life sciences", "summary": "Hospitals and labs."},
        {"id": "digital-creative", "name": "Digital and creative", "summary": "Computers and design."},
    ],
    "subjects.csv": [
        {"id": "biology", "name": "Biology", "keywords": "living things; science"},
        {"id": "chemistry", "name": "Chemistry", "keywords": "science"},
        {"id": "computing", "name": "Computer science", "keywords": "coding; programming"},
    ],
    "stages.csv": [
        {
            "id": "years-7-9",
            "name": "Years 7 to 9",
            "order": "2",
            "age_from": "11",
            "age_to": "14",
            "years": "3",
            "summary": "Early secondary.",
        },
        {
            "id": "years-10-11",
            "name": "Years 10 and 11",
            "order": "3",
            "age_from": "14",
            "age_to": "16",
            "years": "2",
            "summary": "GCSEs.",
        },
        {
            "id": "adult",
            "name": "Adult",
            "order": "6",
            "age_from": "19",
            "age_to": "",
            "years": "",
            "summary": "Changing career.",
        },
    ],
    "qualifications.csv": [
        _sourced(
            id="a-levels-sciences",
            name="A levels in sciences",
            sector="health-life-sciences",
            level="3",
            summary="Two years of science A levels.",
            type="a-levels",
            subjects="biology; chemistry",
            years="2",
            tuition_gbp_per_year="0",
            university="no",
        ),
        _sourced(
            id="level-2-applied-science",
            name="Level 2 applied science",
            sector="health-life-sciences",
            level="2",
            summary="A one-year college course.",
            type="level-2-course",
            subjects="",
            years="1",
            tuition_gbp_per_year="0",
            university="no",
        ),
        _sourced(
            id="degree-biomedical-science",
            name="Degree in biomedical science",
            sector="health-life-sciences",
            level="6",
            summary="Three years at university.",
            type="degree",
            subjects="biology",
            years="3",
            tuition_gbp_per_year="9535",
            university="yes",
        ),
    ],
    "apprenticeships.csv": [
        _sourced(
            id="laboratory-technician-l3",
            name="Laboratory technician apprenticeship",
            sector="health-life-sciences",
            level="3",
            summary="Work in a lab and learn.",
            st_code="ST0248",
            years="2",
            pay_gbp_per_year="",
            university="no",
        ),
    ],
    "courses.csv": [],
    "experiences.csv": [
        _sourced(
            id="lab-work-experience",
            name="A week in a lab",
            sector="health-life-sciences",
            level="",
            summary="See a lab at work.",
            type="work-experience",
            stages="years-10-11",
            years="0.02",
            paid="no",
        ),
    ],
    "jobs.csv": [
        _sourced(
            id="laboratory-technician",
            name="Laboratory technician",
            sector="health-life-sciences",
            level="3",
            summary="You run tests in a lab.",
            soc_code="3111",
            salary_low="20000",
            salary_high="30000",
            salary_year="2024",
            hours="37 to 40 a week",
            outlook="",
            keywords="lab; test tubes",
            subjects="biology; chemistry",
        ),
        _sourced(
            id="biomedical-scientist",
            name="Biomedical scientist",
            sector="health-life-sciences",
            level="6",
            summary="You test samples to help doctors.",
            soc_code="2113",
            salary_low="",
            salary_high="",
            salary_year="",
            hours="",
            outlook="",
            keywords="hospital lab; test blood",
            subjects="biology",
        ),
        _sourced(
            id="software-developer",
            name="Software developer",
            sector="digital-creative",
            level="4",
            summary="You write computer programs.",
            soc_code="2134",
            salary_low="25000",
            salary_high="50000",
            salary_year="2024",
            hours="",
            outlook="",
            keywords="coding; make apps",
            subjects="computing",
        ),
    ],
    "links.csv": [
        _link("years-7-9", "years-10-11", "progression"),
        _link(
            "years-10-11",
            "a-levels-sciences",
            requirement="5 GCSEs at grade 6 including biology",
            passes="5",
            grade="6",
            subjects="biology",
        ),
        _link("years-10-11", "laboratory-technician-l3", requirement="4 GCSEs at grade 4", passes="4", grade="4"),
        _link("years-10-11", "level-2-applied-science", requirement="2 GCSEs at grade 2", passes="2", grade="2"),
        _link("level-2-applied-science", "laboratory-technician-l3", "progression", requirement="Pass the level 2 course"),
        _link("a-levels-sciences", "laboratory-technician"),
        _link("laboratory-technician-l3", "laboratory-technician"),
        _link("a-levels-sciences", "degree-biomedical-science", requirement="96 UCAS points", ucas="96"),
        _link("degree-biomedical-science", "biomedical-scientist"),
        _link("adult", "laboratory-technician-l3"),
    ],
    "providers.csv": [
        _sourced(
            id="city-college",
            name="City College",
            type="fe-college",
            borough="liverpool",
            website="https://www.liv-coll.ac.uk/",
            summary="A big college.",
            lat="53.4025",
            lon="-2.9793",
        ),
    ],
    "offers.csv": [
        _sourced(provider="city-college", step="level-2-applied-science", note=""),
    ],
    "employers.csv": [
        _sourced(
            id="lab-co",
            name="Lab Co",
            sector="health-life-sciences",
            borough="halton",
            website="",
            summary="Makes medicines.",
            lat="53.3719",
            lon="-2.7411",
        ),
    ],
    "places.csv": [
        _sourced(id="liverpool-city-centre", name="Liverpool city centre", borough="liverpool", lat="53.4025", lon="-2.9793"),
        _sourced(id="birkenhead", name="Birkenhead", borough="wirral", lat="53.3940", lon="-3.0302"),
        _sourced(id="widnes", name="Widnes", borough="halton", lat="53.3719", lon="-2.7411"),
    ],
    "employer_jobs.csv": [_sourced(employer="lab-co", job="laboratory-technician")],
    "assumptions.csv": [
        _sourced(id=i, name=i.replace("-", " "), value=v, unit=u, applies="from April 2026", summary="")
        for i, v, u in [
            ("apprentice-minimum-wage", "8.00", "GBP per hour"),
            ("minimum-wage-18-20", "10.85", "GBP per hour"),
            ("national-living-wage", "12.71", "GBP per hour"),
            ("minimum-wage-under-18", "8.00", "GBP per hour"),
            ("full-time-hours-per-week", "35", "hours per week"),
            ("apprentice-hours-per-week", "30", "hours per week"),
            ("tuition-fee-cap", "9535", "GBP per year"),
            ("student-loan-threshold", "25000", "GBP per year"),
            ("student-loan-rate", "9", "percent"),
        ]
    ],
    "glossary.csv": [_sourced(term="T Level", meaning="A two-year course after GCSEs.")],
    "retired.csv": [],
}


def tables() -> dict[str, list[dict[str, str]]]:
    """A fresh copy of the tiny data, safe to change."""
    return copy.deepcopy(_TABLES)


def write(folder: Path, data: dict[str, list[dict[str, str]]]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, rows in data.items():
        header = list(rows[0]) if rows else _header(name)
        with (folder / name).open("w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=header)
            writer.writeheader()
            writer.writerows(rows)
    return folder


def _header(name: str) -> list[str]:
    required, optional = columns(TABLES[name])
    return required + optional


def write_tiny(folder: Path) -> Path:
    return write(folder, tables())


def retired_row(row_id: str, replaced_by: str = "", name: str = "Old thing", reason: str = "Retired.") -> dict[str, str]:
    """A row of retired.csv: something that was in the data and is gone, with its successor if it has one."""
    return {
        "id": row_id,
        "name": name,
        "file": "apprenticeships.csv",
        "reason": reason,
        "replaced_by": replaced_by,
        "source_url": "https://www.instituteforapprenticeships.org/",
        "checked": "2026-11-28",
    }
