"""Near me: distances, nearest-first ordering and the validator's checks on coordinates."""

from __future__ import annotations

from pathlib import Path

import pytest

from pathways import export, links, near
from pathways.data import load_data
from pathways.graph import Graph, build_graph
from pathways.index import providers
from pathways.places import Place, employers_for, providers_for
from pathways.problems import DataError, Problem
from pathways.routes import find_routes
from tests import tiny

Tables = dict[str, list[dict[str, str]]]


def test_distance_matches_known_great_circle_lengths() -> None:
    assert near.km_between(53.4, -3.0, 53.4, -3.0) == 0
    # One degree of latitude is about 111.2 km anywhere.
    assert near.km_between(53.0, -3.0, 54.0, -3.0) == pytest.approx(111.2, abs=0.1)
    # Liverpool city centre to Birkenhead: about 3.4 km across the Mersey.
    assert near.km_between(53.4025, -2.9793, 53.3940, -3.0302) == pytest.approx(3.5, abs=0.2)
    assert near.km_between(1, 2, 3, 4) == near.km_between(3, 4, 1, 2)


@pytest.mark.parametrize(
    ("km", "words"),
    [(None, ""), (0.2, "less than 1 km"), (1.0, "about 1 km"), (3.6, "about 4 km"), (24.4, "about 24 km")],
)
def test_distances_are_said_in_whole_kilometres(km: float | None, words: str) -> None:
    assert near.km_words(km) == words


def _place(id_: str) -> Place:
    return Place(id_, id_.title(), "liverpool", None, "https://example.org")


def test_nearest_first_puts_the_closest_first_and_unplaced_last() -> None:
    home = near.Area("home", "Home", "liverpool", 53.40, -2.98)
    located = {
        "far": near.Point("far", "Far", "provider", "sefton", 53.65, -3.00),
        "close": near.Point("close", "Close", "provider", "liverpool", 53.41, -2.98),
        "middle": near.Point("middle", "Middle", "provider", "wirral", 53.39, -3.05),
    }
    things = [_place("far"), _place("unplaced"), _place("close"), _place("middle")]
    ordered = near.nearest_first(things, home, located)
    assert [t.id for t, _ in ordered] == ["close", "middle", "far", "unplaced"]
    assert ordered[-1][1] is None
    assert [t.id for t, km in near.nearest_first(things, None, located)] == ["close", "far", "middle", "unplaced"]


def test_tiny_providers_and_employers_get_distances_from_a_chosen_area(tiny_graph: Graph) -> None:
    widnes = near.area(tiny_graph, "widnes")
    assert widnes is not None
    assert widnes.where == "Halton"
    providers = near.places_near(providers_for(tiny_graph, "level-2-applied-science"), tiny_graph, widnes)
    assert [(p.id, near.km_words(p.km)) for p in providers] == [("city-college", "about 16 km")]
    assert near.place_words(providers[0]) == "City College (Liverpool, about 16 km)"
    employers = near.places_near(employers_for(tiny_graph, "laboratory-technician"), tiny_graph, widnes, kind="employer")
    assert employers[0].km == pytest.approx(0, abs=0.01)
    assert near.place_words(near.places_near(providers_for(tiny_graph, "level-2-applied-science"), tiny_graph, None)[0]) == (
        "City College (Liverpool)"
    )


def test_areas_are_found_by_id_or_name_and_unknown_ones_get_a_hint(tiny_graph: Graph) -> None:
    assert [a.id for a in near.areas(tiny_graph)] == ["birkenhead", "liverpool-city-centre", "widnes"]
    assert near.find_area(tiny_graph, "Liverpool City Centre") == near.area(tiny_graph, "liverpool-city-centre")
    assert near.area(tiny_graph, "atlantis") is None
    assert near.area(tiny_graph, None) is None
    assert near.suggest(tiny_graph, "birkenhed") == ' - did you mean "birkenhead"?'


def test_providers_near_can_keep_only_those_offering_a_step(tiny_graph: Graph) -> None:
    home = near.area(tiny_graph, "birkenhead")
    assert home is not None
    found = near.providers_near(tiny_graph, home, step="level-2-applied-science")
    assert [(d.point.id, round(d.km or 0, 1)) for d in found] == [("city-college", 3.5)]
    assert near.providers_near(tiny_graph, home, step="a-levels-sciences") == []


def test_the_map_list_is_nearest_first_once_an_area_is_chosen(tiny_graph: Graph) -> None:
    shown = near.map_points(tiny_graph)
    assert [(p.id, p.kind) for p in shown] == [("lab-co", "employer"), ("city-college", "provider")]
    widnes = near.area(tiny_graph, "widnes")
    assert [d.point.id for d in near.listed(shown, widnes)] == ["lab-co", "city-college"]
    assert [d.km for d in near.listed(shown, None)] == [None, None]
    assert [p.id for p in near.map_points(tiny_graph, provider_ids=["city-college"], employer_ids=[])] == ["city-college"]


def _problems(tmp_path: Path, change: dict[tuple[str, int, str], str]) -> list[Problem]:
    data: Tables = tiny.tables()
    for (name, index, column), value in change.items():
        data[name][index][column] = value
    tiny.write(tmp_path, data)
    with pytest.raises(DataError) as caught:
        load_data(tmp_path)
    return caught.value.problems


@pytest.mark.parametrize(
    ("change", "where", "words"),
    [
        pytest.param(
            {("providers.csv", 0, "lat"): "-2.98"}, ("providers.csv", 2, "lat"), "outside the city region", id="swapped"
        ),
        pytest.param({("providers.csv", 0, "lon"): "2.98"}, ("providers.csv", 2, "lon"), "minus number", id="east"),
        pytest.param({("providers.csv", 0, "lat"): "north"}, ("providers.csv", 2, "lat"), "not a number", id="text"),
        pytest.param(
            {("providers.csv", 0, "lat"): "", ("providers.csv", 0, "lon"): ""},
            ("providers.csv", 2, "lat"),
            "needs lat and lon",
            id="provider-without-point",
        ),
        pytest.param({("employers.csv", 0, "lon"): ""}, ("employers.csv", 2, "lon"), "give both", id="half-a-point"),
        pytest.param({("employers.csv", 0, "lat"): "51.5"}, ("employers.csv", 2, "lat"), "outside", id="employer-in-london"),
        pytest.param({("places.csv", 1, "lon"): "nan"}, ("places.csv", 3, "lon"), "", id="not-a-real-number"),
        pytest.param(
            {("places.csv", 0, "borough"): "outside-lcr"}, ("places.csv", 2, "borough"), "in the city region", id="outside"
        ),
    ],
)
def test_bad_coordinates_are_named_with_file_line_and_column(
    tmp_path: Path, change: dict[tuple[str, int, str], str], where: tuple[str, int, str], words: str
) -> None:
    found = _problems(tmp_path, change)
    assert any((p.file, p.line, p.column) == where and words in p.message for p in found), found


def test_a_provider_outside_the_city_region_may_have_no_point_or_any_point(tmp_path: Path) -> None:
    data: Tables = tiny.tables()
    data["providers.csv"].append(dict(data["providers.csv"][0], id="edge", borough="outside-lcr", lat="", lon=""))
    data["providers.csv"].append(dict(data["providers.csv"][0], id="far", borough="outside-lcr", lat="51.5", lon="-0.1"))
    graph = build_graph(load_data(tiny.write(tmp_path, data)))
    assert "edge" not in near.points(graph)
    assert "far" in near.points(graph)


def test_every_shipped_area_and_provider_in_the_city_region_is_placed(real_graph: Graph) -> None:
    found = near.areas(real_graph)
    assert len(found) >= 20
    assert {a.borough for a in found} == {"liverpool", "knowsley", "sefton", "st-helens", "wirral", "halton"}
    located = near.provider_points(real_graph)
    assert all(p.id in located for p in providers(real_graph) if p.borough != "outside-lcr")


def test_near_in_a_link_round_trips_and_an_unknown_place_is_dropped(tiny_graph: Graph) -> None:
    view = links.parse({"near": "widnes", "to": "laboratory-technician"}, tiny_graph)
    assert view.near == "widnes"
    assert links.encode(view)["near"] == "widnes"
    bad = links.parse({"near": "12 Acacia Avenue"}, tiny_graph)
    assert bad.near is None
    assert bad.ignored == ("near=12 Acacia Avenue",)


def test_the_printed_plan_lists_providers_nearest_first_with_distances(tiny_graph: Graph) -> None:
    found = find_routes(tiny_graph, "years-10-11", "laboratory-technician")
    plan = export.make_plan(tiny_graph, "years-10-11", "laboratory-technician", found, near=near.area(tiny_graph, "widnes"))
    assert plan.near == "Widnes"
    rows = [r["local_providers"] for r in export.plan_rows(plan) if r["local_providers"]]
    assert rows == ["City College (Liverpool, about 16 km), https://www.liv-coll.ac.uk/"]
    plain = export.make_plan(tiny_graph, "years-10-11", "laboratory-technician", found)
    assert [r["local_providers"] for r in export.plan_rows(plain) if r["local_providers"]] == [
        "City College (Liverpool), https://www.liv-coll.ac.uk/"
    ]
