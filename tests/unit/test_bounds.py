"""Hidden counts pinned by what is shown and by every hidden count being 1 or more
(`bot/reporting/bounds.py`), and the suppression rules that use it."""

from __future__ import annotations

from typing import Dict, List, Set

import pytest

from bot.reporting.bounds import Bounds
from bot.reporting.suppression import Cell, Line, protect

CASES = [
    # (counts, lines, hidden, unpublished, pinned)
    ({"x": 1, "y": 1, "t": 2}, [Line(("x", "y"), "t")], {"x", "y"}, set(), {"x", "y"}),
    ({"x": 2, "y": 3, "t": 5}, [Line(("x", "y"), "t")], {"x", "y"}, set(), set()),
    ({"x": 1, "s": 0, "t": 1}, [Line(("x", "s"), "t")], {"x", "s"}, {"s"}, {"x"}),
    ({"x": 2, "s": 1, "t": 3}, [Line(("x", "s"), "t")], {"x", "s"}, {"s"}, set()),
    # no ceiling at all: the total is hidden too
    ({"x": 1, "y": 1, "t": 2}, [Line(("x", "y"), "t")], {"x", "y", "t"}, set(), set()),
    # y is pinned by line B's bounds, and so x by line A (no line alone pins x)
    ({"x": 2, "y": 1, "a": 3, "z": 1, "b": 2},
     [Line(("x", "y"), "a"), Line(("y", "z"), "b")], {"x", "y", "z"}, set(), {"x", "y", "z"}),
    ({"x": 2, "y": 2, "a": 4, "z": 2, "b": 4},
     [Line(("x", "y"), "a"), Line(("y", "z"), "b")], {"x", "y", "z"}, set(), set()),
]


@pytest.mark.parametrize("counts,lines,hidden,unpublished,pinned", CASES)
def test_pinned(counts: Dict[Cell, int], lines: List[Line], hidden: Set[Cell],
                unpublished: Set[Cell], pinned: Set[Cell]) -> None:
    found = Bounds(counts, lines, hidden, unpublished).pinned(sorted(hidden - unpublished))
    assert found == pinned


def test_an_unpublished_count_is_not_protected_for_itself() -> None:
    """Skipped = recorded - answered: both shown, so nothing else is hidden for it."""
    counts = {"answered": 20, "skipped": 3, "recorded": 23}
    hidden = protect(counts, [Line(("answered", "skipped"), "recorded")], 8, {"skipped"})
    assert hidden == {"skipped"}


def test_an_unpublished_count_still_protects_a_small_one() -> None:
    """answered_in_group + gap = took part in the group: 3 + 0 = 3 pins nothing only
    because the group's own count is hidden too."""
    counts = {"group_answered": 3, "gap": 0, "group": 3, "other": 30, "everyone": 33}
    lines = [Line(("group_answered", "gap"), "group"), Line(("group", "other"), "everyone")]
    hidden = protect(counts, lines, 8, {"gap"})
    assert {"group_answered", "group"} <= hidden
    assert not Bounds(counts, lines, hidden, {"gap"}).pinned(["group_answered", "group"])


def test_rank_chooses_what_secondary_suppression_hides() -> None:
    counts = {"small": 2, "diagnostic": 40, "headline": 10, "total": 52}
    line = Line(("small", "diagnostic", "headline"), "total")
    assert protect(counts, [line], 8) == {"small", "headline"}  # the smallest by default
    ranked = protect(counts, [line], 8, rank=lambda c: 9 if c == "headline" else 0)
    assert ranked == {"small", "diagnostic"}
