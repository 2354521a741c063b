"""How often, in times a week: "every day" (7 or more), "twice a week", "most days",
"hardly ever", "once a month", "2 a day", "fri and sat", "mon to fri", "nah i dont".

The same reading serves labels ("Once or twice a week", "Less than weekly") and
replies, so a reply answers the option whose span holds it (spans.py); and a number
question counting days in a week reads "weekends" as 2 and "every day" as 7.
"""

from __future__ import annotations

from typing import List, Optional, Sequence, Set, Tuple

from bot.understanding.spans import INFINITY, Reading, Span, point
from bot.understanding.text import canon, find_phrases, phrase_table, words
from bot.understanding.words import EDGE_FILLERS, NEGATORS, NUMBER_WORDS

WEEKS_A_MONTH, WEEKS_A_YEAR = 52 / 12, 52.0
_ALWAYS = Span(7, INFINITY)
_RARE = Span(0, 1, low_open=True, high_open=True)
MONTHLY = "monthly|every month|once a month|each month|once every month"
PHRASES = phrase_table({
    _ALWAYS: "every day|everyday|daily|every single day|each day|all day every day|"
             "all the time|constantly|24 7|non stop|nonstop|always|every morning|every night|"
             "every evening|7 days a week|seven days a week|all week|every day of the week|"
             "all day|several times a day|a few times a day|multiple times a day|loads a day|"
             "every waking hour|religiously|everyday basically|day in day out|too much|"
             "way too much|all day long",
    Span(4, 7, high_open=True): "most days|nearly every day|almost every day|most of the week|"
                                "most nights|most mornings|most evenings|more days than not|"
                                "nearly everyday|almost everyday|most days of the week",
    Span(2, 6, low_open=True): "a few times a week|few times a week|several times a week|"
                               "a few days a week|few days a week|several days a week|"
                               "a few nights a week|few nights a week|a few times weekly",
    Span(3.5, 3.5): "every other day|every second day|alternate days|every 2 days|every two days",
    point(1): "weekly|every week|once a week|each week|once every week|one day a week|"
              "once weekly|one time a week|once a wk|one night a week|one day each week",
    Span(1, 2): "once or twice a week|once or twice weekly|one or two times a week",
    point(2): "a couple of times a week|couple of times a week|couple times a week|"
              "a couple times a week|a couple of days a week|couple of days a week|"
              "a couple of nights a week|"
              "twice a week|two times a week|twice weekly|weekends|every weekend|at weekends|"
              "on weekends|at the weekend|on the weekend|weekend|the weekend|weekends only|"
              "two days a week|two nights a week",
    point(5): "weekdays|every weekday|on weekdays|school days|school nights|week days|"
              "monday to friday|mon to fri|mon fri|monday friday",
    _RARE: "rarely|hardly ever|barely|barely ever|seldom|almost never|very rarely|"
           "once in a blue moon|less than weekly|less than once a week|not every week|"
           "hardly at all|not very often at all|very occasionally|hardly anymore|"
           "hardly ever now|barely at all|less than a week",
    point(WEEKS_A_MONTH ** -1): MONTHLY,
    Span(0.3, 0.8): "a few times a month|couple of times a month|a couple of times a month|"
                    "every other week|every couple of weeks|every fortnight|fortnightly|"
                    "once a fortnight|twice a month",
    Span(0, 0.25, low_open=True): "a few times a year|once a year|yearly|every few months|"
                                  "once every few months|couple of times a year|"
                                  "less than monthly|less than once a month|on special occasions|"
                                  "special occasions|christmas and birthdays",
    point(0): "never|not at all|not ever|never ever|i dont|i do not|i dont anymore|i never|"
              "not anymore|not any more|no longer|i quit|ive quit|i stopped|stopped|given up|"
              "gave up|i gave up|ive given up|ive stopped|dont|do not|nah i dont|no i dont|"
              "nope|nah|no|none|never touch|never touched|havent|i havent|not now",
})
_PER = {"day": 7.0, "daily": 7.0, "night": 7.0, "week": 1.0, "wk": 1.0, "month": 1 / WEEKS_A_MONTH,
        "fortnight": 0.5, "year": 1 / WEEKS_A_YEAR}
_DAYS = {name: index for index, names in enumerate((
    "monday mon mondays", "tuesday tue tues tuesdays", "wednesday wed weds wednesdays",
    "thursday thu thur thurs thursdays", "friday fri fridays", "saturday sat sats saturdays",
    "sunday sun sundays")) for name in names.split()}
_CALM = EDGE_FILLERS | frozenset(
    "only just about around roughly like maybe or so ish a the on at in of and night nights "
    "morning mornings evening evenings it them one ones that this those these use used do "
    "does drink have had smoke vape go out when tbh lol haha now usually normally mostly "
    "max maybe possibly".split())
# Outside the phrase read, these change it: a negation, an exception, a change over time.
_CHANGES = NEGATORS | frozenset("except apart besides excluding but though although used until "
                                "unless if or".split())
# "i dont know" and "i dont mind" are not "i dont": no frequency at all.
_NOT_SAID = phrase_table({True: "dont know|do not know|dont mind|dont remember|not sure|dont care|"
                                "idk|dunno|depends|it depends|no idea|cant remember|cant say|"
                                "dont really know|varies|it varies"})
_KNOWN = frozenset(w for key in PHRASES for w in key) | frozenset(_DAYS) | frozenset(_PER) \
    | frozenset(w for key in NUMBER_WORDS for w in key)


def _number(token: str) -> Optional[float]:
    if token.isascii() and token.isdigit() and len(token) <= 3:
        return float(token)
    value = NUMBER_WORDS.get((token,))
    return float(value) if value is not None else None


def _rates(tokens: Sequence[str], taken: Set[int]) -> List[Tuple[int, int, Span]]:
    """ "3 times a week", "2 a day", "5 days out of 7", "3 or 4 times a week"."""
    found: List[Tuple[int, int, Span]] = []
    for index, token in enumerate(tokens):
        value = _number(token)
        if value is None or index in taken or (found and index < found[-1][1]):
            continue
        low, end = value, index + 1
        if end + 1 < len(tokens) and tokens[end] in ("or", "to") and _number(tokens[end + 1]):
            low, value, end = value, float(_number(tokens[end + 1]) or 0), end + 2
        rest = list(tokens[end:end + 5])
        while rest and rest[0] in ("x", "times", "time", "days", "day", "nights", "goes"):
            rest = rest[1:]
        if rest[:3] == ["out", "of", "7"] or rest[:3] == ["out", "of", "seven"]:
            found.append((index, end + 3, Span(low, value)))
        elif len(rest) >= 2 and rest[0] in ("a", "per", "every", "each") and rest[1] in _PER:
            scale = _PER[rest[1]]
            found.append((index, end + 2, Span(low * scale, value * scale)))
    return found


def _named_days(tokens: Sequence[str]) -> Optional[Span]:
    """ "fri and sat" (2), "only fridays" (1), "mon to thurs" (4): days of the week named."""
    days = [(i, _DAYS[t]) for i, t in enumerate(tokens) if t in _DAYS]
    if not days:
        return None
    if len(days) == 2 and days[1][0] - days[0][0] == 2 and tokens[days[0][0] + 1] in ("to", "til"):
        return point(days[1][1] - days[0][1] + 1) if days[1][1] > days[0][1] else None
    return point(len({day for _, day in days}))


def read_often(text: str) -> Optional[Reading]:
    """A reply or a label as a span of times a week, or None when it says no frequency."""
    tokens = canon(words(text.replace("/", " ")), _KNOWN)
    if not tokens or find_phrases(tokens, _NOT_SAID):
        return None
    tokens, opened = _open_end(tokens)
    read = _read_often(tokens)
    if read is None or opened is None:
        return read
    span = read.span  # "4 or more times a week", "monthly or less"
    wider = Span(span.low, INFINITY) if opened else Span(0, span.high, low_open=True)
    return Reading(wider, sure=read.sure)


_OPEN_ENDS = {"more": True, "over": True, "above": True, "less": False, "fewer": False,
              "under": False, "below": False}


def _open_end(tokens: List[str]) -> Tuple[List[str], Optional[bool]]:
    """ "4 or more …" and "monthly or less": the words taken out, and which way it opens."""
    for index in range(len(tokens) - 1):
        if tokens[index] == "or" and tokens[index + 1] in _OPEN_ENDS:
            return tokens[:index] + tokens[index + 2:], _OPEN_ENDS[tokens[index + 1]]
    return tokens, None


def _read_often(tokens: List[str]) -> Optional[Reading]:
    if not tokens:
        return None
    phrases = find_phrases(tokens, PHRASES)
    rates = _rates(tokens, {i for s, e, _ in phrases for i in range(s, e)})
    spans = {span for _, _, span in phrases} | {span for _, _, span in rates}
    used = {i for s, e, _ in phrases + rates for i in range(s, e)}
    if not spans:
        named = _named_days(tokens)
        if named is None:
            return None
        spans, used = {named}, {i for i, t in enumerate(tokens) if t in _DAYS or t == "to"}
    if len(spans) > 1:
        spans -= {point(0)} if _zero_is_only_a_no(tokens, phrases) else set()
    if len(spans) != 1:
        return None
    if any(i not in used and (t in _CHANGES or (t in _DAYS and phrases)) for i, t in enumerate(tokens)):
        return None  # "not every day", "every day except sunday", "weekends and fridays"
    loose = [t for i, t in enumerate(tokens) if i not in used and t not in _CALM]
    if len(loose) > 4:
        return None
    return Reading(spans.pop(), sure=len(loose) <= 2)


def _zero_is_only_a_no(tokens: Sequence[str], phrases: Sequence[Tuple[int, int, Span]]) -> bool:
    """ "no, only at weekends": the no answers something else; the frequency stands."""
    zero = [start for start, _, span in phrases if span == point(0)]
    return zero == [0] and tokens[0] in ("no", "nah", "nope")


def days_a_week(reading: Reading) -> Optional[int]:
    """A frequency as the number of days in a week it is done on, if it is one number."""
    span = reading.span
    if span.low >= 7:
        return 7
    if span.low == span.high and float(span.low).is_integer():
        return int(span.low)
    return None


def rate_per_week(text: str) -> Optional[float]:
    """ "one a day" (7), "3 a week" (3): a count given as a rate, in times a week."""
    tokens = canon(words(text.replace("/", " ")), _KNOWN)
    found = _rates(tokens, set())
    if len(found) != 1 or found[0][2].low != found[0][2].high:
        return None
    return found[0][2].low
