"""Durations and counts in everyday words, for number questions asked in a unit.

"a week" is 7 when the question counts days and 1 when it counts weeks; "a
fortnight" is 14 days or 2 weeks; "same day" is 0 days, "the next morning" 1.
A duration never answers a count ("2 weeks" is not a number of times), and a
conversion that is only roughly right ("a month" in days) is offered as a guess.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Dict, List, Sequence, Tuple, Union

from bot.scripts.questions import COUNT_UNITS, DURATION_UNITS
from bot.understanding.text import canon
from bot.understanding.words import NUMBER_WORD_PARTS, NUMBER_WORDS

Token = Union[str, Fraction]

# Minutes in each duration; months and years are not a whole number of days or weeks.
_MINUTES = {"minutes": 1, "hours": 60, "days": 1440, "weeks": 10080, "months": 43200,
            "years": 525600}
_ROUGH = frozenset({"months", "years"})
_UNIT_WORDS: Dict[str, Tuple[str, int]] = {}
for _unit, _spellings in {
    "minutes": "minute minutes mins min",
    "hours": "hour hours hr hrs",
    "days": "day days dy",
    "weeks": "week weeks wk wks wek weks",
    "months": "month months mth mths",
    "years": "year years yr yrs",
    "times": "time times occasions occasion goes x",
    "visits": "visit visits trips trip",
    "appointments": "appointment appointments appt appts",
    "people": "people persons",
}.items():
    _UNIT_WORDS.update({word: (_unit, 1) for word in _spellings.split()})
_UNIT_WORDS.update({"fortnight": ("weeks", 2), "fortnights": ("weeks", 4)})


def unit_words(*units: str) -> frozenset[str]:
    """The words that write these units: "wks" and "fortnight" for weeks, "x" for times."""
    return frozenset(word for word, (unit, _) in _UNIT_WORDS.items() if unit in units)


UNIT_VOCABULARY = frozenset(_UNIT_WORDS) | frozenset(
    "same next following day after morning couple few half quarter quarters dozen once twice"
    .split())

# Whole replies (after fillers) that are a duration in days.
_DAY_PHRASES = {
    0: "same day|the same day|on the same day|on the day|that day|that same day|same day|"
       "today|straight away|straightaway|right away|immediately|instantly|there and then|"
       "then and there|no wait|didnt wait|did not wait|no time|no time at all|"
       "same day appointment|same day actually",
    1: "next day|the next day|next morning|the next morning|the morning after|next afternoon|"
       "the next afternoon|next evening|the next evening|following day|the following day|"
       "following morning|the following morning|the day after|day after|tomorrow|overnight|"
       "the day after that|a day later|one day later",
}
DAY_PHRASES: Dict[Tuple[str, ...], int] = {
    tuple(phrase.split()): days for days, phrases in _DAY_PHRASES.items()
    for phrase in phrases.split("|")
}
_QUANTITY_WORDS = {"a": 1, "an": 1, "one": 1, "couple": 2, "dozen": 12}
_VAGUE = frozenset("few several some many loads lots couple of".split())
_HEDGES = frozenset("about around roughly approx approximately like maybe ish or so "
                    "probably i think guess".split())
_UNIT_IN_QUESTION = re.compile(
    r"\bhow many (minutes|hours|days|weeks|months|years|times|visits|appointments|people)\b"
    r"|\bin (minutes|hours|days|weeks|months|years)\b", re.IGNORECASE)

NotRead = str  # a reason from bot.understanding.result

# A minus sign only counts at the start of a number ("-3"), not in "4-5".
_NUMBER = re.compile(
    r"(?<![0-9a-z.])-?(?:[0-9]+(?:\.[0-9]+)?|\.[0-9]+)|[0-9]+(?:\.[0-9]+)?|\.[0-9]+|/|[^\W\d_]+"
)
_THOUSANDS = re.compile(r"(?<=[0-9]),(?=[0-9]{3}(?![0-9]))")
KNOWN_WORDS = NUMBER_WORD_PARTS | UNIT_VOCABULARY | frozenset(
    "none never nothing not once any no times".split())
MINUS = frozenset({"minus", "negative"})


def number_words_at(tokens: Sequence[Token], start: int) -> Tuple[int, int] | None:
    """The run of number words at `start`, longest first, as (end, value): "twenty one"."""
    for size in range(min(6, len(tokens) - start), 0, -1):
        run = tokens[start:start + size]
        if all(isinstance(t, str) for t in run) and tuple(map(str, run)) in NUMBER_WORDS:
            return start + size, NUMBER_WORDS[tuple(map(str, run))]
    return None


def merge_number_words(tokens: Sequence[Token]) -> List[Token]:
    """Turn runs of number words into numbers ("twenty one" -> 21), longest first."""
    merged: List[Token] = []
    index = 0
    while index < len(tokens):
        run = number_words_at(tokens, index)
        if run is None:
            merged.append(tokens[index])
            index += 1
        else:
            index = run[0]
            merged.append(Fraction(run[1]))
    return merged


def number_tokens(prepared: str) -> List[Token]:
    """Words and numbers of a reply; spelled numbers merged ("twenty one" -> 21)."""
    text = _THOUSANDS.sub("", prepared.replace("'", ""))
    found_all = _NUMBER.findall(text)
    spelled = canon([t for t in found_all if not t[-1].isdigit()], KNOWN_WORDS)  # "threee"
    spellings = iter(spelled)
    raw: List[Token] = [
        Fraction(found) if found[-1].isdigit() else next(spellings) for found in found_all
    ]
    tokens = merge_number_words(raw)
    for index in range(1, len(tokens)):  # "minus 3"
        current, before = tokens[index], tokens[index - 1]
        if isinstance(current, Fraction) and isinstance(before, str) and before in MINUS:
            tokens[index] = -current
    return tokens




def unit_of(question_unit: str, question_text: str) -> str:
    """The question's unit: as the script says, else as its wording says ("How many days…")."""
    if question_unit:
        return question_unit
    found = _UNIT_IN_QUESTION.search(question_text or "")
    return next((group.lower() for group in found.groups() if group), "") if found else ""


def _quantity(tokens: Sequence[Token], end: int) -> Tuple[Fraction | None, int, bool]:
    """The amount written before a unit word at `end`: (value, start, is_rough)."""
    start = end - 1
    if start >= 0 and tokens[start] == "of":  # "a couple of weeks"
        start -= 1
    if start < 0:
        return None, end, False
    before = tokens[start]
    if isinstance(before, Fraction):
        if start >= 2 and tokens[start - 1] == "and" and isinstance(tokens[start - 2], Fraction):
            return None, start, False  # "2 and 3 weeks"
        return before, start, False
    if before in ("a", "an") and start >= 1 and tokens[start - 1] == "half":
        return Fraction(1, 2), start - 1, False
    if before == "half" and tokens[end] in ("hour", "hr") and (start == 0 or tokens[start - 1] in (
            "a", "like", "about", "around", "only", "just")):  # "half hour", "a half hour"
        return Fraction(1, 2), start - (1 if start >= 1 and tokens[start - 1] == "a" else 0), False
    if before in ("a", "an") and start >= 2 and tokens[start - 1] == "of" and tokens[
            start - 2] in ("quarter", "quarters"):  # "quarter of an hour", "three quarters of…"
        first = start - 2
        if first >= 1 and tokens[first - 1] == Fraction(3):
            return Fraction(3, 4), first - 1, False
        return Fraction(1, 4), first - (1 if first >= 1 and tokens[first - 1] == "a" else 0), False
    if before in _QUANTITY_WORDS:
        value = Fraction(_QUANTITY_WORDS[str(before)])
        if before in ("couple", "dozen") and start >= 1 and tokens[start - 1] in ("a", "half"):
            start -= 1
            value = value / 2 if tokens[start] == "half" else value
        return value, start, False
    return None, end, False


def _and_a_half(tokens: Sequence[Token], after: int) -> Tuple[Fraction, int]:
    if [str(t) for t in tokens[after:after + 3]] == ["and", "a", "half"]:
        return Fraction(1, 2), after + 3
    return Fraction(0), after


def amounts(tokens: Sequence[Token]) -> Union[List[Tuple[Fraction, str, bool]], NotRead, None]:
    """(value, unit, rough) for each amount with a unit; None if there is no unit word."""
    found: List[Tuple[Fraction, str, bool]] = []
    used: set[int] = set()
    for index, token in enumerate(tokens):
        if not isinstance(token, str) or token not in _UNIT_WORDS:
            continue
        unit, multiple = _UNIT_WORDS[token]
        value, start, rough = _quantity(tokens, index)
        half, stop = _and_a_half(tokens, index + 1)
        if value is None:
            if index > 0 and tokens[index - 1] in _VAGUE:
                return "unrecognised"
            continue  # "weeks" with no amount: a word in a sentence
        found.append(((value + half) * multiple, unit, rough))
        used.update(range(start, stop))
    if not found:
        return None
    loose = [t for i, t in enumerate(tokens) if i not in used]
    if any(isinstance(t, Fraction) for t in loose):
        return "ambiguous"  # "2 weeks, maybe 3"
    if len(found) > 1 and any(t in ("or", "to", "till", "until") for t in loose):
        return "ambiguous"  # "a week or two weeks", "6 weeks to 3 months"
    return found


def convert(found: Sequence[Tuple[Fraction, str, bool]], unit: str
            ) -> Union[Tuple[Fraction, bool], NotRead]:
    """The total in the question's unit, and whether it is only roughly right."""
    units = {u for _, u, _ in found}
    if unit in COUNT_UNITS or unit not in DURATION_UNITS:  # no unit, or one scripts refuse
        if units - set(COUNT_UNITS) or len(found) > 1:
            return "unrecognised"  # a duration is not a count; "2 times 3 visits" is nothing
        return found[0][0], found[0][2]
    if units - set(DURATION_UNITS):
        return "unrecognised"  # "3 times" does not answer "how many days"
    if units <= _ROUGH and unit in _ROUGH:  # "a year and a half" is 18 months exactly
        months = sum((value * (12 if u == "years" else 1) for value, u, _ in found), Fraction(0))
        return (months if unit == "months" else months / 12), any(r for _, _, r in found)
    total = sum((value * _MINUTES[u] for value, u, _ in found), Fraction(0))
    rough = any(r for _, _, r in found) or (
        bool(units & _ROUGH) and unit not in _ROUGH) or (unit in _ROUGH and bool(units - _ROUGH))
    return total / _MINUTES[unit], rough
