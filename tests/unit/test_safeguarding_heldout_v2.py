"""Safeguarding on the blind held-out set v2 (tests/data/safeguarding_heldout_v2.csv):
296 phrases written on 2026-12-02 by an engineer who never saw the detector, its
lexicon or the earlier sets, frozen that day and never tuned on. Figures only: a
failure names no phrase, so that nobody tunes on it.

The issue's target (recall >= 0.98 at <= 3% false alarms) is not met: that test is
an expected failure that turns into an error the day it passes, so the figures in
the README are updated then. The floors below stop the detector getting worse."""

from __future__ import annotations

import csv
from typing import List, Tuple

import pytest

from bot.config import PROJECT_ROOT
from bot.trust.safeguarding import detect_concern

HELD_OUT = PROJECT_ROOT / "tests" / "data" / "safeguarding_heldout_v2.csv"
# Measured when the set arrived (2026-12-02): 89 of 138 caught, 19 of 158 flagged.
RECALL_FLOOR, FALSE_ALARM_CEILING = 89 / 138, 19 / 158


def figures() -> Tuple[float, float]:
    lines = [line for line in HELD_OUT.read_text(encoding="utf-8").splitlines(keepends=True)
             if not line.startswith("#")]
    rows: List[Tuple[str, str]] = [(r["text"], r["label"]) for r in csv.DictReader(lines)]
    crisis = [text for text, label in rows if label != "none"]
    ordinary = [text for text, label in rows if label == "none"]
    assert len(crisis) >= 130 and len(ordinary) >= 150
    recall = sum(detect_concern(t) is not None for t in crisis) / len(crisis)
    false_alarms = sum(detect_concern(t) is not None for t in ordinary) / len(ordinary)
    return recall, false_alarms


def test_the_detector_does_not_get_worse_on_the_blind_set() -> None:
    recall, false_alarms = figures()
    assert recall >= RECALL_FLOOR, f"blind held-out recall {recall:.3f}"
    assert false_alarms <= FALSE_ALARM_CEILING, f"blind held-out false alarms {false_alarms:.3f}"


@pytest.mark.xfail(strict=True, reason="not met yet: see the README's safeguarding figures")
def test_the_issue_target_on_the_blind_set() -> None:
    recall, false_alarms = figures()
    assert recall >= 0.98 and false_alarms <= 0.03, f"{recall:.3f} / {false_alarms:.3f}"
