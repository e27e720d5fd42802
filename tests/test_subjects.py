"""A school subject opens jobs (jobs.csv subjects) and steps that ask for it (links.csv required_subjects)."""

from __future__ import annotations

from pathways.graph import Graph
from pathways.subjects import careers_for_subject, subject_choices


def test_biology_opens_the_lab_jobs_and_the_a_levels_that_ask_for_it(tiny_graph: Graph) -> None:
    found = careers_for_subject(tiny_graph, "biology")
    assert found is not None
    assert [(sector, [j.id for j in group]) for sector, group in found.jobs_by_sector] == [
        ("Health and life sciences", ["biomedical-scientist", "laboratory-technician"])
    ]
    assert found.job_count == 2
    assert [(a.step.id, a.requirement, [j.id for j in a.leads_to]) for a in found.asked_for] == [
        ("a-levels-sciences", "5 GCSEs at grade 6 including biology", ["biomedical-scientist", "laboratory-technician"])
    ]
    assert [n.id for n in found.taught_in] == ["a-levels-sciences", "degree-biomedical-science"]


def test_computing_opens_a_digital_job_and_asks_for_nothing(tiny_graph: Graph) -> None:
    found = careers_for_subject(tiny_graph, "computing")
    assert found is not None
    assert [(s, [j.id for j in g]) for s, g in found.jobs_by_sector] == [("Digital and creative", ["software-developer"])]
    assert found.asked_for == ()
    assert found.taught_in == ()


def test_unknown_subject_is_none(tiny_graph: Graph) -> None:
    assert careers_for_subject(tiny_graph, "latin") is None


def test_subject_choices_are_by_name(tiny_graph: Graph) -> None:
    assert subject_choices(tiny_graph) == [("biology", "Biology"), ("chemistry", "Chemistry"), ("computing", "Computer science")]
