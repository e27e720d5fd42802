"""axe-core in the real page, with the few exclusions that belong to Streamlit or plotly, not to us.

Each exclusion names one rule and the element it may be on (a CSS selector the
failing element must sit inside) and the upstream issue that tracks it. Anything
else that axe rates serious or critical fails the test. Every run writes its
full result to test-artifacts/axe/ and its counts to the session summary.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import Page

from tests.e2e.browser import ARTIFACTS

BLOCKING = {"serious", "critical"}
AXE_OPTIONS: dict[str, Any] = {
    "resultTypes": ["violations"],
    "runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]},
}


@dataclass(frozen=True)
class Exclusion:
    """One known problem: `rule` on an element inside `inside`, tracked at `tracked` (an issue, or our file to fix)."""

    rule: str
    inside: str
    owner: str  # "streamlit" or "plotly" (upstream, cannot be fixed here), or "ours" (reported to the page's owner)
    tracked: str
    why: str
    pages: tuple[str, ...] = ()  # only on checks whose name starts with one of these (all checks when empty)


# Keep this list short and exact. Each entry is counted in the report of the session (test-artifacts/axe/summary.txt).
EXCLUSIONS: tuple[Exclusion, ...] = ()


@dataclass
class Finding:
    rule: str
    impact: str
    help: str
    target: str
    html: str
    excluded_by: Exclusion | None = None

    def __str__(self) -> str:
        return f"{self.rule} ({self.impact}): {self.help}\n    at {self.target}\n    {self.html[:200]}"


@dataclass
class AxeReport:
    page: str
    viewport: str
    findings: list[Finding] = field(default_factory=list)

    @property
    def blocking(self) -> list[Finding]:
        return [f for f in self.findings if f.impact in BLOCKING and f.excluded_by is None]

    @property
    def excluded(self) -> list[Finding]:
        return [f for f in self.findings if f.excluded_by is not None]

    def summary(self) -> str:
        lines = [f"{self.page} at {self.viewport}: {len(self.blocking)} blocking, {len(self.excluded)} excluded"]
        lines += [f"  {f}" for f in self.blocking]
        return "\n".join(lines)


_MATCHES = """
([target, inside]) => {
  const el = document.querySelector(target);
  return Boolean(el && el.closest(inside));
}
"""

SESSION_COUNTS: Counter[str] = Counter()  # findings let through, by exclusion
SESSION_CHECKS = 0  # axe runs this session (per worker under xdist; the workers' tallies are merged at the end)


def tally() -> dict[str, Any]:
    """This process's tally, as a pytest-xdist worker hands it to the controller."""
    return {"checks": SESSION_CHECKS, "counts": dict(SESSION_COUNTS)}


def merge(found: dict[str, Any]) -> None:
    """Add a worker's tally to this process's (the controller's), for the session summary."""
    global SESSION_CHECKS  # noqa: PLW0603 - a session tally, read by the terminal summary
    SESSION_CHECKS += int(found["checks"])
    SESSION_COUNTS.update(found["counts"])


def summary_lines() -> list[str]:
    return [f"{SESSION_COUNTS[describe(e)]:4d}  {describe(e)}" for e in EXCLUSIONS]


def describe(exclusion: Exclusion) -> str:
    return f"{exclusion.owner}: {exclusion.rule} inside {exclusion.inside} ({exclusion.tracked})"


def _target(node: dict[str, Any]) -> str:
    target = node.get("target") or [""]
    # A list inside the list means shadow DOM or an iframe: keep the innermost selector for the report.
    first = target[-1]
    return " ".join(first) if isinstance(first, list) else str(first)


def _excluded_by(page: Page, name: str, rule: str, target: str) -> Exclusion | None:
    for exclusion in EXCLUSIONS:
        if exclusion.pages and not name.startswith(exclusion.pages):
            continue
        if exclusion.rule == rule and target and page.evaluate(_MATCHES, [target, exclusion.inside]):
            return exclusion
    return None


def check(page: Page, name: str, viewport: str) -> AxeReport:
    """Run axe on the page as it is now; save the raw result; return what it found, exclusions marked."""
    global SESSION_CHECKS  # noqa: PLW0603 - a session tally, read by the terminal summary
    SESSION_CHECKS += 1
    response = Axe().run(page, options=AXE_OPTIONS).response
    folder = ARTIFACTS / "axe"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}-{viewport}.json").write_text(json.dumps(response["violations"], indent=1))
    report = AxeReport(page=name, viewport=viewport)
    for violation in response["violations"]:
        for node in violation["nodes"]:
            target = _target(node)
            finding = Finding(
                rule=violation["id"],
                impact=str(node.get("impact") or violation.get("impact") or "unknown"),
                help=violation["help"],
                target=target,
                html=node.get("html", ""),
            )
            finding.excluded_by = _excluded_by(page, name, finding.rule, target)
            if finding.excluded_by is not None:
                SESSION_COUNTS[describe(finding.excluded_by)] += 1
            report.findings.append(finding)
    return report


def assert_accessible(page: Page, name: str, viewport: str) -> None:
    """Fail with every serious or critical finding (not excluded) on the page as it is now."""
    report = check(page, name, viewport)
    assert not report.blocking, report.summary()
