"""Facts in the plain words a pupil of about eleven reads, and data made safe to show.

Pages show spreadsheet text through Markdown, so anything an adviser (or a
shared link) typed must be escaped: a stray `*` or `<b>` should appear as it
was typed, never change the page.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence

from pathways.schema import GlossaryRow, JobRow

NOT_KNOWN = "not known yet"
_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~:$=^])")


def md(text: object) -> str:
    """Data text for Markdown: every character that Markdown (or Streamlit's `:icon:` codes) reads is escaped."""
    return _MARKDOWN.sub(r"\\\1", " ".join(str(text).split()))


def link(label: str, url: str) -> str:
    """A Markdown link to a source page; the label is escaped and the address cannot break out of the link."""
    safe = url.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E").replace(" ", "%20")
    return f"[{md(label)}]({safe})"


def gbp(amount: float | None) -> str:
    if amount is None:
        return NOT_KNOWN
    sign = "-" if amount < 0 else ""
    return f"{sign}£{abs(round(amount)):,}"


def duration(years: float | None) -> str:
    """A step's length as a pupil would say it: weeks, months or years."""
    if years is None:
        return NOT_KNOWN
    if years >= 1:
        value = f"{years:g}"
        return f"{value} year" if years == 1 else f"{value} years"
    months = round(years * 12)
    if months >= 1:
        return "1 month" if months == 1 else f"{months} months"
    weeks = max(1, round(years * 52))
    return "about 1 week" if weeks == 1 else f"about {weeks} weeks"


def level(value: int | None) -> str:
    return NOT_KNOWN if value is None else f"Level {value}"


def pay_range(low: int | None, high: int | None, year: int | None, basis: str | None = None) -> str:
    """Yearly pay, with the year the figure is for, so nobody reads an old figure as today's.

    An ONS "middle half" range is what most full-time workers earn, not starter
    pay, and a parent comparing it with a starter figure must be told which it is.
    """
    if low is None and high is None:
        return NOT_KNOWN
    if low is not None and high is not None and high != low:
        text = f"{gbp(low)} to {gbp(high)} a year"
    else:
        text = f"{gbp(low if low is not None else high)} a year"
    if basis == "median" and low is not None:
        return f"half of full-time workers earn more than {gbp(low)} a year" + (f" (ONS figures for {year})" if year else "")
    if basis == "middle-half":
        return f"most full-time workers earn {text}" + (f" (ONS figures for {year})" if year else "")
    return f"{text} (figures for {year})" if year else text


def job_pay(row: JobRow | None) -> str:
    """A job's pay in words, or "not known yet"."""
    if row is None:
        return NOT_KNOWN
    return pay_range(row.salary_low, row.salary_high, row.salary_year, row.salary_basis)


def checked(day: dt.date | None) -> str:
    return NOT_KNOWN if day is None else f"checked {day.day} {day:%B %Y}"


def first_url(source_url: str) -> str:
    """The main source of a fact: the first of the ` ; `-separated pages."""
    return source_url.split(" ; ", maxsplit=1)[0].strip()


def and_list(items: Sequence[str]) -> str:
    if not items:
        return ""
    if len(items) == 1:
        return items[0]
    return f"{', '.join(items[:-1])} and {items[-1]}"


def glossary_for(texts: Iterable[str], glossary: Iterable[GlossaryRow]) -> list[GlossaryRow]:
    """The glossary entries whose term appears in any of `texts`, so jargon is explained where it is used."""
    joined = " ".join(texts).lower()
    found = []
    for entry in glossary:
        term = entry.term.strip().lower()
        if term and re.search(rf"(?<![a-z0-9]){re.escape(term)}s?(?![a-z0-9])", joined):
            found.append(entry)
    return sorted(found, key=lambda e: e.term.lower())
