"""The class session store on PostgreSQL, for replicas on several hosts (PATHWAYS_DATABASE_URL).

The SQL is the store's own (store.py); only the placeholders and the way a
transaction is opened differ. A connection per operation keeps the replicas
free of pool state; a class of 30 makes a few writes a second at most. A server
that cannot be reached within CONNECT_SECONDS becomes StoreUnavailableError, so a
pupil waits a moment at worst and never sees a traceback.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import psycopg

from pathways.classroom.errors import StoreUnavailableError
from pathways.classroom.store import LIFETIME_SECONDS, ClassStore, Cursor

CONNECT_SECONDS = 3
LOCK_ID = 7_411_015  # any fixed number: the advisory lock that guards creating the tables


class PostgresStore(ClassStore):
    def __init__(self, url: str, clock: Callable[[], float] = time.time, lifetime: float = LIFETIME_SECONDS) -> None:
        super().__init__(clock, lifetime)
        self.url = url

    def _sql(self, sql: str) -> str:
        return sql.replace("?", "%s")

    def _create_tables(self, cursor: Cursor) -> None:
        """Replicas starting together would race on CREATE TABLE IF NOT EXISTS: one lock makes them take turns."""
        cursor.execute("SELECT pg_advisory_xact_lock(%s)", (LOCK_ID,))
        super()._create_tables(cursor)

    @contextmanager
    def _transaction(self) -> Iterator[Cursor]:
        try:
            connection = psycopg.connect(self.url, connect_timeout=CONNECT_SECONDS, application_name="pathways-classroom")
        except psycopg.Error as error:
            raise StoreUnavailableError(f"{type(error).__name__}: {error}") from error
        try:
            with connection, connection.cursor() as cursor:  # commits on success, rolls back on an exception
                yield cursor
        except (psycopg.OperationalError, psycopg.InterfaceError, psycopg.InternalError) as error:
            raise StoreUnavailableError(f"{type(error).__name__}: {error}") from error
        finally:
            connection.close()
