"""Near me: how far providers and employers are from the town or area a pupil lives in.

Families choose a college or an apprenticeship by how far it is, so every list of
providers or employers can be put nearest first from a place in `places.csv`.
A pupil only ever picks a town or area from that list (never an address or a
postcode), and the choice lives in the link as `near=`, nowhere else.

Coordinates in the data are approximate (the centre of a postcode district or a
town), so distances are great-circle distances rounded to "about N km": honest
about what a straight line on a map can tell, which is not a journey time.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Protocol, TypeVar

import networkx as nx

from pathways.graph import Graph
from pathways.index import employer_ids_of, employers, offers_of, places, provider_ids_of, providers
from pathways.places import BOROUGH_NAMES, Place
from pathways.problems import did_you_mean

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG), good to well under 1% for distances this short
HOW_TO_CHOOSE = "Choose where you live to see the nearest first."


@dataclass(frozen=True)
class Area:
    """A town or area a pupil can choose: its id (the `near=` value), its name, borough and centre."""

    id: str
    name: str
    borough: str
    lat: float
    lon: float

    @property
    def where(self) -> str:
        return BOROUGH_NAMES.get(self.borough, self.borough)


@dataclass(frozen=True)
class Point:
    """Anything on the map: a provider, an employer or an area, with its kind for the map's legend."""

    id: str
    name: str
    kind: str  # "provider", "employer" or "area"
    borough: str
    lat: float
    lon: float
    source_url: str = ""


@dataclass(frozen=True)
class Distance:
    """A point and how far it is from the chosen area."""

    point: Point
    km: float | None  # None when no area is chosen


class Named(Protocol):
    """What `nearest_first` needs of a thing: an id and a name (its point is looked up by id)."""

    @property
    def id(self) -> str: ...

    @property
    def name(self) -> str: ...


T = TypeVar("T", bound=Named)


def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine), which is exact enough for a city region."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(h)))


def km_words(km: float | None) -> str:
    """ "about 4 km": whole kilometres, because the points are town centres, not front doors."""
    if km is None:
        return ""
    if km < 1:
        return "less than 1 km"
    return f"about {round(km):d} km"


def areas(graph: Graph) -> list[Area]:
    """The towns and areas to choose from, by name (the picker's list)."""
    rows = places(graph)
    found = [Area(r.id, r.name, r.borough, r.lat, r.lon) for r in rows if r.lat is not None and r.lon is not None]
    return sorted(found, key=lambda a: a.name.lower())


def area(graph: Graph, area_id: str | None) -> Area | None:
    """One area by id, or None for no choice or an unknown id."""
    if not area_id:
        return None
    return next((a for a in areas(graph) if a.id == area_id), None)


def find_area(graph: Graph, text: str) -> Area | None:
    """An area from an id or a name in any case, as the command line accepts it."""
    wanted = text.strip().lower()
    return next((a for a in areas(graph) if wanted in (a.id, a.name.lower())), None)


def suggest(graph: Graph, text: str) -> str:
    """' - did you mean "..."?' for a place nobody knows, or ''."""
    return did_you_mean(text.strip().lower(), [a.id for a in areas(graph)])


def points(graph: Graph) -> dict[str, Point]:
    """Every provider and employer that has a point, by id (providers and employers never share an id here)."""
    found: dict[str, Point] = {}
    for e in employers(graph):
        if e.lat is not None and e.lon is not None:
            found[e.id] = Point(e.id, e.name, "employer", e.borough, e.lat, e.lon, e.source_url)
    for p in providers(graph):
        if p.lat is not None and p.lon is not None:
            found[p.id] = Point(p.id, p.name, "provider", p.borough, p.lat, p.lon, p.source_url)
    return found


def provider_points(graph: Graph) -> dict[str, Point]:
    return {k: v for k, v in points(graph).items() if v.kind == "provider"}


def employer_points(graph: Graph) -> dict[str, Point]:
    return {k: v for k, v in points(graph).items() if v.kind == "employer"}


def distance(where: Area, point: Point) -> float:
    return km_between(where.lat, where.lon, point.lat, point.lon)


def nearest_first(things: Iterable[T], where: Area | None, located: dict[str, Point]) -> list[tuple[T, float | None]]:
    """Things with their distance from `where`, nearest first; those without a point come last, by name.

    Without a chosen area the order is by name and every distance is None, so a
    page can show the same list either way and only add the distance when it has one.
    """
    items = list(things)
    if where is None:
        return [(t, None) for t in sorted(items, key=lambda t: t.name.lower())]
    with_km = [(t, distance(where, located[t.id]) if t.id in located else None) for t in items]
    return sorted(with_km, key=lambda pair: (pair[1] is None, pair[1] or 0.0, pair[0].name.lower()))


def places_near(places: Iterable[Place], graph: Graph, where: Area | None, kind: str = "provider") -> list[Place]:
    """Providers (or employers) from `pathways.places`, nearest first, each with its distance in `km`."""
    located = provider_points(graph) if kind == "provider" else employer_points(graph)
    return [replace(p, km=km) for p, km in nearest_first(places, where, located)]


def place_words(place: Place) -> str:
    """ "Hugh Baird College (Sefton, about 4 km)": the name, the borough and, once a place is chosen, the distance."""
    extra = f", {km_words(place.km)}" if place.km is not None else ""
    return f"{place.name} ({place.where}{extra})"


def providers_near(graph: Graph, where: Area, step: str | None = None) -> list[Distance]:
    """City-region providers nearest first, optionally only those that offer `step` (the command line's list)."""
    offering = {o.provider for o in offers_of(graph, step)} if step else None
    chosen = [p for p in provider_points(graph).values() if offering is None or p.id in offering]
    chosen = [p for p in chosen if p.borough != "outside-lcr"]
    found = [Distance(p, distance(where, p)) for p in chosen]
    return sorted(found, key=lambda d: (d.km or 0.0, d.point.name.lower()))


def map_points(graph: Graph, provider_ids: Sequence[str] | None = None, employer_ids: Sequence[str] | None = None) -> list[Point]:
    """The points the map draws: every located provider and employer, or only the ids given (for one job)."""
    every = points(graph)
    if provider_ids is None and employer_ids is None:
        return sorted(every.values(), key=lambda p: (p.kind, p.name.lower()))
    wanted = set(provider_ids or ()) | set(employer_ids or ())
    return sorted((p for p in every.values() if p.id in wanted), key=lambda p: (p.kind, p.name.lower()))


def listed(points_: Iterable[Point], where: Area | None) -> list[Distance]:
    """The map's text twin: the same points, nearest first when an area is chosen, else by name."""
    items = list(points_)
    if where is None:
        return [Distance(p, None) for p in sorted(items, key=lambda p: p.name.lower())]
    found = [Distance(p, distance(where, p)) for p in items]
    return sorted(found, key=lambda d: (d.km or 0.0, d.point.name.lower()))


def for_jobs(graph: Graph, job_ids: Iterable[str]) -> tuple[list[str], list[str]]:
    """(provider ids, employer ids) for some jobs: who runs a step on any way into them, and who employs them.

    One pass over the graph's ancestors per job; the graph is small and acyclic, so
    this is cheap even for a whole sector.
    """
    wanted = [j for j in job_ids if j in graph]
    steps: set[str] = set()
    for job in wanted:
        steps |= nx.ancestors(graph, job)
    return sorted(provider_ids_of(graph, steps)), sorted(employer_ids_of(graph, wanted))
