"""The counts behind a consultation's results tables, the lines that tie them, and
which are hidden: one store a consultation's tables share, so each count is hidden
or shown once for all of them (`bot.reporting.joint`).

A `Table` is one table's view of the store: it names its cells within the table, and
a cell that is the same count as another table's (everyone who took part, in the
participation table, the timeline and the funnel) is mapped to one cell by `same`.
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Set, Tuple, Union

from bot.reporting.suppression import Cell, Line, Rank, percent, protect

HIDDEN = "*"
Shown = Union[int, str]  # a count, or "*"


class Cells:
    """Counts, lines, the cells no table shows, and (once protected) the hidden ones."""

    def __init__(self, threshold: int) -> None:
        self.threshold = threshold
        self.counts: Dict[Cell, int] = {}
        self.lines: List[Line] = []
        self.unpublished: Set[Cell] = set()
        self.same: Dict[Cell, Cell] = {}
        self.hidden: Set[Cell] = set()
        self.rank: Optional[Rank] = None  # which to hide first (`suppression.protect`)
        self.known: Set[Cell] = set()  # given elsewhere: never hidden

    def tie(self, parts: Sequence[Cell], total: Cell) -> None:
        """A line between cells already named in the store (of any tables)."""
        for cell in (*parts, total):
            self.counts.setdefault(cell, 0)
        self.lines.append(Line(tuple(parts), total))

    def protect(self) -> None:
        self.hidden = protect(self.counts, self.lines, self.threshold, self.unpublished,
                              self.rank, self.known)


class Table:
    """One table's cells in a `Cells` store (its own store when none is given)."""

    def __init__(self, threshold: int, cells: Optional[Cells] = None,
                 name: Optional[Cell] = None) -> None:
        self.cells = cells if cells is not None else Cells(threshold)
        self.name = name

    @property
    def counts(self) -> Mapping[Cell, int]:
        return self.cells.counts

    @property
    def hidden(self) -> Set[Cell]:
        return self.cells.hidden

    def cell(self, cell: Cell) -> Cell:
        """The store's name for this table's cell."""
        full = (self.name, cell) if self.name is not None else cell
        return self.cells.same.get(full, full)

    def put(self, cell: Cell, n: int) -> Cell:
        key = self.cell(cell)
        self.cells.counts[key] = n
        return key

    def count(self, cell: Cell) -> int:
        return self.cells.counts.get(self.cell(cell), 0)

    def line(self, parts: Mapping[Any, int], total: Tuple[Cell, int]) -> Line:
        keys = tuple(self.put(cell, n) for cell, n in parts.items())
        line = Line(keys, self.put(*total))
        self.cells.lines.append(line)
        return line

    def unpublished(self, cell: Cell, n: int) -> Cell:
        """A count no table shows (0 or more) that ties shown ones together."""
        key = self.put(cell, max(n, 0))
        self.cells.unpublished.add(key)
        return key

    def protect(self) -> None:
        self.cells.protect()

    def is_hidden(self, cell: Cell) -> bool:
        return self.cell(cell) in self.cells.hidden

    def shown(self, cell: Cell) -> Shown:
        return HIDDEN if self.is_hidden(cell) else self.count(cell)

    def number(self, cell: Cell) -> Optional[int]:
        return None if self.is_hidden(cell) else self.count(cell)

    def percent(self, cell: Cell, of: Cell) -> Optional[float]:
        return rounded(percent(self.number(cell), self.number(of)))

    def cells_of(self, cells: Iterable[Cell]) -> List[Cell]:
        return [self.cell(c) for c in cells]


def rounded(value: Optional[float]) -> Optional[float]:
    return None if value is None else round(value, 1)
