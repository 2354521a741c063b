"""An auditor of what a commissioner sees of one consultation: from the shown numbers of
every results table (the structures the API and dashboard serve), and the identities
anyone who has read the script knows, the range of values each hidden count could take.

Written apart from `bot.reporting.joint` on purpose: it models the adversary, not the
suppression. A hidden count ("*") is never 0 (zeros are shown), so it is 1 or more;
counts no table shows (who skipped an optional question, and so on) are 0 or more.
Ranges are of the linear programming relaxation (scipy's HiGHS): a hidden count whose
range holds one whole number is worked out exactly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
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
