"""A consultation's results tables protected together, as a commissioner sees them.

Each table alone adds up (`bot.reporting.tables`), but a commissioner sees every table
of a consultation at once, and they share counts and are tied by what anyone who has
read the script knows. Protected one by one, a count hidden in one table could be
shown in another, or worked out by subtraction across them (the funnel hid "stopped
after used_service: 3"; the question tables showed 15 answered it and 12 answered the
next). So every table's cells go in one store, the same count is one cell wherever it
appears, the identities below are lines, and the whole is protected once.

Identities (from `bot.reporting.tallies` and the engine):
- everyone who took part (participation table, timeline total started, funnel) and
  those who completed (status, timeline total completed, funnel) are one count each;
- a question's answer rows ("recorded", re-asks table) = answered (question table)
  + never understood + skipped (only an optional question can be skipped);
- those past question i = completed + stopped after i or any later question
  (funnel); every one of them has an answer row for i unless i has a `show_if`
  condition; a conditional question's rows are at most the answers that meet it;
- age band "Not given" = stopped after consent (age comes next and is never skipped);
  area "Not given" = stopped after consent or age, plus those who skipped the area;
- those who answered a question in a group (an age band, area, channel) are at most
  those of the group who took part; each option of a multiple choice question is
  chosen by at most those who answered it.
Counts no table shows (skipped, passed by, and so on) are unpublished cells: hidden,
0 or more, never protected for themselves (`suppression.protect`). How many answered a
free-text question is given by the comments page (its total, and the comments), so it
is never hidden, nor relied on to hide anything.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any, Dict, List, Mapping, Sequence, Tuple

from bot.engine.flow import AGE, CONSENT, show_if_met
from bot.reporting import tables
from bot.reporting.cells import Cells, Table
from bot.reporting.suppression import Cell
from bot.reporting.tables import DIMENSIONS, TOTAL
from bot.reporting.tallies import NOT_GIVEN
from bot.scripts.questions import FREE_TEXT, MULTI_CHOICE, Question

Answers = Tuple[Counter, Counter]  # as `tallies.answer_counts` gives them


@dataclass(frozen=True)
class Counts:
    """What `bot.reporting.tallies` read for one consultation (areas regrouped)."""

    participations: Mapping[Tuple[str, str, str, str], int] = field(default_factory=dict)
    answers: Mapping[str, Answers] = field(default_factory=dict)
    days: Sequence[Tuple[Any, int, int]] = ()
    stops: Mapping[Tuple[str, str], int] = field(default_factory=dict)
    reasks: Mapping[str, Tuple[int, int, int]] = field(default_factory=dict)


def consultation_results(questions: Sequence[Question], steps: Sequence[Tuple[str, str]],
                         counts: Counts, threshold: int, asks_area: bool = True
                         ) -> Dict[str, Any]:
    """Every results table of a consultation, small numbers hidden across all of them:
    {"participation", "questions", "timeline", "funnel" (with "reasks")}."""
    cells = Cells(threshold)
    taking_part = Table(threshold, cells, "participation")
    everyone, completed = taking_part.cell(("participations",)), taking_part.cell(
        ("status", "completed"))
    for table, names in (("timeline", (("started", TOTAL), ("completed", TOTAL))),
                         ("funnel", (("all",), ("completed",)))):
        cells.same[(table, names[0])], cells.same[(table, names[1])] = everyone, completed
    timeline, funnel = Table(threshold, cells, "timeline"), Table(threshold, cells, "funnel")
    reasks = Table(threshold, cells, "reasks")
    question_tables = {q.key: Table(threshold, cells, ("question", q.key)) for q in questions}
    renders = [tables.fill_participation(taking_part, counts.participations)]
    renders += [tables.fill_question(question_tables[q.key], q,
                                     *counts.answers.get(q.key, (Counter(), Counter())))
                for q in questions]
    renders += [tables.fill_timeline(timeline, counts.days),
                tables.fill_funnel(funnel, counts.stops, steps),
                tables.fill_reasks(reasks, counts.reasks, questions)]
    cells.counts.setdefault(completed, 0)
    cells.rank = lambda cell: _rank(cell, everyone, completed)
    # The comments page says how many answered each free-text question (and shows them).
    cells.known = {question_tables[q.key].cell(("all", TOTAL)) for q in questions
                   if q.type == FREE_TEXT}
    ties = _Ties(cells, Table(threshold, cells, "unpublished"), funnel, reasks, question_tables)
    ties.answer_rows(questions)
    ties.reach(questions, completed)
    ties.profile(taking_part, questions, asks_area)
    ties.chosen_at_most_answered(questions)
    cells.protect()
    found = [render() for render in renders]
    funnel_found = {**found[-2], "reasks": found[-1]}
    return {"participation": found[0], "questions": found[1:-3], "timeline": found[-3],
            "funnel": funnel_found}


# Secondary suppression hides diagnostics before results, and headline figures last.
_RANKS = {"funnel": 0, "reasks": 0, "timeline": 1, "participation": 2}


def _rank(cell: Cell, everyone: Cell, completed: Cell) -> int:
    if cell in (everyone, completed):
        return 6
    table, inner = cell if isinstance(cell, tuple) and len(cell) == 2 else (None, None)
    if isinstance(table, tuple):  # ("question", key)
        if isinstance(inner, tuple) and inner[0] == "all":
            return 5 if inner[1] == TOTAL else 4
        return 3
    return _RANKS.get(str(table), 3)


@dataclass
class _Ties:
    """The lines between tables (the identities in the module docstring)."""

    cells: Cells
    unpublished: Table
    funnel: Table
    reasks: Table
    questions: Dict[str, Table]

    def answer_rows(self, questions: Sequence[Question]) -> None:
        for q in questions:
            answered, never = self.questions[q.key].cell(("all", TOTAL)), self.reasks.cell(
                ("never", q.key))
            recorded = self.reasks.cell(("recorded", q.key))
            parts: List[Cell] = [answered, never]
            if q.optional:
                skipped = self._count(recorded) - self._count(answered) - self._count(never)
                parts.append(self.unpublished.unpublished(("skipped", q.key), skipped))
            self._identity(parts, recorded, ("rows", q.key))

    def reach(self, questions: Sequence[Question], completed: Cell) -> None:
        keys = [q.key for q in questions]
        by_key = {q.key: q for q in questions}
        for at, q in enumerate(questions):
            past = [completed] + [self.funnel.cell(("stopped", k)) for k in keys[at:]]
            recorded = self.reasks.cell(("recorded", q.key))
            if q.show_if is None:
                self._identity(past, recorded, ("past", q.key))
                continue
            reached = self._unpublished(("past", q.key), past)
            self._at_most(recorded, reached, ("passed_by", q.key))
            meeting = self._meeting(q, by_key)
            if meeting:
                self._at_most(recorded, self._unpublished(("meeting", q.key), meeting),
                              ("stopped_between", q.key))

    def profile(self, taking_part: Table, questions: Sequence[Question], asks_area: bool) -> None:
        stopped = {k: self.funnel.cell(("stopped", k)) for k in (CONSENT, AGE)}
        self._identity([stopped[CONSENT]], taking_part.cell(("age_band", NOT_GIVEN)),
                       ("no_age",))
        if asks_area:
            area_not_given = taking_part.cell(("area", NOT_GIVEN))
            self.cells.counts.setdefault(area_not_given, 0)
            skipped = (self._count(area_not_given) - self._count(stopped[CONSENT])
                       - self._count(stopped[AGE]))
            self.cells.tie([stopped[CONSENT], stopped[AGE],
                            self.unpublished.unpublished(("area_skipped",), skipped)],
                           area_not_given)
        for q in questions:
            name = ("question", q.key)
            groups = [c[1] for c in list(self.cells.counts)
                      if isinstance(c, tuple) and len(c) == 2 and c[0] == name
                      and len(c[1]) == 3 and c[1][0] in DIMENSIONS and c[1][2] == TOTAL]
            for group in groups:
                self._at_most((name, group), taking_part.cell(group[:2]),
                              ("not_answered", q.key, group[:2]))

    def chosen_at_most_answered(self, questions: Sequence[Question]) -> None:
        """Multiple choice: each option is chosen by at most those who answered (overall
        and in each group), as no line of its own table says."""
        for q in questions:
            if q.type != MULTI_CHOICE:
                continue
            name = ("question", q.key)
            cells = [c[1] for c in list(self.cells.counts)
                     if isinstance(c, tuple) and len(c) == 2 and c[0] == name]
            for cell in cells:
                if cell[-1] != TOTAL:
                    of = ("all", TOTAL) if cell[0] == "all" else (*cell[:2], TOTAL)
                    self._at_most((name, cell), (name, of), ("not_chosen", q.key, cell))

    def _meeting(self, q: Question, by_key: Mapping[str, Question]) -> List[Cell]:
        """The overall answer counts of the earlier question that meet `q`'s condition
        (none when they do not add up to people: multiple choice, numbers)."""
        condition = q.show_if
        earlier = by_key.get(condition.question) if condition is not None else None
        if condition is None or earlier is None or earlier.type == MULTI_CHOICE:
            return []
        table = self.questions[earlier.key]
        labels = tables.labels_of(earlier, ())
        return [table.cell(("all", label)) for label in labels
                if show_if_met(condition, {earlier.key: label})]

    def _identity(self, parts: Sequence[Cell], total: Cell, name: Cell) -> None:
        """sum(parts) = total, as the engine keeps it. Data from before a script was
        edited, or someone who went back a question and then stopped, can break it; then
        it is only a bound (and a reader who trusts it is misled by the difference)."""
        self.cells.counts.setdefault(total, 0)
        short = self._count(total) - sum(self._count(c) for c in parts)
        if short == 0:
            self.cells.tie(parts, total)
        elif short > 0:
            self.cells.tie([*parts, self.unpublished.unpublished(("short", name), short)],
                           total)
        else:
            over = self.unpublished.unpublished(("over", name), -short)
            self.cells.tie([total, over], self._unpublished(("sum", name), parts))

    def _unpublished(self, name: Cell, parts: Sequence[Cell]) -> Cell:
        """An unpublished cell that is the sum of `parts`."""
        total = self.unpublished.unpublished(name, sum(self._count(c) for c in parts))
        self.cells.tie(parts, total)
        return total

    def _at_most(self, cell: Cell, bound: Cell, name: Cell) -> None:
        """cell <= bound: cell + (an unpublished difference) = bound."""
        self.cells.counts.setdefault(bound, 0)
        gap = self.unpublished.unpublished(name, self._count(bound) - self._count(cell))
        self.cells.tie([cell, gap], bound)

    def _count(self, cell: Cell) -> int:
        return self.cells.counts.get(cell, 0)
