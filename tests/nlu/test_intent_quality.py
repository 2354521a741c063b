"""The NLU model's generic intents, cross-validated as `rasa test nlu` does it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from bot.cli.stack import child_environment
from bot.config import PROJECT_ROOT

TARGET_F1 = 0.95


@pytest.mark.timeout(600)
def test_cross_validated_intent_f1() -> None:
    done = subprocess.run(
        [sys.executable, "bench/nlu_crossval.py", "--seed", "2026"], cwd=PROJECT_ROOT,
        env=child_environment(), check=True, capture_output=True, text=True,
    )
    scores = json.loads(done.stdout.strip().splitlines()[-1])
    assert scores["weighted"] >= TARGET_F1, scores
    intents = {k: v for k, v in scores.items() if k not in ("seed", "weighted", "accuracy")}
    assert len(intents) == 13, intents
    assert min(intents.values()) >= 0.85, intents
