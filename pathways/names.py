"""Turn what a person typed (an id or a name, any case) into a node id."""

from __future__ import annotations

from pathways.graph import Graph, nodes_of_kind
from pathways.problems import did_you_mean


class UnknownNameError(LookupError):
    """Nothing matches; the message suggests the closest id."""


def resolve(graph: Graph, text: str, kind: str) -> str:
    """The id of the `kind` node whose id or name is `text`, ignoring case."""
    wanted = text.strip().lower()
    candidates = nodes_of_kind(graph, kind)
    for candidate in candidates:
        if wanted in (candidate.id, candidate.name.lower()):
            return candidate.id
    names = [c.id for c in candidates]
    hint = did_you_mean(wanted, names) or did_you_mean(wanted, [c.name.lower() for c in candidates])
    raise UnknownNameError(f'"{text}" is not a known {kind}{hint}')
