"""Safeguarding on the second held-out set (tests/data/safeguarding_heldout_v2.csv):
296 phrases written blind on 2026-12-02 by an engineer who never saw the detector, its
lexicon or the earlier sets. Measured twice as held-out, never tuned on (as it arrived
89 of 138 caught and 19 of 158 flagged; after the reworked vocabulary 113 and 6), then
spent on 2026-12-02 (stop 16): it is tuning material now, so these figures guard
against regressions and say nothing about new wording. The held-out set is v3, kept
outside this work. Figures only, as for any set (bench/safeguarding_eval.py shows the
phrases of a spent set)."""

from __future__ import annotations

import csv
from typing import List, Tuple

from bot.config import PROJECT_ROOT
from bot.trust.safeguarding import detect_concern

SPENT = PROJECT_ROOT / "tests" / "data" / "safeguarding_heldout_v2.csv"


def figures() -> Tuple[float, float]:
    lines = [line for line in SPENT.read_text(encoding="utf-8").splitlines(keepends=True)
             if not line.startswith("#")]
    rows: List[Tuple[str, str]] = [(r["text"], r["label"]) for r in csv.DictReader(lines)]
    crisis = [text for text, label in rows if label != "none"]
    ordinary = [text for text, label in rows if label == "none"]
    assert len(crisis) >= 130 and len(ordinary) >= 150
    recall = sum(detect_concern(t) is not None for t in crisis) / len(crisis)
    false_alarms = sum(detect_concern(t) is not None for t in ordinary) / len(ordinary)
    return recall, false_alarms


def test_the_detector_keeps_the_issue_target_on_the_spent_set() -> None:
    recall, false_alarms = figures()
    assert recall >= 0.98, f"spent v2 recall {recall:.3f}"
    assert false_alarms <= 0.03, f"spent v2 false alarms {false_alarms:.3f}"
