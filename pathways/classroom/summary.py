"""What the teacher (and each joined pupil) sees of a class: counts by name, small ones hidden, CSV and PDF.

Any count below 3 is shown as "fewer than 3", everywhere it leaves the store
(screen, CSV, PDF): in a class of 30, "1 pupil looked at midwifery" can point
at one child. The PDF is one A4 page for the school's careers records (Compass+
and Ofsted ask what pupils explored and which Gatsby benchmarks an activity
serves); it reuses export.py's core-font approach so it needs no font files.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from collections.abc import Callable
from dataclasses import dataclass

from fpdf import FPDF

from pathways.classroom.store import WHAT, Summary
from pathways.export import latin1, long_date, safe_cell
from pathways.graph import Graph, node
from pathways.index import sector_names

SMALL = 3
FEWER = f"fewer than {SMALL}"
PDF_LINES_PER_KIND = 6  # keeps the record on one page; the CSV has every line
ROUTE_KINDS = {
    "university": "University",
    "degree-apprenticeship": "Degree apprenticeship",
    "apprenticeship": "Apprenticeship",
    "college-or-sixth-form": "College or sixth form",
}
CSV_COLUMNS = ("date", "what", "item", "pupils")
Names = Callable[[str, str], str]


@dataclass(frozen=True)
class Line:
    what: str  # the heading, from WHAT
    name: str
    pupils: str  # as shown: a number, or "fewer than 3"


def shown(number: int) -> str:
    """A count as anyone outside the store may see it."""
    return FEWER if number < SMALL else str(number)


def graph_names(graph: Graph) -> Names:
    """Names for the ids the store holds; an id the data no longer has is shown as itself."""

    sectors = sector_names(graph)

    def name(what: str, item: str) -> str:
        if what == "route":
            return ROUTE_KINDS.get(item, item.replace("-", " ").capitalize())
        if what in ("sector", "quiz"):
            return sectors.get(item, item)
        return node(graph, item).name if item in graph.nodes else item

    return name


def lines(summary: Summary, names: Names) -> list[Line]:
    """Every counted item, grouped in WHAT's order, most pupils first (exact counts sort; shown counts are hidden)."""
    found: list[Line] = []
    for what, heading in WHAT.items():
        counted = summary.counts.get(what, {})
        ranked = sorted(counted.items(), key=lambda pair: (-pair[1], names(what, pair[0]).lower()))
        found.extend(Line(heading, names(what, item), shown(number)) for item, number in ranked)
    return found


def benchmarks(summary: Summary) -> list[tuple[str, str]]:
    """The Gatsby benchmarks the session gives evidence for, each with the reason, from what was counted."""
    served = []
    if summary.counts.get("job") or summary.counts.get("sector"):
        served.append(
            (
                "Benchmark 2: Learning from career and labour market information",
                "pupils looked up local jobs, their pay, the employers and the routes into them.",
            )
        )
    if summary.counts.get("quiz") or summary.counts.get("stage"):
        served.append(
            (
                "Benchmark 3: Addressing the needs of each pupil",
                "each pupil started from their own stage and interests, and saw routes for them.",
            )
        )
    kinds = set(summary.counts.get("route", {}))
    if kinds & {"university", "degree-apprenticeship", "college-or-sixth-form", "apprenticeship"}:
        served.append(
            (
                "Benchmark 7: Encounters with further and higher education (information, not an encounter)",
                "pupils compared college, apprenticeship and university routes and the local providers of each.",
            )
        )
    return served


def summary_csv(summary: Summary, names: Names, day: dt.date) -> bytes:
    """UTF-8 with a byte-order mark for Excel; every cell made safe from formula injection."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS)
    writer.writeheader()
    writer.writerow({"date": day.isoformat(), "what": "Pupils joined", "item": "", "pupils": shown(summary.pupils)})
    for line in lines(summary, names):
        writer.writerow({"date": day.isoformat(), "what": line.what, "item": safe_cell(line.name), "pupils": line.pupils})
    return buffer.getvalue().encode("utf-8-sig")


def summary_pdf(summary: Summary, names: Names, day: dt.date) -> bytes:
    """One A4 page: date, pupils joined, what was explored (top lines of each kind), the benchmarks served."""
    pdf = FPDF(format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(False)
    pdf.set_title("Class careers activity record")
    pdf.set_creation_date(dt.datetime.combine(day, dt.time(), tzinfo=dt.UTC))
    pdf.add_page()

    def write(text: str, size: float = 10, style: str = "", gap: float = 1.0) -> None:
        pdf.set_font("Helvetica", style=style, size=size)
        pdf.multi_cell(0, size * 0.48, latin1(text), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(gap)

    write("Class careers activity record", size=18, style="B", gap=2)
    write(f"Date: {long_date(day)}. Activity: exploring careers routes with Pathways Explorer, as a class.")
    write(f"Pupils joined: {shown(summary.pupils)}.", style="B", gap=2)
    every = lines(summary, names)
    for heading in WHAT.values():
        mine = [line for line in every if line.what == heading]
        if not mine:
            continue
        write(heading, size=12, style="B", gap=0.5)
        text = "\n".join(f"- {line.name}: {line.pupils}" for line in mine[:PDF_LINES_PER_KIND])
        if len(mine) > PDF_LINES_PER_KIND:
            text += f"\n- and {len(mine) - PDF_LINES_PER_KIND} more (see the CSV)"
        write(text, gap=1.5)
    if not every:
        write("Nothing was explored while the class was joined.", gap=2)
    write("Gatsby benchmarks this activity serves", size=12, style="B", gap=0.5)
    served = benchmarks(summary) or [("None yet", "nothing was explored.")]
    write("\n".join(f"- {name}: {why}" for name, why in served), gap=2)
    write(
        f'Counts are of pupils, not visits; counts below {SMALL} are shown as "{FEWER}". '
        "No names, typed words or addresses were collected. The class data is deleted when the teacher ends the session, or after 24 hours.",
        size=8,
    )
    return bytes(pdf.output())


def file_name(day: dt.date, extension: str) -> str:
    return f"class-careers-record-{day.isoformat()}.{extension}"
