"""The NLU model's generic intents, cross-validated as `rasa test nlu` does it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from bot.cli.stack import RASA, child_environment
from bot.config import PROJECT_ROOT

TARGET_F1 = 0.95


@pytest.mark.timeout(600)
def test_cross_validated_intent_f1(tmp_path: Path) -> None:
    out = tmp_path / "nlu"
    subprocess.run(
        [RASA, "test", "nlu", "--nlu", "data/nlu", "--config", "config.yml",
         "--cross-validation", "--folds", "5", "--out", str(out)],
        cwd=PROJECT_ROOT, env=child_environment(), check=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    report = json.loads((out / "intent_report.json").read_text())
    assert report["weighted avg"]["f1-score"] >= TARGET_F1
    per_intent = {name: scores["f1-score"] for name, scores in report.items()
                  if isinstance(scores, dict) and "avg" not in name}
    assert len(per_intent) >= 11
    assert min(per_intent.values()) >= 0.9, per_intent
