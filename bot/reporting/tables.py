"""Results tables for one consultation, with small numbers hidden. Pure: counts in,
JSON-ready values out.

Each question's overall counts and its breakdowns by channel, age band and area
are protected together (`suppression.protect`): the overall count of an answer is
the total of that answer's column in every breakdown, so a cell hidden anywhere
cannot be recovered from another table. A hidden count is "*"; a percentage is
given only when both its numbers are shown (otherwise null).

FFT scores follow NHS England's method ("Calculation and presentation of Friends
and Family Test data", https://www.england.nhs.uk/fft/calculations/; and "Using
the Friends and Family Test to improve patient experience", 2019, for the 2020
response scale): % positive = (Very good + Good) ÷ all responses, % negative =
(Poor + Very poor) ÷ all responses, where all responses includes "Neither good
nor poor" and "Don't know".
"""

from __future__ import annotations

from collections import Counter
from datetime import date, timedelta
from typing import Any, Callable, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from bot.reporting import number_summaries
from bot.reporting.cells import Table, rounded
from bot.reporting.suppression import Cell, Line, percent, sum_if_safe
from bot.reporting.tallies import NOT_GIVEN
from bot.scripts.questions import (
    AGE_BAND_LABELS,
    FFT,
    FFT_NEGATIVE,
    FFT_POSITIVE,
    FREE_TEXT,
    MULTI_CHOICE,
    NUMBER,
    SCALE,
    Question,
)

DIMENSIONS = ("channel", "age_band", "area")
TOTAL = "__total__"
Render = Callable[[], Any]  # a table's values, once its cells are protected


def dimension_values(dimension: str, seen: Iterable[str]) -> List[str]:
    values = set(seen)
    if dimension == "age_band":
        ordered = [label for label in AGE_BAND_LABELS if label in values]
        return ordered + sorted(values - set(ordered) - {NOT_GIVEN}) + (
            [NOT_GIVEN] if NOT_GIVEN in values else [])
    return sorted(values - {NOT_GIVEN}) + ([NOT_GIVEN] if NOT_GIVEN in values else [])


def _index(dimension: str) -> int:
    return DIMENSIONS.index(dimension)


# --- Participations ---------------------------------------------------------------

STATUSES = ("completed", "started", "withdrawn", "expired")


def participation_table(counts: Mapping[Tuple[str, str, str, str], int],
                        threshold: int) -> Dict[str, Any]:
    """Participations by status and by each dimension (each a line of the total)."""
    table = Table(threshold)
    render = fill_participation(table, counts)
    table.protect()
    return render()  # type: ignore[no-any-return]


def fill_participation(table: Table, counts: Mapping[Tuple[str, str, str, str], int]) -> Render:
    everyone = ("participations",)
    total = sum(counts.values())
    by_status: Counter = Counter()
    for (*_, status), n in counts.items():
        by_status[status] += n
    statuses = [s for s in STATUSES if s in by_status] + sorted(set(by_status) - set(STATUSES))
    table.line({("status", s): by_status[s] for s in statuses}, (everyone, total))
    values = {}
    for dimension in DIMENSIONS:
        tally: Counter = Counter()
        for key, n in counts.items():
            tally[key[_index(dimension)]] += n
        values[dimension] = dimension_values(dimension, tally)
        table.line({(dimension, v): tally[v] for v in values[dimension]}, (everyone, total))
    return lambda: {
        "participations": table.shown(everyone),
        "completed": table.shown(("status", "completed")),
        "completion_percent": table.percent(("status", "completed"), everyone),
        "by_status": [_row(table, s, ("status", s), everyone) for s in statuses],
        "breakdowns": {d: [_row(table, v, (d, v), everyone) for v in values[d]]
                       for d in DIMENSIONS},
    }


def _row(table: Table, label: Any, cell: Cell, of: Cell) -> Dict[str, Any]:
    return {"label": label, "count": table.shown(cell), "percent": table.percent(cell, of)}


# --- Questions --------------------------------------------------------------------


def labels_of(question: Question, seen: Iterable[Any]) -> List[Any]:
    """The answers to show: the script's options in order, then any others recorded
    (an option a newer version of the script dropped)."""
    if question.type == SCALE:
        labels: List[Any] = list(question.scale_points)
    elif question.type in (NUMBER, FREE_TEXT):
        return []
    else:
        labels = list(question.options)
    extra = sorted({v for v in seen if v not in labels}, key=str)
    return labels + extra


def question_table(question: Question, values: Mapping[Tuple[str, str, str, Any], int],
                   people: Mapping[Tuple[str, str, str], int], threshold: int) -> Dict[str, Any]:
    """One question: overall counts, FFT or number summary, and the three breakdowns
    (each group's number summary too: `number_summaries`).

    `values`: (channel, age band, area, answer) -> count; `people`: (channel, age
    band, area) -> how many answered (differs from the sum for multiple choice).
    """
    table = Table(threshold)
    render = fill_question(table, question, values, people)
    table.protect()
    return render()  # type: ignore[no-any-return]


def fill_question(table: Table, question: Question,
                  values: Mapping[Tuple[str, str, str, Any], int],
                  people: Mapping[Tuple[str, str, str], int]) -> Render:
    labels = labels_of(question, (key[3] for key in values))
    additive = question.type != MULTI_CHOICE and bool(labels)
    overall: Dict[Cell, int] = {("all", label): 0 for label in labels}
    for key, n in values.items():
        if ("all", key[3]) in overall:
            overall[("all", key[3])] += n
    answered = ("all", TOTAL)
    margin = _margin_line(table, overall, answered, sum(people.values()), additive)
    # No breakdown of who wrote free text: the comments page gives their number and
    # words, and a count per group beside them could point to the writer of one.
    dims = {d: [] if question.type == FREE_TEXT else
            _breakdown_lines(table, d, labels, values, people, additive) for d in DIMENSIONS}
    numbers = _numbers(values) if question.type == NUMBER else {}
    return lambda: {
        "key": question.key, "text": question.text, "type": question.type,
        "unit": question.unit if question.type == NUMBER else "",
        "answered": table.shown(answered),
        "options": [_row(table, label, ("all", label), answered) for label in labels],
        "summary": _summary(question, table, margin, numbers, answered),
        "breakdowns": {d: [_breakdown_row(table, d, v, labels, numbers) for v in dims[d]]
                       for d in DIMENSIONS},
    }


def _numbers(values: Mapping[Tuple[str, str, str, Any], int]) -> Dict[Cell, Counter]:
    """A number question's answers (value -> how many gave it), for everyone ("all",) and
    for each group (dimension, group)."""
    found: Dict[Cell, Counter] = {("all",): Counter()}
    for key, n in values.items():
        found[("all",)][key[3]] += n
        for dimension in DIMENSIONS:
            found.setdefault((dimension, key[_index(dimension)]), Counter())[key[3]] += n
    return found


def _margin_line(table: Table, overall: Dict[Cell, int], answered: Cell, total: int,
                 additive: bool) -> Optional[Line]:
    if additive:
        return table.line(overall, (answered, total))
    for cell, n in overall.items():
        table.put(cell, n)
    table.put(answered, total)
    return None


def _breakdown_lines(table: Table, dimension: str, labels: Sequence[Any],
                     values: Mapping[Tuple[str, str, str, Any], int],
                     people: Mapping[Tuple[str, str, str], int], additive: bool) -> List[str]:
    at = _index(dimension)
    cells: Counter = Counter()
    answered: Counter = Counter()
    for value_key, n in values.items():
        cells[(value_key[at], value_key[3])] += n
    for profile, n in people.items():
        answered[profile[at]] += n
    seen = dimension_values(dimension, answered)
    for v in seen:
        parts: Dict[Cell, int] = {(dimension, v, label): cells[(v, label)] for label in labels}
        if additive:
            table.line(parts, ((dimension, v, TOTAL), answered[v]))
        else:
            for cell, n in parts.items():
                table.put(cell, n)
            table.put((dimension, v, TOTAL), answered[v])
    for label in labels:  # each answer's column adds up to its overall count
        table.line({(dimension, v, label): cells[(v, label)] for v in seen},
                   (("all", label), table.count(("all", label))))
    table.line({(dimension, v, TOTAL): answered[v] for v in seen},
               (("all", TOTAL), table.count(("all", TOTAL))))
    return seen


def _breakdown_row(table: Table, dimension: str, value: str, labels: Sequence[Any],
                   numbers: Mapping[Cell, Counter]) -> Dict[str, Any]:
    of = (dimension, value, TOTAL)
    return {"label": value, "answered": table.shown(of),
            "options": [_row(table, label, (dimension, value, label), of) for label in labels],
            "summary": _number_summary(table, numbers, (dimension, value), of)}


def _number_summary(table: Table, numbers: Mapping[Cell, Counter], group: Cell,
                    of: Cell) -> Dict[str, Any]:
    """A group's median and quartiles, beside its count when that is shown (so never of
    a hidden group, nor of one under the threshold); {} for other questions."""
    if group not in numbers:
        return {}
    return number_summaries.summary(numbers[group], table.number(of), table.cells.threshold)


def _summary(question: Question, table: Table, margin: Optional[Line],
             numbers: Mapping[Cell, Counter], answered: Cell) -> Dict[str, Any]:
    if question.type == FFT and margin is not None:
        total = table.number(answered)
        found = {}
        for name, group in (("positive_percent", FFT_POSITIVE), ("negative_percent", FFT_NEGATIVE)):
            cells = table.cells_of(("all", label) for label in group)
            part = sum_if_safe(cells, margin, table.counts, table.hidden)
            found[name] = rounded(percent(part, total))
        return found
    if question.type == NUMBER:
        return _number_summary(table, numbers, ("all",), answered)
    return {}


# --- Over time, drop-off and re-asks ----------------------------------------------


def timeline_table(days: Sequence[Tuple[date, int, int]], threshold: int) -> Dict[str, Any]:
    """Started and completed per day (per week when the span is over 31 days).

    Not cumulative: a running total would give each period's small count away.
    """
    table = Table(threshold)
    render = fill_timeline(table, days)
    table.protect()
    return render()  # type: ignore[no-any-return]


def fill_timeline(table: Table, days: Sequence[Tuple[date, int, int]]) -> Render:
    weekly = bool(days) and (days[-1][0] - days[0][0]).days > 31
    buckets: Dict[date, List[int]] = {}
    for day, started, completed in days:
        start = day - timedelta(days=day.weekday()) if weekly else day
        bucket = buckets.setdefault(start, [0, 0])
        bucket[0] += started
        bucket[1] += completed
    for name in ("started", "completed"):
        at = 0 if name == "started" else 1
        table.line({(name, p): b[at] for p, b in buckets.items()},
                   ((name, TOTAL), sum(b[at] for b in buckets.values())))
    for p, (started, completed) in buckets.items():  # completed + not completed = started
        table.line({("completed", p): completed, ("not_completed", p): started - completed},
                   (("started", p), started))
    return lambda: {
        "period": "week" if weekly else "day",
        "points": [{"start": p.isoformat(), "started": table.shown(("started", p)),
                    "completed": table.shown(("completed", p))} for p in buckets],
        "started": table.shown(("started", TOTAL)),
        "completed": table.shown(("completed", TOTAL)),
    }


def funnel_table(stops: Mapping[Tuple[str, str], int], steps: Sequence[Tuple[str, str]],
                 threshold: int) -> Dict[str, Any]:
    """Where people stopped: for each step, those whose last step it was and who did
    not finish; and those who finished. `steps` are (key, label) in the order asked."""
    table = Table(threshold)
    render = fill_funnel(table, stops, steps)
    table.protect()
    return render()  # type: ignore[no-any-return]


def fill_funnel(table: Table, stops: Mapping[Tuple[str, str], int],
                steps: Sequence[Tuple[str, str]]) -> Render:
    stopped: Counter = Counter()
    finished = 0
    for (status, step), n in stops.items():
        if status == "completed":
            finished += n
        else:
            stopped[step] += n
    keys = [key for key, _ in steps] + sorted(set(stopped) - {k for k, _ in steps})
    labels = dict(steps)
    parts: Dict[Cell, int] = {("stopped", k): stopped[k] for k in keys}
    parts[("completed",)] = finished
    table.line(parts, (("all",), finished + sum(stopped.values())))
    return lambda: {
        "participations": table.shown(("all",)),
        "completed": table.shown(("completed",)),
        "stopped_after": [{"key": k, "label": labels.get(k, k or "before consent"),
                           "count": table.shown(("stopped", k)),
                           "percent": table.percent(("stopped", k), ("all",))} for k in keys],
    }


def reask_table(counts: Mapping[str, Tuple[int, int, int]], questions: Sequence[Question],
                threshold: int) -> List[Dict[str, Any]]:
    """Per question: answers recorded, how many needed asking again, how many never
    understood (after the re-ask limit), most re-asked first."""
    table = Table(threshold)
    render = fill_reasks(table, counts, questions)
    table.protect()
    return render()  # type: ignore[no-any-return]


def fill_reasks(table: Table, counts: Mapping[str, Tuple[int, int, int]],
                questions: Sequence[Question]) -> Render:
    for q in questions:
        n, reasked, never = counts.get(q.key, (0, 0, 0))
        table.line({("reasked", q.key): reasked, ("first_time", q.key): n - reasked},
                   (("recorded", q.key), n))
        table.line({("never", q.key): never, ("understood_later", q.key): reasked - never},
                   (("reasked", q.key), reasked))

    def render() -> List[Dict[str, Any]]:
        rows = [{"key": q.key, "text": q.text,
                 "recorded": table.shown(("recorded", q.key)),
                 "reasked": table.shown(("reasked", q.key)),
                 "reasked_percent": table.percent(("reasked", q.key), ("recorded", q.key)),
                 "never_understood": table.shown(("never", q.key))} for q in questions]
        return sorted(rows, key=lambda r: -(r["reasked_percent"] or -1))
    return render
