"""Turn what a person typed or shared (an id or a name, any case) into a node id, or say what they may have meant.

Links, the command line and the pages all accept names as well as ids, so the
matching lives here once: "Adult Nurse", "adult nurse" and "adult-nurse" are
the same job wherever they are typed.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from pathways.graph import Graph, node, nodes_of_kind
from pathways.problems import did_you_mean


class UnknownNameError(LookupError):
    """Nothing matches; the message suggests the closest id."""


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def find(graph: Graph, value: str, kinds: Iterable[str]) -> str | None:
    """The id of a node of one of `kinds` given by id or by name, in any case ("Adult Nurse" -> "adult-nurse").

    People type and share names (the command line accepts them too), and a
    name in a link should open the same view as the id.
    """
    wanted = slug(value)
    if not wanted:
        return None
    allowed = set(kinds)
    ids = [str(n) for n, attrs in graph.nodes.items() if attrs.get("kind") in allowed]
    if value in ids:
        return value
    return next((i for i in ids if wanted in (i, slug(node(graph, i).name))), None)


def suggest(graph: Graph, value: str, kinds: Iterable[str]) -> str:
    """Up to two names close to `value` ("nurce" -> "Adult nurse"), for a "did you mean" in the notice."""
    allowed = set(kinds)
    names = {str(n): node(graph, n).name for n, attrs in graph.nodes.items() if attrs.get("kind") in allowed}
    wanted = slug(value)
    if not wanted:
        return ""
    close = difflib.get_close_matches(wanted, list(names), n=2, cutoff=0.7)
    slugs = {slug(name): n for n, name in names.items()}
    close += [slugs[c] for c in difflib.get_close_matches(wanted, list(slugs), n=2, cutoff=0.7)]
    typed = {w for w in wanted.split("-") if len(w) >= 3}
    words_of = {n: set(slug(name).split("-")) for n, name in names.items()}
    # A word of a name is near when it is a word typed, or one letter or two away from it. Each distinct word is
    # measured once (names share many words), the cheap upper bounds first: a junk link must not cost a page a run.
    near = {w for w in set().union(*words_of.values()) if any(_alike(t, w) for t in typed)}
    close += sorted((n for n, found in words_of.items() if found & near), key=lambda n: names[n].lower())
    picked = list(dict.fromkeys(close))[:2]
    return " or ".join(f"“{names[n]}”" for n in picked)


def _alike(typed: str, word: str) -> bool:
    if typed == word:
        return True
    matcher = difflib.SequenceMatcher(None, typed, word)
    return matcher.real_quick_ratio() >= 0.75 and matcher.quick_ratio() >= 0.75 and matcher.ratio() >= 0.75


def resolve(graph: Graph, text: str, kind: str) -> str:
    """The id of the `kind` node whose id or name is `text`; for the command line, which must stop on a typo."""
    found = find(graph, text.strip(), (kind,))
    if found is not None:
        return found
    candidates = nodes_of_kind(graph, kind)
    wanted = text.strip().lower()
    hint = did_you_mean(wanted, [c.id for c in candidates]) or did_you_mean(wanted, [c.name.lower() for c in candidates])
    raise UnknownNameError(f'"{text}" is not a known {kind}{hint}')
