"""Exact cost from each step to a job: the reverse pass the route search is guided by.

Most jobs have a few hundred ancestors, and a reverse Dijkstra from the job
settles them in a millisecond or two. A popular job on a national graph has
eighteen thousand, and settling them one by one in Python was most of a slow
query (in a comparison over 200 random national pairs, 36 ms at the 95th
percentile and 106 ms at worst). The graph is acyclic, so the same costs also
come from one sweep over its layers, deepest first, with numpy doing each
layer's links at once: 8 ms at the 95th percentile and 10 ms at worst in that
comparison, whatever the job. The Dijkstra runs first with a budget; when a
job has more ancestors than that, the sweep takes over. Both give the same
costs, to the last bit: each is the smallest of the same sums."""

from __future__ import annotations

import heapq
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

SETTLE_BUDGET = 2_000  # steps the Dijkstra may settle before the layer sweep takes over (the sweep costs about that)
_INF = float("inf")


@dataclass(frozen=True)
class Rules:
    """What a query allows: steps that may not be taken, and the GCSE grade the pupil expects."""

    blocked: frozenset[str]  # never a step (the start always stays)
    grade: int | None  # links asking more than this are closed; None: every link is open


@dataclass(frozen=True)
class Layers:
    """The graph's links as arrays, grouped by the layer of their source, for the sweep.

    A node's layer is the length of the longest path into it, so every link
    goes from a lower layer to a higher one, and once the layers above are done
    a layer's costs are final.
    """

    names: tuple[str, ...]
    position: dict[str, int]
    layer: npt.NDArray[np.int64]
    cost: npt.NDArray[np.float64]  # each node's cost as a step (UNKNOWN_YEARS for unknown years, plus STEP_COST)
    target: npt.NDArray[np.int64]  # each link's target, links sorted by (layer of source, source)
    needs: npt.NDArray[np.int64]  # each link's minimum GCSE grade, 0 when it asks none
    # per layer: (first link, end of links, each source once, where each source's links begin)
    slices: tuple[tuple[int, int, npt.NDArray[np.int64], npt.NDArray[np.int64]] | None, ...]
    _masks: dict[frozenset[str], npt.NDArray[np.bool_]] = field(default_factory=dict, compare=False, repr=False)

    def closed(self, blocked: frozenset[str]) -> npt.NDArray[np.bool_]:
        """Which nodes may never be a step, as an array (a graph has only a few such sets: kept, not rebuilt)."""
        mask = self._masks.get(blocked)
        if mask is None:
            mask = np.zeros(len(self.names), dtype=bool)
            mask[[self.position[n] for n in blocked]] = True
            self._masks[blocked] = mask
        return mask


def layers(costs: Mapping[str, float], succs: Mapping[str, Iterable[str]], graded: Mapping[str, Mapping[str, int]]) -> Layers:
    """The arrays for the sweep, once per graph (under a second for the national graph)."""
    names = tuple(costs)
    position = {n: i for i, n in enumerate(names)}
    rows = [(position[u], position[v], graded.get(v, {}).get(u, 0)) for u in names for v in succs[u]]
    edges = np.array(rows, dtype=np.int64).reshape(-1, 3)
    source, target, needs = edges[:, 0], edges[:, 1], edges[:, 2]
    layer = np.zeros(len(names), dtype=np.int64)
    for _ in range(len(names)):  # longest path into each node; the graph is acyclic, so this settles
        longer = np.zeros_like(layer)
        np.maximum.at(longer, target, layer[source] + 1)
        if np.array_equal(np.maximum(layer, longer), layer):
            break
        layer = np.maximum(layer, longer)
    order = np.lexsort((source, layer[source]))
    source, target, needs = source[order], target[order], needs[order]
    bounds = np.searchsorted(layer[source], np.arange(int(layer.max(initial=0)) + 2))
    slices: list[tuple[int, int, npt.NDArray[np.int64], npt.NDArray[np.int64]] | None] = []
    for level in range(len(bounds) - 1):
        first, end = int(bounds[level]), int(bounds[level + 1])
        sources = source[first:end]
        if not len(sources):
            slices.append(None)
            continue
        starts = np.flatnonzero(np.r_[True, sources[1:] != sources[:-1]])
        slices.append((first, end, sources[starts], starts))
    return Layers(
        names=names,
        position=position,
        layer=layer,
        cost=np.array([costs[n] for n in names], dtype=np.float64),
        target=target,
        needs=needs,
        slices=tuple(slices),
    )


def by_dijkstra(
    costs: Mapping[str, float],
    preds: Mapping[str, Iterable[str]],
    graded: Mapping[str, Mapping[str, int]],
    rules: Rules,
    start: str,
    job: str,
    budget: int | None = None,
) -> dict[str, float] | None:
    """Cost to the job from every node that can reach it, or None when more than `budget` nodes had to be settled."""
    graded = graded if rules.grade is not None else {}
    grade = 9 if rules.grade is None else rules.grade
    blocked = rules.blocked
    dist = {job: 0.0}
    heap = [(0.0, job)]
    settled = 0
    while heap:
        d, v = heapq.heappop(heap)
        if d > dist[v]:
            continue
        settled += 1
        if budget is not None and settled > budget:
            return None
        through = d if v == job else d + costs[v]
        needs = graded.get(v)
        for u in preds[v]:
            if u in blocked and u != start:
                continue
            if needs is not None and needs.get(u, 0) > grade:
                continue
            if through < dist.get(u, _INF):
                dist[u] = through
                heapq.heappush(heap, (through, u))
    return dist


def by_layers(grid: Layers, rules: Rules, start: str, job: str) -> dict[str, float]:
    """Cost to the job from every node between the start's layer and the job's that can reach it.

    Nodes in lower layers than the start cannot be on a route from it, so they
    are left out; the walk never asks for them.
    """
    at_job, at_start = grid.position[job], grid.position[start]
    dist = np.full(len(grid.names), np.inf)
    dist[at_job] = 0.0
    step = grid.cost.copy()
    step[at_job] = 0.0  # the job is not a step of the route
    closed = grid.closed(rules.blocked)
    open_link = None if rules.grade is None else grid.needs <= rules.grade
    for level in range(int(grid.layer[at_job]) - 1, int(grid.layer[at_start]) - 1, -1):
        part = grid.slices[level]
        if part is None:
            continue
        first, end, sources, starts = part
        onward = grid.target[first:end]
        through = dist[onward] + step[onward]
        if open_link is not None:
            through = np.where(open_link[first:end], through, np.inf)
        best = np.minimum.reduceat(through, starts)
        best[closed[sources] & (sources != at_start)] = np.inf  # the start always stays
        dist[sources] = best
    reached = np.flatnonzero(np.isfinite(dist))
    return dict(zip([grid.names[i] for i in reached.tolist()], dist[reached].tolist(), strict=True))
