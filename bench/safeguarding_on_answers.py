"""How many replies of the answer parser's blind sets the safeguarding detector flags.

Run: .venv/bin/python bench/safeguarding_on_answers.py [answers_*.csv ...]
(default: every tests/data/answers_heldout*.csv; the held-out v18, v19 and v21-v25 are rule
R8-29's guard.) Every reply in those sets is an answer to a survey question written blind,
none a crisis, so each flag is a false alarm a patient would see. Prints counts per file and
in all, never a reply (most of the sets are held out for the answer parser).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.answers_eval import DATA, read_csv  # noqa: E402
from bot.trust.safeguarding import detect_concern  # noqa: E402


def flagged(path: Path) -> tuple[int, int]:
    """(replies flagged, replies) of one answers file."""
    replies = [row["reply"] for row in read_csv(path)]
    return sum(detect_concern(reply) is not None for reply in replies), len(replies)


def main(argv: Sequence[str]) -> int:
    paths = [Path(arg) for arg in argv[1:]] or sorted(DATA.glob("answers_heldout*.csv"))
    total = [0, 0]
    for path in paths:
        count, n = flagged(path)
        total[0] += count
        total[1] += n
        print(f"{path.name}: {count} of {n} flagged")
    print(f"all: {total[0]} of {total[1]} flagged ({total[0] / max(total[1], 1):.4f})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
