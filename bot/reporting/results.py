"""Per-question results for a consultation: counts, percentages, FFT scores.

Pure: takes the rows already read from the database, returns values to print.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from statistics import median
from typing import Any, Dict, List, Optional, Sequence, Tuple

from bot.reporting.suppression import hidden_total, suppress
from bot.scripts.questions import (
    FFT,
    FFT_NEGATIVE,
    FFT_POSITIVE,
    FREE_TEXT,
    MULTI_CHOICE,
    NUMBER,
    SCALE,
    Question,
)


@dataclass(frozen=True)
class QuestionResult:
    key: str
    text: str
    answered: Optional[int]  # None when suppressed
    rows: List[Tuple[str, Optional[int], Optional[float]]]  # label, count, percent
    summary: Dict[str, Optional[float]] = field(default_factory=dict)


def question_result(
    question: Question, values: Sequence[Any], threshold: int
) -> QuestionResult:
    """`values` are the answered values of one question (lists for multi choice)."""
    total = len(values)
    if question.type in (NUMBER,) or question.type == FREE_TEXT:
        return _numeric_or_text(question, values, threshold)
    labels = _labels(question)
    tally: Counter = Counter()
    for value in values:
        for item in value if question.type == MULTI_CHOICE else [value]:
            tally[str(item)] += 1
    counts = {label: tally.get(label, 0) for label in labels}
    shown = suppress(counts, threshold)
    rows = [
        (label, shown[label], _percent(shown[label], total)) for label in labels
    ]
    summary = _fft_summary(counts, total, threshold) if question.type == FFT else {}
    return QuestionResult(question.key, question.text, hidden_total(total, threshold), rows, summary)


def _labels(question: Question) -> List[str]:
    if question.type == SCALE:
        return [str(point) for point in question.scale_points]
    return list(question.options)


def _percent(count: Optional[int], total: int) -> Optional[float]:
    if count is None or total == 0:
        return None
    return 100.0 * count / total


def _fft_summary(counts: Dict[str, int], total: int, threshold: int) -> Dict[str, Optional[float]]:
    """NHS England's FFT scores: share positive and negative of all responses.

    A percentage of a shown total gives its count away, so it is hidden on the
    same rule as the count.
    """
    positive = sum(counts[label] for label in FFT_POSITIVE)
    negative = sum(counts[label] for label in FFT_NEGATIVE)
    shown = suppress({"positive": positive, "negative": negative}, threshold)
    if hidden_total(total, threshold) is None:
        shown = {"positive": None, "negative": None}
    return {
        "positive_percent": _percent(shown["positive"], total),
        "negative_percent": _percent(shown["negative"], total),
    }


def _numeric_or_text(question: Question, values: Sequence[Any], threshold: int) -> QuestionResult:
    total = len(values)
    shown_total = hidden_total(total, threshold)
    if question.type == FREE_TEXT or shown_total is None or not values:
        return QuestionResult(question.key, question.text, shown_total, [])
    numbers = [float(v) for v in values]
    summary: Dict[str, Optional[float]] = {
        "mean": sum(numbers) / total,
        "median": float(median(numbers)),
    }
    return QuestionResult(question.key, question.text, shown_total, [], summary)
