"""The NLU model's generic intents, cross-validated as `rasa test nlu` does it."""

from __future__ import annotations

import json

import pytest

from tests.nlu import crossval_run

TARGET_F1 = 0.95


@pytest.mark.timeout(600)
def test_cross_validated_intent_f1() -> None:
    # Started when the session's tests were collected, or now (tests/nlu/crossval_run.py).
    stdout = crossval_run.started().output()
    scores = json.loads(stdout.strip().splitlines()[-1])
    assert scores["weighted"] >= TARGET_F1, scores
    intents = {k: v for k, v in scores.items() if k not in ("seed", "weighted", "accuracy")}
    assert len(intents) == 13, intents
    assert min(intents.values()) >= 0.85, intents
