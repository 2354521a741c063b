"""bench/safeguarding_utility.py: the whole detector as its choices model it, the utility
that weighs a crisis as ten look-alikes, and the tie rules written before its figures."""

from __future__ import annotations

import pytest

from bench.safeguarding_utility import Row, best, flags, utility

RULE_HIT = Row(crisis=True, rule_hit=True, over=False, score=0.02)
TOLD_AS_OVER = Row(crisis=False, rule_hit=False, over=True, score=0.99)
NET_ONLY = Row(crisis=False, rule_hit=False, over=False, score=0.80)


@pytest.mark.parametrize(("row", "threshold", "gate", "flagged"), [
    (RULE_HIT, 0.9, 0.0, True),  # no gate: a rule hit flags whatever the net says
    (RULE_HIT, 0.9, 0.02, True),  # at the gate
    (RULE_HIT, 0.9, 0.03, False),  # below it: overruled
    (TOLD_AS_OVER, 0.5, 0.0, False),  # told as over stays clear, even at a high score
    (NET_ONLY, 0.8, 0.0, True),  # the net alone, at its threshold
    (NET_ONLY, 0.81, 0.0, False),
    (NET_ONLY, 0.81, 0.5, False),  # the gate is for rule hits only
])
def test_the_detector_as_modelled(row: Row, threshold: float, gate: float, flagged: bool) -> None:
    assert flags(row, threshold, gate) is flagged


def test_a_crisis_caught_weighs_ten_look_alikes_flagged() -> None:
    rows = [RULE_HIT, NET_ONLY, NET_ONLY._replace(score=0.9)]
    assert utility(rows, threshold=0.8) == 10 - 2
    assert utility(rows, threshold=0.85) == 10 - 1
    assert utility(rows, threshold=0.85, gate=0.5) == -1  # the rule hit overruled
    assert utility(rows, threshold=0.95, gate=0.5) == 0


def test_ties_go_to_the_first_value_offered() -> None:
    assert best([0.7, 0.6, 0.5], {0.7: 3, 0.6: 5, 0.5: 5}.__getitem__) == (0.6, 5)
    assert best([0.5, 0.6, 0.7], {0.7: 3, 0.6: 5, 0.5: 5}.__getitem__) == (0.5, 5)
