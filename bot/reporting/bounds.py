"""Which small hidden counts are pinned by what is shown: the check behind secondary
suppression's last rule.

Linear algebra (`suppression.determined`) finds a hidden count that follows exactly
from the lines. But a reader also knows each hidden count is at least 1 (zero is
always shown) and each unpublished one at least 0, and those bounds can pin a count
too: two hidden parts adding up to 2 are both 1; "answered at most took part" with
both sides hidden can leave one value. So each small hidden count's range is found
by linear programming (the relaxation of the whole-number problem, which can only be
wider), and a count whose range holds a single whole number is pinned.
"""

from __future__ import annotations

import math
import random
from typing import AbstractSet, Any, Dict, List, Mapping, Optional, Sequence, Set

from bot.reporting.suppression import Cell, Line

_SLACK = 1e-6


class Bounds:
    """The lines as equations in the hidden cells, with the shown cells as numbers."""

    def __init__(self, counts: Mapping[Cell, int], lines: Sequence[Line],
                 hidden: AbstractSet[Cell], unpublished: AbstractSet[Cell]) -> None:
        self.names = sorted(hidden, key=str)
        self.at = {cell: i for i, cell in enumerate(self.names)}
        self.rows: List[Dict[int, float]] = []
        self.rhs: List[float] = []
        for line in lines:
            row: Dict[int, float] = {}
            known = 0.0
            for cell, sign in [(p, 1.0) for p in line.parts] + [(line.total, -1.0)]:
                if cell in self.at:
                    row[self.at[cell]] = row.get(self.at[cell], 0.0) + sign
                else:
                    known -= sign * counts[cell]
            row = {i: v for i, v in row.items() if v}
            if row:
                self.rows.append(row)
                self.rhs.append(known)
        self.lowest = [0 if cell in unpublished else 1 for cell in self.names]
        # No count is above all the counts together; a ceiling well over that keeps
        # every problem bounded (a count with no other ceiling reaches it: not pinned).
        self.ceiling = 2.0 * (sum(counts.values()) + 1)
        self._sparse: Optional[object] = None

    def pinned(self, cells: Sequence[Cell]) -> Set[Cell]:
        """Those of `cells` (hidden ones) whose range holds one whole number.

        Every solution found clears the cells it shows two whole numbers apart from
        another solution; solutions pushed in random directions over the cells still
        in doubt clear most, and each one left gets its own least and most."""
        doubt = [self.at[c] for c in cells if c in self.at]
        seen: Dict[int, List[float]] = {i: [] for i in doubt}
        pattern = random.Random(len(doubt))  # the same choices every time
        found: Set[Cell] = set()
        while doubt:
            before = len(doubt)
            if before > 2:
                direction = {i: pattern.choice((1.0, -1.0)) for i in doubt}
                for sign in (1.0, -1.0):
                    self._note(self._solution({i: sign * v for i, v in direction.items()}),
                               seen)
                doubt = [i for i in doubt if not _apart(seen[i])]
            if doubt and (len(doubt) > before * 0.9 or len(doubt) <= 2):
                cell = doubt.pop()
                ends = [self._solve({cell: sign}) for sign in (1.0, -1.0)]
                for end in ends:
                    self._note(None if end is None else list(end.x), seen)
                if None not in ends and _one_value(ends[0].fun, -ends[1].fun):
                    found.add(self.names[cell])
                doubt = [i for i in doubt if not _apart(seen[i])]
        return found

    def _note(self, point: Optional[List[float]], seen: Dict[int, List[float]]) -> None:
        if point is not None:
            for i, values in seen.items():
                values.append(point[i])

    def _solution(self, objective: Dict[int, float]) -> Optional[List[float]]:
        solved = self._solve(objective)
        return list(solved.x) if solved is not None else None

    def _solve(self, objective: Dict[int, float]) -> Any:
        from scipy.optimize import linprog  # heavy: only when a consultation needs it

        c = [0.0] * len(self.names)
        for i, v in objective.items():
            c[i] = v
        solved = linprog(c, A_eq=self._matrix(), b_eq=self.rhs or None,
                         bounds=[(low, self.ceiling) for low in self.lowest],
                         method="highs")
        return solved if solved.status == 0 else None


    def _matrix(self) -> object:
        if not self.rows:
            return None
        if self._sparse is None:
            from scipy.sparse import csr_matrix

            entries = [(r, i, v) for r, row in enumerate(self.rows) for i, v in row.items()]
            rows, columns, values = zip(*entries, strict=True)
            self._sparse = csr_matrix((values, (rows, columns)),
                                      shape=(len(self.rows), len(self.names)))
        return self._sparse


def _apart(values: Sequence[float]) -> bool:
    """Two whole numbers lie between the values seen: not pinned."""
    return bool(values) and math.ceil(min(values) - _SLACK) < math.floor(max(values) + _SLACK)


def _one_value(low: float, high: float) -> bool:
    return math.ceil(low - _SLACK) >= math.floor(high + _SLACK)
