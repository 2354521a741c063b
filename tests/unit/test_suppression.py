"""Small-number suppression, as a table."""

from __future__ import annotations

from typing import Dict, Optional

import pytest

from bot.reporting.suppression import hidden_total, show, suppress


@pytest.mark.parametrize(
    "counts, expected",
    [
        ({"a": 10, "b": 20}, {"a": 10, "b": 20}),
        ({"a": 0, "b": 20}, {"a": 0, "b": 20}),  # zero discloses nobody
        ({"a": 3, "b": 4, "c": 20}, {"a": None, "b": None, "c": 20}),
        # one hidden cell could be worked out from the total: hide the next smallest
        ({"a": 3, "b": 12, "c": 20}, {"a": None, "b": None, "c": 20}),
        ({"a": 7, "b": 9, "c": 8}, {"a": None, "b": 9, "c": None}),
        ({"a": 8, "b": 9}, {"a": 8, "b": 9}),
        ({"a": 1}, {"a": None}),
        ({"a": 1, "b": 0}, {"a": None, "b": 0}),
        ({}, {}),
    ],
)
def test_suppress(counts: Dict[str, int], expected: Dict[str, Optional[int]]) -> None:
    assert suppress(counts, threshold=8) == expected


def test_threshold_is_configurable() -> None:
    assert suppress({"a": 3, "b": 4}, threshold=3) == {"a": 3, "b": 4}
    assert suppress({"a": 2, "b": 4, "c": 5}, threshold=3) == {"a": None, "b": None, "c": 5}


@pytest.mark.parametrize("total, expected", [(0, 0), (1, None), (7, None), (8, 8), (100, 100)])
def test_hidden_total(total: int, expected: Optional[int]) -> None:
    assert hidden_total(total, 8) == expected


@pytest.mark.parametrize(
    "value, digits, expected", [(None, 0, "*"), (12, 0, "12"), (33.333, 1, "33.3"), (66.6, 0, "67")]
)
def test_show(value: Optional[float], digits: int, expected: str) -> None:
    assert show(value, digits=digits) == expected


def test_fft_percentages_hide_what_would_give_a_small_count_away() -> None:
    from collections import Counter

    from bot.reporting.tables import question_table
    from bot.scripts.questions import FFT, FFT_OPTIONS, FFT_TEXT, Question

    fft = Question("fft", FFT, FFT_TEXT, options=FFT_OPTIONS)

    def result(values):  # everyone on one channel, age band and area
        counts = Counter(("rest", "18-24", "LS6", v) for v in values)
        return question_table(fft, counts, {("rest", "18-24", "LS6"): len(values)}, 8)

    found = result(["Very good"] * 12 + ["Poor"] * 3 + ["Very poor"] * 5)
    # Poor and Very poor are hidden, but their sum is the total minus what is shown
    assert found["summary"] == {"positive_percent": 60.0, "negative_percent": 40.0}
    assert {r["label"]: r["count"] for r in found["options"]}["Poor"] == "*"
    few = result(["Very good"] * 15 + ["Poor"] * 2)
    assert few["summary"]["negative_percent"] is None and few["summary"]["positive_percent"] is None
    # Good hidden, Very good shown: % positive would give Good away
    split = result(["Very good"] * 20 + ["Good"] * 3 + ["Neither good nor poor"] * 2
                   + ["Poor"] * 10 + ["Very poor"] * 10)
    assert split["summary"]["positive_percent"] is None
    assert split["summary"]["negative_percent"] == round(100 * 20 / 45, 1)
