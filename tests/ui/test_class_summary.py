"""The class summary page and joining a class from Find my route, driven as a teacher and pupils would."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from pathways.classroom import codes
from pathways.classroom.store import LIFETIME_SECONDS, SqliteStore
from tests.classstores import Clock
from tests.ui.apptest import Opener, open_app, texts


def start_class(at: AppTest) -> str:
    at.button(key="class.start").click().run()
    assert not at.exception, [e.value for e in at.exception]
    (header,) = [h.value for h in at.header if str(h.value).startswith("Class code: ")]
    code = str(header).removeprefix("Class code: ")
    assert re.fullmatch(f"[{codes.ALPHABET}]{{5}}", code)
    return code


def explore(at: AppTest, stage: str, sector: str, job: str) -> None:
    at.pills(key="find.stage").set_value(stage).run()
    at.pills(key="find.sector").set_value(sector).run()
    at.button(key=f"find.job.{job}").click().run()
    assert not at.exception, [e.value for e in at.exception]


def test_a_teacher_starts_a_session_and_sees_a_code_a_qr_code_and_a_link(tiny_app: Opener) -> None:
    at = tiny_app("class")
    assert [t.value for t in at.title] == ["Class summary"]
    code = start_class(at)
    assert any(c.value.endswith(f"/?class={code}") for c in at.code)
    assert len(at.get("image")) == 1  # the QR code
    assert "Pupils joined:** fewer than 3" in texts(at)
    assert "Nothing explored yet." in texts(at)


def test_pupils_joining_by_link_are_counted_and_small_numbers_are_hidden(tiny_app: Opener, class_state: Path) -> None:
    teacher = tiny_app("class")
    code = start_class(teacher)
    for _ in range(3):
        pupil = open_app("find", **{"class": code})
        assert f"You joined class {code}." in [s.value for s in pupil.success]
        assert "class" not in pupil.query_params  # the code leaves the address, so a shared view does not re-join
        assert "We could not open part of that link" not in texts(pupil)
        explore(pupil, "years-10-11", "health-life-sciences", "laboratory-technician")
    loner = open_app("find", **{"class": code})
    explore(loner, "years-10-11", "digital-creative", "software-developer")
    loner.text_input(key="find.q").input("my secret words Jo Bloggs").run()

    teacher.run()
    page = texts(teacher)
    assert "Pupils joined:** 4" in page
    assert "- Laboratory technician: 3" in page
    assert "- Software developer: fewer than 3" in page
    assert "- Years 10 and 11: 4" in page
    assert "secret" not in page
    assert b"secret" not in b"".join(p.read_bytes() for p in class_state.glob("classes.sqlite3*"))
    (csv,) = [d for d in teacher.get("download_button") if d.proto.label.endswith("(CSV)")]
    assert csv is not None


def test_a_pupil_sees_what_the_class_sees_and_can_leave(tiny_app: Opener) -> None:
    code = start_class(tiny_app("class"))
    pupil = tiny_app("find")
    pupil.text_input(key="classroom.code").input(code.lower()).run()
    assert f"You joined class {code}." in [s.value for s in pupil.success]
    assert f"You are in class {code}." in texts(pupil)
    assert "Pupils joined:** fewer than 3" in texts(pupil)
    pupil.button(key="classroom.leave").click().run()
    assert "You left the class" in texts(pupil)
    assert pupil.text_input(key="classroom.code") is not None


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        pytest.param("AC0E4", "never use 0", id="mistyped"),
        pytest.param("ACE47", "could not find a class with the code ACE47", id="unknown"),
    ],
)
def test_a_bad_code_gets_a_clear_message_and_exploring_still_works(tiny_app: Opener, typed: str, message: str) -> None:
    pupil = tiny_app("find")
    pupil.text_input(key="classroom.code").input(typed).run()
    assert any(message in w.value for w in pupil.warning)
    explore(pupil, "years-10-11", "health-life-sciences", "laboratory-technician")
    assert "Route 1" in texts(pupil)


def test_an_expired_code_is_refused_and_its_rows_are_deleted(tiny_data: Path, class_state: Path) -> None:
    clock = Clock(time.time())
    old = SqliteStore(class_state, clock=clock)
    clock.now -= LIFETIME_SECONDS + 1  # started a day and a second ago
    code = old.start().code
    pupil = open_app("find", **{"class": code})
    assert any("could not find a class" in w.value for w in pupil.warning)
    assert SqliteStore(class_state).rows() == 0


def test_ending_the_session_deletes_it_and_a_joined_pupil_carries_on(tiny_app: Opener, class_state: Path) -> None:
    teacher = tiny_app("class")
    code = start_class(teacher)
    pupil = open_app("find", **{"class": code})
    teacher.button(key="class.end").click().run()
    assert "The class session has ended and its counts are deleted." in texts(teacher)
    assert teacher.button(key="class.start") is not None
    assert SqliteStore(class_state).rows() == 0
    pupil.pills(key="find.stage").set_value("years-10-11").run()
    assert "Your class session has ended" in texts(pupil)
    explore(pupil, "years-10-11", "health-life-sciences", "laboratory-technician")
    assert "Route 1" in texts(pupil)
    assert pupil.text_input(key="classroom.code") is not None  # back to the join box


def test_a_broken_store_is_a_notice_for_teacher_and_pupil(
    tiny_app: Opener, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    (tmp_path / "full").write_text("a file where the folder should be")
    monkeypatch.setenv("PATHWAYS_STATE_DIR", str(tmp_path / "full" / "state"))
    teacher = tiny_app("class")
    teacher.button(key="class.start").click().run()
    assert "The class summary is not working just now" in texts(teacher)
    pupil = open_app("find", **{"class": "ACE47"})
    assert any("not working just now" in w.value for w in pupil.warning)
    explore(pupil, "years-10-11", "health-life-sciences", "laboratory-technician")
    assert not pupil.exception
