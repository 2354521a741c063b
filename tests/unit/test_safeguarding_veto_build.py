"""The learned veto experiment (bench/safeguarding_veto_build.py): its threshold vetoes no crisis
phrase of a left-out file, a phrase two files share is never scored by a model that learnt it,
and the same rows give the same weights."""

from __future__ import annotations

import pytest

from bench.safeguarding_veto_build import NEVER, fit, threshold_for, vetoed, without
from bot.trust.safeguarding_model import to_json

# (look-alike score, is a look-alike) of each left-out file's rule hits, as the folds give them.
SCORED = {
    "a.csv": [(0.20, False), (0.93, True), (0.41, True)],
    "b.csv": [(0.71, False), (0.66, True), (0.05, False)],
}


def test_the_threshold_vetoes_no_crisis_of_any_left_out_file() -> None:
    threshold = threshold_for(SCORED)
    assert threshold == pytest.approx(0.71, abs=1e-5)
    assert vetoed(SCORED["a.csv"], threshold) == (1, 2, 0, 1)
    assert vetoed(SCORED["b.csv"], threshold) == (0, 1, 0, 2)


def test_a_crisis_scored_as_sure_look_alike_leaves_nothing_vetoed() -> None:
    scored = {"a.csv": [(0.9999995, False), (0.99, True)]}
    assert threshold_for(scored) == NEVER
    assert vetoed(scored["a.csv"], NEVER) == (0, 1, 0, 1)


def test_a_phrase_in_two_files_is_not_learnt_when_either_is_left_out() -> None:
    groups = [
        ("a.csv", [("that film about the suicide club was dull", True), ("i cant go on", False)]),
        ("b.csv", [("that film about the suicide club was dull", True), ("he hits me", False)]),
        ("c.csv", [("my cat scratched me", True)]),
    ]
    assert without(groups, "a.csv") == [("he hits me", False), ("my cat scratched me", True)]


# Rule hits in our own words: crises, and look-alikes of them.
ROWS = [
    ("i want to end it all tonight", False),
    ("i keep cutting my arms", False),
    ("he hits me when hes drunk", False),
    ("i want to end it tonight honestly", False),
    ("the boss fight made me want to end it all lol", True),
    ("cutting my arms on the brambles in the garden", True),
    ("the game where the boss hits me when hes drunk lol", True),
    ("that boss fight lol", True),
]


def test_the_same_rows_give_the_same_weights() -> None:
    first, second = fit(ROWS), fit(list(ROWS))
    assert to_json(first) == to_json(second)
    assert first.threshold == NEVER  # chosen only out of fold
    assert first.score("the boss fight lol") > first.score("i want to end it all tonight")
