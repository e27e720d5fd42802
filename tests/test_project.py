"""The project's habits, checked: dependencies declared alike in pyproject.toml and the requirements files, the
linters pinned to exact versions, every requirement given an exact version in constraints.txt, and the README's map
naming every part of the package."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

ROOT = Path(__file__).resolve().parents[1]
PROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def requirements(name: str) -> list[str]:
    """The requirement lines of a requirements file, without comments and `-r` includes."""
    lines = (line.split("#")[0].strip() for line in (ROOT / name).read_text(encoding="utf-8").splitlines())
    return [line for line in lines if line and not line.startswith("-")]


def constraints() -> dict[str, str]:
    pins = (Requirement(line) for line in requirements("constraints.txt"))
    return {canonicalize_name(pin.name): str(pin.specifier) for pin in pins}


@pytest.mark.parametrize(
    ("declared", "file"),
    [
        pytest.param(PROJECT["dependencies"], "requirements.txt", id="app"),
        pytest.param(PROJECT["optional-dependencies"]["dev"], "requirements-dev.txt", id="dev"),
    ],
)
def test_pyproject_declares_what_the_requirements_files_install(declared: list[str], file: str) -> None:
    assert sorted(map(str, map(Requirement, declared))) == sorted(map(str, map(Requirement, requirements(file))))


@pytest.mark.parametrize("tool", ["ruff", "mypy"])
def test_linters_are_pinned_to_the_constrained_version(tool: str) -> None:
    pinned: dict[str, str] = {
        canonicalize_name(r.name): str(r.specifier) for r in map(Requirement, requirements("requirements-dev.txt"))
    }
    assert pinned[tool].startswith("=="), f"{tool} must be pinned exactly in requirements-dev.txt"
    assert pinned[tool] == constraints()[tool]


def test_every_requirement_has_an_exact_version_in_constraints() -> None:
    pins = constraints()
    assert all(spec.startswith("==") for spec in pins.values())
    wanted = {
        canonicalize_name(Requirement(line).name)
        for f in ("requirements.txt", "requirements-dev.txt")
        for line in requirements(f)
    }
    assert not wanted - set(pins), f"add these to constraints.txt: {sorted(wanted - set(pins))}"


def test_the_readme_map_names_every_module_and_folder_of_the_package() -> None:
    """ "What is where" is how a newcomer finds a behaviour: a module left out of it is a module nobody finds."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    block = readme.split("## What is where", 1)[1].split("```", 2)[1]
    package = ROOT / "pathways"
    parts = {p.name for p in package.glob("*.py") if p.name != "__init__.py"}
    parts |= {f"{p.name}/" for p in package.iterdir() if p.is_dir() and not p.name.startswith("__")}
    assert parts, "the package has modules"
    missing = sorted(part for part in parts if part not in block)
    assert missing == [], f"add these to the README's map (What is where): {missing}"


def test_make_test_shares_the_browser_tests_between_two_workers_by_width() -> None:
    """`make test`'s workers each take whole work units (tests/conftest.py): the browser tests are two, desktop width
    and the rest, so both workers run some; the class store tests are one (one database); other tests go one by one."""
    from tests.conftest import work_unit  # noqa: PLC0415 - the suite's own conftest, imported for this test alone

    desktop = work_unit("tests/e2e/test_flows.py::test_a_deep_link_reopens_the_same_view[desktop]")
    assert work_unit("tests/e2e/test_flows.py::test_a_malformed_link_shows_the_notice_not_an_error[desktop-job]") == desktop
    phone = work_unit("tests/e2e/test_flows.py::test_a_deep_link_reopens_the_same_view[phone]")
    assert phone != desktop
    assert work_unit("tests/e2e/test_first_visit.py::test_no_page_fetches_plotly_until_a_chart_is_asked_for") == phone
    assert work_unit("tests/e2e/test_flows.py::test_a_malformed_link_shows_the_notice_not_an_error[phone-desktop]") == phone
    store = "tests/test_class_store.py::test_three_replicas_on_one_host_share_the_class"
    assert work_unit(f"{store}[sqlite]") == work_unit(f"{store}[postgres]")
    assert work_unit("tests/test_routes.py::test_a") != work_unit("tests/test_routes.py::test_b")
