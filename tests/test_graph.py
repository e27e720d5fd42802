"""The graph built from the tables: where a step can lead next."""

from __future__ import annotations

from pathways.graph import Graph, next_steps


def test_next_steps_carry_the_requirement(tiny_graph: Graph) -> None:
    assert [(n.id, why) for n, why in next_steps(tiny_graph, "a-levels-sciences")] == [
        ("degree-biomedical-science", "96 UCAS points"),
        ("laboratory-technician", ""),
    ]
    assert next_steps(tiny_graph, "no-such-step") == []
