"""Options that are ranges of one measure, and replies read as a range of it.

"Before 9am | 9am to 12pm | After 5pm" are times of day, "Under 5 minutes | 5 to 15
minutes | Over 30 minutes" lengths of time, "In the last 6 months | 1 to 2 years
ago" how long ago, "Every day | Once or twice a week | Less often" how often. The
reply is read as a span of the same measure ("about 20 mins", "half 12", "twice a
week", "8 months ago") and answers the one option whose span holds it; a span that
reaches into two or three options asks which one, and nothing is stored on a span
that only roughly fits.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, List, Optional, Sequence, Tuple

from bot.understanding.result import Parsed, answered, choose, guess

INFINITY = float("inf")


@dataclass(frozen=True)
class Span:
    """From `low` to `high` in one measure; an open end leaves its bound out."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def holds(self, other: Span) -> bool:
        above = (other.low > self.low and not _same(other.low, self.low)) or (
            _same(other.low, self.low) and (other.low_open or not self.low_open))
        below = (other.high < self.high and not _same(other.high, self.high)) or (
            _same(other.high, self.high) and (other.high_open or not self.high_open))
        return above and below

    def meets(self, other: Span) -> bool:
        """The two spans share at least one point."""
        if _same(self.high, other.low):
            return not (self.high_open or other.low_open)
        if _same(other.high, self.low):
            return not (other.high_open or self.low_open)
        return not (self.high < other.low or other.high < self.low)


def _same(a: float, b: float) -> bool:
    """Equal but for rounding: "half an hour" and "30 minutes" in days differ in the last bit."""
    if a == b:
        return True
    if INFINITY in (abs(a), abs(b)):
        return False
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def point(value: float) -> Span:
    return Span(value, value)


def around(value: float, share: float = 0.1) -> Span:
    """ "about 20", "20ish": a little either side."""
    return Span(value * (1 - share), value * (1 + share))


@dataclass(frozen=True)
class Reading:
    """A reply read as a span; `sure` is False when something was inferred (am or pm)."""

    span: Span
    sure: bool = True
    other: Optional[Span] = None  # another way to read it ("10" at night, not in the morning)


Reader = Callable[[str], Optional[Reading]]
MAX_CHOICES = 3


def option_spans(options: Sequence[str], reader: Reader) -> List[Optional[Span]]:
    """Each option's span, or None for an option that is not a range ("Never", "Weekends")."""
    spans: List[Optional[Span]] = []
    for option in options:
        read = reader(option.casefold())
        spans.append(read.span if read is not None and read.sure else None)
    return spans


def is_range_question(spans: Sequence[Optional[Span]]) -> bool:
    return sum(span is not None for span in spans) >= 2


def pick(options: Sequence[str], spans: Sequence[Optional[Span]], reading: Reading
         ) -> Optional[Parsed]:
    """The option whose span holds the reply's; "which one?" when it reaches into several.
    A reply with another reading ("10" at night) goes with the reading that lands in one
    option, the narrower if both do ("half 10" to bedtimes is 10.30pm, "10ish" to clinic
    times 10am); the other reading is never used when the first reaches into several."""
    first = _pick(options, spans, reading.span, reading.sure)
    if reading.other is None or _touching(spans, reading.span) > 0 and (
            first is None or first.status == "choose"):
        return first
    second = _pick(options, spans, reading.other, False)
    if first is None or second is None or second.status == "choose" or first == second:
        return first or second
    widths = [_width(found, options, spans) for found in (first, second)]
    if widths[0] == widths[1]:
        return choose(option for option in options if option in (first.value, second.value))
    return first if widths[0] < widths[1] else second


def _pick(options: Sequence[str], spans: Sequence[Optional[Span]], span: Span, sure: bool
          ) -> Optional[Parsed]:
    holding = [i for i, known in enumerate(spans) if known is not None and known.holds(span)]
    if len(holding) == 1:
        label = options[holding[0]]
        return answered(label) if sure else guess(label)
    inner = [i for i in holding if all(_inside(spans[i], spans[j]) for j in holding)]
    if len(holding) > 1 and len(inner) == 1:  # "8.30am" to Before 9am | Morning: the
        return guess(options[inner[0]])       # option inside the other, offered
    touching = [i for i, known in enumerate(spans) if known is not None and known.meets(span)]
    if 2 <= len(touching) <= MAX_CHOICES:
        return choose(options[i] for i in touching)
    return None


def _inside(inner: Optional[Span], outer: Optional[Span]) -> bool:
    return inner is not None and outer is not None and outer.holds(inner)


def _touching(spans: Sequence[Optional[Span]], span: Span) -> int:
    return sum(known is not None and known.meets(span) for known in spans)


def _width(found: Parsed, options: Sequence[str], spans: Sequence[Optional[Span]]) -> float:
    span = spans[list(options).index(found.value)]
    return span.high - span.low if span is not None else INFINITY


def fill_relative(options: Sequence[str], spans: List[Optional[Span]],
                  relative: Sequence[Tuple[str, bool]]) -> List[Optional[Span]]:
    """ "Less often" after "Once a week": below the lowest span read, above nothing.
    `relative` lists the phrases that mean less (False) or more (True) than the others."""
    known = [span for span in spans if span is not None and span.high > 0]
    if not known:
        return spans
    lowest = min(span.low for span in known)
    highest = max(span.high for span in known)
    filled = list(spans)
    for index, option in enumerate(options):
        text = " ".join(option.casefold().replace("'", "").split())
        for phrase, more in relative:
            if text == phrase and filled[index] is None:
                filled[index] = (Span(highest, INFINITY, low_open=True) if more
                                 else Span(0.0, lowest, low_open=True, high_open=True))
    return filled
