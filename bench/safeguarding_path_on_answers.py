"""What the whole signposting path does with ordinary survey replies: the detector, and
the NLU model's crisis intent where the engine lets it decide (`reply.model_decides`).

Run: .venv/bin/python bench/safeguarding_path_on_answers.py [answers_*.csv ...]
(default: every tests/data/answers_*.csv). Every reply in those files answers a survey
question, none is a crisis, so each one signposted is a false alarm a patient would see
at that question. `bench/safeguarding_on_answers.py` counts the detector's alone; this
adds the model as the engine consults it, with the trained model in models/. Prints
counts per file, never a reply (most of the files are held out for the answer parser).
"""

from __future__ import annotations

import asyncio
import os
import sys
from pathlib import Path
from typing import Any, Dict, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.answers_eval import DATA, question_from_row, read_csv  # noqa: E402
from bot.engine.reply import model_decides  # noqa: E402
from bot.trust.safeguarding import detect_concern, is_crisis_intent  # noqa: E402
from bot.understanding.parsing import parse_answer  # noqa: E402

MODEL = ROOT / "models" / "sounding-board.tar.gz"


def signposted(row: Dict[str, str], parsed_by_model: Dict[str, Any]) -> Tuple[bool, bool]:
    """(by the detector, by the model alone) for one reply at its question."""
    reply = row["reply"]
    if detect_concern(reply) is not None:
        return True, False
    intent = parsed_by_model.get("intent") or {}
    model = (model_decides(parse_answer(question_from_row(row), reply))
             and is_crisis_intent(str(intent.get("name") or ""),
                                  float(intent.get("confidence") or 0.0)))
    return False, model


async def run(paths: Sequence[Path]) -> List[Tuple[str, int, int, int]]:
    from rasa.core.agent import Agent

    agent = Agent.load(str(MODEL))
    found = []
    for path in paths:
        rows = read_csv(path)
        by_detector = by_model = 0
        for row in rows:
            detector, model = signposted(row, await agent.parse_message(row["reply"]))
            by_detector += detector
            by_model += model
        found.append((path.name, by_detector, by_model, len(rows)))
    return found


def main(argv: Sequence[str]) -> int:
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    if not MODEL.exists():
        print(f"no model at {MODEL}: run `make models/sounding-board.tar.gz`", file=sys.stderr)
        return 1
    paths = [Path(arg) for arg in argv[1:]] or sorted(DATA.glob("answers_*.csv"))
    total = [0, 0, 0]
    for name, detector, model, n in asyncio.run(run(paths)):
        total = [total[0] + detector, total[1] + model, total[2] + n]
        print(f"{name}: {detector + model} of {n} signposted "
              f"(detector {detector}, model alone {model})")
    alarms = total[0] + total[1]
    print(f"all: {alarms} of {total[2]} signposted ({alarms / max(total[2], 1):.4f}; "
          f"detector {total[0]}, model alone {total[1]})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
