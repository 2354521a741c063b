"""How well safeguarding detection does on the labelled phrases.

Run: .venv/bin/python bench/safeguarding_eval.py [path/to/phrases.csv]

Prints the number of phrases, recall on crisis phrases (any category counts as
caught) overall and per category, the false-alarm rate on ordinary answers
(label "none"), how often the category is right, and, for the tuning set only,
every miss and false alarm so the lexicon can be tuned. The default CSV was
used to tune the lexicon, so its figures are an upper bound; a held-out file
(one whose first line starts "# Held-out") prints figures only, never phrases.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.trust.safeguarding import detect_concern  # noqa: E402

DEFAULT_CSV = ROOT / "tests" / "data" / "safeguarding_phrases.csv"


def load(path: Path) -> list[tuple[str, str]]:
    """(text, label) rows; lines starting with "#" (a held-out set's note) are skipped."""
    with path.open(newline="", encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [(row["text"], row["label"]) for row in csv.DictReader(lines)]


def main(argv: list[str]) -> int:
    path = Path(argv[1]) if len(argv) > 1 else DEFAULT_CSV
    rows = load(path)
    crisis = [(t, label) for t, label in rows if label != "none"]
    ordinary = [t for t, label in rows if label == "none"]
    found = {t: detect_concern(t) for t, _ in rows}
    misses = [(t, label) for t, label in crisis if found[t] is None]
    caught = [(t, label, c.category) for t, label in crisis if (c := found[t]) is not None]
    wrong = [(t, label, category) for t, label, category in caught if category != label]
    alarms = [(t, c.category) for t in ordinary if (c := found[t]) is not None]

    print(f"phrases: {len(rows)} ({len(crisis)} crisis, {len(ordinary)} none)")
    print(f"recall: {1 - len(misses) / max(len(crisis), 1):.3f} ({len(misses)} missed)")
    print(f"false-alarm rate: {len(alarms) / max(len(ordinary), 1):.3f} ({len(alarms)} flagged)")
    print(f"category right when caught: {1 - len(wrong) / max(len(caught), 1):.3f}")
    for category in sorted({label for _, label in crisis}):
        total = sum(label == category for _, label in crisis)
        missed = sum(label == category for _, label in misses)
        print(f"  recall {category}: {1 - missed / total:.3f} ({total - missed}/{total})")
    if path.read_text(encoding="utf-8").startswith("# Held-out"):
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
