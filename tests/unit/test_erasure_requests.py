"""Which messages ask to delete a patient's own answers."""

from __future__ import annotations

import pytest

from bot.trust.erasure import is_delete_request


@pytest.mark.parametrize("text, intent, confidence, expected", [
    ("delete my answers", "", 0.0, True),
    ("please delete my answers", "", 0.0, True),
    ("can u wipe my data", "", 0.0, True),
    ("Remove all my responses please", "", 0.0, True),
    ("i want my info removed", "", 0.0, True),
    ("I want my data deleted", "", 0.0, True),
    ("forget me", "", 0.0, True),
    ("erase everything i said", "delete_data", 0.9, True),  # the model's words, not ours
    ("erase everything i said", "", 0.0, False),
    ("they should remove the old data from the website", "", 0.0, False),
    ("delete the app, it's rubbish", "", 0.0, False),
    ("i take my tablets every morning", "delete_data", 0.55, False),  # below 0.6
    ("my answers are honest", "", 0.0, False),
    ("", "", 0.0, False),
])
def test_is_delete_request(text: str, intent: str, confidence: float, expected: bool) -> None:
    assert is_delete_request(text, intent, confidence) is expected
