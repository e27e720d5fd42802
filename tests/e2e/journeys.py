"""What the journeys start from and expect, worked out from the shipped data with the functions the pages use."""

from __future__ import annotations

import re

from playwright.sync_api import Locator

from pathways.graph import Graph
from pathways.routes import Constraints, find_routes
from pathways.search import jobs_for
from tests.e2e.browser import App

STAGE = "years-10-11"
SECTOR = "health-life-sciences"
LAB = "laboratory-technician"
CARDS = 12  # find_route.py shows this many job cards
ROUTES = 5  # and this many routes


def routes(graph: Graph, job: str, constraints: Constraints | None = None) -> int:
    return len(find_routes(graph, STAGE, job, limit=ROUTES, constraints=constraints or Constraints()))


def card_job(graph: Graph) -> str | None:
    """A job on the first screen of health cards with at least two routes, one of them paid."""
    for job in jobs_for(graph, SECTOR)[:CARDS]:
        if routes(graph, job.id) >= 2 and routes(graph, job.id, Constraints(paid_only=True)) >= 1:
            return job.id
    return None


def route_headings(app: App) -> Locator:
    """The "Route N" headings; assert on them with `expect(...).to_have_count(n)`, which waits."""
    return app.page.get_by_role("heading", name=re.compile(r"^Route \d+$"))
