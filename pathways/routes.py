"""Find, rank and count the routes from where a pupil is now to a job.

A real graph holds millions of paths between two nodes, so we never list them
all. One reverse shortest-path pass from the job (`pathways.cost_to_job`)
gives the exact remaining cost of every node; a best-first walk guided by it
then yields whole routes in order of length, and we keep a route only when its
kinds of step differ from every route already kept. Counting uses dynamic programming over the DAG.
"""

from __future__ import annotations

import heapq
import itertools
import weakref
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

import networkx as nx

from pathways import cost_to_job
from pathways.graph import Graph, Link, Node, link, node

STEP_COST = 0.01  # a small cost per step, so fewer steps win a tie in years
UNKNOWN_YEARS = 1.0  # ranking weight of a step whose length is not known yet
MAX_CANDIDATES = 400  # routes examined, in order of length, to find different ones
MAX_POPS = 2_500  # partial paths taken from the heap, at most (the search reading every near-copy never took 2,300)
POOL = 2  # after the quickest of each main kind, the other routes shown are picked from the first `limit * POOL`


@dataclass(frozen=True)
class Constraints:
    """What the pupil asked for. Each one filters the graph; none is a weight."""

    no_university: bool = False
    paid_only: bool = False
    max_years: float | None = None
    gcse_grade: int | None = None  # the grade the pupil expects in most GCSEs, 1 to 9


@dataclass(frozen=True)
class Step:
    """One step of a route as a pupil reads it."""

    id: str
    name: str
    kind: str
    type: str
    level: int | None
    years: float | None
    tuition_gbp: int | None
    paid: bool
    university: bool
    requirement: str = ""
    min_gcse_grade: int | None = None

    def as_dict(self) -> dict[str, object]:
        return {
            "id": self.id,
            "name": self.name,
            "kind": self.kind,
            "level": self.level,
            "years": self.years,
            "tuition_gbp": self.tuition_gbp,
            "paid": self.paid,
        }


@dataclass(frozen=True)
class Route:
    """A path from a stage to a job, with its totals worked out once."""

    start: str
    job: str
    steps: tuple[Step, ...]
    years: float = 0.0
    years_known: bool = True
    tuition_gbp: int = 0
    tuition_known: bool = True
    earns_while_learning: bool = False
    uses_university: bool = False
    requirements: tuple[str, ...] = field(default=())

    @property
    def key(self) -> str:
        """A stable name for the route, made of its step ids, for links and tests."""
        return "~".join(s.id for s in self.steps)

    @property
    def learning(self) -> tuple[Step, ...]:
        """The steps before the job itself."""
        return tuple(s for s in self.steps if s.id != self.job)

    @property
    def signature(self) -> tuple[str, ...]:
        """The kinds of step a route takes: two routes with the same one are near-copies."""
        return _signature(self.learning)

    @property
    def kind(self) -> str:
        """The broad kind of route, in the words a parent uses."""
        apprenticeships = [s for s in self.learning if s.kind == "apprenticeship"]
        if apprenticeships:
            return "degree apprenticeship" if any(s.university for s in apprenticeships) else "apprenticeship"
        return "university" if self.uses_university else "college or sixth form"

    def as_dict(self) -> dict[str, object]:
        return {
            "steps": [s.as_dict() for s in self.steps],
            "years": self.years,
            "tuition_gbp": self.tuition_gbp,
            "earns_while_learning": self.earns_while_learning,
            "uses_university": self.uses_university,
        }


def _family(step: Step | Node) -> str | None:
    """The kind of step a route's signature names (None for a stage, which no signature names)."""
    if step.kind == "stage":
        return None
    if step.kind == "apprenticeship" and step.university:
        return "degree-apprenticeship"
    return step.type if step.kind in ("qualification", "course") else step.kind


def _signature(steps: Iterable[Step | Node]) -> tuple[str, ...]:
    """Route.signature of these learning steps: their families in order, a run of one family named once."""
    kinds: tuple[str, ...] = ()
    for step in steps:
        kinds = _extend(kinds, _family(step))
    return kinds


def _extend(kinds: tuple[str, ...], family: str | None) -> tuple[str, ...]:
    """A signature with one more step's family on the end (the same tuple when it adds nothing new)."""
    return kinds if family is None or (kinds and kinds[-1] == family) else (*kinds, family)


@dataclass(frozen=True)
class GradeGap:
    """A step the pupil's expected grades rule out, and what it asks for."""

    step: str
    name: str
    needs_grade: int
    requirement: str


def full_time_university(kind: str, university: bool) -> bool:
    """A step studied at university as a student, with fees and no wage.

    A degree apprenticeship is not one: it is a paid job with an employer, with
    no fees, so "no university" keeps it (that is what a pupil means by it).
    """
    return university and kind != "apprenticeship"


def _edge_allowed(graph: Graph, constraints: Constraints) -> Callable[[str, str], bool]:
    grade = constraints.gcse_grade

    def allowed(u: str, v: str) -> bool:
        if grade is None:
            return True
        needs = link(graph, u, v).min_gcse_grade
        return needs is None or needs <= grade

    return allowed


@dataclass(frozen=True)
class _Index:
    """What the searches read for every link they cross, worked out once per frozen graph.

    On a national graph (50,000 nodes, 500,000 links) a job can have 18,000
    ancestors; reading each Node through networkx's views for every link was
    most of a query's time, so costs, predecessors and filters become plain
    dicts and sets.
    """

    costs: dict[str, float]  # each node's ranking cost: its years (or UNKNOWN_YEARS) plus STEP_COST
    years: dict[str, float]  # each node's years as a Route adds them up (0 when not known)
    families: dict[str, str | None]  # each node's kind of step in a route's signature
    preds: dict[str, tuple[str, ...]]
    succs: dict[str, tuple[str, ...]]
    graded: dict[str, dict[str, int]]  # target -> source -> minimum GCSE grade, only for links that ask one
    blocked: dict[tuple[bool, bool], frozenset[str]]  # (no_university, paid_only) -> nodes that cannot be a step
    _layers: list[cost_to_job.Layers] = field(default_factory=list, compare=False, repr=False)

    def layers(self) -> cost_to_job.Layers:
        """The links as arrays for the layer sweep, made the first time a job with many ancestors is asked for."""
        if not self._layers:
            self._layers.append(cost_to_job.layers(self.costs, self.succs, self.graded))
        return self._layers[0]


_INDEXES: weakref.WeakKeyDictionary[Graph, _Index] = weakref.WeakKeyDictionary()


def _index(graph: Graph) -> _Index:
    """The graph's search index, cached while the graph lives (frozen graphs only: they cannot change under it)."""
    cached = _INDEXES.get(graph)
    if cached is not None:
        return cached
    infos = {n: node(graph, n) for n in graph}
    graded: dict[str, dict[str, int]] = {}
    info: Link | None
    for u, v, info in graph.edges(data="link"):
        if info is not None and info.min_gcse_grade is not None:
            graded.setdefault(v, {})[u] = info.min_gcse_grade
    experience = {n for n, i in infos.items() if i.kind == "experience"}  # shown beside routes, never a step of one
    university = {n for n, i in infos.items() if full_time_university(i.kind, i.university)}  # degree apprenticeships stay
    classroom = {n for n, i in infos.items() if i.kind in ("qualification", "course")}  # unpaid: out for "earn while you learn"
    built = _Index(
        costs={n: (UNKNOWN_YEARS if i.years is None else i.years) + STEP_COST for n, i in infos.items()},
        years={n: i.years or 0.0 for n, i in infos.items()},
        families={n: _family(i) for n, i in infos.items()},
        preds={n: tuple(p) for n, p in graph.pred.items()},
        succs={n: tuple(s) for n, s in graph.succ.items()},
        graded=graded,
        blocked={
            (no_university, paid_only): frozenset(
                experience | (university if no_university else set()) | (classroom if paid_only else set())
            )
            for no_university in (False, True)
            for paid_only in (False, True)
        },
    )
    if nx.is_frozen(graph):
        _INDEXES[graph] = built
    return built


def _reverse_distances(graph: Graph, start: str, job: str, constraints: Constraints) -> dict[str, float]:
    """Exact cost to `job` from every node a route from `start` may pass through, under the constraints.

    Experience is never a step; "no university" drops steps marked university,
    "earn while you learn" drops qualifications and courses; the start always
    stays. A job with few ancestors is done by reverse Dijkstra; one with many,
    by a sweep over the graph's layers.
    """
    index = _index(graph)
    rules = cost_to_job.Rules(index.blocked[constraints.no_university, constraints.paid_only], constraints.gcse_grade)
    found = cost_to_job.by_dijkstra(index.costs, index.preds, index.graded, rules, start, job, cost_to_job.SETTLE_BUDGET)
    return found if found is not None else cost_to_job.by_layers(index.layers(), rules, start, job)


# A partial path in the walk: (length so far + exact rest, tie-break, length so far, known years, signature, steps).
_Partial = tuple[float, int, float, float, tuple[str, ...], tuple[str, ...]]


def _paths(graph: Graph, start: str, job: str, constraints: Constraints) -> Iterator[tuple[tuple[str, ...], tuple[str, ...]]]:
    """Paths from start to job allowed by the constraints, shortest first, lazily, each with its signature.

    Only the first path of each signature matters to `_candidates`, so a partial
    path is dropped when an earlier one (no longer) reached the same step with
    the same signature and no more years: each of its endings is a near-copy of
    that one's. The first path of each signature, and their order, stay those of
    reading every path; on a national graph this cuts the paths read by far.
    """
    edge_ok = _edge_allowed(graph, constraints) if constraints.gcse_grade is not None else None  # no call per link without
    dist = _reverse_distances(graph, start, job, constraints)
    if start not in dist:
        return
    index = _index(graph)
    costs, succs, families = index.costs, index.succs, index.families
    years = index.years if constraints.max_years is not None else None  # only "at most N years" needs years kept apart
    limit = None if constraints.max_years is None else constraints.max_years + 20 * STEP_COST
    counter = itertools.count()
    heap: list[_Partial] = [(dist[start], next(counter), 0.0, 0.0, (), (start,))]
    first_reached: dict[tuple[str, tuple[str, ...]], tuple[float, float]] = {}  # (step, signature) -> (years, length)
    pops = 0
    while heap and pops < MAX_POPS:
        _, _, g, spent, kinds, path = heapq.heappop(heap)
        pops += 1
        last = path[-1]
        if last == job:
            yield path, kinds
            continue
        # With "at most N years", a later path is dropped only if it is no shorter in either way that filter reads
        # years: known years (as a Route adds them up) and length (unknown steps as UNKNOWN_YEARS, as `limit` does).
        length = 0.0 if limit is None else g - STEP_COST * (len(path) - 1)
        first = first_reached.get((last, kinds))
        if first is None:
            first_reached[last, kinds] = (spent, length)
        elif spent >= first[0] and length >= first[1]:
            continue
        for s in succs[last]:
            rest = dist.get(s)
            if rest is None or (edge_ok is not None and not edge_ok(last, s)):
                continue
            g2 = g if s == job else g + costs[s]
            f = g2 + rest
            if limit is not None and f - STEP_COST * len(path) > limit:
                continue
            if s == job:  # the job is not a step of the route: it adds no years and no kind of step
                heapq.heappush(heap, (f, next(counter), g2, spent, kinds, (*path, s)))
            else:
                onward = _extend(kinds, families[s])
                if years is None and (s, onward) in first_reached:
                    continue  # a path as short or shorter has gone on from there with this signature: a near-copy
                more = spent if years is None else spent + years[s]
                heapq.heappush(heap, (f, next(counter), g2, more, onward, (*path, s)))


def _step(graph: Graph, into: Link | None, info: Node) -> Step:
    tuition: int | None
    if info.tuition_gbp_per_year == 0:
        tuition = 0
    elif info.tuition_gbp_per_year is None or info.years is None:
        tuition = None
    else:
        tuition = round(info.tuition_gbp_per_year * info.years)
    return Step(
        id=info.id,
        name=info.name,
        kind=info.kind,
        type=info.type,
        level=info.level,
        years=info.years,
        tuition_gbp=tuition,
        paid=info.paid,
        university=info.university,
        requirement=into.requirement if into else "",
        min_gcse_grade=into.min_gcse_grade if into else None,
    )


def make_route(graph: Graph, path: tuple[str, ...]) -> Route:
    """A Route with its totals, from a path of node ids that starts at a stage."""
    start, job = path[0], path[-1]
    steps = tuple(_step(graph, link(graph, u, v), node(graph, v)) for u, v in itertools.pairwise(path))
    learning = [s for s in steps if s.id != job]
    return Route(
        start=start,
        job=job,
        steps=steps,
        years=round(sum(s.years or 0.0 for s in learning), 2),
        years_known=all(s.years is not None for s in learning),
        tuition_gbp=sum(s.tuition_gbp or 0 for s in learning),
        tuition_known=all(s.tuition_gbp is not None for s in learning),
        earns_while_learning=any(s.paid and s.kind != "stage" for s in learning),
        uses_university=any(s.university for s in learning),
        requirements=tuple(s.requirement for s in steps if s.requirement),
    )


MAIN_KINDS = ("university", "apprenticeship", "college")  # what a parent asks about first, in this order
MAIN_KIND_NAMES = {"university": "university degree", "apprenticeship": "apprenticeship", "college": "college or T Level"}


def main_kinds(route: Route) -> frozenset[str]:
    """The main kinds of route this one is: a full-time university degree, an apprenticeship, college only.

    "Degree or apprenticeship?" is the first question a parent asks, so a
    university route means a full degree (Level 6 or more) studied as a
    student; a degree apprenticeship counts as an apprenticeship. A route with
    neither university nor an apprenticeship is a college, sixth form or T Level
    route. One route can be two kinds (an apprenticeship, then a degree).
    """
    learning = [s for s in route.learning if s.kind != "stage"]
    kinds: set[str] = set()
    if any(full_time_university(s.kind, s.university) and (s.level or 0) >= 6 for s in learning):
        kinds.add("university")
    if any(s.kind == "apprenticeship" for s in learning):
        kinds.add("apprenticeship")
    if learning and not any(s.university or s.kind == "apprenticeship" for s in learning):
        kinds.add("college")
    return frozenset(kinds)


def _difference(a: Route, b: Route) -> float:
    """How different two routes are: 1 when they share no kind of step, 0 when they take the same kinds."""
    left, right = set(a.signature), set(b.signature)
    union = left | right
    return 1.0 - len(left & right) / len(union) if union else 0.0


def _candidates(graph: Graph, start: str, job: str, pool: int, constraints: Constraints) -> list[Route]:
    """Routes with different signatures, shortest first: the first `pool` of them, then each that adds a main kind.

    We keep reading (up to MAX_CANDIDATES paths) past the pool only while a
    main kind is still missing, so the quickest degree is found even when
    twenty quicker college routes come first. `_choose` shows no other route
    past the pool, so once the pool is full and every main kind found,
    reading stops (it used to read on to twice the pool, for nothing).
    """
    candidates: list[Route] = []
    signatures: set[tuple[str, ...]] = set()
    kinds: set[str] = set()
    for path, signature in itertools.islice(_paths(graph, start, job, constraints), MAX_CANDIDATES):
        if signature in signatures:
            continue  # a near-copy: skipped below anyway, so no need to make the route
        route = make_route(graph, path)
        if constraints.max_years is not None and route.years > constraints.max_years + 1e-9:
            continue
        if route.signature in signatures:
            continue
        signatures.add(route.signature)
        new_kind = not main_kinds(route) <= kinds
        if len(candidates) < pool or new_kind:
            candidates.append(route)
            kinds |= main_kinds(route)
        if len(candidates) >= pool and kinds >= set(MAIN_KINDS):
            break
    return candidates


def _choose(candidates: list[Route], limit: int) -> list[Route]:
    """`limit` of the candidates: the quickest of each main kind, then, one at a time, the one of the first
    `limit * POOL` most different from those kept (ties go to the quicker one). In the candidates' order."""
    chosen: list[int] = []
    for index, route in enumerate(candidates):  # quickest first, so a limit of 1 keeps the quickest route
        covered = set().union(*(main_kinds(candidates[i]) for i in chosen))
        if index == 0 or not main_kinds(route) <= covered:
            chosen.append(index)
    pool = list(range(min(len(candidates), limit * POOL)))
    while len(chosen) < limit:
        left = [i for i in pool if i not in chosen]
        if not left:
            break
        chosen.append(max(left, key=lambda i: (min(_difference(candidates[i], candidates[c]) for c in chosen), -i)))
    return [candidates[i] for i in sorted(chosen[:limit])]


def find_routes(graph: Graph, start: str, job: str, limit: int = 5, constraints: Constraints = Constraints()) -> list[Route]:
    """The `limit` most useful routes from `start` to `job`, shortest first.

    First the quickest route of each main kind that exists (university degree,
    apprenticeship, college), because "degree or apprenticeship?" is what
    people ask; then, one at a time, the route most different from those
    already kept (ties go to the quicker one), so the rest are not near-copies.
    """
    if start not in graph or job not in graph or start == job or limit < 1:
        return []
    return _choose(_candidates(graph, start, job, limit * POOL, constraints), limit)


def most_different(routes: list[Route], count: int) -> list[int]:
    """Route numbers (1-based) to compare first: the quickest of each main kind, then the next quickest.

    Comparing three ways into a degree says little; comparing a degree with an
    apprenticeship shows a parent the real choice.
    """
    picked: list[int] = []
    for kind in MAIN_KINDS:
        if any(kind in main_kinds(routes[n - 1]) for n in picked):
            continue
        first = next((n for n, r in enumerate(routes, start=1) if kind in main_kinds(r)), None)
        if first is not None:
            picked.append(first)
    picked += [n for n in range(1, len(routes) + 1) if n not in picked]
    return sorted(picked[:count])


def and_others(shown: list[Route], more: list[Route]) -> list[Route]:
    """The routes shown on Find my route, in the same numbers, then the other routes found.

    Compare numbers its routes like Find my route does ("Route 2" is the same
    route on both pages); the others come after, so a parent can add any route.
    """
    keys = {r.key for r in shown}
    return shown + [r for r in more if r.key not in keys]


FILTER_NAMES = {
    "no_university": "No university",
    "paid_only": "Earn while I learn",
    "gcse_grade": "Grades I expect",
    "max_years": "At most this many years",
}


@dataclass(frozen=True)
class NearMiss:
    """A route that breaks some of the pupil's filters, and which ones (keys of FILTER_NAMES)."""

    route: Route
    breaks: tuple[str, ...]


def broken_filters(route: Route, constraints: Constraints) -> tuple[str, ...]:
    """The filters a route does not meet, in the order the filter panel shows them."""
    learning = [s for s in route.learning if s.kind != "stage"]
    broken = {
        "no_university": constraints.no_university and any(full_time_university(s.kind, s.university) for s in learning),
        "paid_only": constraints.paid_only and any(s.kind in ("qualification", "course") for s in learning),
        "gcse_grade": constraints.gcse_grade is not None
        and any(s.min_gcse_grade is not None and s.min_gcse_grade > constraints.gcse_grade for s in route.steps),
        "max_years": constraints.max_years is not None and route.years > constraints.max_years + 1e-9,
    }
    return tuple(name for name, yes in broken.items() if yes)


def relax(constraints: Constraints, names: Iterable[str]) -> Constraints:
    """The same filters with the named ones turned off."""
    off = Constraints()
    return replace(constraints, **{name: getattr(off, name) for name in names})


def nearest_routes(graph: Graph, start: str, job: str, constraints: Constraints, limit: int = 3) -> list[NearMiss]:
    """When the filters leave no route: the routes that break the fewest of them, and which.

    We turn off one filter at a time, then two, and so on, and stop at the
    first size that finds anything, so a pupil is never shown a dead end and
    is never asked to give up more than they must.
    """
    active = [name for name in FILTER_NAMES if getattr(constraints, name) != getattr(Constraints(), name)]
    for size in range(1, len(active) + 1):
        found: dict[str, NearMiss] = {}
        for names in itertools.combinations(active, size):
            for route in find_routes(graph, start, job, limit=limit, constraints=relax(constraints, names)):
                breaks = broken_filters(route, constraints)
                if len(breaks) == size:
                    found.setdefault(route.key, NearMiss(route, breaks))
        if found:
            return sorted(found.values(), key=lambda m: (m.route.years, len(m.route.steps)))[:limit]
    return []


def grade_gaps(graph: Graph, start: str, job: str, constraints: Constraints) -> list[GradeGap]:
    """Steps on the usual routes that need higher GCSE grades than the pupil expects.

    The page shows these beside the routes that still work, so a pupil sees
    both what is out of reach for now and what gets them there instead.
    """
    if constraints.gcse_grade is None:
        return []
    gaps: dict[str, GradeGap] = {}
    for route in find_routes(graph, start, job, limit=8, constraints=replace(constraints, gcse_grade=None)):
        for step in route.steps:
            if step.min_gcse_grade is not None and step.min_gcse_grade > constraints.gcse_grade:
                gaps.setdefault(step.id, GradeGap(step.id, step.name, step.min_gcse_grade, step.requirement))
    return list(gaps.values())


def count_routes(graph: Graph, start: str, job: str, constraints: Constraints = Constraints()) -> int:
    """How many different paths lead from start to job, without listing them (DP on the DAG)."""
    if start not in graph or job not in graph:
        return 0
    edge_ok = _edge_allowed(graph, constraints)
    dist = _reverse_distances(graph, start, job, constraints)
    if start not in dist:
        return 0
    counts: dict[str, int] = {job: 1}

    def onward(n: str) -> list[str]:
        return [s for s in graph.succ[n] if s in dist and edge_ok(n, s)]

    stack = [start]
    while stack:  # depth-first, each node counted once after all its successors
        n = stack[-1]
        if n in counts:
            stack.pop()
            continue
        pending = [s for s in onward(n) if s not in counts]
        if pending:
            stack.extend(pending)
        else:
            counts[n] = sum(counts[s] for s in onward(n))
            stack.pop()
    return counts.get(start, 0)


def describe_routes(routes: list[Route]) -> str:
    """Routes as plain text, for screen readers and the text list beside every chart."""
    if not routes:
        return "No routes found."
    return " ".join(f"Route {number}: {describe_route(route)}" for number, route in enumerate(routes, start=1))


def describe_route(route: Route) -> str:
    """One route in a sentence: its steps, its job, and how long it takes."""
    names = " then ".join(s.name for s in route.learning if s.kind != "stage") or "Start straight away"
    return f"{names}, then {route.steps[-1].name}. About {route.years:g} years."
