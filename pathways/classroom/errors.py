"""What can go wrong with a class session, as exceptions whose message a pupil can read.

The pages catch ClassError and show its message as a notice: the pupil's own
exploring never depends on the class summary working, so no store failure may
reach them as a traceback.
"""

from __future__ import annotations


class ClassError(Exception):
    """A class-session problem; `str(error)` is a plain sentence for the pupil or teacher."""


class MistypedCodeError(ClassError):
    """What was typed cannot be a class code (wrong length, a look-alike character)."""


class UnknownClassError(ClassError):
    """No live class has this code: it never existed, it ended, or it expired (we cannot tell which, by design)."""

    def __init__(self, code: str) -> None:
        super().__init__(
            f"We could not find a class with the code {code}. It may have ended (class sessions last 24 hours), "
            "or a letter may be wrong. Check with your teacher. You can carry on exploring on your own."
        )
        self.code = code


class StoreUnavailableError(ClassError):
    """The database cannot be used just now: disk full, folder not writable, server unreachable."""

    def __init__(self, why: str = "") -> None:
        super().__init__(
            "The class summary is not working just now, so this visit is not being added to it. "
            "Everything else works: carry on exploring."
        )
        self.why = why  # for the server log, never shown: it may name paths or hosts
