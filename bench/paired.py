"""Two versions of the answer parser on the same replies, reply by reply.

Run: .venv/bin/python bench/paired.py MAIN.json BRANCH.json

Each file is what `bench/answers_eval.py --outcomes=FILE.json` wrote: every file's
outcomes row by row (never a reply, so held-out sets may be compared). For each file in
both, and for all of them together: replies right in both, right only in the first,
right only in the second, right in neither; replies stored wrong only in one of them; and
the exact two-sided McNemar p-value of the right/wrong disagreements (the chance of a split
at least this uneven if neither version were better). A difference of 0.01 in the share
right on one set of 340 replies is within its own noise (the standard error there is
about 0.02); the disagreements of the same replies say more.
"""

from __future__ import annotations

import json
import sys
from dataclasses import astuple, dataclass
from math import comb
from pathlib import Path
from typing import Any, Callable, Dict, List, Sequence, TypeVar

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.answers_eval import RIGHT  # noqa: E402

STORED_WRONG = "stored wrong"


@dataclass(frozen=True)
class Paired:
    both: int
    only_first: int
    only_second: int
    neither: int
    wrong_only_first: int  # stored wrong by the first version only
    wrong_only_second: int

    @property
    def p_value(self) -> float:
        return mcnemar(self.only_first, self.only_second)


def mcnemar(first: int, second: int) -> float:
    """Exact two-sided p-value for `first` against `second` disagreements."""
    n = first + second
    if n == 0:
        return 1.0
    tail = sum(comb(n, i) for i in range(min(first, second) + 1)) / 2 ** n
    return min(1.0, 2 * tail)


def paired(first: Sequence[str], second: Sequence[str]) -> Paired:
    """The two versions' outcomes for the same replies, in the same order."""
    if len(first) != len(second):
        raise ValueError(f"{len(first)} outcomes against {len(second)}: not the same file")
    pairs = list(zip(first, second, strict=True))
    right = [(a in RIGHT, b in RIGHT) for a, b in pairs]
    return Paired(both=right.count((True, True)), only_first=right.count((True, False)),
                  only_second=right.count((False, True)), neither=right.count((False, False)),
                  wrong_only_first=sum(a == STORED_WRONG != b for a, b in pairs),
                  wrong_only_second=sum(b == STORED_WRONG != a for a, b in pairs))


Counts = TypeVar("Counts")  # a dataclass of counts, one per kind of disagreement
Outcomes = Dict[str, List[str]]  # each file's outcomes, row by row


def combined(parts: Sequence[Counts]) -> Counts:
    """The counts of several files added up, field by field."""
    rows: List[Any] = list(parts)  # dataclass instances (astuple's argument)
    return type(parts[0])(*(sum(counts) for counts in zip(*map(astuple, rows), strict=True)))


def by_file(first: Outcomes, second: Outcomes, pair: Callable[[List[str], List[str]], Counts],
            line: Callable[[str, Counts], str], header: str) -> List[str]:
    """A line for each file in both, and one for all of them together when several."""
    lines, parts = [header], []
    for name in [name for name in first if name in second]:
        parts.append(pair(first[name], second[name]))
        lines.append(line(name, parts[-1]))
    if len(parts) > 1:
        lines.append(line("all", combined(parts)))
    return lines


def run(argv: Sequence[str], report: Callable[[Outcomes, Outcomes], List[str]],
        usage: str) -> int:
    """The command line of a paired comparison: two outcome files, the report printed."""
    if len(argv) != 2:
        print(usage)
        return 2
    first, second = (json.loads(Path(arg).read_text(encoding="utf-8")) for arg in argv)
    print("\n".join(report(first, second)))
    return 0


def report(first: Outcomes, second: Outcomes) -> List[str]:
    return by_file(first, second, paired, _line,
                   f"{'file':<32}{'both':>6}{'1st only':>10}{'2nd only':>10}{'neither':>9}"
                   f"{'wrong 1st':>11}{'wrong 2nd':>11}{'p':>8}")


def _line(name: str, part: Paired) -> str:
    return (f"{name:<32}{part.both:>6}{part.only_first:>10}{part.only_second:>10}"
            f"{part.neither:>9}{part.wrong_only_first:>11}{part.wrong_only_second:>11}"
            f"{part.p_value:>8.3f}")


def main(argv: Sequence[str]) -> int:
    return run(argv, report, __doc__ or "")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
