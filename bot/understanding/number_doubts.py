"""Second thoughts on a number read from a reply: when a careful interviewer would check
it ("Did you mean 2?") or ask again, although a number was found.

- a hedge around a vague amount: "a couple maybe", "a few i think" (a hedged exact number,
  "5 times maybe", is an answer);
- a count still running: "still waiting, 6 days so far" (the answer is not in yet);
- another unit: "8km" to a question in miles (offered, converted);
- more than the question allows: "20" days "in the last two weeks", an age of "200";
- none yet: "my first one is next week" (offered as 0).

Pure: the number parser reads, this only doubts.
"""

from __future__ import annotations

import re

from bot.scripts.questions import Question
from bot.understanding.result import ANSWERED, OUT_OF_RANGE, Parsed, guess, invalid
from bot.understanding.text import prepare, words
from bot.understanding.words import NUMBER_WORDS

_VAGUE = re.compile(r"\b(?:a couple|couple|a few|few|several|a handful|handful|a bunch)\b")
_HEDGE = re.compile(r"\b(?:maybe|probably|probs|prob|i think|i reckon|i guess|not sure|"
                    r"i dunno|dunno|or something|if that)\b")
_RUNNING = re.compile(r"\b(?:still waiting|still on the list|so far|and counting|ongoing)\b")
_FIRST_TO_COME = re.compile(r"\b(?:first|1st)\b(?:\s+\w+)?\s+(?:is|will be|s|isnt till|"
                            r"isnt until)\s+(?:tomorrow|next|on|this|coming|soon|later|in)\b"
                            r"|\b(?:not been|havent been|havent gone|not gone)\s+(?:to\s+)?"
                            r"(?:one|any)\s+yet\b")
_MILES_PER_KM = 0.621371
_KM = re.compile(r"\d\s*(?:km|kms|kilometres|kilometers|k)\b")
_MILES = re.compile(r"\d\s*(?:miles?|mi)\b")
# "In the last two weeks, on how many days…": the window bounds the count.
_WINDOW = re.compile(r"\b(?:in|over|during) the (?:last|past) (?:(\w+) )?(day|week|fortnight|"
                     r"month)s?\b")
_DAYS_IN = {"day": 1, "week": 7, "fortnight": 14, "month": 31}
_AGE = re.compile(r"\bhow old\b")
_OLDEST = 120


def doubted_number(question: Question, prepared: str, parsed: Parsed) -> Parsed:
    """The reading, or an offer or a re-ask where the number is in doubt."""
    if parsed.status != ANSWERED or isinstance(parsed.value, bool) or not isinstance(
            parsed.value, (int, float)):
        return _none_yet(question, prepared, parsed)
    value = float(parsed.value)
    asked = prepare(question.text or "")
    if _over_the_window(asked, question.unit, value) or (_AGE.search(asked) and value > _OLDEST):
        return invalid(OUT_OF_RANGE)
    converted = _in_miles(question, prepared, value)
    if converted is not None:
        return guess(converted)
    if _FIRST_TO_COME.search(prepared):
        return guess(0)
    if (_HEDGE.search(prepared) and _VAGUE.search(prepared)) or _RUNNING.search(prepared):
        return guess(parsed.value)
    return parsed


def _none_yet(question: Question, prepared: str, parsed: Parsed) -> Parsed:
    return guess(0) if _FIRST_TO_COME.search(prepared) else parsed


def _window_days(asked: str) -> int | None:
    found = _WINDOW.search(asked)
    if found is None:
        return None
    size = found.group(1) or "1"  # "in the last week"
    count = int(size) if size.isdigit() else NUMBER_WORDS.get((size,))
    return None if count is None else count * _DAYS_IN[found.group(2)]


def _over_the_window(asked: str, unit: str, value: float) -> bool:
    """ "20" to "In the last two weeks, on how many days…?" cannot be."""
    days = _window_days(asked)
    counts_days = (unit or "").startswith("day") or "how many days" in asked
    return days is not None and counts_days and value > days


def _in_miles(question: Question, prepared: str, value: float) -> int | None:
    """ "5km" to a question in miles: about 3 miles, offered."""
    in_miles = "mile" in (question.unit or "") or "miles" in words(prepare(question.text or ""))
    if in_miles and _KM.search(prepared) and not _MILES.search(prepared):
        return round(value * _MILES_PER_KM)
    return None
