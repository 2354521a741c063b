"""Second thoughts on a number read from a reply: when a careful interviewer would check
it ("Did you mean 2?") or ask again, although a number was found.

- a hedge around a vague amount: "a couple maybe", "a few i think" (a hedged exact number,
  "5 times maybe", is an answer);
- a count still running: "still waiting, 6 days so far" (the answer is not in yet);
- another unit: "8km" to a question in miles (offered, converted);
- more than the question allows: "20" days "in the last two weeks", an age of "200";
- none yet: "my first one is next week" (offered as 0).

And a second reading where the number parser found nothing: "20min", "5 min drive", "just
over 4", "none i hate them", "i never miss them", "wance" (all but the first two offered).

Pure: the number parser reads, this only doubts and reads again.
"""

from __future__ import annotations

import re
from typing import Callable

from bot.scripts.questions import Question
from bot.understanding.related import stem
from bot.understanding.result import (
    ANSWERED,
    CONFIRM,
    INVALID,
    OUT_OF_RANGE,
    UNRECOGNISED,
    Parsed,
    guess,
    invalid,
)
from bot.understanding.text import prepare, words
from bot.understanding.words import NUMBER_WORDS

_VAGUE = re.compile(r"\b(?:a couple|couple|a few|few|several|a handful|handful|a bunch)\b")
_HEDGE = re.compile(r"\b(?:maybe|probably|probs|prob|i think|i reckon|i guess|not sure|"
                    r"i dunno|dunno|or something|if that)\b")
# "a couple" and nothing it counts: most mean two, some only "not many"; offered.
_BARE_VAGUE = re.compile(r"^\W*(?:just\s+)?(?:a\s+)?couple(?:\s+(?:lol|tbh|ish))?\W*$")
_ROUND_THE_CLOCK = re.compile(r"\b24\s*/\s*7\b|\b24 7\b|\bround the clock\b")
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


# Read again when the first reading failed: "20min" (a unit stuck on), "5 min drive" (a
# unit, then a word about it), "just over 4" / "nearly 6" (close to it), "none i hate them"
# (none, then why), "i never miss them" (never doing what the question counts).
_GLUED = re.compile(r"^\s*(\d+(?:\.\d+)?)(min|mins|minute|minutes|hr|hrs|hour|hours|day|days|"
                    r"wk|wks|week|weeks|month|months)\b")
_SPELT = {"min": "minutes", "mins": "minutes", "hr": "hours", "hrs": "hours", "wk": "weeks",
          "wks": "weeks", "yr": "years", "yrs": "years"}
_SHORT_UNIT = re.compile(r"\b(\d+(?:\.\d+)?) (min|mins|hr|hrs|wk|wks|yr|yrs)\b")
_UNIT_THEN = re.compile(r"^\s*(\S+\s+(?:min|mins|minute|minutes|hr|hrs|hour|hours|day|days|week|"
                        r"weeks|month|months|times?))\s+[a-z]+\W*$")
# "over 12", "10 or more", "5, at least": open-ended, asked again.
_BOUND = re.compile(r"^\s*(?:just over|just under|a bit over|a bit under|a little over|nearly|"
                    r"almost)\s+(\S+)\s*$")
# "didnt go once", "never went even once": not a single time.
_NOT_ONCE = re.compile(r"^\W*(?:i\s+)?(?:didnt|did not|never|havent|have not|not)\s+(?:\w+\s+){1,2}?"
                       r"(?:once|even once|a single time|one time)\W*$")
_NONE_FIRST = re.compile(r"^\s*(?:none|zero|nothing|nada|nil)\b\s+(?:i|cos|because|as|they|theyre|"
                         r"dont|never|not)\b")


def second_reading(question: Question, prepared: str, parsed: Parsed,
                   reread: Callable[[str], Parsed]) -> Parsed:
    """Another way to read a reply the number parser could not: offered, except a unit stuck
    to its number ("20min"), which says no more than "20 min"."""
    if parsed.status != INVALID or parsed.reason != UNRECOGNISED:
        return parsed
    glued = _GLUED.match(prepared)
    if glued:
        prepared = f"{glued.group(1)} {glued.group(2)}{prepared[glued.end():]}"
    prepared = _SHORT_UNIT.sub(lambda m: f"{m.group(1)} {_SPELT[m.group(2)]}", prepared)
    again = reread(prepared)
    if again.status in (ANSWERED, CONFIRM):
        return again  # "20min" says no more than "20 minutes"
    for pattern in (_UNIT_THEN, _BOUND):
        found = pattern.match(prepared)
        if found:
            again = reread(next(g for g in found.groups() if g))
            if again.status in (ANSWERED, CONFIRM):
                return guess(again.value)
    if _NONE_FIRST.match(prepared) or _NOT_ONCE.match(prepared) or _never_doing(question,
                                                                               prepared):
        return guess(0) if question.minimum is None or question.minimum <= 0 else parsed
    return parsed


_COUNTED = re.compile(r"\bhow many(?: \w+){0,3}? (?:did|do|have|had) you (?:ever )?(\w+)")


def _never_doing(question: Question, prepared: str) -> bool:
    """ "i never miss them" to "How many appointments did you miss…?": never doing the very
    thing counted (not "never got through" to "How many times did you ring…?")."""
    counted = _COUNTED.search(prepare(question.text or ""))
    said = words(prepared)
    if counted is None or "never" not in said[:3] or (
            question.minimum is not None and question.minimum > 0):
        return False
    after = said[said.index("never") + 1:said.index("never") + 2]
    return bool(after) and stem(after[0]) == stem(counted.group(1))


def doubted_number(question: Question, prepared: str, parsed: Parsed) -> Parsed:
    """The reading, or an offer or a re-ask where the number is in doubt."""
    if parsed.status != ANSWERED or isinstance(parsed.value, bool) or not isinstance(
            parsed.value, (int, float)):
        return _none_yet(question, prepared, parsed)
    value = float(parsed.value)
    if _ROUND_THE_CLOCK.search(prepared):
        return invalid(UNRECOGNISED)  # "24/7" says all the time, not 24 of anything
    if _premise_denied(question, prepared, value):
        return invalid(UNRECOGNISED)  # "never been" to "…hours on your last visit?"
    asked = prepare(question.text or "")
    if _over_the_window(asked, question.unit, value) or (_AGE.search(asked) and value > _OLDEST):
        return invalid(OUT_OF_RANGE)
    converted = _in_miles(question, prepared, value)
    if converted is not None:
        return guess(converted)
    if _FIRST_TO_COME.search(prepared):
        return guess(0)
    if ((_HEDGE.search(prepared) or _BARE_VAGUE.match(prepared)) and _VAGUE.search(prepared)
            or _RUNNING.search(prepared)):
        return guess(parsed.value)
    return parsed


# "About how many hours did you wait on your last visit?" takes a visit for granted; "havent
# been" says there was none, which is no number of hours (a count of visits it would be 0).
_ONE_EVENT = re.compile(r"\b(?:last|most recent|latest|previous) (?:visit|time|appointment|stay|"
                        r"one|trip)\b")
_NONE_HAPPENED = re.compile(r"\b(?:never|havent|have not|not|aint|didnt|did not)\s+(?:ever\s+)?"
                            r"(?:been|gone|went|go|had one|needed)\b")
_COUNTING = ("times", "visits", "appointments", "people")


def _premise_denied(question: Question, prepared: str, value: float) -> bool:
    return (value == 0 and (question.unit or "") not in _COUNTING
            and bool(_ONE_EVENT.search(prepare(question.text or "")))
            and bool(_NONE_HAPPENED.search(" ".join(words(prepared))))
            and not re.search(r"\d|\bzero\b", prepared))


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
