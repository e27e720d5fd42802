"""Places around a step or job on the tiny data: the providers of a step, the employers of a job."""

from __future__ import annotations

from pathways.graph import Graph
from pathways.places import employers_for, providers_for


def test_providers_and_employers_are_the_local_named_ones(tiny_graph: Graph) -> None:
    assert [(p.name, p.where) for p in providers_for(tiny_graph, "level-2-applied-science")] == [("City College", "Liverpool")]
    assert providers_for(tiny_graph, "a-levels-sciences") == []
    assert [(e.name, e.where) for e in employers_for(tiny_graph, "laboratory-technician")] == [("Lab Co", "Halton")]
