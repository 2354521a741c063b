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

*Unpublished* cells are quantities no table shows but that tie shown ones together
(those who skipped an optional question, those a `show_if` condition passed by):
always hidden, never protected for themselves, 0 or more. They turn what an adversary
knows as an inequality (answered <= took part) into a line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import AbstractSet, Callable, Dict, Hashable, List, Mapping, Optional, Sequence, Set, Tuple

Cell = Hashable
_PRIME = (1 << 61) - 1  # arithmetic modulo a prime: exact for these small integer systems


@dataclass(frozen=True)
class Line:
    """`parts` add up to `total` (all cells of the same table family)."""

    parts: Tuple[Cell, ...]
    total: Cell


# The bounds check (`bounds`) solves linear programmes: fast for a small consultation,
# where bounds pin counts (a few people, small totals); seconds for one with thousands
# of small cells (hundreds of areas), whose totals are large. Above this many small
# counts the line rules and the algebra stand alone.
BOUNDS_CHECKED = 1000
Rank = Callable[[Cell], int]  # which cells to hide first: lower first


def protect(counts: Mapping[Cell, int], lines: Sequence[Line], threshold: int,
            unpublished: AbstractSet[Cell] = frozenset(),
            rank: Optional[Rank] = None, known: AbstractSet[Cell] = frozenset()) -> Set[Cell]:
    """The cells to hide, primary and secondary (and the unpublished ones).

    `rank` orders the cells secondary suppression may hide (lower first, then smaller
    counts): a consultation's headline figures are hidden only when nothing else will do.
    `known` cells are given elsewhere (how many comments a question has): never hidden,
    and never relied on to hide another.
    """
    small = sorted((cell for cell, n in counts.items()
                    if 0 < n < threshold and cell not in unpublished and cell not in known),
                   key=str)
    hidden = set(small) | set(unpublished)
    work = _Work(counts, lines, unpublished, rank or (lambda _cell: 0), known)
    while True:
        changed = work.line_rules(hidden)
        if not changed:
            changed = work.hide_for_determined(hidden)
        if not changed and len(small) <= BOUNDS_CHECKED:
            changed = work.hide_for_bounds(hidden, small)
        if not changed:
            return hidden


@dataclass(frozen=True)
class _Work:
    counts: Mapping[Cell, int]
    lines: Sequence[Line]
    unpublished: AbstractSet[Cell]
    rank: Rank
    known: AbstractSet[Cell] = frozenset()
    free: Set[Cell] = field(default_factory=set)  # small counts the bounds leave free

    def line_rules(self, hidden: Set[Cell]) -> bool:
        changed = True
        any_change = False
        while changed:
            changed = False
            for line in self.lines:
                hidden_here = [c for c in (*line.parts, line.total) if c in hidden]
                if hidden_here and all(c in self.unpublished for c in hidden_here):
                    continue  # nothing shown is at stake here
                if len(hidden_here) == 1 or self._at_least_possible(line, hidden):
                    extra = self._candidates(line, hidden)
                    if extra:
                        hidden.add(extra[0])
                        changed = any_change = True
        return any_change

    def _at_least_possible(self, line: Line, hidden: Set[Cell]) -> bool:
        """The hidden parts add up to the least they could (1 each, 0 for unpublished
        ones) under a shown total: that sum pins every one of them."""
        hidden_parts = [c for c in line.parts if c in hidden]
        published = [c for c in hidden_parts if c not in self.unpublished]
        return (len(hidden_parts) >= 2 and bool(published) and line.total not in hidden
                and sum(self.counts[c] for c in hidden_parts) == len(published))

    def _candidates(self, line: Line, hidden: Set[Cell]) -> List[Cell]:
        """Shown non-zero members to hide, best first (parts before the total when
        ranked alike)."""
        members = [(c, 0) for c in line.parts] + [(line.total, 1)]
        shown = [(c, last) for c, last in members
                 if c not in hidden and c not in self.known and self.counts[c] > 0]
        ordered = sorted(shown, key=lambda m: (self.rank(m[0]), m[1], self.counts[m[0]],
                                               str(m[0])))
        return [c for c, _ in ordered]

    def hide_for_determined(self, hidden: Set[Cell]) -> bool:
        """Hide the best cell that leaves the first determined cell undetermined (or,
        when no one cell does, the best one)."""
        for cell in sorted(determined(self.lines, hidden) - set(self.unpublished), key=str):
            ordered = self._ranked_candidates(cell, hidden)
            if not ordered:
                continue
            chosen = next((c for c in ordered[:_TRIES]
                           if cell not in determined(self.lines, hidden | {c})), ordered[0])
            hidden.add(chosen)
            return True
        return False


    def _ranked_candidates(self, cell: Cell, hidden: Set[Cell]) -> List[Cell]:
        """The cells whose hiding could protect `cell` (on any line it is on), best first."""
        candidates: List[Cell] = []
        for line in self.lines:
            if cell in line.parts or cell == line.total:
                candidates += [c for c in self._candidates(line, hidden) if c not in candidates]
        return sorted(candidates, key=lambda c: (self.rank(c), self.counts[c], str(c)))

    def hide_for_bounds(self, hidden: Set[Cell], small: Sequence[Cell]) -> bool:
        """For each small count pinned by what is shown and by every hidden count being
        1 or more (`bounds`), hide the best cell that widens its range."""
        from bot.reporting.bounds import Bounds

        # Hiding more only widens ranges: a count once seen free stays free.
        doubt = [c for c in small if c not in self.free]
        pinned = Bounds(self.counts, self.lines, hidden, self.unpublished).pinned(doubt)
        self.free.update(c for c in doubt if c not in pinned)
        changed = False
        for cell in sorted(pinned, key=str):
            ordered = self._ranked_candidates(cell, hidden)
            if not ordered:
                continue
            chosen = next((c for c in ordered[:_TRIES] if not Bounds(
                self.counts, self.lines, hidden | {c}, self.unpublished).pinned([cell])),
                ordered[0])
            hidden.add(chosen)
            changed = True
        return changed


_TRIES = 6  # candidates tried per determined cell before taking the best-ranked


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
