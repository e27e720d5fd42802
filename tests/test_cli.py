"""`python -m pathways`: exit codes and the JSON shapes the README promises."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from pathways.cli import main
from tests import tiny


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_validate_ok_prints_one_summary_line(capsys: pytest.CaptureFixture[str], tiny_dir: Path) -> None:
    code, out, _ = run(capsys, "validate", str(tiny_dir))
    assert code == 0
    assert out.splitlines()[-1].startswith("ok: ")


def test_validate_lists_each_problem_and_exits_1(capsys: pytest.CaptureFixture[str], tiny_dir: Path) -> None:
    jobs = tiny_dir / "jobs.csv"
    jobs.write_text(jobs.read_text().replace("20000,30000", "20000,1000"))
    code, out, _ = run(capsys, "validate", "--data", str(tiny_dir))
    assert code == 1
    assert out.strip() == "jobs.csv:2: salary_high: 1,000 is lower than salary_low (20,000) - swap them or check the source"
    code, out, _ = run(capsys, "validate", "--data", str(tiny_dir), "--json")
    assert json.loads(out)["problems"] == [
        {
            "file": "jobs.csv",
            "line": 2,
            "column": "salary_high",
            "message": "1,000 is lower than salary_low (20,000) - swap them or check the source",
        }
    ]


def test_routes_json_shape(capsys: pytest.CaptureFixture[str], tiny_dir: Path) -> None:
    code, out, _ = run(
        capsys,
        "routes",
        "--from",
        "Years 10 and 11",
        "--to",
        "LABORATORY TECHNICIAN",
        "--data",
        str(tiny_dir),
        "--json",
        "--paid-only",
    )
    assert code == 0
    routes = json.loads(out)
    assert [[s["id"] for s in r["steps"]] for r in routes] == [["laboratory-technician-l3", "laboratory-technician"]]
    assert set(routes[0]) == {"steps", "years", "tuition_gbp", "earns_while_learning", "uses_university"}
    assert set(routes[0]["steps"][0]) == {"id", "name", "kind", "level", "years", "tuition_gbp", "paid"}
    assert routes[0]["earns_while_learning"] is True


def test_routes_no_university_keeps_degree_apprenticeships(capsys: pytest.CaptureFixture[str], tiny_dir: Path) -> None:
    rows = tiny.tables()
    rows["apprenticeships.csv"].append(
        {
            **rows["apprenticeships.csv"][0],
            "id": "biomedical-da",
            "name": "Biomedical degree apprenticeship",
            "level": "6",
            "university": "yes",
        }
    )
    rows["links.csv"] += [
        {**rows["links.csv"][0], "from": "a-levels-sciences", "to": "biomedical-da", "kind": "entry"},
        {**rows["links.csv"][0], "from": "biomedical-da", "to": "biomedical-scientist", "kind": "entry"},
    ]
    folder = tiny.write(tiny_dir.parent / "with-da", rows)
    code, out, _ = run(
        capsys,
        "routes",
        "--from",
        "years-10-11",
        "--to",
        "biomedical-scientist",
        "--data",
        str(folder),
        "--no-university",
        "--json",
    )
    assert code == 0
    assert [[s["id"] for s in r["steps"]] for r in json.loads(out)] == [
        ["a-levels-sciences", "biomedical-da", "biomedical-scientist"]
    ]


def test_unknown_stage_exits_2_with_a_suggestion(capsys: pytest.CaptureFixture[str], tiny_dir: Path) -> None:
    code, _, err = run(capsys, "routes", "--from", "years-10-12", "--to", "laboratory-technician", "--data", str(tiny_dir))
    assert code == 2
    assert 'did you mean "years-10-11"' in err


def test_stages_jobs_and_search_json(capsys: pytest.CaptureFixture[str], tiny_dir: Path) -> None:
    _, out, _ = run(capsys, "stages", "--data", str(tiny_dir), "--json")
    assert json.loads(out) == [
        {"id": "years-7-9", "name": "Years 7 to 9"},
        {"id": "years-10-11", "name": "Years 10 and 11"},
        {"id": "adult", "name": "Adult"},
    ]
    _, out, _ = run(capsys, "jobs", "--data", str(tiny_dir), "--json", "--sector", "health-life-sciences")
    listed = json.loads(out)
    assert [j["id"] for j in listed] == ["biomedical-scientist", "laboratory-technician"]
    assert listed[0]["salary_low"] is None
    assert listed[1]["salary_high"] == 30000
    assert set(listed[0]) == {
        "id", "name", "sector", "level", "salary_low", "salary_high", "salary_year", "salary_basis", "soc_code", "source_url",
    }  # fmt: skip
    assert (listed[0]["salary_year"], listed[0]["salary_basis"], listed[0]["soc_code"]) == (None, None, "2113")
    assert (listed[1]["salary_year"], listed[1]["salary_basis"], listed[1]["soc_code"]) == (
        2024,
        "starter-to-experienced",
        "3111",
    )
    _, out, _ = run(capsys, "search", "make", "apps", "--data", str(tiny_dir), "--json", "--limit", "1")
    assert [(h["id"], set(h)) for h in json.loads(out)] == [("software-developer", {"id", "name", "sector", "score", "why"})]


def test_stats_json(capsys: pytest.CaptureFixture[str], tiny_dir: Path) -> None:
    _, out, _ = run(capsys, "stats", "--data", str(tiny_dir), "--json")
    figures = json.loads(out)
    assert figures["counts"]["job"] == 3
    assert figures["jobs_with_two_route_kinds"] == 1  # laboratory technician: college and apprenticeship
    assert figures["quality"]["jobs_without_pay"] == ["biomedical-scientist"]


def test_broken_data_makes_other_commands_exit_1(capsys: pytest.CaptureFixture[str], tiny_dir: Path) -> None:
    (tiny_dir / "jobs.csv").unlink()
    code, _, err = run(capsys, "jobs", "--data", str(tiny_dir))
    assert code == 1
    assert "python -m pathways validate" in err


def test_python_dash_m_runs(tiny_dir: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "pathways", "validate", str(tiny_dir)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr


def test_stats_report_pay_age_soc_codes_and_retired_items(capsys: pytest.CaptureFixture[str], tiny_dir: Path) -> None:
    data = tiny.tables()
    data["retired.csv"] = [
        tiny.retired_row(
            "infrastructure-technician-l3", "laboratory-technician-l3", "Infrastructure technician", "Replaced in 2023."
        )
    ]
    tiny.write(tiny_dir, data)
    _, out, _ = run(capsys, "stats", "--data", str(tiny_dir), "--json")
    figures = json.loads(out)
    # The tiny data: laboratory technician has 2024 pay, software developer 2024, biomedical scientist none.
    assert figures["pay"]["jobs_with_pay"] == 2
    assert figures["pay"]["pay_by_year"] == {"2024": 2}
    assert figures["retired"] == 1
    assert figures["quality"]["retired_or_closed"] == ["infrastructure-technician-l3 (apprenticeships.csv): Replaced in 2023."]


def test_a_reader_that_stops_early_gets_no_traceback(tiny_dir: Path) -> None:
    """`python -m pathways jobs | head -1` must not print a BrokenPipeError traceback.

    The reading end is closed before the command has even started, so its first write fails for certain.
    """
    child = subprocess.Popen(
        [sys.executable, "-m", "pathways", "jobs", "--data", str(tiny_dir)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert child.stdout is not None
    assert child.stderr is not None
    child.stdout.close()
    errors = child.stderr.read().decode()
    assert child.wait(timeout=60) == 0, errors
    assert "Traceback" not in errors


def test_places_lists_every_area_as_id_name_borough(capsys: pytest.CaptureFixture[str], tiny_dir: Path) -> None:
    code, out, _ = run(capsys, "places", "--data", str(tiny_dir), "--json")
    assert code == 0
    assert json.loads(out)[0] == {"id": "birkenhead", "name": "Birkenhead", "borough": "wirral"}


def test_providers_near_a_place_are_nearest_first_with_km(capsys: pytest.CaptureFixture[str], tiny_dir: Path) -> None:
    code, out, _ = run(
        capsys, "providers", "--near", "Birkenhead", "--step", "level-2-applied-science", "--data", str(tiny_dir), "--json"
    )
    assert code == 0
    found = json.loads(out)
    assert [set(row) for row in found] == [{"id", "name", "borough", "km", "source_url"}]
    assert found[0]["id"] == "city-college"
    assert found[0]["km"] == pytest.approx(3.5, abs=0.2)


@pytest.mark.parametrize(
    ("asked", "hint"),
    [
        (["--near", "birkenhed"], '"birkenhead"'),
        (["--near", "widnes", "--step", "level-2-applied-sciense"], '"level-2-applied-science"'),
    ],
)
def test_an_unknown_place_or_step_exits_2_with_a_hint(
    capsys: pytest.CaptureFixture[str], tiny_dir: Path, asked: list[str], hint: str
) -> None:
    code, _, err = run(capsys, "providers", *asked, "--data", str(tiny_dir))
    assert code == 2
    assert "not a known" in err
    assert f"did you mean {hint}" in err
