"""The printable plan a pupil takes home: a PDF for parents and the same facts as CSV.

The PDF uses the PDF core font (Helvetica), so it needs no font file on the
server and stays small; text is made Latin-1 safe first (£ and accents are
fine, curly quotes and dashes become plain ones). Black text on white only, so
it reads the same printed in black and white.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import unicodedata
from dataclasses import dataclass

from fpdf import FPDF

from pathways.graph import Graph, node
from pathways.near import HOW_TO_CHOOSE, Area
from pathways.routes import Route
from pathways.steps import Source, StepFacts, job_step, place_line, route_facts, step_facts, unique_sources
from pathways.words import gbp

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
CSV_COLUMNS = (
    "made_on",
    "job",
    "route",
    "step",
    "name",
    "what_it_is",
    "how_long",
    "cost_or_pay",
    "entry_requirements",
    "local_providers",
    "source",
)
_PLAIN = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "...", "•": "-", "→": "->"})


@dataclass(frozen=True)
class PlannedRoute:
    number: int
    summary: str
    steps: tuple[StepFacts, ...]


@dataclass(frozen=True)
class Plan:
    """Everything the printed plan says, worked out once for the PDF and the CSV."""

    job: StepFacts
    start: str
    routes: tuple[PlannedRoute, ...]
    sources: tuple[Source, ...]
    made_on: dt.date
    near: str = ""  # the town or area places are measured from, when the pupil chose one


def route_summary(route: Route) -> str:
    years = f"about {route.years:g} years" if route.years_known else f"at least {route.years:g} years"
    parts = [years]
    if route.tuition_known:
        parts.append("no fees" if route.tuition_gbp == 0 else f"{gbp(route.tuition_gbp)} in fees")
    if route.earns_while_learning:
        parts.append("you earn while you learn")
    return ", ".join(parts)


def make_plan(
    graph: Graph, start: str, job: str, routes: list[Route], today: dt.date | None = None, near: Area | None = None
) -> Plan:
    job_facts = step_facts(graph, job_step(graph, job))
    planned = tuple(
        PlannedRoute(number, route_summary(route), tuple(f for f in route_facts(graph, route, near) if f.id != job))
        for number, route in enumerate(routes, start=1)
    )
    every = (job_facts, *(f for r in planned for f in r.steps))
    return Plan(
        job=job_facts,
        start=node(graph, start).name,
        routes=planned,
        sources=unique_sources(every),
        made_on=today or dt.date.today(),
        near=near.name if near else "",
    )


def long_date(day: dt.date) -> str:
    return f"{day.day} {day:%B %Y}"


def safe_cell(text: str) -> str:
    """A cell a spreadsheet shows as text, never runs as a formula (CSV injection)."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def plan_rows(plan: Plan) -> list[dict[str, str]]:
    rows = []
    for route in plan.routes:
        for number, step in enumerate(route.steps, start=1):
            rows.append(
                {
                    "made_on": plan.made_on.isoformat(),
                    "job": plan.job.name,
                    "route": str(route.number),
                    "step": str(number),
                    "name": step.name,
                    "what_it_is": step.what,
                    "how_long": step.how_long,
                    "cost_or_pay": step.money,
                    "entry_requirements": step.requirement,
                    "local_providers": "; ".join(place_line(p) for p in step.providers),
                    "source": " ; ".join(s.url for s in step.sources[:1]),
                }
            )
    return rows


def plan_csv(plan: Plan) -> bytes:
    """UTF-8 with a byte-order mark, so Excel shows £ correctly."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    for row in plan_rows(plan):
        writer.writerow({key: safe_cell(value) for key, value in row.items()})
    return buffer.getvalue().encode("utf-8-sig")


def latin1(text: str) -> str:
    """Text the PDF core font can draw: accents kept where Latin-1 has them, the rest simplified."""
    text = text.translate(_PLAIN)
    out = []
    for char in text:
        try:
            char.encode("latin-1")
            out.append(char)
        except UnicodeEncodeError:
            plain = unicodedata.normalize("NFKD", char).encode("latin-1", "ignore").decode("latin-1")
            out.append(plain or "?")
    return "".join(out)


class _PlanPDF(FPDF):
    def footer(self) -> None:
        self.set_y(-12)
        self.set_font("Helvetica", size=9)
        self.cell(0, 6, f"Pathways Explorer plan - page {self.page_no()} of {{nb}}", align="C")


def plan_pdf(plan: Plan) -> bytes:
    """An A4 PDF of the plan, in black on white, with every source listed at the end."""
    pdf = _PlanPDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(latin1(f"My plan: {plan.job.name}"))
    pdf.set_creation_date(dt.datetime.combine(plan.made_on, dt.time(), tzinfo=dt.UTC))
    pdf.add_page()

    def write(text: str, size: float = 11, style: str = "", gap: float = 1.5) -> None:
        pdf.set_font("Helvetica", style=style, size=size)
        pdf.multi_cell(0, size * 0.5, latin1(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    write(f"My plan: {plan.job.name}", size=20, style="B", gap=2)
    write(f"Made on {long_date(plan.made_on)}. Starting from: {plan.start}.", size=10)
    write(plan.job.what)
    write(plan.job.money.capitalize() + ".")
    if not plan.routes:
        write("We found no route to this job from where you are now. Ask your careers adviser.")
    write(f"Places near you are nearest first from {plan.near}." if plan.near else HOW_TO_CHOOSE, size=10, gap=1)
    for route in plan.routes:
        pdf.ln(2)
        write(f"Route {route.number}: {route.summary}", size=14, style="B")
        pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
        pdf.ln(1.5)
        for number, step in enumerate(route.steps, start=1):
            write(f"Step {number}. {step.name}", size=12, style="B", gap=0.5)
            lines = [step.what, f"How long: {step.how_long}. Cost or pay: {step.money}."]
            if step.requirement:
                lines.append(f"To get in: {step.requirement}")
            lines += [f"Near you: {place_line(p)}" for p in step.providers]
            write("\n".join(lines), size=10, gap=2)
    pdf.ln(2)
    write("Where these facts come from", size=14, style="B")
    for source in plan.sources:
        checked = f" (checked {source.checked.isoformat()})" if source.checked else ""
        write(f"{source.url}{checked}", size=9, gap=0.5)
    write("Facts change: check with the college, university or employer before you apply.", size=9)
    return bytes(pdf.output())


def plan_file_name(plan: Plan, extension: str) -> str:
    return plan_file_name_for(plan.job.id, plan.made_on, extension)


def plan_file_name_for(job: str, made_on: dt.date, extension: str) -> str:
    """The plan's file name from its job and day alone, so a page can name the file before making it."""
    return f"my-plan-{'-'.join(job.split('-')[:4])}-{made_on.isoformat()}.{extension}"
