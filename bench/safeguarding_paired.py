"""Two versions of the safeguarding detector on the same phrases, phrase by phrase.

Run: .venv/bin/python bench/safeguarding_paired.py FIRST.json SECOND.json

Each file is what `bench/safeguarding_eval.py --outcomes=FILE.json` wrote: every file's
outcomes row by row (never a phrase, so held-out sets may be compared). For each file in
both, and for all of them together: crisis phrases caught by both, by the first only, by
the second only, by neither; ordinary phrases flagged by the first only and by the second
only; and the exact two-sided McNemar p-value of each pair of disagreements.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path
from typing import List, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.paired import Outcomes, by_file, mcnemar, run  # noqa: E402
from bench.safeguarding_eval import CAUGHT, FLAGGED, MISSED  # noqa: E402


@dataclass(frozen=True)
class Paired:
    caught_both: int
    caught_only_first: int
    caught_only_second: int
    missed_both: int
    flagged_both: int
    flagged_only_first: int
    flagged_only_second: int


def paired(first: Sequence[str], second: Sequence[str]) -> Paired:
    """The two versions' outcomes for the same phrases, in the same order."""
    if len(first) != len(second):
        raise ValueError(f"{len(first)} outcomes against {len(second)}: not the same file")
    pairs = list(zip(first, second, strict=True))
    return Paired(
        caught_both=pairs.count((CAUGHT, CAUGHT)),
        caught_only_first=pairs.count((CAUGHT, MISSED)),
        caught_only_second=pairs.count((MISSED, CAUGHT)),
        missed_both=pairs.count((MISSED, MISSED)),
        flagged_both=pairs.count((FLAGGED, FLAGGED)),
        flagged_only_first=sum(a == FLAGGED != b for a, b in pairs),
        flagged_only_second=sum(b == FLAGGED != a for a, b in pairs),
    )


def _line(name: str, part: Paired) -> str:
    caught_p = mcnemar(part.caught_only_first, part.caught_only_second)
    flagged_p = mcnemar(part.flagged_only_first, part.flagged_only_second)
    return (f"{name:<36}{part.caught_both:>6}{part.caught_only_first:>7}"
            f"{part.caught_only_second:>7}{part.missed_both:>7}{caught_p:>7.3f}"
            f"{part.flagged_both:>7}{part.flagged_only_first:>7}{part.flagged_only_second:>7}"
            f"{flagged_p:>7.3f}")


def report(first: Outcomes, second: Outcomes) -> List[str]:
    # c.: crisis phrases caught (both, first only, second only, neither); f.: ordinary
    # phrases flagged (both, first only, second only); p: McNemar of each disagreement.
    return by_file(first, second, paired, _line,
                   f"{'file':<36}{'c.both':>6}{'c.1st':>7}{'c.2nd':>7}{'c.none':>7}{'p':>7}"
                   f"{'f.both':>7}{'f.1st':>7}{'f.2nd':>7}{'p':>7}")


def main(argv: Sequence[str]) -> int:
    return run(argv, report, __doc__ or "")

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
