"""The printable plan a pupil takes home: a PDF for parents and the same facts as CSV.

The PDF opens with the routes side by side in one table (the compare page's
words, from `money.comparison`), then what to do next, then a link and a QR
code back to the same view in the app, then every step and every source. The
page passes the link in, so this module needs no Streamlit.

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

from pathways import experiences, money, share
from pathways.graph import Graph, node
from pathways.near import HOW_TO_CHOOSE, Area
from pathways.plain_words import NOT_KNOWN, and_list, gbp
from pathways.routes import Route
from pathways.step_facts import Source, StepFacts, job_step, place_line, route_facts, step_facts, unique_sources

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
    compared: money.Comparison


@dataclass(frozen=True)
class Plan:
    """Everything the printed plan says, worked out once for the PDF and the CSV."""

    job: StepFacts
    start: str
    routes: tuple[PlannedRoute, ...]
    sources: tuple[Source, ...]
    made_on: dt.date
    near: str = ""  # the town or area places are measured from, when the pupil chose one
    next_steps: tuple[str, ...] = ()
    link: str = ""  # the address of the same view in the app, for the QR code; "" prints none


STAND_INS = "How we worked out the money"
NO_DATES = "Our data has no application dates or start months yet, so ask each place when to apply and when it starts."


def route_summary(route: Route) -> str:
    years = f"about {route.years:g} years" if route.years_known else f"at least {route.years:g} years"
    parts = [years]
    if route.tuition_known:
        parts.append("no fees" if route.tuition_gbp == 0 else f"{gbp(route.tuition_gbp)} in fees")
    if route.earns_while_learning:
        parts.append("you earn while you learn")
    return ", ".join(parts)


def make_plan(
    graph: Graph,
    start: str,
    job: str,
    routes: list[Route],
    today: dt.date | None = None,
    near: Area | None = None,
    link: str = "",
) -> Plan:
    job_facts = step_facts(graph, job_step(graph, job))
    planned = tuple(
        PlannedRoute(
            number,
            route_summary(route),
            tuple(f for f in route_facts(graph, route, near) if f.id != job),
            money.comparison(route, money.plan(graph, route)),
        )
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
        next_steps=next_steps(graph, routes, planned),
        link=link,
    )


MOST_EXPERIENCES = 2


def next_steps(graph: Graph, routes: list[Route], planned: tuple[PlannedRoute, ...]) -> tuple[str, ...]:
    """What to do next, from the data only: where to ask about each route's first step, and work experience to ask for.

    The data holds no application dates or start months, so no step carries a
    date; the plan says so (`NO_DATES`) rather than guess one. Where the data
    names the stage an experience suits, the step says which.
    """
    steps: list[str] = []
    starts: dict[str, list[PlannedRoute]] = {}
    for route in planned:
        if route.steps:
            starts.setdefault(route.steps[0].id, []).append(route)
    for same in starts.values():
        first = same[0].steps[0]
        numbers = [str(r.number) for r in same]
        which = f"Route {numbers[0]}" if len(numbers) == 1 else f"Routes {and_list(numbers)}"
        if first.providers:
            place = first.providers[0]
            where = f"{place.name} ({place.website})" if place.website else place.name
            line = f"{which}: ask about {first.name} at {where}."
        else:
            line = f"{which}: ask your school's careers adviser where you can do {first.name} near you."
        if first.requirement:
            line += f" To get in: {first.requirement.rstrip('.')}."
        steps.append(line)
    soonest = {}  # each route's experiences at the earliest stage they suit, each experience once
    for found in routes:
        for group in experiences.for_route(graph, found)[:1]:
            when = "any age" if group.stage_id == experiences.ANY_TIME else group.stage_name
            soonest.update({item.id: (item, when) for item in group.experiences if item.id not in soonest})
    for item, when in list(soonest.values())[:MOST_EXPERIENCES]:
        kind = item.type.replace("-", " ")
        steps.append(f"Ask your school's careers adviser about {item.name} ({kind}). It is for: {when}.")
    steps.append("Talk to your school's careers adviser about this plan.")
    return tuple(steps)


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
    pdf.set_margins(MARGIN, 16, MARGIN)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_title(latin1(f"My plan: {plan.job.name}"))
    pdf.set_creation_date(dt.datetime.combine(plan.made_on, dt.time(), tzinfo=dt.UTC))
    pdf.add_page()

    def write(text: str, size: float = 11, style: str = "", gap: float = 1.5) -> None:
        pdf.set_font("Helvetica", style=style, size=size)
        pdf.multi_cell(0, size * 0.5, latin1(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    qr_bottom = _qr_code(pdf, plan.link) if plan.link else 0.0
    write(f"My plan: {plan.job.name}", size=20, style="B", gap=2)
    write(f"Made on {long_date(plan.made_on)}. Starting from: {plan.start}.", size=10)
    write(plan.job.what)
    write(plan.job.money[:1].upper() + plan.job.money[1:] + ".")  # not capitalize(): it would lower "ONS"
    if not plan.routes:
        write("We found no route to this job from where you are now. Ask your careers adviser.")
    write(f"Places near you are nearest first from {plan.near}." if plan.near else HOW_TO_CHOOSE, size=10, gap=1)
    if plan.link:
        _link_line(pdf, plan.link, qr_bottom)
    notes = list(dict.fromkeys(n for r in plan.routes for n in r.compared.notes))
    if plan.routes:
        _comparison_table(pdf, plan.routes)
        write(f"The money column: {money.MONEY_WORDS}", size=9, gap=0.5)
        if notes:
            write(f"Some figures are not known yet. {STAND_INS} lists what we counted instead.", size=9, gap=1)
    pdf.ln(2)
    write("What to do next", size=14, style="B")
    write("\n".join(f"- {step}" for step in (*plan.next_steps, NO_DATES)), size=10, gap=1)
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
    if notes:
        pdf.ln(2)
        write(STAND_INS, size=14, style="B")
        write("\n".join(notes), size=9, gap=1)
    pdf.ln(2)
    write("Where these facts come from", size=14, style="B")
    for source in plan.sources:
        checked = f" (checked {source.checked.isoformat()})" if source.checked else ""
        write(f"{source.url}{checked}", size=9, gap=0.5)
    write("Facts change: check with the college, university or employer before you apply.", size=9)
    return bytes(pdf.output())


TABLE_HEADINGS = ("Route", "Kind of route", "Years to qualify", "Tuition fees", "Paid while learning")
TABLE_WIDTHS = (16, 38, 28, 28, 34, 30)  # mm, across the 174 mm between the margins


def _comparison_table(pdf: FPDF, routes: tuple[PlannedRoute, ...]) -> None:
    """One row a route: the compare page's words, so a fee we do not know is "not known yet", never £0."""
    age = routes[0].compared.by_age
    pdf.ln(2)
    pdf.set_font("Helvetica", style="B", size=14)
    pdf.multi_cell(0, 7, "Your routes side by side", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.set_font("Helvetica", size=9)
    with pdf.table(col_widths=TABLE_WIDTHS, text_align="LEFT", line_height=4.5, padding=1.2) as table:
        table.row([*TABLE_HEADINGS, f"Money by age {age}, before tax"])
        for route in routes:
            c = route.compared
            paid = f"yes, {c.pay_while_learning} in all" if c.paid_while_learning else "no"
            cash = c.money if c.by_age == age or c.money == NOT_KNOWN else f"{c.money} by age {c.by_age}"
            table.row([latin1(text) for text in (f"Route {route.number}", c.kind, c.years, c.fees, paid, cash)])
    pdf.ln(1.5)


QR_SIZE = 32  # mm: a phone camera reads it easily from a printed page
MARGIN = 18  # mm, left and right


def _qr_code(pdf: FPDF, link: str) -> float:
    """The QR code at the top right of the first page; the text beside it keeps clear. Returns where it ends."""
    top = pdf.get_y()
    qr = io.BytesIO(share.qr_png(link, scale=4, border=2))
    pdf.image(qr, x=pdf.w - MARGIN - QR_SIZE, y=top, w=QR_SIZE, alt_text="QR code that opens this plan in Pathways Explorer")
    pdf.set_right_margin(MARGIN + QR_SIZE + 4)
    return top + QR_SIZE


def _link_line(pdf: FPDF, link: str, below: float) -> None:
    """The address in print, under the QR code, because a parent may type it rather than scan."""
    pdf.set_right_margin(MARGIN)
    pdf.set_y(max(pdf.get_y(), below + 1))
    pdf.set_font("Helvetica", size=9)
    pdf.write(4.5, "Scan the code, or type this address, to open these routes again in Pathways Explorer:")
    pdf.ln(4.5)
    pdf.write(4.5, latin1(link), link=link)
    pdf.ln(6)


def plan_file_name(plan: Plan, extension: str) -> str:
    return plan_file_name_for(plan.job.id, plan.made_on, extension)


def plan_file_name_for(job: str, made_on: dt.date, extension: str) -> str:
    """The plan's file name from its job and day alone, so a page can name the file before making it."""
    return f"my-plan-{'-'.join(job.split('-')[:4])}-{made_on.isoformat()}.{extension}"
