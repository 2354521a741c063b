"""Small-number suppression for anything shown to commissioners.

Counts from 1 to threshold-1 are hidden (primary suppression). Then enough other
cells are hidden that no hidden count can be worked out from what is shown
(secondary suppression). Tables are described as *lines*: a set of parts that add
up to a total (a row of a breakdown and its row total, a column and the overall
count of that answer, the breakdown's totals and the grand total). Tables that
share cells (the overall answer counts are the margin of every breakdown) are
protected together, so a cell hidden in one is not given away by another.

Rules, applied until nothing changes:
1. a line with exactly one hidden member: hide the smallest other non-zero one;
2. a line whose hidden parts are all 1s (their sum would pin them): hide another;
3. no hidden cell may be determined exactly by the system of all lines (linear
   algebra over the shown numbers, the check the two rules approximate): for one
   that is, hide the smallest shown non-zero member of a line it is in.
Zero is never hidden (it discloses nobody). A hidden cell's range can still be
narrowed (it is 1 or more); that is inherent in showing totals at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Hashable, List, Mapping, Optional, Sequence, Set, Tuple

Cell = Hashable
_PRIME = (1 << 61) - 1  # arithmetic modulo a prime: exact for these small integer systems


@dataclass(frozen=True)
class Line:
    """`parts` add up to `total` (all cells of the same table family)."""

    parts: Tuple[Cell, ...]
    total: Cell


def protect(counts: Mapping[Cell, int], lines: Sequence[Line], threshold: int) -> Set[Cell]:
    """The cells to hide, primary and secondary."""
    hidden = {cell for cell, n in counts.items() if 0 < n < threshold}
    while True:
        changed = _line_rules(counts, lines, hidden)
        if not changed:
            changed = _hide_for_determined(counts, lines, hidden)
        if not changed:
            return hidden


def _line_rules(counts: Mapping[Cell, int], lines: Sequence[Line], hidden: Set[Cell]) -> bool:
    changed = True
    any_change = False
    while changed:
        changed = False
        for line in lines:
            members = (*line.parts, line.total)
            hidden_here = [c for c in members if c in hidden]
            hidden_parts = [c for c in line.parts if c in hidden]
            all_ones = (len(hidden_parts) >= 2 and line.total not in hidden
                        and all(counts[c] == 1 for c in hidden_parts))
            if len(hidden_here) == 1 or all_ones:
                extra = _smallest_shown(counts, line, hidden)
                if extra is not None:
                    hidden.add(extra)
                    changed = any_change = True
    return any_change


def _smallest_shown(counts: Mapping[Cell, int], line: Line, hidden: Set[Cell]) -> Optional[Cell]:
    """The part to hide next (the total only when no part can be)."""
    parts = [c for c in line.parts if c not in hidden and counts[c] > 0]
    if parts:
        return min(parts, key=lambda c: (counts[c], str(c)))
    if line.total not in hidden and counts[line.total] > 0:
        return line.total
    return None


def _hide_for_determined(counts: Mapping[Cell, int], lines: Sequence[Line],
                         hidden: Set[Cell]) -> bool:
    for cell in sorted(determined(lines, hidden), key=str):
        for line in lines:
            if cell in line.parts or cell == line.total:
                extra = _smallest_shown(counts, line, hidden)
                if extra is not None:
                    hidden.add(extra)
                    return True
    return False


def determined(lines: Sequence[Line], hidden: Set[Cell]) -> Set[Cell]:
    """Hidden cells whose value follows exactly from the lines and the shown cells.

    Each line is an equation in the hidden cells; a cell is determined when its unit
    vector lies in the span of the equations (a reduced row echelon form row with a
    single non-zero entry).
    """
    rows: List[Dict[Cell, int]] = []
    for line in lines:
        row: Dict[Cell, int] = {}
        for part in line.parts:
            if part in hidden:
                row[part] = (row.get(part, 0) + 1) % _PRIME
        if line.total in hidden:
            row[line.total] = (row.get(line.total, 0) - 1) % _PRIME
        row = {c: v for c, v in row.items() if v}
        if row:
            rows.append(row)
    reduced = _reduce(rows)
    return {next(iter(row)) for row in reduced if len(row) == 1}


def _reduce(rows: List[Dict[Cell, int]]) -> List[Dict[Cell, int]]:
    """Reduced row echelon form of sparse rows, modulo a prime."""
    pivots: Dict[Cell, Dict[Cell, int]] = {}
    for row in rows:
        row = dict(row)
        for pivot, prow in pivots.items():  # eliminate known pivots
            if pivot in row:
                _subtract(row, prow, row[pivot])
        if not row:
            continue
        pivot = min(row, key=str)
        inverse = pow(row[pivot], _PRIME - 2, _PRIME)
        row = {c: v * inverse % _PRIME for c, v in row.items()}
        for other in pivots.values():  # keep earlier rows reduced
            if pivot in other:
                _subtract(other, row, other[pivot])
        pivots[pivot] = row
    return list(pivots.values())


def _subtract(row: Dict[Cell, int], pivot_row: Dict[Cell, int], factor: int) -> None:
    for cell, value in pivot_row.items():
        new = (row.get(cell, 0) - factor * value) % _PRIME
        if new:
            row[cell] = new
        else:
            row.pop(cell, None)


def shown_counts(counts: Mapping[Cell, int], hidden: Set[Cell]) -> Dict[Cell, Optional[int]]:
    return {cell: (None if cell in hidden else n) for cell, n in counts.items()}


def sum_if_safe(cells: Sequence[Cell], line: Line, counts: Mapping[Cell, int],
                hidden: Set[Cell]) -> Optional[int]:
    """The sum of some parts of a line, when showing it gives nothing away.

    Safe when none of them is hidden, or when they include every hidden part and the
    total is shown (then the sum is the total minus shown numbers anyway).
    """
    hidden_parts = {c for c in line.parts if c in hidden}
    chosen_hidden = {c for c in cells if c in hidden}
    if not chosen_hidden or (chosen_hidden == hidden_parts and line.total not in hidden):
        return sum(counts[c] for c in cells)
    return None


TOTAL = "__total__"


def suppress(counts: Mapping[str, int], threshold: int) -> Dict[str, Optional[int]]:
    """One breakdown with its total (which is hidden on its own rule, `hidden_total`)."""
    cells: Dict[Cell, int] = {key: n for key, n in counts.items()}
    cells[TOTAL] = sum(counts.values())
    hidden = protect(cells, [Line(tuple(counts), TOTAL)], threshold)
    return {key: (None if key in hidden else n) for key, n in counts.items()}


def hidden_total(total: int, threshold: int) -> Optional[int]:
    """A total is hidden on the same rule as its cells."""
    return None if 0 < total < threshold else total


def percent(count: Optional[int], total: Optional[int]) -> Optional[float]:
    """A percentage only from shown numbers."""
    if count is None or not total:
        return None
    return 100.0 * count / total


def show(value: Optional[float], mask: str = "*", digits: int = 0) -> str:
    if value is None:
        return mask
    return f"{value:.{digits}f}" if digits else str(int(round(value)))
