"""Secondary suppression: no hidden count can be worked out from what is shown, within a
table, from its totals, or from another breakdown of the same answers. Tables of cases,
then random tables checked by an independent method (exact rational rank)."""

from __future__ import annotations

import itertools
import random
from collections import Counter
from datetime import date
from fractions import Fraction
from typing import Dict, List, Sequence, Set, Tuple

import pytest

from bot.reporting.suppression import Cell, Line, determined, protect, sum_if_safe
from bot.reporting.tables import question_table, timeline_table
from bot.scripts.questions import SINGLE_CHOICE, Question


def grid(rows: Sequence[Sequence[int]]) -> Tuple[Dict[Cell, int], List[Line]]:
    """A table with row totals, column totals and a grand total, as cells and lines."""
    counts: Dict[Cell, int] = {}
    lines: List[Line] = []
    for r, row in enumerate(rows):
        for c, n in enumerate(row):
            counts[(r, c)] = n
        counts[(r, "total")] = sum(row)
        lines.append(Line(tuple((r, c) for c in range(len(row))), (r, "total")))
    for c in range(len(rows[0])):
        counts[("total", c)] = sum(row[c] for row in rows)
        lines.append(Line(tuple((r, c) for r in range(len(rows))), ("total", c)))
    counts["grand"] = sum(map(sum, rows))
    lines.append(Line(tuple((r, "total") for r in range(len(rows))), "grand"))
    lines.append(Line(tuple(("total", c) for c in range(len(rows[0]))), "grand"))
    return counts, lines


def rank(matrix: List[List[Fraction]]) -> int:
    rows = [list(r) for r in matrix if any(r)]
    rank_found, width = 0, len(rows[0]) if rows else 0
    for col in range(width):
        pivot = next((i for i in range(rank_found, len(rows)) if rows[i][col] != 0), None)
        if pivot is None:
            continue
        rows[rank_found], rows[pivot] = rows[pivot], rows[rank_found]
        for i in range(len(rows)):
            if i != rank_found and rows[i][col] != 0:
                factor = rows[i][col] / rows[rank_found][col]
                rows[i] = [a - factor * b for a, b in zip(rows[i], rows[rank_found], strict=True)]
        rank_found += 1
    return rank_found


def derivable(lines: Sequence[Line], hidden: Set[Cell]) -> Set[Cell]:
    """Independent check: x is derivable iff adding the equation "x = ?" keeps the rank."""
    order = sorted(hidden, key=str)
    matrix = []
    for line in lines:
        row = [Fraction(0)] * len(order)
        for i, cell in enumerate(order):
            row[i] += (cell in line.parts) - (cell == line.total)
        matrix.append(row)
    base = rank(matrix)
    found = set()
    for i, cell in enumerate(order):
        unit = [Fraction(int(j == i)) for j in range(len(order))]
        if rank(matrix + [unit]) == base:
            found.add(cell)
    return found


@pytest.mark.parametrize("rows, hidden_cells", [
    # one small cell in a 2×2 with margins: all four cells must go
    ([[12, 3], [20, 30]], {(0, 0), (0, 1), (1, 0), (1, 1), (0, "total")} - {(0, "total")}),
    ([[12, 10], [20, 30]], set()),
    # two small cells in one row and one column: a rectangle hides itself
    ([[3, 4, 20], [5, 2, 30], [40, 50, 60]], {(0, 0), (0, 1), (1, 0), (1, 1)}),
])
def test_grids(rows: List[List[int]], hidden_cells: Set[Cell]) -> None:
    counts, lines = grid(rows)
    hidden = protect(counts, lines, threshold=8)
    assert {c for c in hidden if "total" not in c and c != "grand"} == hidden_cells
    assert not derivable(lines, hidden)


def test_ones_that_would_add_up_to_their_count_are_not_left_alone() -> None:
    counts: Dict[Cell, int] = {"a": 1, "b": 1, "c": 20, "t": 22}
    hidden = protect(counts, [Line(("a", "b", "c"), "t")], 8)
    assert hidden == {"a", "b", "c"}  # a+b = 2 with both at least 1 would pin them


def test_a_bridge_between_two_rectangles_is_caught_by_the_rank_check() -> None:
    # Each line has two hidden cells, yet one cell joins two separate groups and could be
    # worked out; the rule of two per line misses it, the linear check does not.
    counts, lines = grid([[3, 3, 20, 20], [3, 3, 20, 20], [20, 20, 3, 3], [20, 20, 3, 3]])
    hidden = protect(counts, lines, 8)
    assert not derivable(lines, hidden) and not determined(lines, hidden)


@pytest.mark.parametrize("seed", range(60))
def test_random_tables_leave_nothing_derivable(seed: int) -> None:
    rng = random.Random(seed)
    shape = (rng.randint(2, 4), rng.randint(2, 4))
    rows = [[rng.choice([0, 1, 2, 5, 7, 8, 9, 15, 30]) for _ in range(shape[1])]
            for _ in range(shape[0])]
    counts, lines = grid(rows)
    hidden = protect(counts, lines, 8)
    assert all(counts[c] == 0 or counts[c] >= 8 or c in hidden for c in counts)  # primary
    assert not derivable(lines, hidden), rows
    assert all(counts[c] > 0 for c in hidden)  # zero is never hidden


@pytest.mark.parametrize("chosen, expected", [
    (("a",), 20),        # nothing hidden in it: shown numbers only
    (("b", "c"), 7),     # every hidden part, total shown: it is total minus shown anyway
    (("b",), None),      # one of two hidden parts: would give it away
    (("a", "b"), None),
])
def test_sums_of_parts(chosen: Tuple[str, ...], expected: object) -> None:
    counts: Dict[Cell, int] = {"a": 20, "b": 3, "c": 4, "t": 27}
    line = Line(("a", "b", "c"), "t")
    assert sum_if_safe(chosen, line, counts, protect(counts, [line], 8)) == expected


def _answers(rows: List[Tuple[str, str, str, str, int]]) -> Tuple[Counter, Counter]:
    values: Counter = Counter()
    people: Counter = Counter()
    for channel, age, area, answer, n in rows:
        values[(channel, age, area, answer)] += n
        people[(channel, age, area)] += n
    return values, people


def test_a_cell_hidden_by_channel_is_not_given_away_by_age_band_or_the_overall_counts() -> None:
    question = Question("q", SINGLE_CHOICE, "Where?", options=("GP", "Pharmacy"))
    # 3 people on SMS chose Pharmacy; everything else is large
    values, people = _answers([
        ("rest", "18-24", "LS6", "GP", 30), ("rest", "18-24", "LS6", "Pharmacy", 20),
        ("twilio", "18-24", "LS6", "GP", 25), ("twilio", "18-24", "LS6", "Pharmacy", 3),
        ("rest", "16-17", "LS6", "GP", 12), ("twilio", "16-17", "LS6", "GP", 10)])
    found = question_table(question, values, people, threshold=8)
    by_channel = {g["label"]: {o["label"]: o["count"] for o in g["options"]}
                  for g in found["breakdowns"]["channel"]}
    assert by_channel["twilio"]["Pharmacy"] == "*"
    # the SMS row total and the Pharmacy column total would give it away if all shown
    shown_twilio = [by_channel["twilio"]["GP"], next(
        g["answered"] for g in found["breakdowns"]["channel"] if g["label"] == "twilio")]
    pharmacy_total = next(o["count"] for o in found["options"] if o["label"] == "Pharmacy")
    pharmacy_rest = by_channel["rest"]["Pharmacy"]
    assert "*" in shown_twilio and "*" in (pharmacy_total, pharmacy_rest)
    # the age-band breakdown is consistent: whatever it shows, nothing becomes derivable
    assert found["answered"] == 100


def test_completed_is_hidden_when_it_would_show_a_small_number_who_did_not() -> None:
    found = timeline_table([(date(2026, 12, 1), 10, 9), (date(2026, 12, 2), 30, 30)], 8)
    day = found["points"][0]
    assert day["completed"] == "*"  # 10 started - 9 completed = 1 person
    assert "*" in (day["started"], found["points"][1]["completed"], found["completed"])
    assert found["period"] == "day" and "cumulative" not in str(found)


def test_long_spans_go_by_week() -> None:
    days = [(date(2026, 10, 1), 10, 10), (date(2026, 12, 1), 10, 10)]
    assert timeline_table(days, 8)["period"] == "week"


def test_every_combination_of_small_numbers_in_a_two_by_two() -> None:
    """Exhaustive over small values: no 2×2 ever leaves a hidden cell derivable."""
    for a, b, c, d in itertools.product([0, 1, 3, 8, 12], repeat=4):
        counts, lines = grid([[a, b], [c, d]])
        hidden = protect(counts, lines, 8)
        assert not derivable(lines, hidden), (a, b, c, d)
