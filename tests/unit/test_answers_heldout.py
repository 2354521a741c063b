"""The answer parser on the held-out set (tests/data/answers_heldout.csv): 364 replies
written blind by another engineer and frozen before the parser changed. Figures only:
a failure names no reply, so that nobody tunes on it (bench/answers_eval.py prints
the same figures per question type).

Targets (issue 9): at least 98% stored right, confirmed right ("Did you mean…?" with
the right guess) or rightly re-asked, and at most 1% stored wrong without confirmation.
"""

from __future__ import annotations

import pytest

from bench.answers_eval import HELDOUT_CSV, RIGHT, heldout_figures

# Measured on 2026-12-02 with the parser of this branch (bench/answers_eval.py): before any
# change right 0.552, stored wrong 0.063; after the first round 0.777 / 0.027; after the
# second (final) round 0.802 / 0.038.
MEASURED = "right 0.802, stored wrong 0.038 (before v2: 0.552 and 0.063)"


def test_the_held_out_set_is_frozen_and_large_enough() -> None:
    text = HELDOUT_CSV.read_text(encoding="utf-8")
    assert "FROZEN" in text and "NEVER tune" in text
    assert heldout_figures()["all"].total >= 300


@pytest.mark.xfail(strict=True, reason=f"held-out targets not met yet: {MEASURED}")
def test_held_out_targets() -> None:
    everything = heldout_figures()["all"]
    right, wrong = everything.share(*RIGHT), everything.share("stored wrong")
    assert right >= 0.98, f"held-out right {right:.3f} (target 0.98)"
    assert wrong <= 0.01, f"held-out stored wrong {wrong:.3f} (target 0.01)"


def test_the_held_out_figures_do_not_fall_back() -> None:
    """Not the target: a floor at today's measure, so a change that reads worse fails."""
    everything = heldout_figures()["all"]
    assert everything.share(*RIGHT) >= 0.80, f"held-out right {everything.share(*RIGHT):.3f}"
    assert everything.share("stored wrong") <= 0.04, (
        f"held-out stored wrong {everything.share('stored wrong'):.3f}")
