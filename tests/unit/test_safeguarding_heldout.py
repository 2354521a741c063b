"""Safeguarding on the first held-out set (tests/data/safeguarding_heldout.csv),
frozen before the 2026-12-02 tuning. Its misses and false alarms have since been
seen while tuning, and it was spent on 2026-12-02 (stop 16): tuning material, so a
regression guard, not a measure of new wording (see the README). Target: recall >=
0.98 with at most one false alarm in its 30 ordinary phrases (negations and the
past tense are no longer flagged)."""

from __future__ import annotations

import csv

from bot.config import PROJECT_ROOT
from bot.trust.safeguarding import detect_concern

HELD_OUT = PROJECT_ROOT / "tests" / "data" / "safeguarding_heldout.csv"


def rows() -> list[tuple[str, str]]:
    lines = [line for line in HELD_OUT.read_text(encoding="utf-8").splitlines(keepends=True)
             if not line.startswith("#")]
    return [(row["text"], row["label"]) for row in csv.DictReader(lines)]


def test_recall_on_the_held_out_set() -> None:
    crisis = [text for text, label in rows() if label != "none"]
    caught = sum(detect_concern(text) is not None for text in crisis)
    assert len(crisis) >= 40
    assert caught / len(crisis) >= 0.98, f"held-out recall {caught / len(crisis):.3f}"


def test_false_alarms_on_the_held_out_set_do_not_grow() -> None:
    ordinary = [text for text, label in rows() if label == "none"]
    flagged = sum(detect_concern(text) is not None for text in ordinary)
    assert len(ordinary) >= 30
    assert flagged <= 1, f"held-out false alarms {flagged / len(ordinary):.3f}"
