"""Synthetic pathways graphs shaped like the shipped data, at any multiple of its size.

The shape copies the real graph's layers (stages, then post-16 steps, post-18
steps, postgraduate steps, jobs), its share of each kind of step and its links
per node, so timings at 10x and 100x say something about a national data set.
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Callable
from dataclasses import dataclass
from typing import cast

import networkx as nx

from pathways.graph import Graph, Link, Node

STAGES = ["year-5-6", "years-7-9", "years-10-11", "age-16-18", "age-18-plus", "adult"]


@dataclass(frozen=True)
class Shape:
    """Counts at 1x: roughly the shipped data's."""

    post16: int = 30
    post18: int = 60
    postgrad: int = 10
    apprenticeships: int = 45
    jobs: int = 65
    out_links: int = 4


def synthetic_graph(scale: int, seed: int = 7, shape: Shape = Shape()) -> Graph:
    """A frozen DAG with `scale` times the shape's nodes; links only go to later layers."""
    rng = random.Random(seed)
    graph: Graph = nx.DiGraph()
    for order, stage in enumerate(STAGES):
        graph.add_node(
            stage, node=Node(stage, "stage", stage, "", "stage", years=2.0, order=order, tuition_gbp_per_year=0), kind="stage"
        )
    for a, b in itertools.pairwise(STAGES[:3]):
        graph.add_edge(a, b, link=Link(a, b, "progression"))

    def add(
        prefix: str,
        count: int,
        kind: str,
        typ: str,
        level: tuple[int, int],
        years: tuple[float, float],
        cluster: int,
        university: bool = False,
    ) -> list[str]:
        made = []
        for i in range(count):
            node_id = f"{prefix}-{i}-{cluster}"
            graph.add_node(
                node_id,
                node=Node(
                    node_id,
                    kind,
                    node_id,
                    "",
                    typ,
                    level=rng.randint(*level),
                    years=round(rng.uniform(*years), 1),
                    tuition_gbp_per_year=9535 if university else 0,
                    paid=kind in ("apprenticeship", "job"),
                    university=university,
                ),
                kind=kind,
            )
            made.append(node_id)
        return made

    for cluster in range(scale):  # one cluster per 1x copy: a region or a group of related jobs
        layers = _cluster(add, rng, shape, cluster)
        post16, appr_low, post18, appr_high, postgrad, jobs = layers

        def connect(sources: list[str], targets: list[str], grade: bool = False) -> None:
            for source in sources:
                for target in rng.sample(targets, min(shape.out_links, len(targets))):
                    needs = rng.choice([None, 4, 5, 6]) if grade else None
                    graph.add_edge(source, target, link=Link(source, target, "entry", min_gcse_grade=needs))

        for stage in ("years-10-11", "age-16-18"):  # every pupil can start any post-16 option
            for target in post16 + appr_low:
                graph.add_edge(stage, target, link=Link(stage, target, "entry", min_gcse_grade=rng.choice([None, 4, 5, 6])))
        for stage in ("age-18-plus", "adult"):
            for target in post18 + appr_high:
                graph.add_edge(stage, target, link=Link(stage, target, "entry"))
        connect(post16, post18 + appr_high + jobs)
        connect(appr_low, appr_high + jobs)
        connect(post18, postgrad + jobs + appr_high[: len(appr_high) // 3])
        connect(appr_high, jobs)
        connect(postgrad, jobs)
        if cluster:  # a few links across clusters, as between related sectors
            previous = [n for n in graph if n.endswith(f"-{cluster - 1}") and graph.nodes[n]["kind"] == "job"]
            for source in rng.sample(post16, 3):
                graph.add_edge(source, previous[0], link=Link(source, previous[0], "entry"))
    return cast(Graph, nx.freeze(graph))


def _cluster(add: Callable[..., list[str]], rng: random.Random, shape: Shape, cluster: int) -> tuple[list[str], ...]:
    half = shape.apprenticeships // 2
    return (
        add("post16", shape.post16, "qualification", "a-levels", (2, 3), (1, 2), cluster),
        add("appr-l3", half, "apprenticeship", "apprenticeship", (2, 3), (1, 3), cluster),
        add("post18", shape.post18, "qualification", "degree", (4, 6), (1, 4), cluster, university=True),
        add(
            "appr-l6", shape.apprenticeships - half, "apprenticeship", "apprenticeship", (4, 6), (2, 5), cluster, university=True
        ),
        add("postgrad", shape.postgrad, "qualification", "masters", (7, 7), (1, 3), cluster, university=True),
        add("job", shape.jobs, "job", "job", (2, 7), (0, 0), cluster),
    )


@dataclass(frozen=True)
class NationalShape:
    """Counts per sector of a national data set: about 50,000 steps and jobs and 500,000 links in all.

    Fifteen sectors, as Ofqual's sector subject areas; inside a sector a few
    popular steps and jobs draw most links (A levels, a nursing degree, a
    software developer job), as in real progression data, so some pairs have
    millions of paths while most have thousands.
    """

    sectors: int = 15
    level2: int = 120  # Level 2 courses and resits, the way in for a pupil whose grades rule out Level 3
    post16: int = 280  # Level 3: A level subjects, T Levels, BTECs
    appr_low: int = 150  # Level 2 and 3 apprenticeships
    higher: int = 400  # Level 4 and 5: HNC, HND, foundation degrees
    degrees: int = 900
    appr_high: int = 200  # higher and degree apprenticeships
    postgrad: int = 280
    jobs: int = 1000
    out_links: int = 14
    across: float = 0.1  # share of links into another sector
    popularity: float = 0.9  # Zipf exponent: how strongly links favour a sector's popular steps


LinkRow = tuple[str, str, int | None]  # from, to, minimum GCSE grade


def national_rows(seed: int = 7, shape: NationalShape = NationalShape()) -> tuple[list[Node], list[LinkRow]]:
    """The nodes and links of a national-scale layered graph, as plain values ready for `graph_from`.

    Kept apart from building the graph so a benchmark can time the package's
    build alone; the busiest pair is years-10-11 to job-0-0, the most popular
    job of the first sector.
    """
    rng = random.Random(seed)
    nodes = [Node(s, "stage", s, "", "stage", years=2.0, order=order, tuition_gbp_per_year=0) for order, s in enumerate(STAGES)]
    links: list[LinkRow] = [(a, b, None) for a, b in itertools.pairwise(STAGES[:3])]
    layers: dict[str, list[list[str]]] = {}
    kinds = {  # prefix: kind, type, levels, years, university
        "level2": ("qualification", "level-2", (2, 2), (1.0, 1.0), False),
        "post16": ("qualification", "a-levels", (2, 3), (1.0, 2.0), False),
        "appr-l3": ("apprenticeship", "apprenticeship", (2, 3), (1.0, 3.0), False),
        "higher": ("qualification", "hnd", (4, 5), (1.0, 2.0), False),
        "degree": ("qualification", "degree", (6, 6), (3.0, 4.0), True),
        "appr-l6": ("apprenticeship", "apprenticeship", (4, 6), (2.0, 5.0), True),
        "postgrad": ("qualification", "masters", (7, 7), (1.0, 2.0), True),
        "job": ("job", "job", (2, 7), (0.0, 0.0), False),
    }
    counts = {
        "level2": shape.level2,
        "post16": shape.post16,
        "appr-l3": shape.appr_low,
        "higher": shape.higher,
        "degree": shape.degrees,
        "appr-l6": shape.appr_high,
        "postgrad": shape.postgrad,
        "job": shape.jobs,
    }
    for prefix, (kind, typ, level, years, university) in kinds.items():
        layers[prefix] = []
        for sector in range(shape.sectors):
            ids = [f"{prefix}-{sector}-{i}" for i in range(counts[prefix])]
            layers[prefix].append(ids)
            nodes += [
                Node(
                    n,
                    kind,
                    n,
                    "",
                    typ,
                    sector=f"sector-{sector}",
                    level=rng.randint(*level),
                    years=round(rng.uniform(*years), 1) if kind != "job" else None,
                    tuition_gbp_per_year=9535 if university and kind == "qualification" else 0,
                    paid=kind in ("apprenticeship", "job"),
                    university=university,
                )
                for n in ids
            ]
    weights = {
        prefix: list(itertools.accumulate(1 / (i + 1) ** shape.popularity for i in range(n))) for prefix, n in counts.items()
    }
    onward = {  # where each layer leads, as in real progression
        "level2": ("post16", "appr-l3", "job"),
        "post16": ("higher", "degree", "appr-l6", "job"),
        "appr-l3": ("higher", "appr-l6", "job"),
        "higher": ("degree", "appr-l6", "job"),
        "degree": ("postgrad", "job", "appr-l6"),
        "appr-l6": ("postgrad", "job"),
        "postgrad": ("job",),
    }
    for sector in range(shape.sectors):
        for stage, firsts in (("years-10-11", ("level2", "post16", "appr-l3")), ("age-16-18", ("level2", "post16", "appr-l3"))):
            links += [(stage, n, rng.choice((None, 4, 5, 6))) for prefix in firsts for n in layers[prefix][sector]]
        for stage in ("age-18-plus", "adult"):
            links += [(stage, n, None) for prefix in ("higher", "degree", "appr-l6") for n in layers[prefix][sector]]
        for prefix, targets in onward.items():
            for source in layers[prefix][sector]:
                chosen: set[str] = set()
                for _ in range(shape.out_links):
                    into = rng.choice(targets)
                    other = rng.randrange(shape.sectors) if rng.random() < shape.across else sector
                    chosen.add(rng.choices(layers[into][other], cum_weights=weights[into])[0])
                links += [(source, target, None) for target in chosen]
    return nodes, links
