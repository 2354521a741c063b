"""The outcome of reading one reply. Re-exported by `bot.understanding.parsing`.

It lives in its own module so the helper parsers can build results without
importing the dispatcher (which imports them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ANSWERED, SKIP, INVALID = "answered", "skip", "invalid"
# Between understood and not understood: a best guess the patient must confirm
# ("Did you mean Pharmacy?"), or two options named at once ("X or Y") to choose from.
CONFIRM, CHOOSE = "confirm", "choose"

# Reasons for INVALID. Short machine strings: the caller picks the wording.
EMPTY = "empty"
TOO_LONG = "too_long"
OUT_OF_RANGE = "out_of_range"
UNRECOGNISED = "unrecognised"
AMBIGUOUS = "ambiguous"
NOT_WHOLE = "not_whole"
NONE_NOT_OPTION = "none_not_option"
UNKNOWN_TYPE = "unknown_type"


@dataclass(frozen=True)
class Parsed:
    status: str  # ANSWERED | SKIP | INVALID | CONFIRM | CHOOSE
    value: Any = None  # canonical value when answered; the guess (CONFIRM); labels (CHOOSE)
    reason: str = ""  # why, when invalid


def answered(value: Any) -> Parsed:
    return Parsed(ANSWERED, value)


def invalid(reason: str) -> Parsed:
    return Parsed(INVALID, reason=reason)


def guess(value: Any) -> Parsed:
    """A best guess, stored only once the patient says yes."""
    return Parsed(CONFIRM, value)


def choose(labels: Any) -> Parsed:
    """Two or more options named in one reply to a single-choice question."""
    return Parsed(CHOOSE, tuple(labels))
