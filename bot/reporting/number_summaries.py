"""What results say of a number question's answers ("How many days did you wait?"): the
median and the quartiles, for everyone and for each group whose count is shown. Pure.

No mean and no total, anywhere: with the count beside it a mean is the group's total, and
totals subtract (everyone less the groups shown is a hidden group's total; this week's
less last week's is the total of those who answered in between; the published page less
the dashboard after an erasure is the erased person's), so one person's answer could be
worked out. A median or a quartile is one answer's place among the group's, or between
two: nothing subtracts from it, and one answer more or less moves it by one place at most.
They are given only beside a count that is shown, so only for groups of at least the
threshold, never for a hidden one. Rounded to whole numbers (a board paper's "median 3
days (interquartile range 2 to 8)"), which also keeps the interpolation between two
answers from telling them apart.

Quartiles are Excel's QUARTILE.INC (R's type 7, Python's `statistics.quantiles(...,
method="inclusive")`), so an analyst can check them from the answers export.
"""

from __future__ import annotations

import math
from fractions import Fraction
from numbers import Real
from typing import Any, Dict, List, Mapping, Optional, Tuple

# The figures, in the order a reader takes them (and the API and the CSV give them).
MEDIAN, LOWER, UPPER = "median", "lower_quartile", "upper_quartile"
FIGURES = (MEDIAN, LOWER, UPPER)


def rule(threshold: int) -> str:
    """The rule in one sentence, as the results page, the CSV and the docs state it."""
    return (f"Number answers are given as the median and the interquartile range (the "
            f"middle half of the answers), rounded to whole numbers, for everyone and for "
            f"each group whose count is shown ({threshold} or more); no mean or total is "
            f"given, as with a count it would let one person's answer be worked out by "
            f"subtraction.")


def quartiles(answers: Mapping[Any, int]) -> Optional[Tuple[Fraction, Fraction, Fraction]]:
    """(lower quartile, median, upper quartile) of answers given as value -> how many gave
    it (exactly, as fractions); None when there are none. Values that are not numbers
    are left out."""
    ordered: List[Tuple[Fraction, int]] = sorted(
        (Fraction(str(value)), n) for value, n in answers.items()
        if _finite(value) and n > 0)
    total = sum(n for _, n in ordered)
    if not total:
        return None

    def at(rank: int) -> Fraction:  # the rank-th smallest answer, from 0
        for value, n in ordered:
            if rank < n:
                return value
            rank -= n
        raise IndexError(rank)

    def quantile(share: Fraction) -> Fraction:
        position = (total - 1) * share
        below = int(position)  # position >= 0
        low = at(below)
        step = position - below
        return low if not step else low + step * (at(below + 1) - low)

    return (quantile(Fraction(1, 4)), quantile(Fraction(1, 2)), quantile(Fraction(3, 4)))


def _finite(value: Any) -> bool:
    return isinstance(value, Real) and not isinstance(value, bool) and math.isfinite(value)


def whole(value: Fraction) -> int:
    """Rounded to the nearest whole number, halves away from zero (as Excel's ROUND)."""
    half = Fraction(1, 2)
    return int(value + half) if value >= 0 else -int(-value + half)


def summary(answers: Mapping[Any, int], shown: Optional[int], threshold: int) -> Dict[str, int]:
    """{"median", "lower_quartile", "upper_quartile"} of a group's answers, rounded, when the
    group's count is `shown` (not hidden) and at least the threshold; else {}."""
    if shown is None or shown < max(threshold, 1):
        return {}
    found = quartiles(answers)
    if found is None:
        return {}
    lower, middle, upper = (whole(v) for v in found)
    return {MEDIAN: middle, LOWER: lower, UPPER: upper}


def in_words(figures: Mapping[str, Any], unit: str = "") -> str:
    """ "median 3 days (interquartile range 2 to 8 days)", or "" without figures."""
    if not all(name in figures for name in FIGURES):
        return ""
    after = f" {unit}" if unit else ""
    return (f"median {figures[MEDIAN]}{after} (interquartile range {figures[LOWER]} to "
            f"{figures[UPPER]}{after})")
