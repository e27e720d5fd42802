"""Facts beside the graph on the tiny data: providers, employers, next steps, jobs for interests."""

from __future__ import annotations

from pathways.facts import employers_for, jobs_for, next_steps, providers_for
from pathways.graph import Graph


def test_providers_and_employers_are_the_local_named_ones(tiny_graph: Graph) -> None:
    assert [(p.name, p.where) for p in providers_for(tiny_graph, "level-2-applied-science")] == [("City College", "Liverpool")]
    assert providers_for(tiny_graph, "a-levels-sciences") == []
    assert [(e.name, e.where) for e in employers_for(tiny_graph, "laboratory-technician")] == [("Lab Co", "Halton")]


def test_next_steps_carry_the_requirement(tiny_graph: Graph) -> None:
    assert [(n.id, why) for n, why in next_steps(tiny_graph, "a-levels-sciences")] == [
        ("degree-biomedical-science", "96 UCAS points"),
        ("laboratory-technician", ""),
    ]
    assert next_steps(tiny_graph, "no-such-step") == []


def test_jobs_for_words_then_subjects_then_sector(tiny_graph: Graph) -> None:
    assert jobs_for(tiny_graph, words="coding")[0].id == "software-developer"
    assert {j.id for j in jobs_for(tiny_graph, subjects=("chemistry",))} == {"laboratory-technician"}
    assert {j.id for j in jobs_for(tiny_graph, sector="digital-creative")} == {"software-developer"}
    assert len(jobs_for(tiny_graph)) == 3
