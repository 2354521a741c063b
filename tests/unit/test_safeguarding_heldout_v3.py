"""Safeguarding on the third held-out set (tests/data/safeguarding_heldout_v3.csv): 330
phrases written blind on 2026-12-02 by an engineer who never saw the detector, its
lexicon or the earlier sets, frozen before this round's tuning was measured on it, and
measured once (stop 16): recall 0.600 / false alarms 0.044 with the detector as the
round began, 0.706 / 0.031 after it (120 of 170 caught, 5 of 160 flagged). Measured twice
in round ten (issue 8, 2026-12-02), aggregates only, by an engineer who never saw a phrase
of it: 0.706 / 0.031 as the round began, 0.759 / 0.031 after it (129 of 170, 5 of 160).
Never tuned on. The issue's target (recall >= 0.98 at <= 0.03 false alarms) is not met:
the target is a strict xfail, and a floor keeps today's figure from falling back."""

from __future__ import annotations

import csv
from typing import List, Tuple

import pytest

from bot.config import PROJECT_ROOT
from bot.trust.safeguarding import detect_concern

HELD_OUT = PROJECT_ROOT / "tests" / "data" / "safeguarding_heldout_v3.csv"
CAUGHT_FLOOR, FLAGGED_CEILING = 129, 5


def counts() -> Tuple[int, int, int, int]:
    """(crisis caught, crisis phrases, ordinary flagged, ordinary phrases)."""
    lines = [line for line in HELD_OUT.read_text(encoding="utf-8").splitlines(keepends=True)
             if not line.startswith("#")]
    rows: List[Tuple[str, str]] = [(r["text"], r["label"]) for r in csv.DictReader(lines)]
    crisis = [text for text, label in rows if label != "none"]
    ordinary = [text for text, label in rows if label == "none"]
    return (sum(detect_concern(t) is not None for t in crisis), len(crisis),
            sum(detect_concern(t) is not None for t in ordinary), len(ordinary))


def test_the_set_is_frozen_held_out_and_whole() -> None:
    first = HELD_OUT.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith("# Held-out") and "frozen" in first and "Spent" not in first
    _, crisis, _, ordinary = counts()
    assert (crisis, ordinary) == (170, 160)


def test_no_fall_back_from_the_first_measurement() -> None:
    caught, crisis, flagged, ordinary = counts()
    assert caught >= CAUGHT_FLOOR, f"held-out v3: caught {caught} of {crisis}"
    assert flagged <= FLAGGED_CEILING, f"held-out v3: flagged {flagged} of {ordinary}"


@pytest.mark.xfail(strict=True, reason="recall 0.759 on held-out v3 against a target of 0.98")
def test_the_issue_target_on_held_out_v3() -> None:
    caught, crisis, flagged, ordinary = counts()
    assert caught / crisis >= 0.98 and flagged / ordinary <= 0.03
