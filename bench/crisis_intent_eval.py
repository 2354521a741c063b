"""How well the NLU `crisis` intent alone separates crisis from ordinary messages.

    .venv/bin/python bench/crisis_intent_eval.py [threshold ...]

Loads the trained model and parses every row of tests/data/safeguarding_phrases.csv.
The lexicon (bench/safeguarding_eval.py) is the main net; this shows why the model
is only trusted where it cannot throw an answer away.
"""

from __future__ import annotations

import asyncio
import csv
import os
import sys
from pathlib import Path
from typing import List, Tuple

ROOT = Path(__file__).resolve().parent.parent
CSV = ROOT / "tests" / "data" / "safeguarding_phrases.csv"


async def crisis_confidences(rows: List[Tuple[str, str]]) -> List[float]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(ROOT / "models" / "sounding-board.tar.gz"))
    scores = []
    for text, _ in rows:
        parsed = await agent.parse_message(text)
        ranking = {i["name"]: i["confidence"] for i in parsed.get("intent_ranking", [])}
        scores.append(float(ranking.get("crisis", 0.0)))
    return scores


def main(thresholds: List[float]) -> int:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    with CSV.open(newline="", encoding="utf-8") as handle:
        rows = [(r["text"], r["label"]) for r in csv.DictReader(handle)]
    scores = asyncio.run(crisis_confidences(rows))
    crisis = [s for s, (_, label) in zip(scores, rows, strict=True) if label != "none"]
    ordinary = [s for s, (_, label) in zip(scores, rows, strict=True) if label == "none"]
    for threshold in thresholds:
        recall = sum(s >= threshold for s in crisis) / len(crisis)
        alarms = sum(s >= threshold for s in ordinary) / len(ordinary)
        print(f"threshold {threshold:.2f}: recall {recall:.3f} on {len(crisis)} crisis, "
              f"false alarms {alarms:.3f} on {len(ordinary)} ordinary")
    return 0


if __name__ == "__main__":
    sys.exit(main([float(a) for a in sys.argv[1:]] or [0.5, 0.8, 0.9]))
