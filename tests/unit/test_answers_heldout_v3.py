"""The answer parser on the third held-out set (tests/data/answers_heldout_v3.csv): 344
replies to 30 new questions written blind on 2026-12-02 by an engineer who never saw the
parser, its tables or the earlier sets, frozen before it was measured, measured once
(stop 16, after that round's changes): right 0.843, stored wrong 0.015 (5 of 344),
confirm rate 0.081. Round 4 (2026-12-02) measured it twice more, aggregates only, at its
start and its end: 0.843 / 0.015, then 0.855 / 0.012 (294 right, 4 stored wrong), confirm
rate 0.087. Never tuned on. The issue's target (right >= 0.98, stored wrong <= 0.01) is not
met: a strict xfail; a floor keeps the latest figure from falling back."""

from __future__ import annotations

import pytest

from bench.answers_eval import RIGHT, figures, is_held_out
from bot.config import PROJECT_ROOT

HELD_OUT = PROJECT_ROOT / "tests" / "data" / "answers_heldout_v3.csv"
RIGHT_FLOOR, STORED_WRONG_CEILING = 294, 4  # of 344


def test_the_set_is_frozen_held_out_and_whole() -> None:
    assert is_held_out(HELD_OUT)
    assert figures(HELD_OUT)["all"].total == 344


def test_no_fall_back_from_the_first_measurement() -> None:
    everything = figures(HELD_OUT)["all"]
    right = round(everything.share(*RIGHT) * everything.total)
    wrong = round(everything.share("stored wrong") * everything.total)
    assert right >= RIGHT_FLOOR, f"held-out v3: {right} of 344 right"
    assert wrong <= STORED_WRONG_CEILING, f"held-out v3: {wrong} of 344 stored wrong"


@pytest.mark.xfail(strict=True, reason="right 0.855, stored wrong 0.012 on held-out v3 "
                   "against a target of 0.98 and 0.01")
def test_the_issue_target_on_held_out_v3() -> None:
    everything = figures(HELD_OUT)["all"]
    assert everything.share(*RIGHT) >= 0.98 and everything.share("stored wrong") <= 0.01
