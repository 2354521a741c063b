"""Times of day, in minutes after midnight: "6pm", "half 12", "10ish", "teatime onwards".

Labels need a clock time ("Before 9am", "12pm to 5pm", "After 5pm"); replies may
give one ("about 4pm", "like 8"), or a part of the day ("lunchtime", "after
school", "early morning"). An hour without am or pm is read the likely way (7 to 11
in the morning, 12 to 6 in the afternoon) and only offered as a guess, unless the
words around it say which ("first thing, like 8").
"""

from __future__ import annotations

import re
from typing import List, Optional, Sequence, Tuple

from bot.understanding.spans import Reading, Span, point
from bot.understanding.text import find_phrases, phrase_table, words
from bot.understanding.words import EDGE_FILLERS, NEGATORS

# The day runs from 6am to 6am, so "after midnight" and "1am" come after "11pm".
DAY_START, MIDNIGHT, DAY_END = 6 * 60, 24 * 60, 30 * 60
_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})")
_TOKEN = re.compile(r"^(\d{1,2})(?:h(\d{2}))?(am|pm|ish|oclock)?$")
_WORD_TIMES = {"noon": 720, "midday": 720, "midnight": MIDNIGHT}
_HEDGE = 15  # "about 4", "10ish": a quarter of an hour either side

# Parts of the day, as (start, end) in minutes; both ends left out, so "teatime"
# (5 to 6.30pm) sits inside "After 5pm" but not inside "12pm to 5pm".
PARTS = phrase_table({
    (360, 540): "early morning|first thing|first thing in the morning|early|early doors|"
                "before school|before college|before work|before uni|crack of dawn",
    (300, 720): "morning|mornings|in the morning|in the mornings|am",
    (600, 720): "late morning|late mornings|mid morning|later in the morning",
    (720, 840): "lunch|lunchtime|lunchtimes|lunch time|dinnertime|dinner time|at lunch|"
                "over lunch|lunch break|my lunch break|dinner break",
    (720, 1020): "afternoon|afternoons|in the afternoon|in the afternoons|pm",
    (720, 900): "early afternoon|early afternoons",
    (900, 1050): "late afternoon|late afternoons",
    (930, 1050): "after school|after college|after class|after lessons|after uni",
    (1020, 1110): "teatime|tea time|teatimes",
    (1080, 1320): "evening|evenings|in the evening|in the evenings|after work|after dinner|"
                  "after tea|tonight",
    (1020, 1140): "early evening|early evenings",
    (1200, DAY_END): "night|nights|at night|night time|overnight",
    (1290, DAY_END): "late evening|late evenings|late|late at night|late night|late nights|"
                     "when i cant sleep",
    (MIDNIGHT, 1680): "middle of the night|in the middle of the night|early hours|"
                      "the early hours|small hours",
})
# Beside another part of the day these only set the scene: "evenings after college".
_SCENE = frozenset({(930, 1050), (360, 540)})
_LATER = frozenset(("onwards", "onward", "later"))
_AFTER = frozenset(("after", "from", "past"))
_BEFORE = frozenset(("before", "by", "until", "till", "til", "until"))
_JOINS = frozenset(("to", "and", "till", "til", "until"))
_CALM = EDGE_FILLERS | frozenset(
    "at about around roughly approx ish or so any on a the best suit suits works work good for "
    "me be would could can please pls is fine ok after before from to and onwards later "
    "time times oclock sometime something like that".split())
# Words that mean "no time in particular": not an answer to "when".
_ANY = frozenset(tuple(p.split()) for p in (
    "any time|anytime|whenever|all day|any|dont mind|i dont mind|flexible|dont care").split("|"))


# "quarter past eleven", "20 to 12", "half past 10": minutes either side of an hour.
_HOUR_WORDS = {word: str(n) for n, word in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve".split())}
_MINUTE_WORDS = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20,
                 "twenty five": 25, "5": 5, "10": 10, "20": 20, "25": 25}
_PAST_OR_TO = re.compile(r"\b(quarter|half|twenty five|twenty|ten|five|25|20|10|5)\s+(past|to)\s+"
                         r"(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"[0-9]{1,2})\b")


def _past_or_to(found: re.Match[str]) -> str:
    hour = int(_HOUR_WORDS.get(found.group(3), found.group(3)))
    if not 1 <= hour <= 12 or (found.group(2) == "to" and found.group(1) == "half"):
        return found.group(0)
    minutes = hour * 60 + (_MINUTE_WORDS[found.group(1)] * (1 if found.group(2) == "past" else -1))
    if found.group(2) == "to" and found.group(1).isdigit() and int(found.group(1)) < hour:
        return found.group(0)  # "10 to 11" may be a range of hours
    hour, minutes = divmod(minutes, 60)
    return f"{hour or 12}h{minutes:02d}"


# "2 in the morning", "8 in the evening": the part of the day says am or pm.
_IN_THE = re.compile(r"\b(\d{1,2}(?:[:.]\d{2})?)\s+in\s+the\s+(?:(morn(?:ing|in|in'))|"
                     r"(?:afternoon|evening|evenin|evenin'))\b")


def _tokens(text: str) -> List[str]:
    text = text.replace("a.m.", "am").replace("p.m.", "pm").replace("o'clock", "oclock")
    text = _IN_THE.sub(lambda m: m.group(1) + ("am" if m.group(2) else "pm"), text)
    text = _PAST_OR_TO.sub(_past_or_to, text)
    return words(_CLOCK.sub(lambda m: f"{m.group(1)}h{m.group(2)}", text))


def _clock(token: str, following: str) -> Optional[Tuple[int, str]]:
    """(minutes into the 12 hours, "am" | "pm" | "" | "ish") of one clock token."""
    found = _TOKEN.match(token)
    if found is None:
        return None
    hour, minutes = int(found.group(1)), int(found.group(2) or 0)
    if found.group(2) and 13 <= hour <= 23 and minutes < 60 and not found.group(3):
        return (hour - 12) * 60 + minutes, "pm"  # "22:30" on the 24-hour clock
    if not 1 <= hour <= 12 or minutes >= 60:
        return None
    suffix = found.group(3) or (following if following in ("am", "pm", "oclock", "ish") else "")
    return (hour % 12) * 60 + minutes, "" if suffix == "oclock" else suffix


def _in_day(minutes: int) -> int:
    """Minutes after midnight on the clock, placed in a day that runs from 6am to 6am."""
    return minutes + MIDNIGHT if minutes < DAY_START else minutes


def _likely(minutes: int) -> int:
    """An hour without am or pm: 7 to 11 in the morning, 12 to 6 in the afternoon."""
    return minutes if 7 * 60 <= minutes < 12 * 60 else minutes + 12 * 60


def _times(tokens: Sequence[str]) -> List[Tuple[int, int, bool, bool]]:
    """(position, minutes, stated am/pm, hedged) of each clock time in the reply."""
    found = []
    for index, token in enumerate(tokens):
        if token in _WORD_TIMES:
            found.append((index, _WORD_TIMES[token], True, False))
            continue
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        read = _clock(token, following)
        if read is None:
            continue
        minutes, suffix = read
        before = tokens[index - 1] if index else ""
        if before == "half":  # "half 12" is 12.30 in Britain
            minutes += 30
        if suffix in ("am", "pm"):
            found.append((index, _in_day(minutes + (720 if suffix == "pm" else 0)), True, False))
        else:
            hedged = suffix == "ish" or before in ("about", "around", "like", "roughly")
            # "half 12" can only be lunchtime: 12 is never read as midnight
            found.append((index, _in_day(_likely(minutes)), minutes < 60, hedged))
    return found


_LABEL_EXTRAS = frozenset("weekday weekdays on in the a any time".split())


def label_time(text: str) -> Optional[Reading]:
    """An option label that is a time of day: with a clock time ("Before 9am", "12pm to
    5pm", "Noon") or a part of the day alone ("Mornings", "Weekday evenings", "Late at night")."""
    tokens = _tokens(text)
    if [time for time in _times(tokens) if time[2]]:
        return read_time(text)
    parts = find_phrases(tokens, PARTS)
    used = {i for start, end, _ in parts for i in range(start, end)}
    if len(parts) != 1 or any(i not in used and t not in _LABEL_EXTRAS for i, t in enumerate(tokens)):
        return None
    low, high = parts[0][2]
    return Reading(Span(low, high, False, high < DAY_END))  # "6pm" is in the evening


def _part(bounds: Tuple[int, int]) -> Span:
    """A part of the day in a reply, its ends left out ("teatime" is not "12pm to 5pm");
    one that runs to the end of the night keeps that end ("after 10pm" is "late at night")."""
    low, high = bounds
    return Span(low, high, True, high < DAY_END)


def read_time(text: str) -> Optional[Reading]:
    """A reply as a span of the day, or None when it names no time."""
    tokens = _tokens(text)
    if not tokens or tuple(t for t in tokens if t not in EDGE_FILLERS) in _ANY:
        return None
    if any(token in NEGATORS for token in tokens):
        return None  # "not mornings", "not before 10": not a time to read as one
    times = _times(tokens)
    parts = [(start, end, value) for start, end, value in find_phrases(tokens, PARTS)]
    if len(parts) > 1:
        parts = [part for part in parts if part[2] not in _SCENE] or parts
    used = {i for i, _, _, _ in times} | {i for s, e, _ in parts for i in range(s, e)}
    loose = [t for i, t in enumerate(tokens) if i not in used and t not in _CALM]
    if len(loose) > 3 or len(times) > 2 or (len(parts) > 1 and not times):
        return None
    if len(times) == 2:
        return _between(tokens, times)
    if times:
        return _one_time(tokens, times[0], parts, sure=len(loose) <= 2)
    if parts:
        start, end, bounds = parts[0]
        return _shifted(tokens, start, end, _part(bounds), sure=True)
    return None


def _between(tokens: Sequence[str], times: Sequence[Tuple[int, int, bool, bool]]
             ) -> Optional[Reading]:
    (first, low, stated_low, _), (second, high, stated_high, _) = times
    if not set(tokens[first + 1:second]) <= _JOINS | {"ish", "am", "pm", "oclock"}:
        return None
    if low >= high:
        return None
    return Reading(Span(low, high), sure=stated_low or stated_high)


def _one_time(tokens: Sequence[str], time: Tuple[int, int, bool, bool],
              parts: Sequence[Tuple[int, int, Tuple[int, int]]], sure: bool) -> Optional[Reading]:
    index, minutes, stated, hedged = time
    if parts:  # "first thing, like 8": the part of the day says am or pm
        low, high = parts[0][2]
        inside = [m for m in (minutes, minutes - 720, minutes + 720) if low <= m <= high]
        if not inside or (stated and inside[0] != minutes):
            return None
        minutes, stated = inside[0], True
    read = _shifted(tokens, index, index + 1, _around(minutes, hedged), sure=stated and sure)
    if read is None or stated and not (_NOON_HOUR <= minutes < _NOON_HOUR + 60 and not parts
                                       and _unmarked(tokens, index)):
        return read
    other = _in_day((minutes + 720) % MIDNIGHT)  # 10 in the morning, or 10 at night
    flipped = _shifted(tokens, index, index + 1, _around(other, hedged), sure=False)
    return Reading(read.span, read.sure, flipped.span if flipped else None)


_NOON_HOUR = 720


def _unmarked(tokens: Sequence[str], index: int) -> bool:
    """ "12.15" or "half 12" without am or pm: lunchtime, most likely, but to bedtimes past
    midnight ("12.15" to Before 10pm | … | Midnight to 1am), which pick() weighs."""
    following = tokens[index + 1] if index + 1 < len(tokens) else ""
    return not tokens[index].endswith(("am", "pm")) and following not in ("am", "pm")


def _around(minutes: int, hedged: bool) -> Span:
    return Span(minutes - _HEDGE, minutes + _HEDGE) if hedged else point(minutes)


def _shifted(tokens: Sequence[str], start: int, end: int, span: Span, sure: bool
             ) -> Optional[Reading]:
    """ "after 6", "teatime onwards", "before 10": from or up to the time named."""
    before = tokens[start - 1] if start else ""
    after = tokens[end:end + 3]  # "til 6 so after that" is after 6
    later = any(t in _LATER or t == "after" for t in after)
    if before in _AFTER or later:
        opened = before == "after" or "after" in after or span.low_open
        return Reading(Span(span.low, DAY_END, low_open=opened), sure)
    if before in _BEFORE:
        return Reading(Span(DAY_START, span.low, high_open=True), sure)
    return Reading(span, sure)


# "from 1 till 7", "half ten till half six", "10pm to 4am": from one clock time to another.
_HALF_HOUR_WORD = re.compile(r"\b(half|from|till?|until|at)\s+(one|two|three|four|five|six|seven|"
                             r"eight|nine|ten|eleven|twelve)\b")
_MARKS_A_CLOCK = frozenset("from till til until half am pm".split())


def clock_hours(text: str) -> Optional[float]:
    """Hours from one clock time to the next ("half ten till half six": 8), across midnight;
    None unless the reply plainly gives two clock times ("10 to 11" may be hours)."""
    text = _HALF_HOUR_WORD.sub(lambda m: f"{m.group(1)} {_HOUR_WORDS[m.group(2)]}", text)
    tokens = _tokens(text)
    times = _times(tokens)
    if len(times) != 2:
        return None
    (first, start, stated_start, _), (second, end, stated_end, _) = times
    between = set(tokens[first + 1:second])
    marked = set(tokens) & _MARKS_A_CLOCK or any("h" in t or t.endswith(("am", "pm"))
                                                 for t in (tokens[first], tokens[second]))
    if not between & _JOINS or not between <= (_JOINS - {"and"}) | {"half"} or not marked or any(
            t in ("hours", "hrs", "hour", "h") for t in tokens[second + 1:]):
        return None
    if tokens[0] not in ("from", "half") and first != 0:
        return None  # "got there at 10 seen at 4": not read here
    span = 1440 if stated_start and stated_end else 720
    minutes = (end - start) % span
    return minutes / 60 if minutes else None
