"""The response-validator shim (bot/channels/rasa_server.py) keeps Rasa's checks."""

from __future__ import annotations

from typing import Any, Dict

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from bot.channels.rasa_server import LOCKED_RASA, ShimRefused, cache_response_validator


@pytest.fixture
def shimmed(monkeypatch: pytest.MonkeyPatch) -> RemoteAction:
    # Restored after the test: the shim replaces a method on Rasa's class.
    monkeypatch.setattr(RemoteAction, "_validate_action_result",
                        RemoteAction._validate_action_result)
    cache_response_validator()
    return RemoteAction("action_consultation_turn", None)


@pytest.mark.parametrize("reply", [
    {},
    {"events": [], "responses": []},
    {"events": [{"event": "slot", "name": "x", "value": 1}],
     "responses": [{"text": "Hi", "buttons": [{"title": "Yes", "payload": "Yes"}]}]},
])
def test_valid_replies_pass(shimmed: RemoteAction, reply: Dict[str, Any]) -> None:
    assert shimmed._validate_action_result(reply) is True


@pytest.mark.parametrize("reply", [
    {"events": "not a list"},
    {"responses": [1, 2]},
    {"events": [{"no_event_name": True}]},
    {"events": [{"event": "slot"}]},  # a slot event without its name
    [],
])
def test_invalid_replies_are_still_rejected_with_rasas_message(
    shimmed: RemoteAction, reply: Any
) -> None:
    with pytest.raises(ValidationError) as raised:
        shimmed._validate_action_result(reply)
    assert "Failed to validate Action server response from API" in raised.value.message
    # The stock check says the same about the same reply.
    with pytest.raises(ValidationError) as stock:
        import jsonschema
        jsonschema.validate(reply, RemoteAction.action_response_format_spec())
    assert raised.value.message.startswith(stock.value.message)


@pytest.mark.parametrize("version", ["3.6.20", "3.7.0", "3.6.21rc1"])
def test_the_shim_refuses_any_other_rasa(version: str, monkeypatch: pytest.MonkeyPatch) -> None:
    original = RemoteAction._validate_action_result
    monkeypatch.setattr(RemoteAction, "_validate_action_result", original)
    with pytest.raises(ShimRefused, match=LOCKED_RASA):
        cache_response_validator(version)
    assert RemoteAction._validate_action_result is original
