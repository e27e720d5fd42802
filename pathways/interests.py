"""Things young people like doing, and the jobs in the data that use them.

The quiz and the young explorer share these. Each interest is a handful of
everyday phrases; a job uses an interest when one of those phrases appears in
the job's name or keywords (a strong match) or in the names and keywords of
its school subjects (a weak match, because maths or English help almost every
job). All the job words come from the data, so an adviser improves the
matches by editing keywords in jobs.csv, not code.
"""

from __future__ import annotations

from dataclasses import dataclass

from pathways.graph import Graph, jobs
from pathways.index import index, tokens

STRONG = 1.0  # the phrase is in the job's own name or keywords
WEAK = 0.5  # the phrase is only in a school subject the job uses


@dataclass(frozen=True)
class Interest:
    id: str
    emoji: str
    label: str  # the picture card: "Fixing things"
    question: str  # the quiz: "Do you like fixing things when they break?"
    reason: str  # "you like fixing things", read after "because"
    phrases: tuple[str, ...]
    core: tuple[str, ...] = ()  # phrases the reason is true of; empty means all of them

    def says(self, phrase: str) -> bool:
        """Whether the reason is true of a job matched by this phrase (a games job "makes games"; a coding job may not)."""
        return not self.core or phrase in self.core


INTERESTS: tuple[Interest, ...] = (
    Interest("fixing", "🔧", "Fixing things", "Do you like fixing things when they break?", "you like fixing things",
             ("fix", "mechanic", "maintenance", "tools", "repair", "electrician", "wiring")),
    Interest("making", "🛠️", "Making things", "Do you like making things with your hands?", "you like making things",
             ("make things", "making things", "make parts", "factory", "metal", "welding", "fabrication", "production line")),
    Interest("experiments", "🔬", "Doing experiments", "Do you like doing science experiments?", "you like science experiments",
             ("experiment", "lab", "microscope", "test tube", "scientist", "research")),
    Interest("caring", "🩺", "Looking after people", "Do you like looking after people?", "you like looking after people",
             ("look after people", "caring", "care", "help people", "nurse", "first aid", "save lives")),
    Interest("body", "🫀", "How the body works", "Do you want to know how your body works?", "you want to know how the body works",
             ("human body", "living things", "blood", "germ", "disease", "dna", "gene", "x ray", "scan", "surgery")),
    Interest("medicines", "💊", "Medicines", "Would you like to help make medicines?", "you want to help make medicines",
             ("medicine", "pill", "pharmacy", "vaccine", "chemist shop", "drug", "clinical trial")),
    Interest("computers", "💻", "Computers", "Do you like finding out how computers work?", "you like computers",
             ("computer", "computing", "network", "internet", "wifi", "server", "cyber")),
    Interest("coding", "🎮", "Making apps and games", "Would you like to make your own app or game?", "you want to make apps and games",
             ("coding", "code", "programming", "app", "game", "website", "software"), ("app", "game", "website")),
    Interest("drawing", "🎨", "Drawing and art", "Do you like drawing?", "you like drawing",
             ("drawing", "art", "design", "painting", "graphic", "logo", "poster", "cartoon", "animation"),
             ("drawing", "art", "painting", "graphic", "logo", "poster", "cartoon", "animation")),
    Interest("films", "🎬", "Films and videos", "Do you like making videos or taking photos?", "you like making videos",
             ("film", "filming", "video", "tv", "radio", "photography", "youtube", "special effect")),
    Interest("numbers", "🔢", "Numbers and puzzles", "Do you like maths and number puzzles?", "you like numbers",
             ("maths", "mathematics", "number", "data", "statistic", "spreadsheet", "puzzle")),
    Interest("robots", "🤖", "Robots and machines", "Do you like robots and machines?", "you like robots and machines",
             ("robot", "machine", "engine", "electronics", "gadget", "circuit", "sensor", "car", "ship"),
             ("robot", "machine", "engine", "electronics", "gadget", "circuit", "sensor")),
    Interest("solving", "🧩", "Solving problems", "Do you like working out how to fix a problem?", "you like solving problems",
             ("find bugs", "testing", "check products", "quality", "hacking", "keep computers safe", "security")),
)  # fmt: skip
BY_ID = {i.id: i for i in INTERESTS}


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    n = len(needle)
    return n > 0 and any(haystack[i : i + n] == needle for i in range(len(haystack) - n + 1))


def matched(graph: Graph, job_id: str, interest: Interest) -> tuple[float, str, str]:
    """(STRONG, WEAK or 0, the interest's phrase that matched, the job's own words it matched in).

    Phrases the interest's reason is true of are tried first, so a games
    developer is matched by "game" before "coding".
    """
    found = index(graph)  # the job's words, worked out once with the graph
    own = found.own_words.get(job_id, ())
    taught = found.taught_words.get(job_id, ())
    phrases = sorted(interest.phrases, key=lambda p: not interest.says(p))
    for phrase in phrases:
        needle = tokens(phrase)
        for words, text in own:
            if _contains(words, needle):
                return STRONG, phrase, text
    for phrase in phrases:
        needle = tokens(phrase)
        if any(_contains(h, needle) for h in taught):
            return WEAK, phrase, ""
    return 0.0, "", ""


def match(graph: Graph, job_id: str, interest: Interest) -> float:
    """How strongly a job uses an interest: STRONG, WEAK or 0."""
    return matched(graph, job_id, interest)[0]


def reason(graph: Graph, job_id: str, interest: Interest) -> str:
    """Why this job fits a like, from what actually matched ("" when nothing in the job's own words does).

    The interest's own reason when it is true of the match ("you want to make
    apps and games" for a games developer); otherwise the job's own words and
    the card the pupil picked ("you picked Making apps and games and it
    involves coding" for a bioinformatician), never a claim the data does not make.
    """
    strength, phrase, words = matched(graph, job_id, interest)
    if strength < STRONG:
        return ""
    if interest.says(phrase):
        return interest.reason
    return f"you picked “{interest.label}” and it involves {words}"


def jobs_for_interest(graph: Graph, interest: Interest) -> list[str]:
    """Jobs that use an interest, best fits first; weak matches only if there is no strong one.

    A child who taps "Making apps and games" should meet the games developer
    before the bioinformatician: jobs the card's own reason is true of come
    first, then jobs whose name holds the words, then the rest, each by name.
    """
    found = {j.id: (matched(graph, j.id, interest), j.name) for j in jobs(graph)}
    strong = [j for j, ((s, _, _), _) in found.items() if s >= STRONG]
    chosen = strong or [j for j, ((s, _, _), _) in found.items() if s > 0]

    def fit(job_id: str) -> tuple[bool, bool, str]:
        (_, phrase, words), name = found[job_id]
        return (not interest.says(phrase), words != name, name.lower())

    return sorted(chosen, key=fit)
