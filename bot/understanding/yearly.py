"""A rate said to a count over a year: "every 3 months" to "How many times did you go to the
clinic in the past year?" is 4, "monthly" 12, "once every 6 months" 2. Offered, never stored:
a rate says how often as a rule, and the year may have gone otherwise.
"""

from __future__ import annotations

import re
from fractions import Fraction

from bot.scripts.questions import Question
from bot.understanding.everything import number
from bot.understanding.frequency import MONTHLY
from bot.understanding.result import Parsed, guess
from bot.understanding.text import prepare

# The question counts over one year: "in the last 12 months", "in the past year".
_A_YEAR = re.compile(r"\b(?:in|over|during) the (?:last|past) (?:12|twelve) months\b|"
                     r"\b(?:in|over|during) the (?:last|past) year\b|\bthis year\b")
_COUNTED = ("", "times", "visits", "appointments")
_A_MONTH = frozenset(MONTHLY.split("|"))
_EVERY = re.compile(r"^(?:(?:about|roughly|like|around)\s+)?(?:(?:once|one time)\s+)?"
                    r"(?:every|each)\s+(\w+)\s+(weeks?|months?)(?:\s+or so)?\W*$")
_IN_A_YEAR = re.compile(r"^(?:(?:about|roughly|like|around)\s+)?(once|twice|(\w+)\s+times)\s+a\s+"
                        r"(month|year)(?:\s+or so)?\W*$")
_PER_YEAR = {"weeks": 52, "week": 52, "months": 12, "month": 12, "year": 1}


def over_the_year(question: Question, prepared: str) -> Parsed | None:
    """The times in a year a rate makes, when the question counts over a year."""
    if (question.unit or "") not in _COUNTED or not _A_YEAR.search(prepare(question.text or "")):
        return None
    said = " ".join(prepared.split()).strip(" .!")
    if said in _A_MONTH:
        return guess(12)
    every = _EVERY.match(said)
    if every:
        gap = number(every.group(1))
        if not gap:
            return None
        times = Fraction(_PER_YEAR[every.group(2)], gap)
    else:
        rate = _IN_A_YEAR.match(said)
        if rate is None:
            return None
        each = {"once": 1, "twice": 2}.get(rate.group(1)) or number(rate.group(2) or "")
        if not each:
            return None
        times = Fraction(each * _PER_YEAR[rate.group(3)])
    return guess(int(times)) if times.denominator == 1 else None
