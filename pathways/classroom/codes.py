"""Class codes: short enough to read off a projector, hard enough to guess.

Pupils copy the code by eye from the back of a classroom, so the alphabet
leaves out every character that looks like another (0/O, 1/I/L, 5/S, 2/Z,
8/B). Codes come from `secrets`, never `random`: someone who has seen one code
must learn nothing about the next. What a pupil types is forgiven where it is
harmless (lower case, spaces, dashes) and refused, with a reason, where it is not.
"""

from __future__ import annotations

import secrets

from pathways.classroom.errors import MistypedCodeError

ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
LOOK_ALIKES = "0O1IL5S2Z8B"
LENGTH = 5  # 25**5 is about 9.8 million codes: a guess hits one of 30 live classes about once in 300,000 tries
MIN_LENGTH, MAX_LENGTH = 4, 6


def new_code(length: int = LENGTH) -> str:
    """A fresh random code; the store checks it is not already in use."""
    if not MIN_LENGTH <= length <= MAX_LENGTH:
        raise ValueError(f"a class code has {MIN_LENGTH} to {MAX_LENGTH} characters, not {length}")
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def clean_code(typed: str) -> str:
    """The code a pupil meant, or MistypedCodeError saying what is wrong with what they typed.

    Spaces, dashes and lower case are forgiven; a look-alike character is named,
    because "is that an O or a zero?" is the usual mistake and the code has neither.
    """
    code = "".join(ch for ch in typed.upper() if ch not in " -_\t").strip()[:40]
    if not code:
        raise MistypedCodeError("Type the class code your teacher shows, for example ACE47.")
    odd = sorted({ch for ch in code if ch not in ALPHABET})
    if odd:
        shown = ", ".join(list(dict.fromkeys(ch if ch.isalnum() else "symbols" for ch in odd))[:3])
        raise MistypedCodeError(
            f"Class codes never use {shown}. Check the code on the board: it uses only these letters and numbers: "
            f"{' '.join(ALPHABET)}."
        )
    if not MIN_LENGTH <= len(code) <= MAX_LENGTH:
        raise MistypedCodeError(f"A class code has {MIN_LENGTH} to {MAX_LENGTH} letters and numbers; you typed {len(code)}.")
    return code
