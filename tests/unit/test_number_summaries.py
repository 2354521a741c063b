"""A number question's figures (`bot.reporting.number_summaries`), by tables: the median
and quartiles as Excel's MEDIAN and QUARTILE.INC give them, rounded to whole numbers, and
only beside a count that is shown and at least the threshold."""

from __future__ import annotations

import random
import statistics
from collections import Counter
from fractions import Fraction
from typing import Any, Dict, Mapping, Optional, Tuple

import pytest

from bot.reporting.number_summaries import in_words, quartiles, rule, summary, whole


@pytest.mark.parametrize("answers, expected", [
    ({5: 1}, (5, 5, 5)),  # one answer is every quartile
    ({1: 1, 2: 1}, (Fraction(5, 4), Fraction(3, 2), Fraction(7, 4))),
    ({1: 1, 2: 1, 3: 1, 4: 1}, (Fraction(7, 4), Fraction(5, 2), Fraction(13, 4))),
    ({0: 2, 2: 8, 3: 12, 10: 8}, (2, 3, Fraction(33, 4))),  # the commissioner tests' world
    ({3: 10}, (3, 3, 3)),
    ({2.5: 1, 1: 3}, (1, 1, Fraction(11, 8))),  # "2 and a half"
    ({-3: 1, 3: 1}, (Fraction(-3, 2), 0, Fraction(3, 2))),
    ({}, None),
    ({4: 0}, None),  # a value nobody gave
    ({"": 3, 7: 1}, (7, 7, 7)),  # not a number (a question that changed type): left out
])
def test_quartiles(answers: Mapping[Any, int],
                   expected: Optional[Tuple[Fraction, Fraction, Fraction]]) -> None:
    assert quartiles(answers) == expected


@pytest.mark.parametrize("seed", range(20))
def test_quartiles_are_excels_quartile_inc(seed: int) -> None:
    """As Python's `statistics.quantiles(method="inclusive")` (Excel's QUARTILE.INC, R's
    type 7), and the median as `statistics.median`."""
    rng = random.Random(seed)
    answers = [rng.choice([0, 1, 2, 3, 5, 8, 13, 30, 2.5]) for _ in range(rng.randint(2, 60))]
    lower, middle, upper = quartiles(Counter(answers)) or (None, None, None)
    expected = statistics.quantiles(answers, n=4, method="inclusive")
    assert [float(lower), float(middle), float(upper)] == pytest.approx(expected)
    assert float(middle) == pytest.approx(statistics.median(answers))


@pytest.mark.parametrize("value, rounded", [
    (Fraction(5, 2), 3), (Fraction(7, 2), 4), (Fraction(33, 4), 8), (Fraction(9, 4), 2),
    (Fraction(-5, 2), -3), (Fraction(-9, 4), -2), (Fraction(0), 0), (Fraction(1, 2), 1),
])
def test_halves_round_away_from_zero_as_excel_does(value: Fraction, rounded: int) -> None:
    assert whole(value) == rounded


THREE = {"median": 3, "lower_quartile": 2, "upper_quartile": 8}
WORLD = {0: 2, 2: 8, 3: 12, 10: 8}


@pytest.mark.parametrize("answers, shown, threshold, expected", [
    (WORLD, 30, 8, THREE),
    (WORLD, 8, 8, THREE),  # at the threshold
    (WORLD, 7, 8, {}),  # under it (shown only when suppression is off)
    (WORLD, None, 8, {}),  # the count is hidden: no summary beside a "*"
    ({4: 1}, 1, 1, {"median": 4, "lower_quartile": 4, "upper_quartile": 4}),  # threshold 1
    ({4: 1}, 1, 0, {"median": 4, "lower_quartile": 4, "upper_quartile": 4}),
    ({}, 0, 8, {}),  # nobody answered
])
def test_a_summary_only_beside_a_count_shown_and_at_least_the_threshold(
        answers: Mapping[Any, int], shown: Optional[int], threshold: int,
        expected: Dict[str, int]) -> None:
    assert summary(answers, shown, threshold) == expected


def test_no_mean_or_total_is_ever_given() -> None:
    assert set(summary(WORLD, 30, 8)) == {"median", "lower_quartile", "upper_quartile"}


@pytest.mark.parametrize("figures, unit, words", [
    (THREE, "days", "median 3 days (interquartile range 2 to 8 days)"),
    (THREE, "", "median 3 (interquartile range 2 to 8)"),
    ({}, "days", ""),
    ({"mean": 4.4, "median": 3.0}, "days", ""),  # a summary from before: not all of them
])
def test_in_words(figures: Dict[str, Any], unit: str, words: str) -> None:
    assert in_words(figures, unit) == words


def test_the_rule_is_one_sentence_with_the_threshold() -> None:
    said = rule(8)
    assert said.count(".") == 1 and said.endswith(".")
    assert "(8 or more)" in said and "median" in said and "no mean" in said
