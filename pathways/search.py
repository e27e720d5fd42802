"""Jobs for what a pupil types: titles, their own words, school subjects.

The words come from the data (job names and keywords, subject names and
keywords), so an adviser improves search by editing a spreadsheet, not code;
a short list of everyday words ("sparky") maps slang onto words the data uses.
Each word typed is matched word by word (exactly, by stem, or as a small typo
that keeps the first letter, so "biolgy" and "nurce" work but "nurse" never
finds "user"), and every hit says why it matched.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from pathways.graph import Graph, Node, jobs, node
from pathways.index import Phrase, index, job_row, normalise

__all__ = ["Hit", "normalise", "search_jobs"]

# How much a match in each place counts: a job's own name beats its keywords, which beat a school subject.
FIELD_WEIGHTS = {"name": 1.0, "aside": 0.95, "keyword": 0.95, "subject": 0.75, "sector": 0.6}
FIELD_WORDS = {
    "name": "its name",
    "aside": "its name",  # the part of a name in brackets: "Science manufacturing technician (vaccines and medicines)"
    "keyword": "what it involves",
    "subject": "a school subject it uses",
    "sector": "its area of work",
}
# How close a word typed is to a word in the data.
EXACT, EVERYDAY, SAME_START, TYPO = 1.0, 0.95, 0.9, 0.8
MIN_SCORE = 45.0  # below this a job is not a good match: better to say so than to show an unrelated job
STRONG_WORD = 0.6  # a good match needs at least one word matched this well (a school subject typed exactly counts)
HALF_OF_BEST = 0.5  # a job scoring under half the best one matched only a side word ("make" of "make games")
# Everyday words and slang pupils use for a job or a kind of work, mapped to words the data uses.
EVERYDAY_WORDS = {
    "sparky": "electrician",
    "sparkie": "electrician",
    "leccy": "electrician",
    "medic": "doctor",
    "gp": "doctor",
    "physio": "physiotherapist",
    "coder": "coding",
    "programmer": "programming",
    "gamer": "games",
    "gaming": "games",
    "hacker": "hacking",
    "techie": "technician",
    "chemist": "pharmacist",
    "xray": "x ray",
    "vids": "video",
    "youtuber": "video",
    "mechanic": "maintenance",
}


@dataclass(frozen=True)
class Hit:
    id: str
    name: str
    sector: str | None
    score: float
    why: str = ""  # in a pupil's words: what they typed and where the job matched it

    def as_dict(self) -> dict[str, object]:
        return {"id": self.id, "name": self.name, "sector": self.sector, "score": self.score, "why": self.why}


def _stem(word: str) -> str:
    """A rough stem, so "nurse", "nurses" and "nursing" meet, and "computers" finds "computer"."""
    for ending in ("ing", "ers", "er", "es", "s", "e", "y"):
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            return word[: -len(ending)]
    return word


def _closeness(typed: str, word: str, typos: bool = True) -> float:
    """How close a typed word is to a word in the data: exact, same stem, or a small typo ("nurce")."""
    if typed == word:
        return EXACT
    if len(typed) >= 3 and _stem(typed) == _stem(word):
        return SAME_START
    if len(typed) >= 4 and len(word) >= 4 and (word.startswith(typed) or typed.startswith(word)):
        return SAME_START
    # A typo keeps the first letter and most of the rest: "docter", "nurce", "softwear" (not "user" for "nurse").
    if typos and len(typed) >= 4 and typed[0] == word[0] and fuzz.ratio(typed, word) >= (75 if len(typed) >= 6 else 80):
        return TYPO
    return 0.0


@dataclass(frozen=True)
class _Match:
    quality: float  # closeness times the weight of where it was found
    closeness: float
    typed: str
    word: str
    phrase: Phrase


def _query_words(text: str) -> list[tuple[str, str]]:
    """(word to look for, word the pupil typed): everyday words become the words the data uses."""
    found: list[tuple[str, str]] = []
    for typed in normalise(text).split():
        for word in EVERYDAY_WORDS.get(typed, typed).split():
            found.append((word, typed))
    return found


def _why(matches: list[_Match], names: dict[str, str]) -> str:
    """Why a job matched, in a pupil's words: what they typed, and where we found it."""
    by_phrase: dict[Phrase, list[str]] = {}
    for match in matches:
        if match.typed in EVERYDAY_WORDS:
            said = f"“{match.typed}” (another word for {EVERYDAY_WORDS[match.typed]})"
        elif match.closeness >= SAME_START:
            said = f"“{match.typed}”"
        else:
            said = f"“{match.typed}” (we read it as “{match.word}”)"
        if said not in by_phrase.setdefault(match.phrase, []):
            by_phrase[match.phrase].append(said)
    parts = []
    for phrase, typed in list(by_phrase.items())[:2]:
        where = FIELD_WORDS[phrase.field]
        shown = names[phrase.job] if phrase.field in ("name", "aside") else phrase.text
        verb = "is" if len(typed) == 1 else "are"
        parts.append(f"{' and '.join(typed)} {verb} in {where}: “{shown}”")
    return "; ".join(parts)


def search_jobs(graph: Graph, text: str, limit: int = 10) -> list[Hit]:
    """Jobs ranked for `text`, best first; an empty list when nothing matches well.

    Each word typed is matched against the words of each job's name, keywords,
    school subjects and area of work (exactly, by stem, or as a small typo), and
    a job scores the share of the typed words it matches, weighted by where:
    so "nurse" finds the nurses by name before any job whose keywords only look
    a little like it. A whole phrase typed that is a job's name or keyword wins
    outright. Nothing close enough means no result, so the page can say so
    plainly rather than offer an unrelated job.
    """
    wanted = _query_words(text)
    if not wanted:
        return []
    by_job = index(graph).search_phrases  # built once with the graph, jobs by name
    names = {j.id: j.name for j in jobs(graph)}
    sectors = {j.id: j.sector for j in jobs(graph)}
    scored = [found for job_id, phrases in by_job.items() if (found := _score_job(job_id, phrases, wanted))]
    best = max((item[0] for item in scored), default=0.0)
    kept = [item for item in scored if item[0] >= best * HALF_OF_BEST]
    # On a tie, the area of work most of the matches are in comes first: "coding" is mostly digital jobs,
    # so a software developer comes before a bioinformatician who also codes.
    votes = Counter(sectors[item[2]] for item in kept)
    kept.sort(key=lambda item: (-round(item[0], 1), -votes[sectors[item[2]]], -item[1], names[item[2]].lower()))
    return [
        Hit(job_id, names[job_id], sectors[job_id], round(score, 1), _why(matches, names))
        for score, _, job_id, matches in kept[:limit]
    ]


def _score_job(
    job_id: str, phrases: tuple[Phrase, ...], wanted: list[tuple[str, str]]
) -> tuple[float, float, str, list[_Match]] | None:
    """(score 0-100, how many places matched, job, the best match of each word), or None when not a good match."""
    matches: list[_Match] = []
    support = 0.0
    for word, typed in wanted:
        options = [
            _Match(c * FIELD_WEIGHTS[p.field], c, typed, w, p)
            for p in phrases
            for w in p.words
            if (c := _closeness(word, w, typos=word == typed))
        ]
        if options:
            matches.append(max(options, key=lambda m: m.quality))
            support += sum(m.quality for m in options)
    if max((m.quality for m in matches), default=0.0) < STRONG_WORD:
        return None
    score = 100 * sum(m.quality for m in matches) / len(wanted)
    whole = " ".join(w for w, _ in wanted)
    exact = [p for p in phrases if " ".join(p.words) == whole and p.field in ("name", "keyword")]
    if exact:
        score = min(100.0, max(score, 100 * FIELD_WEIGHTS[exact[0].field]) + 2)
    elif any(whole in " ".join(p.words) for p in phrases if p.field == "name"):
        score = min(100.0, score + 1)  # the words typed are part of the job's name
    return (score, support, job_id, matches) if score >= MIN_SCORE else None


def jobs_for(graph: Graph, sector: str | None = None, subjects: tuple[str, ...] = (), words: str = "") -> list[Node]:
    """Jobs for what a pupil said they are into: their own words first, then subjects, then a sector."""
    if words.strip():
        hits = search_jobs(graph, words)
        found = [node(graph, h.id) for h in hits]
        return [j for j in found if sector is None or j.sector == sector]
    chosen = jobs(graph, sector)
    if subjects:
        wanted = set(subjects)
        chosen = [j for j in chosen if (row := job_row(graph, j.id)) and wanted & set(row.subjects)]
    return chosen
