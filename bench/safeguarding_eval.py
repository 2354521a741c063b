"""How well safeguarding detection does on the labelled phrases, and how fast.

Run: .venv/bin/python bench/safeguarding_eval.py [path/to/phrases.csv ...] [--outcomes=OUT.json]
(--outcomes: each file's outcome, row by row, for bench/safeguarding_paired.py; never a phrase)

With no path it reads every tuning file (TUNING below: the phrases written to
tune the lexicon, and the spent held-out sets, safeguarding_heldout.csv and _v2 to _v16,
tuning material since they were measured), through the whole detector (the rules, then
the net of bench/safeguarding_model_build.py, which was also trained on them). Prints the number of phrases,
recall on crisis phrases (any category counts as caught) overall and per
category, the false-alarm rate on ordinary answers (label "none") overall and
by the category wrongly reported, how often the category is right, the time
per message (median, 95th percentile, slowest; the one-off compile on first use
is shown apart), and, for tuning files only, every miss and false alarm so the
lexicon can be tuned. Tuning figures are an upper bound. A held-out file (one
whose first line starts "# Held-out") prints figures only, never phrases, unless
a line of its opening note starts "# Spent": a held-out set once measured is
spent, and becomes tuning material (a fresh held-out set replaces it).
"""

from __future__ import annotations

import csv
import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.trust.safeguarding import detect_concern  # noqa: E402

DATA = ROOT / "tests" / "data"
# The labelled phrase files (tests/unit/test_safeguarding.py holds the detector to them),
# then the spent held-out sets: together, everything the lexicon has been tuned on.
PHRASES = (
    DATA / "safeguarding_phrases.csv",
    DATA / "safeguarding_phrases_styles.csv",
    DATA / "safeguarding_phrases_indirect.csv",
    DATA / "safeguarding_phrases_twins.csv",
    DATA / "safeguarding_phrases_everyday.csv",
    DATA / "safeguarding_phrases_hints.csv",
    DATA / "safeguarding_phrases_concepts.csv",  # batch ten (issue 8, round ten)
    DATA / "safeguarding_phrases_probes.csv",  # batch eleven: round ten's probes
    DATA / "safeguarding_phrases_round9.csv",  # issue 8, round nine's blind tuning batch
)
TUNING = PHRASES + (
    DATA / "safeguarding_heldout.csv",  # spent 2026-12-02
    DATA / "safeguarding_heldout_v2.csv",  # spent 2026-12-02
    # Measured as held-out in stops 16-21, spent in stop 22: written blind, the closest to
    # how people write that a round can tune on. v6 and later stay held out.
    DATA / "safeguarding_heldout_v3.csv",
    DATA / "safeguarding_heldout_v4.csv",
    DATA / "safeguarding_heldout_v5.csv",
    # Measured as held-out in stops 20-22, spent in stop 23. v8 and later stay held out.
    DATA / "safeguarding_heldout_v6.csv",
    DATA / "safeguarding_heldout_v7.csv",
    # Measured as held-out in stops 21-23, spent later in stop 23. v11 and later stay held out.
    DATA / "safeguarding_heldout_v8.csv",
    DATA / "safeguarding_heldout_v9.csv",
    DATA / "safeguarding_heldout_v10.csv",
    # Measured as held-out in stop 23, spent in stop 24. v13 and later stay held out.
    DATA / "safeguarding_heldout_v11.csv",
    DATA / "safeguarding_heldout_v12.csv",
    # Measured as held-out in stop 24, spent in stop 25. v15 and later stay held out.
    DATA / "safeguarding_heldout_v13.csv",
    DATA / "safeguarding_heldout_v14.csv",
    # Measured as held-out in stops 24-25, spent in stop 26. v17 and later stay held out.
    DATA / "safeguarding_heldout_v15.csv",
    DATA / "safeguarding_heldout_v16.csv",
    # Measured as held-out in stops 26-27 (v17-v26 chose stop 27's net design), spent in stop
    # 28 for the net (rule R8-28b); the rules were never tuned on them. v27 and later stay
    # held out.
    DATA / "safeguarding_heldout_v17.csv",
    DATA / "safeguarding_heldout_v18.csv",
    DATA / "safeguarding_heldout_v19.csv",
    DATA / "safeguarding_heldout_v20.csv",
    DATA / "safeguarding_heldout_v21.csv",
    DATA / "safeguarding_heldout_v22.csv",
    DATA / "safeguarding_heldout_v23.csv",
    DATA / "safeguarding_heldout_v24.csv",
    DATA / "safeguarding_heldout_v25.csv",
    DATA / "safeguarding_heldout_v26.csv",
    # Written blind in stop 29 after rule R8-29, judged it once, spent for R8-29b (the net); the
    # rules were never tuned on them. v27-v44 stay held out.
    DATA / "safeguarding_heldout_v45.csv",
    DATA / "safeguarding_heldout_v46.csv",
    DATA / "safeguarding_heldout_v47.csv",
    DATA / "safeguarding_heldout_v48.csv",
)
# Messages to the bot that are neither answers nor crises (stop, skip, why, rude...), written
# blind in stop 29 (every row "none"): c1 and c2 judged rule R8-29 and are spent, the first sets
# the net learnt. Since stop 30 it learns c3-c8 too (safeguarding_model_build.chat_set_paths(8)).
CHAT_SETS = (DATA / "safeguarding_chat_c1.csv", DATA / "safeguarding_chat_c2.csv")
TIMING_ROUNDS = 3


def load(path: Path) -> list[tuple[str, str]]:
    """(text, label) rows; lines starting with "#" (a file's note) are skipped."""
    with path.open(newline="", encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [(row["text"], row["label"]) for row in csv.DictReader(lines)]


def note(path: Path) -> list[str]:
    """The comment lines a file opens with."""
    lines = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.startswith("#"):
                break
            lines.append(line)
    return lines


# "# Held-out", read generously ("# held out", "#Held-out"): showing a held-out phrase
# by mistake is worse than hiding a tuning one.
_HELD_OUT = re.compile(r"#\s*held[\s-]*out\b", re.IGNORECASE)
_SPENT = re.compile(r"#\s*spent\b", re.IGNORECASE)


def is_held_out(path: Path) -> bool:
    """A held-out set not yet spent: its phrases must never be shown."""
    lines = note(path)
    return bool(lines) and bool(_HELD_OUT.match(lines[0])) and not any(
        _SPENT.match(line) for line in lines
    )


def timings(texts: list[str]) -> tuple[float, list[float]]:
    """Seconds for the first call (compiles the lexicon) and for each later call."""
    start = time.perf_counter()
    detect_concern("first call")
    first = time.perf_counter() - start
    each = []
    for _ in range(TIMING_ROUNDS):
        for text in texts:
            start = time.perf_counter()
            detect_concern(text)
            each.append(time.perf_counter() - start)
    return first, sorted(each)


def print_per_file(paths: list[Path], found: dict) -> None:
    """Recall and false alarms of each file on its own, when several are read."""
    for path in paths:
        rows = load(path)
        crisis = [t for t, label in rows if label != "none"]
        ordinary = [t for t, label in rows if label == "none"]
        missed = sum(found[t] is None for t in crisis)
        flagged = sum(found[t] is not None for t in ordinary)
        print(
            f"  {path.name}: recall {1 - missed / max(len(crisis), 1):.3f} ({missed} of "
            f"{len(crisis)} missed), false alarms {flagged / max(len(ordinary), 1):.3f} "
            f"({flagged} of {len(ordinary)})"
        )


# A row's outcome: a crisis phrase caught or missed, an ordinary one flagged or left clear.
CAUGHT, MISSED, FLAGGED, CLEAR = "caught", "missed", "flagged", "clear"


def outcome(label: str, found: object) -> str:
    if label != "none":
        return MISSED if found is None else CAUGHT
    return CLEAR if found is None else FLAGGED


def write_outcomes(target: Path, paths: list[Path], found: dict) -> None:
    """Each file's outcomes, row by row (never a phrase: safe for a held-out file)."""
    kept = {path.name: [outcome(label, found[text]) for text, label in load(path)]
            for path in paths}
    target.write_text(json.dumps(kept, indent=1), encoding="utf-8")


def main(argv: list[str]) -> int:
    paths = [Path(arg) for arg in argv[1:] if not arg.startswith("--")] or list(TUNING)
    held_out = any(is_held_out(path) for path in paths)
    first, each = timings([text for path in paths for text, _ in load(path)])
    rows = [row for path in paths for row in load(path)]
    crisis = [(t, label) for t, label in rows if label != "none"]
    ordinary = [t for t, label in rows if label == "none"]
    found = {t: detect_concern(t) for t, _ in rows}
    misses = [(t, label) for t, label in crisis if found[t] is None]
    caught = [(t, label, c.category) for t, label in crisis if (c := found[t]) is not None]
    wrong = [(t, label, category) for t, label, category in caught if category != label]
    alarms = [(t, c.category) for t in ordinary if (c := found[t]) is not None]

    print(f"files: {', '.join(path.name for path in paths)}")
    print(f"phrases: {len(rows)} ({len(crisis)} crisis, {len(ordinary)} none)")
    print(f"recall: {1 - len(misses) / max(len(crisis), 1):.3f} ({len(misses)} missed)")
    print(f"false-alarm rate: {len(alarms) / max(len(ordinary), 1):.3f} ({len(alarms)} flagged)")
    print(f"category right when caught: {1 - len(wrong) / max(len(caught), 1):.3f}")
    for category in sorted({label for _, label in crisis}):
        total = sum(label == category for _, label in crisis)
        missed = sum(label == category for _, label in misses)
        flagged = sum(reported == category for _, reported in alarms)
        print(
            f"  {category}: recall {1 - missed / total:.3f} ({total - missed}/{total}), "
            f"false alarms reported as {category}: {flagged}"
        )
    if len(paths) > 1:
        print_per_file(paths, found)
    written = next((arg.split("=", 1)[1] for arg in argv[1:] if arg.startswith("--outcomes=")), None)
    if written:
        write_outcomes(Path(written), paths, found)
    n = len(each)
    print(
        f"time per message: median {each[n // 2] * 1e6:.0f} µs, 95th percentile "
        f"{each[int(n * 0.95)] * 1e6:.0f} µs, slowest {each[-1] * 1e6:.0f} µs "
        f"({n} calls); first call (compiles the lexicon) {first * 1e3:.0f} ms"
    )
    if held_out:
        # Phrases from a held-out set are never shown: seeing them is tuning on them.
        return 0
    for text, label in misses:
        print(f"  MISS [{label}] {text}")
    for text, category in alarms:
        print(f"  FALSE ALARM [{category}] {text}")
    for text, label, category in wrong:
        print(f"  CATEGORY [{label} -> {category}] {text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
