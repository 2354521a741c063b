"""Cross-validated intent F1 of the NLU model, with reproducible folds.

`rasa test nlu --cross-validation` shuffles its folds with NumPy's global random
state, so the figure moves by about ±0.01 from run to run. This seeds it first,
so a figure can be reproduced and checked. Usage:

    .venv/bin/python bench/nlu_crossval.py [--seed N ...] [--folds 5]

Prints one line per seed and the weighted F1 (and each intent's) as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sys
import tempfile
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent


def cross_validate(seed: int, folds: int, out: Path) -> Dict[str, float]:
    """Run Rasa's own cross-validation in this process with seeded folds."""
    import numpy
    from rasa.__main__ import main as rasa_main

    random.seed(seed)
    numpy.random.seed(seed)
    argv = sys.argv
    sys.argv = ["rasa", "test", "nlu", "--nlu", str(ROOT / "data" / "nlu"), "--config",
                str(ROOT / "config.yml"), "--cross-validation", "--folds", str(folds),
                "--out", str(out), "--quiet"]
    try:
        rasa_main()
    except SystemExit as done:  # rasa's CLI exits when it is finished
        if done.code not in (0, None):
            raise
    finally:
        sys.argv = argv
    report = json.loads((out / "intent_report.json").read_text())
    scores = {name: round(v["f1-score"], 4) for name, v in report.items()
              if isinstance(v, dict) and "avg" not in name}
    scores["weighted"] = round(report["weighted avg"]["f1-score"], 4)
    return scores


def main(args: List[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--seed", type=int, action="append", help="default: 2026")
    parser.add_argument("--folds", type=int, default=5)
    options = parser.parse_args(args)
    os.environ.setdefault("RASA_TELEMETRY_ENABLED", "false")
    os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "3")
    for seed in options.seed or [2026]:
        with tempfile.TemporaryDirectory() as folder:
            scores = cross_validate(seed, options.folds, Path(folder))
        print(json.dumps({"seed": seed, **scores}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
