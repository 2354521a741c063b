"""Lengths of time and how long ago, in days: "about 20 mins", "over an hour", "8 months
ago", "a year and a half", "last week", "yesterday", "straight away".

Labels read the same way ("Under 5 minutes", "5 to 15 minutes", "In the last 6
months", "1 to 2 years ago", "More than 2 years ago"), so a reply answers the option
whose span holds it (spans.py). "about", "like" and "ish" widen a reply a little
either side; "over" and "under" open it at one end.
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence, Set, Tuple

from bot.understanding.amounts import DAY_PHRASES, Token, amounts, number_tokens
from bot.understanding.spans import INFINITY, Reading, Span, around, point
from bot.understanding.text import find_phrases, phrase_table
from bot.understanding.words import EDGE_FILLERS, NEGATORS

DAYS = {"minutes": 1 / 1440, "hours": 1 / 24, "days": 1.0, "weeks": 7.0, "months": 365 / 12,
        "years": 365.0}
_UNITS = {"minute": "minutes", "minutes": "minutes", "mins": "minutes", "min": "minutes",
          "hour": "hours", "hours": "hours", "hrs": "hours", "hr": "hours", "day": "days",
          "days": "days", "week": "weeks", "weeks": "weeks", "wks": "weeks", "wk": "weeks",
          "month": "months", "months": "months", "year": "years", "years": "years",
          "yrs": "years", "fortnight": "fortnights"}


def unit_word(token: str) -> Optional[str]:
    """The length of time a word names ("mins": minutes), if it names one."""
    return _UNITS.get(token)


_MORE = frozenset(("over", "more", "longer", "above", "after", "past", "plus"))
_LESS = frozenset(("under", "less", "within", "below", "upto", "inside", "shorter"))
_NEARLY = frozenset(("nearly", "almost"))
_ABOUT = frozenset(("about", "around", "roughly", "approx", "approximately", "like", "ish",
                    "maybe", "probably", "prob", "probs", "guess", "think", "abt", "bout"))
_LAST = frozenset(("last", "past"))  # "in the last 6 months": from now back to then
RELATIVE = phrase_table({
    Span(0, 7): "in the last week|the last week|in the past week|the past week|within the last week|"
                "within a week|this week|earlier this week|the other day|the same week|same week|"
                "that week|that same week|within the week",
    Span(0, 365 / 12): "in the last month|the last month|in the past month|the past month|"
                       "within the last month|within a month|this month|earlier this month",
    Span(0, 365): "in the last year|the last year|in the past year|the past year|"
                  "within the last year|within a year|this year|earlier this year",
    Span(7, 14, high_open=True): "last week|the other week",
    Span(14, 62): "last month",
    Span(180, 730): "last year",
    point(1): "yesterday|last night|yesterday morning|yesterday afternoon",
    point(0): "today|this morning|this afternoon|earlier today|just now",
    Span(730, INFINITY, low_open=True): "years ago|years back|years and years|yonks ago|"
                                        "when i was little|when i was a kid|when i was younger|"
                                        "when i was small|in primary school|at primary school|"
                                        # the pandemic began in 2020: years before any reply
                                        "before covid|before lockdown|before the pandemic|"
                                        "pre covid|pre lockdown|during covid|during lockdown|"
                                        "in lockdown|in the pandemic|during the pandemic|"
                                        "when i was at school|when i was in school|"
                                        "when i was at primary|when i was in primary|"
                                        "since primary school|since primary|since i was little|"
                                        "since i was a kid|since covid|since lockdown|since the pandemic",
})
_ROUGH_RELATIVE = frozenset({Span(730, INFINITY, low_open=True)})
_CALM = EDGE_FILLERS | _ABOUT | _LAST | frozenset(
    "ago back before in the a an of or so than just only it was at for on wait waited waiting "
    "took they me seen saw had got get least and then time since".split())
# "10+ mins" is over 10 minutes; a number from its first digit (not again from each digit of
# a run, which cost n² steps for n digits).
_OVER = re.compile(r"(?<![0-9])([0-9]+)\s*\+")
_VAGUE = {"few": (2, 4), "several": (3, 7), "couple": (2, 3)}


def _amount(tokens: Sequence[Token]) -> Optional[Tuple[Span, Set[int]]]:
    """The one amount with a unit ("20 mins", "a year and a half", "3 to 4 weeks")."""
    joined = _two_ends(tokens)
    if joined is not None:  # "6 weeks to 3 months"
        return joined, set(range(len(tokens)))
    found = amounts(list(tokens))
    used = {i for i, t in enumerate(tokens) if isinstance(t, str) and t in _UNITS}
    if isinstance(found, list) and found and not any(rough for _, _, rough in found):
        total = sum(float(value) * DAYS[unit] for value, unit, _ in found if unit in DAYS)
        if len(found) != sum(unit in DAYS for _, unit, _ in found):
            return None
        used |= {i for i, t in enumerate(tokens) if not isinstance(t, str) or t in
                 ("a", "an", "half", "and", "couple", "of", "dozen")}
        return point(total), used
    return _between(tokens, used)


def _two_ends(tokens: Sequence[Token]) -> Optional[Span]:
    """ "6 weeks to 3 months", "1 week - 1 month": two amounts joined as a range, not a sum."""
    joins = [i for i, t in enumerate(tokens) if t in ("to", "till", "until")]
    if len(joins) != 1:
        return None
    ends = []
    for part in (tokens[:joins[0]], tokens[joins[0] + 1:]):
        found = amounts(list(part))
        if not isinstance(found, list) or len(found) != 1 or found[0][1] not in DAYS:
            return None
        ends.append(float(found[0][0]) * DAYS[found[0][1]])
    return Span(ends[0], ends[1]) if ends[0] < ends[1] else None


def _between(tokens: Sequence[Token], used: Set[int]) -> Optional[Tuple[Span, Set[int]]]:
    """ "3 to 4 weeks", "2 or 3 months", "a few weeks": a range before one unit."""
    units = [(i, _UNITS[t]) for i, t in enumerate(tokens) if isinstance(t, str) and t in _UNITS]
    if len(units) != 1 or units[0][1] not in DAYS:
        return None
    where, unit = units[0]
    before = list(tokens[max(0, where - 4):where])
    numbers = [t for t in before if not isinstance(t, str)]
    words = [t for t in before if isinstance(t, str)]
    if len(numbers) == 2 and (not words or any(w in ("to", "or", "and", "/") for w in words)):
        low, high = sorted(float(n) for n in numbers)
        span = Span(low * DAYS[unit], high * DAYS[unit])
    elif not numbers and any(w in _VAGUE for w in words):
        low, high = _VAGUE[next(w for w in words if w in _VAGUE)]
        span = Span(low * DAYS[unit], high * DAYS[unit])
    else:
        return None
    return span, used | set(range(max(0, where - 4), where + 1))


def _qualified(tokens: Sequence[Token], span: Span, first: int) -> Span:
    """ "over an hour", "under 5 minutes", "nearly a year", "about 20 mins"."""
    before = [t for t in tokens[max(0, first - 3):first] if isinstance(t, str)]
    after = [t for t in tokens if isinstance(t, str)]
    if any(w in _LESS for w in before):
        return Span(0, span.high, high_open=True)
    if any(w in _MORE for w in before) or "plus" in after or "+" in after:
        return Span(span.high, INFINITY, low_open=True)
    if any(w in _NEARLY for w in before):
        return Span(span.low * 0.8, span.high, high_open=True)
    if any(w in _LAST for w in before):  # "in the last 6 months"
        return Span(0, span.high)
    if span.low == span.high and (any(w in _ABOUT for w in after) or "ish" in after):
        return around(span.low)
    if span.low == span.high and _AND_A_BIT.search(" ".join(after)):
        return Span(span.low, span.low * 1.25, low_open=True)  # "a year and a bit": just over
    return span


# "half a day", "half the day": a long stretch of it, said loosely.
_HALF_A_DAY = re.compile(r"\bhalf (?:a|the) day\b")
_AND_A_BIT = re.compile(r"\b(?:and|n) a (?:bit|little bit|little)\b")


# "not since before covid", "havent been since primary school": the last time was then.
_NOT_SINCE = re.compile(r"\b(?:not|never|havent|haven't|not been|havent been|haven't been)"
                        r"\s+(?:been\s+|gone\s+|had\s+one\s+)?since\b")


# "two n a half months", "year and a half ago": a half said after the number or unit.
_NUMBER_WORD = ("one two three four five six seven eight nine ten eleven twelve".split())
_AND_A_HALF = re.compile(r"\b([0-9]{1,3}|" + "|".join(_NUMBER_WORD) + r")\s+(?:and|n|&)\s+a\s+half\s+"
                         r"(minutes?|mins|hours?|hrs|days?|weeks?|months?|years?)\b")
_UNIT_AND_A_HALF = re.compile(r"(?:^|(?<=\s))(?:an?\s+)?(hour|day|week|month|year)\s+(?:and|n|&)\s+a\s+"
                              r"half\b")


def _halves(text: str) -> str:
    def spelt(found: re.Match) -> str:
        number = found.group(1)
        value = int(number) if number.isdigit() else _NUMBER_WORD.index(number) + 1
        return f"{value}.5 {found.group(2)}"
    text = _AND_A_HALF.sub(spelt, text)
    return _UNIT_AND_A_HALF.sub(lambda found: f"1.5 {found.group(1)}s", text)


def read_period(text: str) -> Optional[Reading]:
    """A reply or label as a span of days (a length of time, or how long ago)."""
    text = _halves(text)
    tokens = number_tokens(_OVER.sub(r"over \1", _NOT_SINCE.sub("since", text)))
    plain = [t for t in tokens if isinstance(t, str)]
    relative = find_phrases(plain, RELATIVE) if len(plain) == len(tokens) else []
    said = find_phrases(plain, DAY_PHRASES)
    read: Optional[Tuple[Span, Set[int]]] = _amount(tokens)
    sure = True
    if read is not None:
        first = min(read[1]) if read[1] else 0
        read = (_qualified(tokens, read[0], first), read[1])
        if _HALF_A_DAY.search(text) and read[0].low == read[0].high:
            read = (around(read[0].low), read[1])  # a figure of speech, not 12 hours exactly
    elif len(relative) == 1:
        start, end, span = relative[0]
        read, sure = (span, set(range(start, end))), span not in _ROUGH_RELATIVE
    elif len({days for _, _, days in said}) == 1 and len(plain) == len(tokens):
        start, end, days = said[0]
        read = (point(float(days)), set(range(start, end)))
    if read is None or any(i not in read[1] and t in NEGATORS for i, t in enumerate(tokens)):
        return None  # "not even 5 minutes", "it wasnt 20 mins", "not in the last month"
    loose = _loose(tokens, read[1])
    if len(loose) > 3:
        return None
    return Reading(read[0], sure=sure and len(loose) <= 1)


def _loose(tokens: Sequence[Token], used: Set[int]) -> List[str]:
    return [t for i, t in enumerate(tokens)
            if i not in used and isinstance(t, str) and t not in _CALM and t not in _UNITS]
