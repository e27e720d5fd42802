"""One way to read a typed or shared name: the same words find the same node in a link and on the command line."""

from __future__ import annotations

import pytest

from pathways.graph import Graph
from pathways.names import UnknownNameError, find, resolve, suggest


@pytest.mark.parametrize(
    "typed", ["laboratory-technician", "Laboratory Technician", "laboratory technician", " LABORATORY technician"]
)
def test_an_id_or_a_name_in_any_case_finds_the_job(tiny_graph: Graph, typed: str) -> None:
    assert find(tiny_graph, typed.strip(), ("job",)) == "laboratory-technician"
    assert resolve(tiny_graph, typed, "job") == "laboratory-technician"


def test_a_name_of_another_kind_is_not_found(tiny_graph: Graph) -> None:
    assert find(tiny_graph, "laboratory-technician", ("stage",)) is None


def test_a_typo_stops_the_command_line_with_the_closest_id(tiny_graph: Graph) -> None:
    with pytest.raises(UnknownNameError, match='did you mean "years-10-11"'):
        resolve(tiny_graph, "years-10-12", "stage")


def test_a_typo_in_a_link_suggests_the_name_a_pupil_knows(tiny_graph: Graph) -> None:
    assert "Laboratory technician" in suggest(tiny_graph, "laboratory-techncian", ("job",))
    assert suggest(tiny_graph, "", ("job",)) == ""
