"""Experiences appear beside a job or route, under each stage they suit, from the pupil's stage on."""

from __future__ import annotations

from pathlib import Path

from pathways.data import load_data
from pathways.experiences import ANY_TIME, AtStage, for_job, for_route
from pathways.graph import Graph, build_graph
from pathways.routes import find_routes
from tests import tiny


def shown(groups: list[AtStage]) -> list[tuple[str, list[str]]]:
    return [(g.stage_id, [e.id for e in g.experiences]) for g in groups]


def test_lab_week_shows_for_lab_jobs_in_years_10_11(tiny_graph: Graph) -> None:
    assert shown(for_job(tiny_graph, "laboratory-technician", "years-7-9")) == [("years-10-11", ["lab-work-experience"])]
    route = find_routes(tiny_graph, "years-10-11", "laboratory-technician")[0]
    assert shown(for_route(tiny_graph, route)) == [("years-10-11", ["lab-work-experience"])]


def test_nothing_from_another_sector_or_an_earlier_stage(tiny_graph: Graph) -> None:
    assert for_job(tiny_graph, "software-developer") == []
    assert for_job(tiny_graph, "laboratory-technician", "adult") == []


def test_an_experience_without_sector_or_stages_fits_any_job_at_any_time(tmp_path: Path) -> None:
    data = tiny.tables()
    data["experiences.csv"].append(
        {**data["experiences.csv"][0], "id": "careers-fair", "name": "Careers fair", "sector": "", "stages": ""}
    )
    graph = build_graph(load_data(tiny.write(tmp_path / "data", data)))
    assert shown(for_job(graph, "software-developer")) == [(ANY_TIME, ["careers-fair"])]
