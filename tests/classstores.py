"""Class stores for tests: SQLite in a temporary folder always, PostgreSQL when PATHWAYS_TEST_DATABASE_URL is set.

Without that variable the PostgreSQL cases are skipped with a message saying
how to run them (deploy/postgres-test.sh), except in CI (CI=true), where a
missing database fails the run: CI promises the store is tested on both.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from pathways.classroom.store import ClassStore, SqliteStore

TEST_DATABASE_VARIABLE = "PATHWAYS_TEST_DATABASE_URL"
BACKENDS = ("sqlite", "postgres")


class Clock:
    """A clock the test moves by hand, so 24 hours pass in no time."""

    def __init__(self, now: float = 1_800_000_000.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def postgres_url() -> str:
    url = os.environ.get(TEST_DATABASE_VARIABLE, "").strip()
    if not url:
        message = f"{TEST_DATABASE_VARIABLE} is not set: start one with `eval $(deploy/postgres-test.sh)`"
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail(f"CI must test the class store on PostgreSQL, but {message}")
        pytest.skip(message)
    return url


def reset_postgres(url: str) -> None:
    import psycopg  # noqa: PLC0415

    with psycopg.connect(url) as connection:
        connection.execute("DROP TABLE IF EXISTS class_counts, class_members, class_sessions")


StoreMaker = Callable[..., ClassStore]


def store_maker(backend: str, tmp_path: Path) -> Iterator[StoreMaker]:
    """A factory for stores on one shared, empty database: each call is another replica of the app."""
    if backend == "sqlite":
        yield lambda clock=None, **kw: SqliteStore(tmp_path / "state", **({"clock": clock} if clock else {}), **kw)
        return
    from pathways.classroom.postgres import PostgresStore  # noqa: PLC0415

    url = postgres_url()
    reset_postgres(url)
    yield lambda clock=None, **kw: PostgresStore(url, **({"clock": clock} if clock else {}), **kw)
    reset_postgres(url)
