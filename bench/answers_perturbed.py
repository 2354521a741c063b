"""How well the answer parser holds up when a reply it reads is written a little differently.

Run: .venv/bin/python bench/answers_perturbed.py [--reask]

Every tuning reply (bench/answers_eval.py TUNING_FILES but the spent held-out sets) that is
stored right today is written four other ways, each seeded by the reply so every run and
every version of the parser sees the same text: with one slip in a word of five letters or
more (two letters swapped, one dropped, doubled or changed), with a remark after it
("… tbh", "…, that's it"), with an opener before it ("honestly …", "i'd say …"), and with a
sign-off ("… 👍", "…??"). It counts how each ends (bench/answers_eval.py's outcomes). With
`--reask`, the replies a careful human asks again are written the same ways, and should
still be asked again. This measures general mechanisms on new wording without writing a
new file; the replies are tuning material, so the figures are an upper bound.
"""

from __future__ import annotations

import random
import sys
import zlib
from collections import Counter
from pathlib import Path
from typing import Callable, Dict, List, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.answers_eval import (  # noqa: E402
    OUTCOMES,
    REASK,
    RIGHT,
    SPENT_SETS,
    TUNING_FILES,
    Case,
    cases_from_csv,
    outcome,
)

_REMARKS = (" tbh", " i think", ", that's it", " cos its easier", " to be honest", " haha",
            ", it's the easiest")
_OPENERS = ("um ", "honestly ", "i'd say ", "well ", "hmm, ")
_SIGN_OFFS = (" 👍", " x", "!!", "??", " 🙏", " lol x")


def _slip(reply: str, chance: random.Random) -> str | None:
    words = reply.split()
    long = [i for i, word in enumerate(words) if len(word) >= 5 and word.isalpha()]
    if not long:
        return None
    index = chance.choice(long)
    word, at = words[index], chance.randrange(1, len(words[index]) - 1)
    kind = chance.choice(("swap", "drop", "double", "change"))
    if kind == "swap":
        word = word[:at] + word[at + 1] + word[at] + word[at + 2:]
    elif kind == "drop":
        word = word[:at] + word[at + 1:]
    elif kind == "double":
        word = word[:at] + word[at] + word[at:]
    else:
        word = word[:at] + chance.choice("aeioustnr") + word[at + 1:]
    return " ".join(words[:index] + [word] + words[index + 1:])


WAYS: Dict[str, Callable[[str, random.Random], str | None]] = {
    "a slip": _slip,
    "a remark after": lambda reply, chance: reply + chance.choice(_REMARKS),
    "an opener before": lambda reply, chance: chance.choice(_OPENERS) + reply,
    "a sign-off": lambda reply, chance: reply + chance.choice(_SIGN_OFFS),
}


def rewritten(case: Case, way: str) -> Case | None:
    """The case with its reply written `way`, the same every run (seeded by the reply)."""
    chance = random.Random(zlib.crc32(f"{way}|{case.reply}".encode()))
    reply = WAYS[way](case.reply, chance)
    return None if reply is None else Case(case.question, reply, case.expected)


def _base(reask: bool) -> List[Case]:
    cases = [case for path in TUNING_FILES if path.exists() and path not in SPENT_SETS
             for case in cases_from_csv(path)]
    if reask:
        return [case for case in cases if case.expected == REASK
                and outcome(case) == "re-asked right"]
    return [case for case in cases if case.expected != REASK and outcome(case) == "stored right"]


def main(argv: Sequence[str]) -> int:
    reask = "--reask" in argv
    base = _base(reask)
    print(f"{len(base)} tuning replies {'asked again' if reask else 'stored right'} today, "
          "each written another way:")
    print(f"{'way':<18}{'n':>6}{'right':>8}{'stored wrong':>14}  " + " / ".join(OUTCOMES))
    for way in WAYS:
        counts = Counter(outcome(case) for case in (rewritten(c, way) for c in base) if case)
        total = max(sum(counts.values()), 1)
        right = sum(counts[name] for name in RIGHT) / total
        print(f"{way:<18}{total:>6}{right:>8.3f}{counts['stored wrong'] / total:>14.3f}  "
              + " / ".join(str(counts[name]) for name in OUTCOMES))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
