"""Which measure a question's options are ranges of, and the reply read in it.

A question is a range question when at least two of its options read as spans of
one measure: times of day, how often, or a length of time (or how long ago). The
other options ("Never", "Weekends", "I gave up") are left to the other readers.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Callable, List, Optional, Sequence, Tuple

from bot.understanding.frequency import read_often
from bot.understanding.periods import read_period, unit_word
from bot.understanding.result import ANSWERED, CHOOSE, CONFIRM, Parsed, answered, guess
from bot.understanding.spans import Reader, Span, fill_relative, option_spans, pick
from bot.understanding.text import phrase_tokens, prepare
from bot.understanding.times_of_day import label_time, read_time

# Labels that mean "less (or more) often than the others" ("Less often" after "Once a week").
_RELATIVE_OFTEN = (("less often", False), ("less than that", False), ("rarely", False),
                   ("more often", True), ("more than that", True))
Spans = List[Optional[Span]]


def _often_spans(options: Sequence[str]) -> Spans:
    return fill_relative(options, option_spans(options, read_often), _RELATIVE_OFTEN)


_KINDS: Tuple[Tuple[Callable[[Sequence[str]], Spans], Reader], ...] = (
    (lambda options: option_spans(options, label_time), read_time),
    (_often_spans, read_often),
    (lambda options: option_spans(options, read_period), read_period),
)


@lru_cache(maxsize=512)
def _measure(options: Tuple[str, ...]) -> Optional[Tuple[Spans, Reader]]:
    for spans_of, reader in _KINDS:
        spans = spans_of(options)
        if sum(span is not None and span.high > 0 for span in spans) >= 2:
            return spans, reader
    return None


def read_range(options: Sequence[str], prepared: str) -> Optional[Parsed]:
    """The option(s) a reply's time, frequency or duration falls in; None if it says none."""
    measure = _measure(tuple(options))
    if measure is None:
        return None
    spans, reader = measure
    reading = reader(prepared)
    return pick(options, spans, reading) if reading is not None else None


def how_long_ago(options: Sequence[str]) -> bool:
    """The options say how long ago ("6 to 12 months ago", "1 to 2 years ago"): a bare "2"
    may be option 2, or 2 years ago."""
    measure = _measure(tuple(options))
    return (measure is not None and measure[1] is read_period
            and any("ago" in phrase_tokens(option) for option in options))


def read_bare_number(options: Sequence[str], number: int) -> Optional[Parsed]:
    """ "15" to Under 10 minutes | 10 to 20 minutes | …: more than there are options, so most
    likely a length in the one unit the labels use; only ever offered, never stored."""
    measure = _measure(tuple(options))
    if measure is None or measure[1] is not read_period:
        return None
    units = {unit for option in options for token in phrase_tokens(option)
             if (unit := unit_word(token)) is not None}
    if len(units) != 1:
        return None
    read = read_range(options, f"{number} {units.pop()}")
    if read is None or read.status not in (ANSWERED, CONFIRM, CHOOSE):
        return None
    return guess(read.value) if read.status == ANSWERED else read


# Labels that are plain whole numbers or ranges of them: "Under 16", "16-17", "25 or over".
_UNDER = re.compile(r"^(?:under|less than|below|younger than|fewer than) ([0-9]{1,3})$")
_BETWEEN = re.compile(r"^([0-9]{1,3}) ?(?:-|to) ?([0-9]{1,3})$")
_AND_OVER = re.compile(r"^([0-9]{1,3}) ?(?:\+|or over|or more|and over|or older|and above|plus|"
                       r"and older)$")
_OVER = re.compile(r"^(?:over|more than|older than) ([0-9]{1,3})$")
_EXACT = re.compile(r"^([0-9]{1,3})$")
_NO_END = 10**6


@lru_cache(maxsize=512)
def _plain_spans(options: Tuple[str, ...]) -> Tuple[Optional[Tuple[int, int]], ...]:
    spans: List[Optional[Tuple[int, int]]] = []
    for option in options:
        text = prepare(option).strip()
        under, between = _UNDER.match(text), _BETWEEN.match(text)
        and_over, over, exact = _AND_OVER.match(text), _OVER.match(text), _EXACT.match(text)
        if under:
            spans.append((0, int(under.group(1)) - 1))
        elif between:
            spans.append((int(between.group(1)), int(between.group(2))))
        elif and_over:
            spans.append((int(and_over.group(1)), _NO_END))
        elif over:
            spans.append((int(over.group(1)) + 1, _NO_END))
        elif exact:
            spans.append((int(exact.group(1)), int(exact.group(1))))
        else:
            spans.append(None)
    return tuple(spans)


def read_plain_number(options: Sequence[str], number: int) -> Optional[Parsed]:
    """ "17" to Under 16 | 16-17 | 18-20 | …: the one option whose numbers hold it, when at
    least two options are plain numbers or ranges of them; None otherwise."""
    spans = _plain_spans(tuple(options))
    if sum(span is not None for span in spans) < 2:
        return None
    holding = [i for i, span in enumerate(spans) if span is not None and span[0] <= number <= span[1]]
    return answered(options[holding[0]]) if len(holding) == 1 else None
