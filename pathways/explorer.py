"""The young explorer (Years 5 to 9): a thing I like -> jobs that use it -> the journey there.

Its readers are about nine, so it never shows the data's own step names
("Level 3 extended diploma"): each kind of step has one short sentence written
here, and a journey is at most five of them. The test measures their reading
age with textstat.
"""

from __future__ import annotations

import base64
import re
from dataclasses import dataclass
from pathlib import Path

from pathways.graph import Graph, node, stages
from pathways.interests import BY_ID, INTERESTS, Interest, jobs_for_interest
from pathways.routes import Step, find_routes

MAX_STEPS = 5
MAX_JOBS = 8
YOUNG_STAGES = ("year-5-6", "years-7-9")

# What each kind of step means, said simply. Keys are stage ids, qualification types or node kinds.
SAYINGS: dict[str, str] = {
    "years-7-9": "you go to big school",
    "years-10-11": "you take your GCSE tests at school",
    "age-16-18": "you finish Year 11",
    "age-18-plus": "you finish school or college",
    "gcse": "you take your GCSE tests at school",
    "functional-skills": "you get better at English and maths",
    "level-2-course": "you do a short course at college",
    "level-3-course": "you do a two year course at college",
    "a-levels": "you study hard at school or college for two more years",
    "t-level": "you go to college and try out a real job too",
    "btec-national": "you go to college for two years",
    "access-to-he": "you do a course to get ready for uni",
    "hnc": "you learn more at college",
    "hnd": "you learn more at college",
    "htq": "you learn more at college",
    "foundation-year": "you do a first year to get ready for uni",
    "foundation-degree": "you learn more at college or uni",
    "degree": "you go to uni for about three years",
    "integrated-masters": "you go to uni for about four years",
    "masters": "you do one more year at uni",
    "postgraduate-training": "you train some more after uni",
    "bootcamp": "you do a short, fast course",
    "apprenticeship": "you get a job where you learn and get paid",
    "degree-apprenticeship": "you get a job where you learn, get paid and get a degree",
    "experience": "you try out the job for a short time",
}
SCHOOL = "you go to school and take your GCSE tests"
MORE = "you keep learning for a while"
OPENERS = ("First", "Then", "Next", "After that")
STRANGER = "you learn some more"

PICTURES = Path(__file__).parent / "pictures"
PICTURE_CREDIT = (
    "The young explorer's pictures are from Twemoji (https://github.com/jdecked/twemoji), "
    "copyright Twitter, Inc and other contributors, licensed under CC-BY 4.0 "
    "(https://creativecommons.org/licenses/by/4.0/)."
)
INTRO = "Tap a picture of something you like doing. We will show you jobs that use it."
NO_JOURNEY = "We do not know the way to this job yet. Ask your teacher to help you find out."


@dataclass(frozen=True)
class Journey:
    job: str
    job_name: str
    sentences: tuple[str, ...]


def cards() -> tuple[Interest, ...]:
    return INTERESTS


def picture(card_id: str) -> str:
    """The card's picture as SVG text, shipped with the app so it looks the same with or without an emoji font."""
    return (PICTURES / f"{card_id}.svg").read_text(encoding="utf-8")


def picture_tag(card_id: str, size: int = 88) -> str:
    """The picture as an <img> with the SVG inline (a data: address): no request, and no extra Tab stop.

    It is decorative (alt=""): the card's button beside it says the same in words.
    """
    data = base64.b64encode(picture(card_id).encode("utf-8")).decode("ascii")
    return (
        f'<img src="data:image/svg+xml;base64,{data}" alt="" width="{size}" height="{size}" '
        'style="display:block;margin:0 auto 4px auto">'
    )


def read_aloud(sentences: list[str] | tuple[str, ...]) -> str:
    """What "Read it to me" says: the journey's sentences, each ending with a full stop."""
    return " ".join(s if s.endswith((".", "!", "?")) else f"{s}." for s in sentences)


def interest(interest_id: str) -> Interest | None:
    return BY_ID.get(interest_id)


def jobs_for_card(graph: Graph, card: Interest) -> list[str]:
    return jobs_for_interest(graph, card)[:MAX_JOBS]


def young_stages(graph: Graph) -> list[str]:
    """The stages a child on this page may be at: the young ones the data has, else the youngest."""
    ids = [s.id for s in stages(graph)]
    found = [s for s in ids if s in YOUNG_STAGES]
    return found or ids[:1]


def saying(step: Step) -> str:
    if step.kind == "stage":
        return SAYINGS.get(step.id, STRANGER)
    if step.kind == "apprenticeship":
        return SAYINGS["degree-apprenticeship" if step.university else "apprenticeship"]
    if step.kind == "experience":
        return SAYINGS["experience"]
    return SAYINGS.get(step.type, STRANGER)


def shorten(sayings: list[str]) -> list[str]:
    """At most MAX_STEPS - 1 sayings before the job, keeping the first and last ones."""
    kept = [s for i, s in enumerate(sayings) if i == 0 or s != sayings[i - 1]]
    limit = MAX_STEPS - 1
    school = [s for s in kept if s in (SAYINGS["years-7-9"], SAYINGS["years-10-11"], SAYINGS["age-16-18"])]
    if len(kept) > limit and len(school) > 1:
        rest = [s for s in kept if s not in school]
        kept = [SCHOOL, *rest]
    if len(kept) > limit:
        kept = [*kept[: limit - 2], MORE, kept[-1]]
    return kept


def sentences(sayings: list[str], job_name: str) -> tuple[str, ...]:
    """ "First you ... Then you ..." ending with the job."""
    said = [f"{OPENERS[min(i, len(OPENERS) - 1)]} {s}." for i, s in enumerate(sayings)]
    end = "In the end you can work as" if said else "You can work as"
    return (*said, f"{end} {a_job(job_name)}!")


# Letters whose spoken name starts with a vowel sound: "an NDT technician", "an IT technician", "a UX designer".
_VOWEL_SOUNDING_LETTERS = set("AEFHILMNORSX")


def plain_name(job_name: str) -> str:
    """The name a child reads: without its (bracketed) detail, in lower case except for initials like IT or UX."""
    name = re.sub(r"\s*\([^)]*\)", "", job_name).strip() or job_name
    words = name.split()
    kept = [w if (w.isupper() and len(w) > 1) or any(c.isdigit() for c in w) else w.lower() for w in words]
    return " ".join(kept)


def _article(word: str) -> str:
    """ "a" or "an" by how the word sounds, not how it is spelt."""
    if len(word) > 1 and word[:2].isupper():  # initials are said letter by letter
        return "an" if word[0] in _VOWEL_SOUNDING_LETTERS else "a"
    if word[:1].isdigit():
        return "an" if word.startswith(("8", "11", "18")) else "a"
    lower = word.lower()
    if lower.startswith(("uni", "use", "usu", "eu", "one")):
        return "a"
    if lower.startswith(("hour", "honest", "heir")):
        return "an"
    return "an" if lower[:1] in "aeiou" else "a"


def a_job(job_name: str) -> str:
    """ "a welder", "an adult nurse", "a UX designer": the plain name with the article it is said with."""
    name = plain_name(job_name)
    return f"{_article(name)} {name}"


def journey(graph: Graph, start: str, job: str) -> Journey | None:
    """The shortest journey from a young stage to a job in at most five plain steps, or None."""
    found = find_routes(graph, start, job, limit=1)
    if not found:
        return None
    name = node(graph, job).name
    sayings = [saying(s) for s in found[0].learning]
    return Journey(job=job, job_name=name, sentences=sentences(shorten(sayings), name))


def all_words() -> str:
    """Every fixed sentence the page can show, for the reading-age test."""
    said = sentences(list(dict.fromkeys([*SAYINGS.values(), SCHOOL, MORE, STRANGER])), "nurse")
    labels = [f"{c.label}." for c in INTERESTS]
    return " ".join([INTRO, NO_JOURNEY, *labels, *said])
