"""The class session store: one interface, SQLite by default, PostgreSQL for replicas on several hosts.

What is kept is the smallest thing that answers the teacher's question "what
did my class explore?": per class, how many tabs joined and, per stage, area of
work, job, kind of route and quiz suggestion, how many pupils looked at it.
Items are ids from the data (checked against a strict pattern, so free text can
never be stored), counts only. A tab proves it joined with a random token kept in
its own session; the store keeps only a salted hash of it, so the same tab
joining twice counts once and no hash can be linked across classes.

Every operation is one short transaction that first deletes expired classes,
so nothing outlives its 24 hours by more than the next visit. SQLite runs in WAL
mode with a busy timeout and takes its write lock up front (BEGIN IMMEDIATE), so
30 pupils writing at once, from several replicas on one host, queue for a few
milliseconds instead of failing. PostgreSQL does the same work with the same
SQL; counting is an atomic upsert on both.
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import sqlite3
import time
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from pathways.classroom import codes
from pathways.classroom.errors import StoreUnavailableError, UnknownClassError

STATE_DIR_VARIABLE = "PATHWAYS_STATE_DIR"
DATABASE_URL_VARIABLE = "PATHWAYS_DATABASE_URL"
LIFETIME_SECONDS = 24 * 60 * 60
BUSY_SECONDS = 10.0  # how long a writer waits for another's lock before the store reports itself unavailable
# What a class summary counts, in the order the teacher reads it.
WHAT = {
    "stage": "Where pupils are now",
    "sector": "Areas of work",
    "job": "Jobs looked at",
    "route": "Kinds of route looked at",
    "quiz": "Areas the quiz suggested",
}
ITEM = re.compile(r"[a-z0-9][a-z0-9-]{0,79}")  # an id from the data: never a name or typed words
CODE_TRIES = 20

SCHEMA = (
    "CREATE TABLE IF NOT EXISTS class_sessions (code TEXT PRIMARY KEY, salt TEXT NOT NULL,"
    " started DOUBLE PRECISION NOT NULL, expires DOUBLE PRECISION NOT NULL)",
    "CREATE TABLE IF NOT EXISTS class_members (code TEXT NOT NULL, tab TEXT NOT NULL, PRIMARY KEY (code, tab))",
    "CREATE TABLE IF NOT EXISTS class_counts (code TEXT NOT NULL, what TEXT NOT NULL, item TEXT NOT NULL,"
    " pupils INTEGER NOT NULL, PRIMARY KEY (code, what, item))",
)


@dataclass(frozen=True)
class ClassSession:
    code: str
    started: float  # seconds since the epoch, UTC
    expires: float


@dataclass(frozen=True)
class Summary:
    """What a class explored: pupils joined, and per kind of thing (WHAT) how many pupils looked at each id."""

    session: ClassSession
    pupils: int
    counts: Mapping[str, Mapping[str, int]] = field(default_factory=dict)


class Cursor(Protocol):
    """The part of a DB-API cursor the store uses, the same for sqlite3 and psycopg."""

    @property
    def rowcount(self) -> int: ...

    def execute(self, sql: Any, params: Sequence[Any] = ..., /) -> Any: ...
    def fetchone(self) -> Any: ...
    def fetchall(self) -> list[Any]: ...


def tab_token() -> str:
    """A random token for one browser tab, kept in that tab's session only."""
    return secrets.token_urlsafe(18)


def _hashed(salt: str, tab: str) -> str:
    return hashlib.sha256(f"{salt}:{tab}".encode()).hexdigest()


def check_items(items: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Only known kinds of thing and id-shaped items: a bug upstream must not put a pupil's words in the database."""
    checked = []
    for what, item in items:
        if what not in WHAT or not ITEM.fullmatch(item):
            raise ValueError(f"not something a class summary counts: {what!r}, {item[:20]!r}")
        checked.append((what, item))
    return checked


class ClassStore(ABC):
    """Class sessions in a SQL database; subclasses say how to open a transaction and how to spell parameters."""

    def __init__(self, clock: Callable[[], float] = time.time, lifetime: float = LIFETIME_SECONDS) -> None:
        self.clock = clock
        self.lifetime = lifetime
        self._ready = False

    @abstractmethod
    def _transaction(self) -> AbstractContextManager[Cursor]:
        """A cursor inside one transaction that commits on success, rolls back on error, and raises
        StoreUnavailableError for anything the database or the disk refuses."""

    def _sql(self, sql: str) -> str:
        return sql

    def _run(self, cursor: Cursor, sql: str, params: Sequence[Any] = ()) -> Cursor:
        cursor.execute(self._sql(sql), params)
        return cursor

    @contextmanager
    def _work(self, purge: bool = True) -> Iterator[tuple[Cursor, float]]:
        """One transaction, with the tables made on first use and expired classes deleted first."""
        with self._transaction() as cursor:
            if not self._ready:
                self._create_tables(cursor)
            now = self.clock()
            if purge:
                self._purge(cursor, now)
            yield cursor, now
        self._ready = True

    def _create_tables(self, cursor: Cursor) -> None:
        for statement in SCHEMA:
            self._run(cursor, statement)

    def _purge(self, cursor: Cursor, now: float) -> int:
        old = "SELECT code FROM class_sessions WHERE expires <= ?"
        self._run(cursor, f"DELETE FROM class_counts WHERE code IN ({old})", (now,))
        self._run(cursor, f"DELETE FROM class_members WHERE code IN ({old})", (now,))
        return self._run(cursor, "DELETE FROM class_sessions WHERE expires <= ?", (now,)).rowcount

    def _live(self, cursor: Cursor, code: str) -> tuple[str, float, float]:
        row = self._run(cursor, "SELECT salt, started, expires FROM class_sessions WHERE code = ?", (code,)).fetchone()
        if row is None:
            raise UnknownClassError(code)
        return str(row[0]), float(row[1]), float(row[2])

    def purge(self) -> int:
        """Delete every expired class now; how many went."""
        with self._work(purge=False) as (cursor, now):
            return self._purge(cursor, now)

    def start(self, length: int = codes.LENGTH) -> ClassSession:
        """A new class with a code no live class uses."""
        with self._work() as (cursor, now):
            for _ in range(CODE_TRIES):
                code = codes.new_code(length)
                added = self._run(
                    cursor,
                    "INSERT INTO class_sessions (code, salt, started, expires) VALUES (?, ?, ?, ?) ON CONFLICT (code) DO NOTHING",
                    (code, secrets.token_hex(16), now, now + self.lifetime),
                )
                if added.rowcount == 1:
                    return ClassSession(code, now, now + self.lifetime)
        raise StoreUnavailableError(f"no free class code after {CODE_TRIES} tries")

    def join(self, code: str, tab: str) -> ClassSession:
        """Add this tab to the class; joining again from the same tab changes nothing."""
        with self._work() as (cursor, _now):
            salt, started, expires = self._live(cursor, code)
            self._run(
                cursor,
                "INSERT INTO class_members (code, tab) VALUES (?, ?) ON CONFLICT (code, tab) DO NOTHING",
                (code, _hashed(salt, tab)),
            )
            return ClassSession(code, started, expires)

    def record(self, code: str, tab: str, items: Iterable[tuple[str, str]]) -> None:
        """Add one pupil to each item's count. The caller sends each item once per tab (see member.py)."""
        checked = check_items(items)
        with self._work() as (cursor, _now):
            salt, _started, _expires = self._live(cursor, code)
            joined = self._run(cursor, "SELECT 1 FROM class_members WHERE code = ? AND tab = ?", (code, _hashed(salt, tab)))
            if joined.fetchone() is None:
                raise UnknownClassError(code)
            for what, item in sorted(set(checked)):  # one order for every writer, so row locks never deadlock
                self._run(
                    cursor,
                    "INSERT INTO class_counts (code, what, item, pupils) VALUES (?, ?, ?, 1)"
                    " ON CONFLICT (code, what, item) DO UPDATE SET pupils = class_counts.pupils + 1",
                    (code, what, item),
                )

    def summary(self, code: str) -> Summary:
        """Exact counts; `summary.py` hides the small ones before anyone sees them."""
        with self._work() as (cursor, _now):
            _salt, started, expires = self._live(cursor, code)
            pupils = self._run(cursor, "SELECT COUNT(*) FROM class_members WHERE code = ?", (code,)).fetchone()[0]
            rows = self._run(cursor, "SELECT what, item, pupils FROM class_counts WHERE code = ?", (code,)).fetchall()
        counts: dict[str, dict[str, int]] = {}
        for what, item, number in rows:
            counts.setdefault(str(what), {})[str(item)] = int(number)
        return Summary(ClassSession(code, started, expires), int(pupils), counts)

    def end(self, code: str) -> None:
        """Delete the class and everything counted for it, at once."""
        with self._work() as (cursor, _now):
            self._run(cursor, "DELETE FROM class_counts WHERE code = ?", (code,))
            self._run(cursor, "DELETE FROM class_members WHERE code = ?", (code,))
            self._run(cursor, "DELETE FROM class_sessions WHERE code = ?", (code,))

    def rows(self) -> int:
        """Rows held in all three tables, for tests that check deletion really deletes."""
        with self._work() as (cursor, _now):
            return sum(
                int(self._run(cursor, f"SELECT COUNT(*) FROM {table}").fetchone()[0])
                for table in ("class_sessions", "class_members", "class_counts")
            )


class SqliteStore(ClassStore):
    """A file in PATHWAYS_STATE_DIR, shared safely by every replica on the host."""

    def __init__(self, folder: Path, clock: Callable[[], float] = time.time, lifetime: float = LIFETIME_SECONDS) -> None:
        super().__init__(clock, lifetime)
        self.folder = Path(folder)
        self.path = self.folder / "classes.sqlite3"

    def _connect(self) -> sqlite3.Connection:
        self.folder.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None, check_same_thread=False)
        connection.execute(f"PRAGMA busy_timeout = {int(BUSY_SECONDS * 1000)}")
        if not self._ready:
            connection.execute("PRAGMA journal_mode = WAL")  # kept in the file: readers never wait for a writer
        connection.execute("PRAGMA synchronous = NORMAL")  # safe with WAL; a crash loses at most the last click
        return connection

    @contextmanager
    def _transaction(self) -> Iterator[Cursor]:
        try:
            connection = self._connect()
        except (OSError, sqlite3.Error) as error:
            raise StoreUnavailableError(f"{type(error).__name__}: {error}") from error
        try:
            cursor = connection.cursor()
            cursor.execute("BEGIN IMMEDIATE")  # take the write lock now, so two writers never deadlock upgrading
            try:
                yield cursor
            except BaseException:
                connection.rollback()
                raise
            connection.commit()
        except sqlite3.Error as error:  # disk full, read-only folder, locked past the timeout, a damaged file
            raise StoreUnavailableError(f"{type(error).__name__}: {error}") from error
        finally:
            connection.close()


def default_state_dir(env: Mapping[str, str]) -> Path:
    """PATHWAYS_STATE_DIR, else the user's state folder (the same for every replica run by the same user)."""
    chosen = env.get(STATE_DIR_VARIABLE, "").strip()
    if chosen:
        return Path(chosen).expanduser()
    base = env.get("XDG_STATE_HOME", "").strip() or str(Path.home() / ".local" / "state")
    return Path(base) / "pathways"


def open_store(env: Mapping[str, str] | None = None, clock: Callable[[], float] = time.time) -> ClassStore:
    """PostgreSQL when PATHWAYS_DATABASE_URL is set, else SQLite in the state folder. Nothing is opened yet."""
    env = os.environ if env is None else env
    url = env.get(DATABASE_URL_VARIABLE, "").strip()
    if url:
        from pathways.classroom.postgres import PostgresStore  # noqa: PLC0415 - psycopg is needed only here

        return PostgresStore(url, clock)
    return SqliteStore(default_state_dir(env), clock)
