"""Crisis recall and false alarms of the signposting path as it runs at a question: the
detector, or, where the reply is not an answer, the NLU model's crisis intent
(`reply.model_decides`, `safeguarding.is_crisis_intent`). README's held-out safeguarding
figures are the detector's alone; this adds the model, as an upper bound: it assumes every
message fails to parse, so the model always gets to decide (true of most crisis messages,
and of the look-alikes that are not answers).

Run: .venv/bin/python bench/safeguarding_path_eval.py [safeguarding_*.csv ...]
(default: the held-out sets not spent, bench/safeguarding_eval.py's rule). Prints per
category recall and false alarms, detector alone and path; aggregates only, never a
phrase. Loads the trained model in models/ (about 40 s); 8,400 phrases take about 2 min.
"""

from __future__ import annotations

import asyncio
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.safeguarding_eval import DATA, is_held_out, load  # noqa: E402
from bot.trust.safeguarding import detect_concern, is_crisis_intent  # noqa: E402

MODEL = ROOT / "models" / "sounding-board.tar.gz"
NONE = "none"


async def outcomes(paths: Sequence[Path]) -> List[Tuple[str, bool, bool]]:
    """(label, detector flags, model's crisis intent) for every phrase."""
    from rasa.core.agent import Agent

    agent = Agent.load(str(MODEL))
    found = []
    for path in paths:
        for text, label in load(path):
            intent = (await agent.parse_message(text)).get("intent") or {}
            found.append((label, detect_concern(text) is not None,
                          is_crisis_intent(str(intent.get("name") or ""),
                                           float(intent.get("confidence") or 0.0))))
    return found


def table(found: Sequence[Tuple[str, bool, bool]]) -> List[str]:
    count: Dict[str, Counter] = {}
    for label, detector, model in found:
        tally = count.setdefault(label, Counter())
        tally["n"] += 1
        tally["detector"] += detector
        tally["path"] += detector or model
    lines = ["category | phrases | detector alone | path (detector, or model)"]
    crises = Counter()
    for label in sorted(count, key=lambda k: (k == NONE, k)):
        tally = count[label]
        if label != NONE:
            crises.update(tally)
        kind = "false alarms" if label == NONE else "recall"
        lines.append(f"{label} ({kind}) | {tally['n']} | {tally['detector'] / tally['n']:.3f} | "
                     f"{tally['path'] / tally['n']:.3f}")
    if crises["n"]:
        lines.insert(1, f"all crises (recall) | {crises['n']} | "
                        f"{crises['detector'] / crises['n']:.3f} | {crises['path'] / crises['n']:.3f}")
    return lines


def main(argv: Sequence[str]) -> int:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    if not MODEL.exists():
        print(f"no model at {MODEL}: run `make models/sounding-board.tar.gz`", file=sys.stderr)
        return 1
    paths = [Path(arg) for arg in argv[1:]] or [
        path for path in sorted(DATA.glob("safeguarding_heldout*.csv")) if is_held_out(path)]
    print(f"{len(paths)} file(s): {', '.join(path.stem for path in paths)}")
    print("\n".join(table(asyncio.run(outcomes(paths)))))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
