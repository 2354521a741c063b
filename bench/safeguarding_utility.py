"""Choices made on the blind sets v17-v26 by a utility that weighs a crisis missed as ten
false alarms (issue 8, stop 28). Prints counts only, never a phrase.

Run: .venv/bin/python bench/safeguarding_utility.py --gate        (rule R8-28a, ~10 s)
     .venv/bin/python bench/safeguarding_utility.py --threshold   (rule R8-28c, ~2.5 min)
     .venv/bin/python bench/safeguarding_utility.py --design      (rule R8-28d, ~2 min)
     .venv/bin/python bench/safeguarding_utility.py --rules-first (rule R8-28e, ~3 min)
     .venv/bin/python bench/safeguarding_utility.py --two-blocks  (rule R8-28f, ~2 min)
     .venv/bin/python bench/safeguarding_utility.py --within-intent [--gated] (R8-29, ~6 min)
     .venv/bin/python bench/safeguarding_utility.py --within-intent --chat-sets [--cleaned]
                                                       (R8-29b and R8-29c, ~10 min)
     .venv/bin/python bench/safeguarding_utility.py --within-intent --chat-sets --tables
                                                       (R8-29d, ~12 min)
     .venv/bin/python bench/safeguarding_utility.py --within-intent --chat-sets --tables \
         --learn-tables                                (R8-30, ~4 min)
     .venv/bin/python bench/safeguarding_utility.py --learnt-gate (R8-30b, ~2 min)

v17-v26 (3,600 phrases, 2,000 crises) chose stop 27's net design and were spent for these
choices; the rules were never tuned on them, so the rules' hits there stand for new writers.
Both rules were written in the stop's notes before any figure.

--gate ("classifier first", R8-28a): a rule hit signposts only when the shipped net's crisis
score is at least a gate G (what the rules clear as told-as-over stays cleared; the net alone
still flags at its threshold). For G from 0.00 to 0.75 in steps of 0.01, against no gate: look-
alikes no longer flagged minus 10 x crises no longer caught; the highest, ties to the lowest G.
The shipped net never learnt from v17-v26, so its scores there are out of sample. Result (stop
28): G 0.03, 10 look-alikes fewer, no crisis fewer; judged on the fresh v33 and v34 against
main: 1 look-alike fewer, crises the same (U = 1 < 10), not adopted.
The net shipped then had never learnt v17-v26, so its scores there were out of sample; every net
shipped since stop 29 learns them, so --gate now scores in sample and its choice means nothing
(it says so). --learnt-gate is the same table out of fold.

--threshold (R8-28c): the net learning from v17-v26 too, the weight of its ordinary rows
w in (8, 16, 32), each of v17-v26 scored by a net fitted without it; the whole detector (a rule
hit flags, a crisis told as over is clear, else the net at threshold t) scored by 10 x crises
caught - look-alikes flagged; t from 0.300 to 0.950 in steps of 0.005, at or above the lowest
t at which at most 16 NLU examples flag (as the build's chat bound); the best (w, t), ties to
the higher t, then the lower w.

--design (R8-28d, "classifier first" with a rebuilt net): the net as
safeguarding_model_build.STOP_28D_BASE (reading the normalised text, nothing cut out; word and
letter n-grams normalised apart; every spent set learnt from) with its ordinary rows weighted
w in (1, 8); each of v17-v26 scored by a net fitted without it. The detector: a rule hit stands
at a score of at least G, else the net flags at T unless the rules read the crisis as told
only as over. T from 0.050 to 0.950 in steps of 0.005, at or above the chat bound; G from 0.00
to 0.95 in steps of 0.01; the best (w, T, G) by the same utility, ties to the higher T, the
higher G, then the lower w.

--rules-first (R8-28e): the same net with its ordinary rows weighted w in (16, 32, 64) in
main's design (every rule hit stands: G 0); T as for --design.

--two-blocks (R8-28f): main's design and main's net (the idiom-cut text) with one change, the
word and letter n-grams normalised apart (STOP_28F_BASE), learning from every spent set, its
ordinary rows weighted w in (8, 16); T as for --design.

--within-intent (R8-29, stop 29, docs/experiments/rule-r8-29.md): the --design net in main's
design (every rule hit stands: G 0), its ordinary rows weighted w in (1, 4, 8, 16), with the
chat bound taken within intent (``Settings.chat_within``: each NLU example scored by a net that
has seen the rest of its intent, not none of it); T as for --design. With --gated, for
information only (a gate overrules tuned crises): w in (1, 8) and the gate G chosen as --design.
Result: w 8, T 0.330; judged on the fresh v45-v48 and chat c1, c2: not adopted (too many
messages to the bot flagged; docs/experiments/rule-r8-29.md).

--within-intent --chat-sets (R8-29b): as --within-intent, w in (4, 8, 16), the net also learning
the spent chat sets c1 and c2 (``Settings.chat_sets``) and v45-v48, T also at or above the chat
sets' bound (``Settings.chat_set_flags``: each chat set scored by a net fitted without it, the
whole detector flagging at most 13 of the 600, main's count), the utility over v17-v26 and
v45-v48 out of fold. Result: w 16, T 0.435; judged on the fresh v49-v52 and chat c3, c4:
met the rule but flagged about 45 rows of the rules' tables that must stay clear (it reads
the text with nothing cut out), so not shipped. With --cleaned (R8-29c): the same, the net
reading and learning the rules' cut text (STOP_29C_BASE). Result: w 4, T 0.515; on the fresh
v53-v56, c5, c6 it met the four conditions but flagged 11 rows the unit tests' tables hold
clear: not adopted. With --tables (R8-29d): as --cleaned, T also at or above the tables' bound
(``Settings.table_flags``: at most 5 of the rows bench/safeguarding_tables.py collects as
clear, the net fitted on everything). With --learn-tables (R8-30, stop 30,
docs/experiments/rule-r8-30.md): as --tables, the net also learning the tables
(``Settings.learn_tables``), the accepted false alarms counted in the tables' bound. Result:
w 8, T 0.525, adopted on v61-v64, c9, c10 (STOP_30).

--learnt-gate (R8-30b, stop 30, docs/experiments/rule-r8-30b.md): STOP_30 as shipped, with a gate
G on the rules' hits ("classifier first", as --gate but with nets fitted without each set): G
from 0.00 to 0.95 in steps of 0.01 by the same utility over v17-v26 and v45-v48 out of fold,
ties to the lower G.
"""

from __future__ import annotations

import dataclasses
import sys
from functools import partial
from pathlib import Path
from typing import Callable, NamedTuple, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.safeguarding_eval import DATA, load  # noqa: E402
from bot.trust import safeguarding_model  # noqa: E402
from bot.trust.safeguarding import read_by_rules  # noqa: E402

CHOOSING = tuple(DATA / f"safeguarding_heldout_v{n}.csv" for n in range(17, 27))
# R8-29b's: the sets spent in stop 29 too.
CHOOSING_29B = CHOOSING + tuple(DATA / f"safeguarding_heldout_v{n}.csv" for n in range(45, 49))
CRISIS_WEIGHT = 10
GATES = tuple(step / 100 for step in range(0, 76))
THRESHOLDS = tuple(step / 1000 for step in range(300, 951, 5))
WEIGHTS = (8.0, 16.0, 32.0)


class Row(NamedTuple):
    crisis: bool  # labelled a crisis
    rule_hit: bool  # the rules find a crisis (not told as over)
    over: bool  # the rules find one told only as over
    score: float  # the net's crisis score


def flags(row: Row, threshold: float, gate: float = 0.0) -> bool:
    """The whole detector, as ``safeguarding.classifier_first`` decides (gate 0: the rules
    first, as the shipped ``detect_concern``): a rule hit at a score of at least `gate`, else
    the net at `threshold` unless the rules read the crisis as told only as over (never
    both a hit and over)."""
    if row.over:
        return False
    return row.score >= (gate if row.rule_hit else threshold)


def utility(rows: Sequence[Row], threshold: float, gate: float = 0.0) -> int:
    """10 x crises caught - look-alikes flagged, by the detector `flags` models."""
    return sum((CRISIS_WEIGHT if row.crisis else -1) for row in rows
               if flags(row, threshold, gate))


def best(values: Sequence[float], value_of: Callable[[float], int]) -> tuple[float, int]:
    """The value with the highest utility, ties to the first in `values`."""
    scored = [(value_of(value), -i, value) for i, value in enumerate(values)]
    top = max(scored)
    return top[2], top[0]


def rows_of(path: Path, score: Callable[[str], float], reads: str = "cleaned") -> list[Row]:
    rows = []
    for text, label in load(path):
        reading = read_by_rules(text)
        rows.append(Row(label != "none", reading.concern is not None, reading.over,
                        score(reading.for_net(reads))))
    return rows


def out_of_fold(groups, settings, choosing: Sequence[Path] = CHOOSING) -> list[Row]:
    """Each of `choosing` (v17-v26) scored by a net of `settings` fitted on every other training
    file."""
    from bench.safeguarding_model_build import fit

    rows = []
    for path in choosing:
        net = fit([row for name, rest in groups if name != path.name for row in rest],
                  kinds=False, settings=settings)
        rows += rows_of(path, net.score, settings.reads)
    return rows


def gate_table(rows: Sequence[Row], threshold: float, gates: Sequence[float]) -> tuple[float, int]:
    """Print, for each gate on the rules' hits, the crises it overrules, the look-alikes it
    clears and its gain in utility over no gate; the best gate and its utility (ties to the
    first of `gates`, the lowest)."""
    hits = [row for row in rows if row.rule_hit]
    before = utility(rows, threshold)
    print(f"{len(rows)} phrases ({sum(r.crisis for r in rows)} crises); the rules' hits: "
          f"{sum(r.crisis for r in hits)} crises, {sum(not r.crisis for r in hits)} look-alikes; "
          f"net threshold {threshold:.4f}\ngate  crises lost  look-alikes cleared  gain over no gate")
    for gate in gates:
        lost = sum(r.crisis and not flags(r, threshold, gate) for r in hits)
        cleared = sum(not r.crisis and not flags(r, threshold, gate) for r in hits)
        print(f"{gate:.2f}  {lost:11d}  {cleared:19d}  {utility(rows, threshold, gate) - before}")
    return best(gates, partial(utility, rows, threshold))


def choose_gate() -> None:
    net = safeguarding_model.shipped()
    rows = [row for path in CHOOSING for row in rows_of(path, net.score)]
    print("the shipped net learnt v17-v26 (since stop 29): these scores are in sample; "
          "--learnt-gate scores them out of fold")
    gate, value = gate_table(rows, net.threshold, GATES)
    print(f"chosen gate: {gate if value > utility(rows, net.threshold) else 0.0:.2f}")


def choose_threshold() -> None:
    from bench import safeguarding_model_build as build

    groups = build.files(build.training(build.STOP_28B))  # v17-v26 learnt from
    results = []
    for weight in WEIGHTS:
        settings = dataclasses.replace(build.STOP_28B, ordinary_weight=weight)
        rows = out_of_fold(groups, settings)
        lowest = build.chat_threshold(groups, settings, 16)
        allowed = [t for t in reversed(THRESHOLDS) if t >= lowest] or [THRESHOLDS[-1]]
        threshold, value = best(allowed, partial(utility, rows))
        caught = sum(flags(r, threshold) for r in rows if r.crisis)
        flagged = sum(flags(r, threshold) for r in rows if not r.crisis)
        print(f"weight {weight:g}: chat bound {lowest:.4f}, best threshold {threshold:.3f}, "
              f"utility {value} ({caught} crises caught, {flagged} look-alikes flagged)")
        results.append((value, threshold, -weight))
    value, threshold, weight = max(results)
    print(f"chosen: weight {-weight:g}, threshold {threshold:.3f} (utility {value})")


DESIGN_THRESHOLDS = tuple(step / 1000 for step in range(50, 951, 5))
DESIGN_GATES = tuple(step / 100 for step in range(0, 96))
DESIGN_WEIGHTS = (1.0, 8.0)


def choose_design(weights: Sequence[float] = DESIGN_WEIGHTS,
                  gates: Sequence[float] = DESIGN_GATES, base_name: str = "STOP_28D_BASE",
                  choosing: Sequence[Path] = CHOOSING) -> None:
    from bench import safeguarding_model_build as build

    base = getattr(build, base_name)
    groups = build.files(build.training(base), base.reads)
    results = []
    for weight in weights:
        settings = dataclasses.replace(base, ordinary_weight=weight)
        rows = out_of_fold(groups, settings, choosing)
        lowest = build.chat_threshold(groups, settings, 16)
        if settings.chat_set_flags is not None:
            chat_sets = build.chat_set_threshold(groups, settings, settings.chat_set_flags)
            print(f"weight {weight:g}: NLU bound {lowest:.4f}, chat sets' bound {chat_sets:.4f}")
            lowest = max(lowest, chat_sets)
        if settings.table_flags is not None:
            tables = build.table_threshold(groups, settings, settings.table_flags)
            print(f"weight {weight:g}: tables' bound {tables:.4f}")
            lowest = max(lowest, tables)
        # The rules' hits depend on G alone and the rest on T alone, so each is best apart
        # (ties to the higher T and the higher G).
        hits = [row for row in rows if row.rule_hit]
        rest = [row for row in rows if not row.rule_hit]
        threshold, _ = best([t for t in reversed(DESIGN_THRESHOLDS) if t >= lowest],
                            partial(utility, rest))
        gate, _ = best(list(reversed(gates)), partial(utility, hits, 1.0))
        value = utility(rows, threshold, gate)
        caught = sum(flags(r, threshold, gate) for r in rows if r.crisis)
        flagged = sum(flags(r, threshold, gate) for r in rows if not r.crisis)
        alone = sum(r.score >= threshold and not r.over for r in rows if r.crisis)
        print(f"weight {weight:g}: chat bound {lowest:.4f}; best T {threshold:.3f}, G {gate:.2f}: "
              f"utility {value} ({caught} of {sum(r.crisis for r in rows)} crises caught, "
              f"{flagged} of {sum(not r.crisis for r in rows)} look-alikes flagged; the net "
              f"alone at T catches {alone})", flush=True)
        results.append((value, threshold, gate, -weight))
    value, threshold, gate, weight = max(results)
    print(f"chosen: weight {-weight:g}, T {threshold:.3f}, G {gate:.2f} (utility {value})")


LEARNT_GATES = tuple(step / 100 for step in range(0, 96))


def choose_learnt_gate() -> None:
    """R8-30b: the shipped STOP_30 net (weights and threshold as chosen) with a gate on the rules'
    hits, G by the utility over v17-v26 and v45-v48 out of fold, ties to the lower G."""
    from bench import safeguarding_model_build as build

    settings = build.STOP_30
    groups = build.files(build.training(settings), settings.reads)
    rows = out_of_fold(groups, settings, CHOOSING_29B)  # scored by nets fitted without each set
    gate, value = gate_table(rows, settings.threshold, LEARNT_GATES)
    caught = sum(flags(r, settings.threshold, gate) for r in rows if r.crisis)
    flagged = sum(flags(r, settings.threshold, gate) for r in rows if not r.crisis)
    print(f"chosen: G {gate:.2f} (utility {value}: {caught} of {sum(r.crisis for r in rows)} "
          f"crises caught, {flagged} of {sum(not r.crisis for r in rows)} look-alikes flagged)")


def main(argv: Sequence[str]) -> int:
    if "--learnt-gate" in argv:
        choose_learnt_gate()
    elif "--design" in argv:
        choose_design()
    elif "--rules-first" in argv:
        choose_design(weights=(16.0, 32.0, 64.0), gates=(0.0,))
    elif "--within-intent" in argv and "--chat-sets" in argv:
        choose_design(weights=(4.0, 8.0, 16.0), gates=(0.0,),
                      base_name=("STOP_30_BASE" if "--learn-tables" in argv else
                                 "STOP_29D_BASE" if "--tables" in argv else
                                 "STOP_29C_BASE" if "--cleaned" in argv else "STOP_29B_BASE"),
                      choosing=CHOOSING_29B)
    elif "--within-intent" in argv and "--gated" in argv:
        choose_design(weights=(1.0, 8.0), base_name="STOP_29_BASE")
    elif "--within-intent" in argv:
        choose_design(weights=(1.0, 4.0, 8.0, 16.0), gates=(0.0,), base_name="STOP_29_BASE")
    elif "--two-blocks" in argv:
        choose_design(weights=(8.0, 16.0), gates=(0.0,), base_name="STOP_28F_BASE")
    elif "--threshold" in argv:
        choose_threshold()
    else:
        choose_gate()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
