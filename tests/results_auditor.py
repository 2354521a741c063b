"""An auditor of what a commissioner sees of one consultation: from the shown numbers of
every results table (the structures the API and dashboard serve), and the identities
anyone who has read the script knows, the range of values each hidden count could take.

Written apart from `bot.reporting.joint` on purpose: it models the adversary, not the
suppression. A hidden count ("*") is never 0 (zeros are shown), so it is 1 or more;
counts no table shows (who skipped an optional question, and so on) are 0 or more.
Ranges are of the linear programming relaxation (scipy's HiGHS): a hidden count whose
range holds one whole number is worked out exactly.

Number questions are summarised, not counted: `number_findings` asks what sums of their
answers the summaries served give, from one look or several (below).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any, Dict, Hashable, List, Mapping, Optional, Sequence, Tuple

from scipy.optimize import linprog

from bot.engine.flow import AGE, CONSENT, show_if_met
from bot.scripts.questions import FFT, FFT_POSITIVE, MULTI_CHOICE, NUMBER, SCALE, Question

Name = Hashable
NOT_GIVEN = "Not given"
DIMENSIONS = ("channel", "age_band", "area")


@dataclass
class Knowledge:
    """Unknowns, what is shown of each, and linear (in)equalities between them."""

    seen: Dict[Name, List[Any]] = field(default_factory=dict)  # shown values, or "*"
    unknown: List[Name] = field(default_factory=list)  # never shown anywhere (0 or more)
    equal: List[Tuple[Dict[Name, float], float]] = field(default_factory=list)
    at_most: List[Tuple[Dict[Name, float], float]] = field(default_factory=list)

    def show(self, name: Name, value: Any) -> Name:
        self.seen.setdefault(name, []).append(value)
        return name

    def hidden_unknown(self, name: Name) -> Name:
        if name not in self.unknown:
            self.unknown.append(name)
        return name

    def sums(self, parts: Sequence[Name], total: Name, minus: Sequence[Name] = ()) -> None:
        """sum(parts) = total (+ sum(minus) on the right)."""
        row: Dict[Name, float] = {}
        for p in parts:
            row[p] = row.get(p, 0) + 1
        for m in (total, *minus):
            row[m] = row.get(m, 0) - 1
        self.equal.append((row, 0.0))

    def no_more(self, part: Name, bound: Name) -> None:
        self.at_most.append(({part: 1.0, bound: -1.0}, 0.0))


@dataclass(frozen=True)
class Finding:
    name: Name
    low: float
    high: float

    @property
    def pinned(self) -> Optional[int]:
        if math.isinf(self.high):
            return None
        low, high = math.ceil(self.low - 1e-6), math.floor(self.high + 1e-6)
        return low if low == high else None


def audit(seen: Mapping[str, Any], questions: Sequence[Question], asks_area: bool = True
          ) -> List[Finding]:
    """The range of every hidden count, given everything shown in `seen`
    ({"participation", "questions", "timeline", "funnel"}, and "comments": the total the
    comments page gives for each free-text question) and the script."""
    know = Knowledge()
    for key, total in seen.get("comments", {}).items():
        know.show(("answered", key), total)
    _participation(know, seen["participation"])
    for q, shown in zip(questions, seen["questions"], strict=True):
        _question(know, q, shown)
    _timeline(know, seen["timeline"])
    _funnel(know, seen["funnel"], questions, asks_area)
    return ranges(know)


def disclosed(findings: Sequence[Finding], threshold: int) -> List[Finding]:
    """Hidden counts worked out exactly, at a small value (1 to threshold - 1)."""
    return [f for f in findings if f.pinned is not None and 0 < f.pinned < threshold]


def ranges(know: Knowledge) -> List[Finding]:
    names = list(dict.fromkeys([*know.seen, *know.unknown]))
    at = {n: i for i, n in enumerate(names)}
    # A ceiling far above any count keeps every problem bounded; a count that reaches
    # it has no ceiling of its own.
    ceiling = 10.0 * (sum(v for vs in know.seen.values() for v in vs if v != "*") + 100)
    bounds = []
    for n in names:
        shown = [v for v in know.seen.get(n, []) if v != "*"]
        bounds.append((shown[0], shown[0]) if shown else
                      ((1, ceiling) if n in know.seen else (0, ceiling)))
    def matrix(rows: List[Tuple[Dict[Name, float], float]]) -> Tuple[Any, Any]:
        if not rows:
            return None, None
        a = [[0.0] * len(names) for _ in rows]
        for r, (row, _) in enumerate(rows):
            for n, c in row.items():
                a[r][at[n]] += c
        return a, [rhs for _, rhs in rows]
    a_eq, b_eq = matrix(know.equal)
    a_ub, b_ub = matrix(know.at_most)
    found = []
    for n in names:
        if n not in know.seen or bounds[at[n]][0] == bounds[at[n]][1]:
            continue
        ends = []
        for sign in (1, -1):
            c = [0.0] * len(names)
            c[at[n]] = sign
            solved = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=bounds,
                             method="highs")
            if solved.status != 0:
                raise AssertionError(f"what is shown contradicts the identities ({n})")
            end = sign * solved.fun
            ends.append(math.inf if end >= ceiling - 1e-6 else end)
        found.append(Finding(n, ends[0], ends[1]))
    return found


def _participation(know: Knowledge, shown: Mapping[str, Any]) -> None:
    know.show(("N",), shown["participations"])
    know.show(("C",), shown["completed"])
    statuses = [know.show(("status", r["label"]), r["count"]) for r in shown["by_status"]]
    know.sums(statuses, ("N",))
    for d in DIMENSIONS:
        know.sums([know.show(("p", d, r["label"]), r["count"]) for r in shown["breakdowns"][d]],
                  ("N",))
    know.sums([("status", "completed")] if ("status", "completed") in know.seen else [],
              ("C",))


def _question(know: Knowledge, q: Question, shown: Mapping[str, Any]) -> None:
    k = q.key
    answered = know.show(("answered", k), shown["answered"])
    options = [know.show(("opt", k, r["label"]), r["count"]) for r in shown["options"]]
    additive = q.type != MULTI_CHOICE and bool(options)
    if additive:
        know.sums(options, answered)
    else:
        for o in options:
            know.no_more(o, answered)
    for d in DIMENSIONS:
        groups = []
        for row in shown["breakdowns"][d]:
            group = know.show(("qb", k, d, row["label"]), row["answered"])
            groups.append(group)
            cells = [know.show(("qbo", k, d, row["label"], o["label"]), o["count"])
                     for o in row["options"]]
            if additive:
                know.sums(cells, group)
            else:
                for c in cells:
                    know.no_more(c, group)
        if not groups:  # not broken down (free text), or nobody answered
            continue
        know.sums(groups, answered)
        for o in shown["options"]:
            know.sums([("qbo", k, d, row["label"], o["label"]) for row in shown["breakdowns"][d]],
                      ("opt", k, o["label"]))
    positive = shown["summary"].get("positive_percent") if q.type == FFT else None
    if positive is not None and shown["answered"] != "*":
        share = [("opt", k, label) for label in FFT_POSITIVE]
        row = {n: 1.0 for n in share}
        a = float(shown["answered"])
        know.at_most.append((row, a * (positive + 0.05) / 100))
        know.at_most.append(({n: -1.0 for n in share}, -a * (positive - 0.05) / 100))


def _timeline(know: Knowledge, shown: Mapping[str, Any]) -> None:
    know.show(("N",), shown["started"])
    know.show(("C",), shown["completed"])
    started = [know.show(("t_started", p["start"]), p["started"]) for p in shown["points"]]
    done = [know.show(("t_completed", p["start"]), p["completed"]) for p in shown["points"]]
    know.sums(started, ("N",))
    know.sums(done, ("C",))
    for s, c in zip(started, done, strict=True):
        know.no_more(c, s)


def _funnel(know: Knowledge, shown: Mapping[str, Any], questions: Sequence[Question],
            asks_area: bool) -> None:
    know.show(("N",), shown["participations"])
    know.show(("C",), shown["completed"])
    stops = {r["key"]: know.show(("stopped", r["key"]), r["count"])
             for r in shown["stopped_after"]}
    know.sums([*stops.values(), ("C",)], ("N",))
    by_key = {q.key: q for q in questions}
    for row in shown["reasks"]:
        k = row["key"]
        recorded = know.show(("recorded", k), row["recorded"])
        reasked = know.show(("reasked", k), row["reasked"])
        never = know.show(("never", k), row["never_understood"])
        know.no_more(reasked, recorded)
        know.no_more(never, reasked if by_key[k].max_reasks >= 1 else recorded)
        extra = [know.hidden_unknown(("skipped", k))] if by_key[k].optional else []
        know.sums([("answered", k), never, *extra], recorded)
    keys = [q.key for q in questions]
    for at, q in enumerate(questions):
        past = [("C",)] + [stops[j] for j in keys[at:] if j in stops]
        if q.show_if is None:
            know.sums(past, ("recorded", q.key))
            continue
        gap = know.hidden_unknown(("passed_by", q.key))
        know.sums(past, ("recorded", q.key), minus=[gap])
        parent = by_key.get(q.show_if.question)
        if parent is not None and parent.type not in (MULTI_CHOICE, NUMBER):
            labels = parent.scale_points if parent.type == SCALE else parent.options
            meeting = [("opt", parent.key, label) for label in labels
                       if show_if_met(q.show_if, {parent.key: label})
                       and ("opt", parent.key, label) in know.seen]
            row = {("recorded", q.key): 1.0}
            for m in meeting:
                row[m] = row.get(m, 0) - 1.0
            know.at_most.append((row, 0.0))
    age_not_given = ("p", "age_band", NOT_GIVEN)
    if age_not_given not in know.seen:
        know.show(age_not_given, 0)
    know.sums([stops[CONSENT]], age_not_given)
    if asks_area:
        area_not_given = ("p", "area", NOT_GIVEN)
        if area_not_given not in know.seen:
            know.show(area_not_given, 0)
        know.sums([stops[CONSENT], stops[AGE], know.hidden_unknown(("area_skipped",))],
                  area_not_given)
    for name in list(know.seen):
        if isinstance(name, tuple) and name[0] == "qb":
            group = ("p", name[2], name[3])
            if group not in know.seen:
                know.show(group, 0)
            know.no_more(name, group)


# --- Number questions -------------------------------------------------------------------
#
# A number question's answers are summarised, not counted: the auditor asks what sums of
# answers the summaries let anyone work out. An order statistic (a median, a quartile) is
# one answer's place in a group, or between two: no sum follows from it. Any figure of the
# answers that is not one is taken as linear (a mean; a total is a sum already): times the
# group's shown count it is the group's sum, and sums subtract.

ORDER_STATISTICS = frozenset({"lower_quartile", "median", "upper_quartile"})
SUMS = frozenset({"total", "sum"})


@dataclass(frozen=True)
class Given:
    """Something a look (or several) gives away about a number question's answers."""

    question: str
    group: Tuple[Any, ...]  # ("all",) or (dimension, label)
    looks: Tuple[int, ...]  # which looks (their places in `looks`)
    what: str


Sum = Tuple[int, str, Tuple[Any, ...]]  # (look, question key, group): a sum of answers


def number_findings(looks: Sequence[Mapping[str, Any]], questions: Sequence[Question],
                    threshold: int) -> List[Given]:
    """What the number questions' summaries give away, from one look at everything served
    ({"questions": ...}, as `audit` reads it) or several: the dashboard before and after
    more answers came, the published page beside the dashboard after an erasure.

    Found: a summary beside a count that is hidden or under the threshold (it describes
    fewer people than that); a hidden group's sum of answers that follows exactly from
    the sums shown (each breakdown's groups add up to everyone); and the sum of the
    answers that came between two looks, when fewer than the threshold came (one
    person's answer, when one came)."""
    keys = [q.key for q in questions if q.type == NUMBER]
    found: List[Given] = []
    equations: List[Tuple[Dict[Sum, Fraction], Fraction]] = []
    counts: Dict[Sum, Any] = {}
    for at, look in enumerate(looks):
        served = {q["key"]: q for q in look["questions"]}
        for key in keys:
            if key not in served:
                continue
            for group, count, summary in _number_groups(served[key]):
                counts[(at, key, group)] = count
                found += [Given(key, group, (at,), what)
                          for what in _judged(count, summary, threshold)]
                value = _sum_of(count, summary)
                if value is not None:
                    equations.append(({(at, key, group): Fraction(1)}, value))
            for dimension in DIMENSIONS:
                rows = served[key]["breakdowns"].get(dimension, [])
                if rows:
                    row: Dict[Sum, Fraction] = {(at, key, (dimension, r["label"])): Fraction(1)
                                                for r in rows}
                    row[(at, key, ("all",))] = Fraction(-1)
                    equations.append((row, Fraction(0)))
    solved = _Span(equations)
    for (at, key, group), count in counts.items():
        if count == "*":
            value = solved.value({(at, key, group): Fraction(1)})
            if value is not None:
                found.append(Given(key, group, (at,), f"the hidden group's sum of answers, "
                                                      f"{float(value):g}, follows from those shown"))
    for (at, key, group), count in counts.items():
        for (later, other, same), then in counts.items():
            if (other, same) != (key, group) or later <= at or "*" in (count, then):
                continue
            came = int(then) - int(count)
            if not 0 < came < threshold:
                continue
            value = solved.value({(later, key, group): Fraction(1),
                                  (at, key, group): Fraction(-1)})
            if value is not None:
                found.append(Given(key, group, (at, later),
                                   f"the {came} answer(s) that came between looks sum to "
                                   f"{float(value):g}"))
    return found


def _number_groups(shown: Mapping[str, Any]) -> List[Tuple[Tuple[Any, ...], Any, Dict[str, Any]]]:
    groups = [(("all",), shown["answered"], dict(shown.get("summary") or {}))]
    for dimension in DIMENSIONS:
        for row in shown["breakdowns"].get(dimension, []):
            groups.append(((dimension, row["label"]), row["answered"],
                           dict(row.get("summary") or {})))
    return groups


def _judged(count: Any, summary: Mapping[str, Any], threshold: int) -> List[str]:
    found = []
    if summary and (count == "*" or int(count) < threshold):
        found.append(f"a summary beside a count of {count}")
    found += [f"{name}: a figure the auditor cannot judge" for name in summary
              if name not in ORDER_STATISTICS | SUMS | {"mean"}]
    return found


def _sum_of(count: Any, summary: Mapping[str, Any]) -> Optional[Fraction]:
    """The group's sum of answers, if a figure shown gives it."""
    for name in SUMS:
        if summary.get(name) is not None:
            return Fraction(str(summary[name]))
    if summary.get("mean") is not None and count != "*":
        return Fraction(str(summary["mean"])) * int(count)
    return None


class _Span:
    """Linear equations over sums of answers, exactly (fractions): which combinations of
    sums they fix, and at what."""

    def __init__(self, equations: Sequence[Tuple[Dict[Sum, Fraction], Fraction]]) -> None:
        self.rows: Dict[Sum, Tuple[Dict[Sum, Fraction], Fraction]] = {}  # pivot -> row
        for coefficients, constant in equations:
            row, rhs = self._reduced(dict(coefficients), constant)
            if not row:
                continue
            pivot = min(row, key=repr)
            scale = row[pivot]
            row = {n: c / scale for n, c in row.items()}
            rhs /= scale
            for other, (other_row, other_rhs) in list(self.rows.items()):
                factor = other_row.get(pivot)
                if factor:
                    self.rows[other] = (_minus(other_row, row, factor), other_rhs - factor * rhs)
            self.rows[pivot] = (row, rhs)

    def _reduced(self, row: Dict[Sum, Fraction], rhs: Fraction
                 ) -> Tuple[Dict[Sum, Fraction], Fraction]:
        for pivot, (pivot_row, pivot_rhs) in self.rows.items():
            factor = row.get(pivot)
            if factor:
                row = _minus(row, pivot_row, factor)
                rhs -= factor * pivot_rhs
        return row, rhs

    def value(self, target: Dict[Sum, Fraction]) -> Optional[Fraction]:
        """The value of sum(c * sum) over `target`, when the equations fix it."""
        row, rhs = self._reduced(dict(target), Fraction(0))
        return None if row else -rhs


def _minus(row: Dict[Sum, Fraction], other: Mapping[Sum, Fraction], factor: Fraction
           ) -> Dict[Sum, Fraction]:
    found = dict(row)
    for name, c in other.items():
        found[name] = found.get(name, Fraction(0)) - factor * c
        if not found[name]:
            del found[name]
    return found
