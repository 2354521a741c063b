"""How well the answer parser reads replies: tuning files and a held-out set, apart.

Run: .venv/bin/python bench/answers_eval.py [file.csv ...] [--tuning-only | --heldout-only]
                                            [--no-misses] [--outcomes=OUT.json]
(--outcomes: each file's outcome, row by row, for bench/paired.py; never a reply)

Each reply ends one of five ways: *stored right*, *confirmed right* ("Did you
mean …?" offering the right answer), *confirmed wrong* (offering a wrong one),
*re-asked* (not understood, or "which one?"), or *stored wrong*. A re-ask is the
right outcome for a reply a careful human would re-ask (expected REASK), so it is
counted as *right* there. Figures are printed per question type and per file, with
the confirm rate, how often a guess was right, and the time per reply.

Tuning material (the parsing table tests, tests/data/answers_tuning.csv,
answers_tuning_styles.csv, answers_tuning_round4.csv, _round8.csv, _round9.csv and the spent
held-out sets answers_heldout.csv, answers_heldout_v3.csv to _v17.csv and _v20.csv)
is what the parser was written against, so its figures are an upper bound; for
each tuning file every reply not read right is printed. A held-out file (its note
says FROZEN, or its name says heldout, and the note does not say "Spent on") prints
aggregate figures only, never a row or a miss: seeing them would be tuning on it. The held-out sets are
`HELD_OUT_SETS` (v18, v19, v21 to v25: tests/data/answers_heldout_v*.csv), read when they exist.
"""

from __future__ import annotations

import csv
import json
import re
import statistics
import sys
import time
from collections import Counter
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, Dict, Iterable, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.scripts.questions import FFT_OPTIONS, Question  # noqa: E402
from bot.understanding import parsing  # noqa: E402

DATA = ROOT / "tests" / "data"
TUNING_CSV = DATA / "answers_tuning.csv"
STYLES_CSV = DATA / "answers_tuning_styles.csv"
# Round 4 (issue 9, 2026-12-02): written before that round changed the parser, then tuned on.
ROUND4_CSV = DATA / "answers_tuning_round4.csv"
# Round 8 (issue 9, stop 21): written before that round changed the parser; the round's
# parser (branch parser8) was not adopted, so main has never been tuned on it.
ROUND8_CSV = DATA / "answers_tuning_round8.csv"
# Round 9 (issue 9, stop 22): written before that round changed the parser (not adopted).
ROUND9_CSV = DATA / "answers_tuning_round9.csv"
# The first held-out set: measured as held-out three times, then spent (2026-12-02).
SPENT_HELDOUT_CSV = DATA / "answers_heldout.csv"
# v3 to v8, each measured as held-out in stops 16-21, spent in stop 22, and v9-v12 spent
# in stop 23, v13 and v14 in stop 24, v15 and v16 in stop 25, v17 and v20 in stop 26 (their
# notes say so): replies written blind, the closest to how people reply that tuning can have.
SPENT_SETS = (SPENT_HELDOUT_CSV,
              *(DATA / f"answers_heldout_v{n}.csv" for n in (*range(3, 18), 20)))
TUNING_FILES = (TUNING_CSV, STYLES_CSV, ROUND4_CSV, ROUND8_CSV, ROUND9_CSV, *SPENT_SETS)
HELD_OUT_SETS = tuple(DATA / f"answers_heldout_v{n}.csv" for n in (18, 19, 21, 22, 23, 24, 25))
REASK = "REASK"
OUTCOMES = ("stored right", "confirmed right", "re-asked right", "confirmed wrong",
            "re-asked wrongly", "stored wrong")
RIGHT = ("stored right", "confirmed right", "re-asked right")
_RANGE = re.compile(r"\s*(-?[0-9.]+)\s*(?:-|to)\s*(-?[0-9.]+)\s*$")
# End labels written into a scale question ("1 = very hard, 5 = very easy"), as a script
# author would also give them in `labels`.
_END_LABEL = re.compile(r"\b([0-9]{1,2})\s*(?:=|is|means|:|-|\()\s*([A-Za-z][A-Za-z' -]{1,40}?)"
                        r"\s*(?=[,;)]|\band\b|\bto\b|$)")


@dataclass(frozen=True)
class Case:
    question: Question
    reply: str
    expected: Any  # a label, a list of labels, a number, "Yes"/"No", or REASK


def _number(text: str) -> float:
    value = float(text)
    return int(value) if value.is_integer() else value


def question_from_row(row: Dict[str, str]) -> Question:
    """The question a CSV row describes (options joined by |; a range as lo-hi)."""
    kind = row["question_type"].strip()
    options = row.get("options", "") or ""
    details: Dict[str, Any] = {}
    if kind in ("scale", "number"):
        found = _RANGE.match(options)
        if found:
            details.update(minimum=_number(found.group(1)), maximum=_number(found.group(2)))
        elif kind == "scale":
            details.update(minimum=1, maximum=5)
        if kind == "scale":
            low, high = details["minimum"], details["maximum"]
            details["labels"] = {int(point): label.strip() for point, label
                                 in _END_LABEL.findall(row["question"]) if low <= int(point) <= high}
    elif kind == "fft":
        details["options"] = FFT_OPTIONS
    elif kind == "yes_no":
        details["options"] = ("Yes", "No")
    elif options:
        details["options"] = tuple(label.strip() for label in options.split("|"))
    unit = (row.get("unit") or "").strip()
    if unit and "unit" in {f.name for f in fields(Question)}:
        details["unit"] = unit
    return Question(key=f"q{row.get('id', '')}", type=kind, text=row["question"], **details)


def expected_from_row(row: Dict[str, str], question: Question) -> Any:
    expected = row["expected"].strip()
    if expected.upper() == REASK:
        return REASK
    if question.type == "multi_choice":
        return [label.strip() for label in expected.split("|")]
    if question.type in ("scale", "number"):
        return _number(expected)
    if question.type == "yes_no":
        return expected.capitalize()
    return expected


def read_csv(path: Path) -> List[Dict[str, str]]:
    """Rows of a replies file; lines starting with "#" (its note) are skipped."""
    with path.open(newline="", encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return list(csv.DictReader(lines))


def case_from_row(row: Dict[str, str]) -> Case:
    question = question_from_row(row)
    # The tuning table lists the options a "which one?" offers; it is still a re-ask.
    expected = REASK if row.get("outcome") == "choose" else expected_from_row(row, question)
    return Case(question, row["reply"], expected)


def cases_from_csv(path: Path) -> List[Case]:
    return [case_from_row(row) for row in read_csv(path)]


def table_cases() -> List[Case]:
    """The parsing table tests' cases, read as (question, reply, expected)."""
    from tests.unit import test_parsing as general
    from tests.unit import test_parsing_choices as choices
    from tests.unit import test_parsing_numbers as numbers

    found: List[Case] = []

    def add(question: Question, reply: str, expected: Any) -> None:
        if isinstance(expected, parsing.Parsed):
            if expected.status == parsing.SKIP:
                return  # a skip is not an answer to read
            # a row expecting a store or an offer expects that value; any other, a re-ask
            read = (parsing.ANSWERED, parsing.CONFIRM)
            expected = expected.value if expected.status in read else REASK
        found.append(Case(question, reply, expected))

    for reply, value in choices.SINGLE_CASES:
        add(choices.PLACE, reply, value)
    for group in (choices.OTHER_SINGLE_CASES, choices.MULTI_CASES, numbers.SCALE_CASES,
                  numbers.NUMBER_CASES):
        for question, reply, value in group:
            add(question, reply, value)
    for reply, label in choices.FFT_CASES:
        add(choices.FFT_Q, reply, label)
    for reply, _ in choices.FFT_INVALID:
        add(choices.FFT_Q, reply, REASK)
    for reply in general.YES_WORDS:
        add(general.YES_NO_Q, reply, "Yes")
    for reply in general.NO_WORDS:
        add(general.YES_NO_Q, reply, "No")
    for reply, _ in general.YES_NO_INVALID:
        add(general.YES_NO_Q, reply, REASK)
    return found


def _same(value: Any, expected: Any) -> bool:
    if isinstance(expected, list):
        return isinstance(value, (list, tuple)) and list(value) == expected
    if isinstance(expected, (int, float)) and not isinstance(expected, bool):
        return isinstance(value, (int, float)) and float(value) == float(expected)
    return isinstance(value, str) and value == expected


def outcome(case: Case) -> str:
    """Which of the five ways one reply ended, against what was expected."""
    read = parsing.parse_answer(case.question, case.reply)
    status = read.status
    if status == parsing.ANSWERED:
        right = case.expected != REASK and _same(read.value, case.expected)
        return "stored right" if right else "stored wrong"
    if status == parsing.CONFIRM:
        right = case.expected != REASK and _same(read.value, case.expected)
        return "confirmed right" if right else "confirmed wrong"
    return "re-asked right" if case.expected == REASK else "re-asked wrongly"


@dataclass
class Tally:
    counts: Counter

    @property
    def total(self) -> int:
        return sum(self.counts.values())

    def share(self, *names: str) -> float:
        return sum(self.counts[name] for name in names) / max(self.total, 1)


def tally(cases: Iterable[Case]) -> Dict[str, Tally]:
    """Outcome counts per question type, and "all"."""
    by_type: Dict[str, Tally] = {}
    for case in cases:
        result = outcome(case)
        for key in (case.question.type, "all"):
            by_type.setdefault(key, Tally(Counter())).counts[result] += 1
    return by_type


def report(title: str, by_type: Dict[str, Tally]) -> List[str]:
    lines = [title, f"{'type':<14}{'n':>5}{'right':>8}{'stored wrong':>14}{'confirm rate':>14}"
             f"{'guess right':>13}  " + " / ".join(OUTCOMES)]
    for kind in sorted(by_type, key=lambda k: (k == "all", k)):
        t = by_type[kind]
        confirms = t.counts["confirmed right"] + t.counts["confirmed wrong"]
        guess_right = f"{t.counts['confirmed right'] / confirms:.3f}" if confirms else "-"
        lines.append(
            f"{kind:<14}{t.total:>5}{t.share(*RIGHT):>8.3f}{t.share('stored wrong'):>14.3f}"
            f"{t.share('confirmed right', 'confirmed wrong'):>14.3f}{guess_right:>13}  "
            + " / ".join(str(t.counts[name]) for name in OUTCOMES)
        )
    return lines


def figures(path: Path) -> Dict[str, Tally]:
    return tally(cases_from_csv(path))


def is_held_out(path: Path) -> bool:
    """A file nobody may tune on: its note says FROZEN, or its name says heldout, and the
    note does not say it was spent ("Spent on …")."""
    with path.open(encoding="utf-8") as handle:
        note = "".join(line for line in handle if line.startswith("#"))
    return ("FROZEN" in note or "heldout" in path.name) and "Spent on" not in note


def misses(cases: Iterable[Case]) -> List[str]:
    """One line for each reply not read right (tuning files only)."""
    lines = []
    for case in cases:
        result = outcome(case)
        if result not in RIGHT:
            read = parsing.parse_answer(case.question, case.reply)
            got = read.value if read.value is not None else read.reason
            lines.append(f"  {result:<17}{case.question.type:<14}{case.reply!r} -> "
                         f"{read.status} {got!r}; expected {case.expected!r}")
    return lines


def per_reply_ms(cases: Sequence[Case], rounds: int = 5) -> Tuple[float, float, float]:
    """Median, 95th percentile and slowest time to read one reply, in milliseconds. Each
    reply is read `rounds` times and its fastest kept, so other work on a shared machine
    does not count; the first read of a question (building its names) is included once."""
    best = [float("inf")] * len(cases)
    for _ in range(rounds):
        for index, case in enumerate(cases):
            start = time.perf_counter()
            parsing.parse_answer(case.question, case.reply)
            best[index] = min(best[index], (time.perf_counter() - start) * 1000)
    best.sort()
    return statistics.median(best), best[int(0.95 * (len(best) - 1))], best[-1]


def main(argv: Sequence[str]) -> int:
    named = [Path(arg) for arg in argv if not arg.startswith("--")]
    show_misses = "--no-misses" not in argv
    paths = list(named)
    if not named:
        paths = [path for path in TUNING_FILES if path.exists()]
        paths += [path for path in HELD_OUT_SETS if path.exists()]
    held = [path for path in paths if is_held_out(path)]
    tuning = [path for path in paths if path not in held]
    # (title, cases, misses listed, the file's name or "" for the table tests)
    sections: List[Tuple[str, List[Case], bool, str]] = []
    if "--heldout-only" not in argv:
        if not named:
            sections.append(("TUNING: the parsing table tests (an upper bound)", table_cases(),
                             False, ""))
        for path in tuning:
            spent = " (a spent held-out set)" if path in SPENT_SETS else ""
            sections.append((f"TUNING: {path.name}{spent} (an upper bound)",
                             cases_from_csv(path), show_misses, path.name))
    if "--tuning-only" not in argv:
        for path in held:
            sections.append((f"HELD-OUT: {path.name} (written blind, frozen; aggregate "
                             "figures only)", cases_from_csv(path), False, path.name))
    everything: List[Case] = []
    kept: Dict[str, List[str]] = {}  # each file's outcomes, row by row, for bench/paired.py
    for title, cases, listed, name in sections:
        if name:
            kept[name] = [outcome(case) for case in cases]
        print("\n".join(report(title, tally(cases))))
        if listed:
            print("\n".join(misses(cases)) or "  (no misses)")
        print()
        everything += cases
    written = next((arg.split("=", 1)[1] for arg in argv if arg.startswith("--outcomes=")), None)
    if written:  # outcomes only, never a reply: safe for a held-out file
        Path(written).write_text(json.dumps(kept, indent=1), encoding="utf-8")
    if everything:
        median, p95, slowest = per_reply_ms(everything)
        print(f"time per reply ({len(everything)} replies, fastest of 5 reads each): median "
              f"{median:.3f} ms, p95 {p95:.3f} ms, slowest {slowest:.2f} ms")
    print("right = stored right + confirmed right + re-asked right (expected REASK); "
          "targets on the held-out set: right >= 0.98, stored wrong <= 0.01")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
