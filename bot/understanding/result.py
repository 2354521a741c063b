"""The outcome of reading one reply. Re-exported by `bot.understanding.parsing`.

It lives in its own module so the helper parsers can build results without
importing the dispatcher (which imports them).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

ANSWERED, SKIP, INVALID = "answered", "skip", "invalid"

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
    status: str  # ANSWERED | SKIP | INVALID
    value: Any = None  # canonical value when answered
    reason: str = ""  # why, when invalid


def answered(value: Any) -> Parsed:
    return Parsed(ANSWERED, value)


def invalid(reason: str) -> Parsed:
    return Parsed(INVALID, reason=reason)
