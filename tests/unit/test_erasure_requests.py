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
    ("erase everything i said", "delete_data", 0.9, True),
    # At a free-text question the model is not asked (any reply is an answer there), so
    # the words alone must catch these; they were stored as the answer.
    ("erase everything i said", "", 0.0, True),
    ("can you delete everything i said", "", 0.0, True),
    ("pls delete what ive written", "", 0.0, True),
    ("remove all that i told you", "", 0.0, True),
    ("i want to withdraw", "", 0.0, True),
    ("I'd like to withdraw from the survey please", "", 0.0, True),
    ("withdraw my consent", "", 0.0, True),
    ("I withdraw.", "", 0.0, True),
    ("dont use my answers", "", 0.0, True),
    ("don't keep what i said", "", 0.0, True),
    ("i had to withdraw money for the bus", "", 0.0, False),
    ("i want to withdraw cash at the pharmacy", "", 0.0, False),
    ("they withdrew the service last year", "", 0.0, False),
    ("i withdraw from social stuff when im low", "", 0.0, False),
    ("delete the app, what i said about it stands", "", 0.0, False),
    ("the doctor didnt listen to anything i said", "", 0.0, False),
    ("dont use the walk in centre, its always full", "", 0.0, False),
    ("they should remove the old data from the website", "", 0.0, False),
    ("delete the app, it's rubbish", "", 0.0, False),
    ("i take my tablets every morning", "delete_data", 0.55, False),  # below 0.6
    ("my answers are honest", "", 0.0, False),
    ("", "", 0.0, False),
])
def test_is_delete_request(text: str, intent: str, confidence: float, expected: bool) -> None:
    assert is_delete_request(text, intent, confidence) is expected
