"""The class session store, on SQLite always and on PostgreSQL when PATHWAYS_TEST_DATABASE_URL is set."""

from __future__ import annotations

import multiprocessing
import sqlite3
import threading
import time
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from pathlib import Path

import pytest

from pathways.classroom import codes, member
from pathways.classroom.errors import MistypedCodeError, StoreUnavailableError, UnknownClassError
from pathways.classroom.postgres import PostgresStore
from pathways.classroom.store import LIFETIME_SECONDS, SqliteStore, open_store, tab_token
from tests.classstores import BACKENDS, Clock, StoreMaker, store_maker

PUPILS = 30


@pytest.fixture(params=BACKENDS)
def make_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[StoreMaker]:
    yield from store_maker(request.param, tmp_path)


def test_a_class_counts_pupils_and_what_they_looked_at(make_store: StoreMaker) -> None:
    store = make_store()
    session = store.start()
    tabs = [tab_token() for _ in range(4)]
    for tab in tabs:
        store.join(session.code, tab)
    for tab in tabs[:3]:
        store.record(session.code, tab, [("job", "nurse"), ("sector", "health-life-sciences")])
    store.record(session.code, tabs[3], [("job", "software-developer"), ("route", "apprenticeship")])
    summary = store.summary(session.code)
    assert summary.pupils == 4
    assert summary.counts == {
        "job": {"nurse": 3, "software-developer": 1},
        "sector": {"health-life-sciences": 3},
        "route": {"apprenticeship": 1},
    }


def test_one_tab_joining_many_times_counts_once(make_store: StoreMaker) -> None:
    store = make_store()
    code = store.start().code
    tab = tab_token()
    kept = None
    for _ in range(5):
        kept, _session = member.join(store, code, tab, kept)
        member.note(store, kept, [("job", "nurse"), ("stage", "years-10-11")])
    assert store.summary(code).pupils == 1
    assert store.summary(code).counts == {"job": {"nurse": 1}, "stage": {"years-10-11": 1}}


def test_the_store_keeps_no_token_and_no_words(make_store: StoreMaker, tmp_path: Path) -> None:
    store = make_store()
    code = store.start().code
    tab = tab_token()
    store.join(code, tab)
    for bad in [("job", "My Name"), ("job", "fixing cars"), ("words", "nurse"), ("job", "x" * 200), ("job", "")]:
        with pytest.raises(ValueError, match="not something a class summary counts"):
            store.record(code, tab, [bad])
    if isinstance(store, SqliteStore):
        raw = store.path.read_bytes() + b"".join(p.read_bytes() for p in store.folder.glob("*-wal"))
        assert tab.encode() not in raw


def test_a_tab_that_never_joined_cannot_count(make_store: StoreMaker) -> None:
    store = make_store()
    code = store.start().code
    with pytest.raises(UnknownClassError):
        store.record(code, tab_token(), [("job", "nurse")])
    assert store.summary(code).counts == {}


def test_unknown_and_ended_codes_are_refused(make_store: StoreMaker) -> None:
    store = make_store()
    with pytest.raises(UnknownClassError, match="could not find a class with the code ACE47"):
        store.join("ACE47", tab_token())
    code = store.start().code
    tab = tab_token()
    store.join(code, tab)
    store.record(code, tab, [("job", "nurse")])
    store.end(code)
    assert store.rows() == 0
    for action in (
        lambda: store.join(code, tab),
        lambda: store.summary(code),
        lambda: store.record(code, tab, [("job", "nurse")]),
    ):
        with pytest.raises(UnknownClassError):
            action()


def test_classes_expire_after_24_hours_and_are_deleted_on_the_next_visit(make_store: StoreMaker) -> None:
    clock = Clock()
    store = make_store(clock=clock)
    old = store.start().code
    tab = tab_token()
    store.join(old, tab)
    store.record(old, tab, [("job", "nurse")])
    clock.advance(LIFETIME_SECONDS - 60)
    newer = store.start().code
    assert store.summary(old).pupils == 1  # a minute before the end: still there
    clock.advance(60)
    with pytest.raises(UnknownClassError):
        store.summary(old)
    assert store.rows() == 1  # only the newer class is left: the old one's members and counts went with it
    clock.advance(LIFETIME_SECONDS)
    assert store.purge() == 1
    assert store.rows() == 0
    with pytest.raises(UnknownClassError):
        store.join(newer, tab)


def test_another_replica_sees_the_same_class(make_store: StoreMaker) -> None:
    teacher, pupil = make_store(), make_store()
    code = teacher.start().code
    tab = tab_token()
    pupil.join(code, tab)
    pupil.record(code, tab, [("quiz", "digital-creative")])
    assert teacher.summary(code).counts == {"quiz": {"digital-creative": 1}}


def test_thirty_pupils_writing_at_once_are_all_counted(make_store: StoreMaker) -> None:
    code = make_store().start().code
    ready = threading.Barrier(PUPILS)
    waits: list[float] = []

    def pupil(number: int) -> None:
        store = make_store()  # its own connection, as each replica and each pupil's session has
        tab = tab_token()
        ready.wait()
        began = time.perf_counter()
        kept, _session = member.join(store, code, tab)
        member.note(store, kept, [("stage", "years-10-11"), ("sector", "health-life-sciences")])
        member.note(store, kept, [("job", "nurse"), ("job", f"job-{number % 5}"), ("route", "apprenticeship")])
        member.note(store, kept, [("job", "nurse")])  # already counted for this tab: no write
        waits.append(time.perf_counter() - began)

    with ThreadPoolExecutor(PUPILS) as pool:
        list(pool.map(pupil, range(PUPILS)))
    summary = make_store().summary(code)
    assert summary.pupils == PUPILS
    assert summary.counts["job"] == {"nurse": PUPILS, **{f"job-{n}": PUPILS // 5 for n in range(5)}}
    assert summary.counts["stage"] == {"years-10-11": PUPILS}
    assert summary.counts["route"] == {"apprenticeship": PUPILS}
    print(f"\n{PUPILS} pupils at once: slowest pupil {max(waits) * 1000:.0f} ms for join + 2 writes")
    assert max(waits) < 10


def _replica(backend: str, where: str, code: str, pupils: int) -> float:
    """One app replica in its own process: `pupils` sessions joining and counting at once; the slowest, in seconds."""
    from pathways.classroom.postgres import PostgresStore  # noqa: PLC0415

    def pupil(_number: int) -> float:
        store = SqliteStore(Path(where)) if backend == "sqlite" else PostgresStore(where)
        began = time.perf_counter()
        kept, _session = member.join(store, code, tab_token())
        member.note(store, kept, [("job", "nurse"), ("sector", "health-life-sciences")])
        return time.perf_counter() - began

    with ThreadPoolExecutor(pupils) as pool:
        return max(pool.map(pupil, range(pupils)))


def test_three_replicas_on_one_host_share_the_class(make_store: StoreMaker) -> None:
    store = make_store()
    code = store.start().code
    assert isinstance(store, SqliteStore | PostgresStore)
    where = str(store.folder) if isinstance(store, SqliteStore) else store.url
    backend = "sqlite" if isinstance(store, SqliteStore) else "postgres"
    with ProcessPoolExecutor(3, mp_context=multiprocessing.get_context("spawn")) as pool:
        slowest = list(pool.map(_replica, [backend] * 3, [where] * 3, [code] * 3, [10] * 3))
    summary = store.summary(code)
    assert summary.pupils == PUPILS
    assert summary.counts == {"job": {"nurse": PUPILS}, "sector": {"health-life-sciences": PUPILS}}
    print(f"\n3 replicas x 10 pupils at once ({backend}): slowest pupil {max(slowest) * 1000:.0f} ms")


def test_codes_are_unique_among_live_classes(make_store: StoreMaker, monkeypatch: pytest.MonkeyPatch) -> None:
    store = make_store()
    first = store.start().code
    drawn = iter([first, first, "ACE47"])
    monkeypatch.setattr(codes, "new_code", lambda length=5: next(drawn))
    assert store.start().code == "ACE47"  # the clash with a live class was drawn again


def test_codes_use_only_characters_that_cannot_be_misread() -> None:
    made = {codes.new_code() for _ in range(2000)}
    assert len(made) > 1990  # random, not a sequence
    assert all(len(code) == codes.LENGTH for code in made)
    used = set("".join(made))
    assert used <= set(codes.ALPHABET)
    assert not used & set(codes.LOOK_ALIKES)
    assert not set(codes.ALPHABET) & set(codes.LOOK_ALIKES)
    assert {len(codes.new_code(n)) for n in (4, 6)} == {4, 6}
    with pytest.raises(ValueError, match="4 to 6"):
        codes.new_code(3)


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        pytest.param("ace47", "ACE47", id="lower-case"),
        pytest.param(" AC-E 47 ", "ACE47", id="spaces-and-dashes"),
        pytest.param("ACEF4796"[:6], "ACEF47", id="six"),
    ],
)
def test_a_typed_code_is_forgiven_where_harmless(typed: str, expected: str) -> None:
    assert codes.clean_code(typed) == expected


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        pytest.param("", "Type the class code", id="empty"),
        pytest.param("AC0E4", "never use 0", id="zero"),
        pytest.param("ACOE4", "never use O", id="letter-o"),
        pytest.param("ACE", "4 to 6", id="short"),
        pytest.param("ACE4799", "4 to 6", id="long"),
        pytest.param("AC<E4", "never use symbols", id="symbol"),
    ],
)
def test_a_mistyped_code_says_what_is_wrong(typed: str, message: str) -> None:
    with pytest.raises(MistypedCodeError, match=message):
        codes.clean_code(typed)


def test_a_state_folder_that_cannot_be_made_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("not a folder")
    store = SqliteStore(tmp_path / "file" / "state")
    with pytest.raises(StoreUnavailableError, match="not working just now"):
        store.start()


def test_a_full_disk_is_a_notice_not_a_crash(tmp_path: Path) -> None:
    class Full(SqliteStore):
        def _connect(self) -> sqlite3.Connection:
            connection = super()._connect()
            connection.execute("PRAGMA max_page_count = 1")  # the database may not grow: as on a full disk
            return connection

    with pytest.raises(StoreUnavailableError) as caught:
        Full(tmp_path / "state").start()
    assert "full" in caught.value.why


def test_an_unreachable_database_is_a_notice_not_a_crash() -> None:
    store = open_store({"PATHWAYS_DATABASE_URL": "postgresql://nobody@127.0.0.1:9/none?connect_timeout=1"})
    started = time.perf_counter()
    with pytest.raises(StoreUnavailableError):
        store.start()
    assert time.perf_counter() - started < 5


def test_the_state_folder_comes_from_the_environment_and_is_made_on_first_use(tmp_path: Path) -> None:
    store = open_store({"PATHWAYS_STATE_DIR": str(tmp_path / "deep" / "state")})
    assert isinstance(store, SqliteStore)
    assert not (tmp_path / "deep").exists()
    store.start()
    assert (tmp_path / "deep" / "state" / "classes.sqlite3").is_file()
    with sqlite3.connect(tmp_path / "deep" / "state" / "classes.sqlite3") as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
