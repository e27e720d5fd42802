"""The index build_graph hangs on the graph: facts asked for by name, and freed with the graph."""

from __future__ import annotations

import gc
import weakref
from pathlib import Path

from pathways import index, interests, quiz
from pathways.data import load_data
from pathways.graph import Graph, build_graph, graph_from
from pathways.places import employers_for, providers_for
from pathways.routes import find_routes
from pathways.search import search_jobs
from pathways.subjects import careers_for_subject


def test_a_dropped_graph_is_freed_after_it_was_searched(tiny_dir: Path) -> None:
    """Caches keyed on the graph kept every replaced or trial graph alive; the index dies with its graph."""
    graph = build_graph(load_data(tiny_dir))
    assert search_jobs(graph, "lab")
    assert interests.jobs_for_interest(graph, interests.BY_ID["experiments"])
    assert quiz.suggest(graph, {"experiments": True}).jobs
    assert careers_for_subject(graph, "biology") is not None
    assert providers_for(graph, "level-2-applied-science")
    assert find_routes(graph, "years-10-11", "laboratory-technician")
    gone = weakref.ref(graph)
    found = weakref.ref(index.index(graph))
    del graph
    gc.collect()
    assert gone() is None, gc.get_referrers(gone())
    assert found() is None


def test_the_graph_carries_its_index_not_the_raw_tables(tiny_graph: Graph) -> None:
    assert set(tiny_graph.graph) <= {"index", "token"}
    assert isinstance(tiny_graph.graph["index"], index.Index)


def test_facts_come_by_name(tiny_graph: Graph) -> None:
    assert [o.provider for o in index.offers_of(tiny_graph, "level-2-applied-science")] == ["city-college"]
    assert index.offers_of(tiny_graph, "a-levels-sciences") == ()
    assert [e.employer for e in index.employers_of(tiny_graph, "laboratory-technician")] == ["lab-co"]
    assert index.assumption(tiny_graph, "tuition-fee-cap").value > 0
    assert index.job_row(tiny_graph, "laboratory-technician") is not None
    assert index.job_row(tiny_graph, "no-such-job") is None
    assert index.stage_row(tiny_graph, "years-10-11") is not None
    assert "health-life-sciences" in index.sector_names(tiny_graph)
    assert [e.name for e in employers_for(tiny_graph, "laboratory-technician")] == ["Lab Co"]


def test_search_words_are_built_once_with_the_graph(tiny_graph: Graph) -> None:
    phrases = index.index(tiny_graph).search_phrases["laboratory-technician"]
    assert phrases[0].field == "name"
    assert phrases[0].words == ("laboratory", "technician")
    assert {p.field for p in phrases} >= {"name", "keyword"}


def test_a_graph_built_from_plain_values_has_an_empty_index() -> None:
    graph = graph_from([], [])
    assert index.index(graph) is index.EMPTY
    assert index.sectors(graph) == ()
    assert index.offers_of(graph, "anything") == ()
