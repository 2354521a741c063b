"""The shims of our Rasa entry point (bot/channels/rasa_server.py) keep Rasa's behaviour."""

from __future__ import annotations

import asyncio
from typing import Any, Dict, List

import pytest
from jsonschema import ValidationError
from rasa.core.actions.action import RemoteAction

from bot.channels.rasa_server import (
    KEEPALIVE_SECONDS,
    LOCKED_RASA,
    ShimRefused,
    cache_event_types,
    cache_response_validator,
    keep_connections,
    route_logging,
    slim_action_calls,
    with_api_token,
)
from bot.cli import stack
from bot.config import ConfigError


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


@pytest.fixture
def cached_events(monkeypatch: pytest.MonkeyPatch) -> Any:
    from rasa.shared.core.events import Event

    # Restored after the test (the staticmethod itself, as Rasa defines it).
    monkeypatch.setattr(Event, "resolve_by_type", Event.__dict__["resolve_by_type"])
    stock = Event.resolve_by_type
    cache_event_types()
    return stock


def test_every_event_type_resolves_as_rasa_resolves_it(cached_events: Any) -> None:
    from rasa.shared.core.events import Event
    from rasa.shared.utils.common import all_subclasses

    for cls in all_subclasses(Event):
        for _ in range(2):  # the first lookup fills the cache, the second reads it
            assert Event.resolve_by_type(cls.type_name) is cached_events(cls.type_name)


def test_unknown_names_still_raise_or_take_the_default(cached_events: Any) -> None:
    from rasa.shared.core.events import Event, UserUttered

    with pytest.raises(ValueError, match="Unknown event name"):
        Event.resolve_by_type("no_such_event")
    assert Event.resolve_by_type("no_such_event", UserUttered) is UserUttered
    with pytest.raises(ValueError):
        Event.resolve_by_type("no_such_event")  # a default never fills the cache
    assert Event.resolve_by_type("topic") is None


def test_stored_events_load_back_the_same(cached_events: Any) -> None:
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered, deserialise_events

    events = [UserUttered("hi", {"name": "greet", "confidence": 0.9}), ActionExecuted("action_listen"),
              BotUttered("Hello", {"buttons": [{"title": "Yes", "payload": "Yes"}]})]
    assert deserialise_events([e.as_dict() for e in events]) == events


def test_the_event_shim_refuses_any_other_rasa(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasa.shared.core.events import Event

    original = Event.__dict__["resolve_by_type"]
    monkeypatch.setattr(Event, "resolve_by_type", original)
    with pytest.raises(ShimRefused):
        cache_event_types("3.6.20")
    assert Event.__dict__["resolve_by_type"] is original


def test_the_logging_shim_refuses_any_other_rasa() -> None:
    import rasa.utils.common
    import rasa.utils.io

    stock = (rasa.utils.io.configure_colored_logging, rasa.utils.common.update_sanic_log_level)
    with pytest.raises(ShimRefused, match=LOCKED_RASA):
        route_logging("json", "3.7.0")
    assert (rasa.utils.io.configure_colored_logging,
            rasa.utils.common.update_sanic_log_level) == stock


RUN = ["run", "--port", "5005"]


@pytest.mark.parametrize("argv, token, expected", [
    ([*RUN, "--enable-api"], "tok", [*RUN, "--enable-api", "--auth-token=tok"]),
    ([*RUN, "--enable-api", "--auth-token", "given"], "tok", [*RUN, "--enable-api", "--auth-token", "given"]),
    ([*RUN, "--enable-api", "-t", "given"], "", [*RUN, "--enable-api", "-t", "given"]),
    ([*RUN, "--enable-api", "--auth-token=given"], "", [*RUN, "--enable-api", "--auth-token=given"]),
    (RUN, "", RUN),  # no API: no token needed
])
def test_the_api_token_comes_from_the_environment(argv: List[str], token: str,
                                                   expected: List[str]) -> None:
    assert with_api_token(argv, token) == expected


@pytest.mark.parametrize("token", ["tok", "-tok", "--tok", "-t", "_-x=y"])
def test_rasa_reads_the_api_token_whatever_it_begins_with(token: str) -> None:
    """`make run` makes a token with secrets.token_urlsafe, which begins with "-" one time
    in 64: Rasa then stopped with "argument -t/--auth-token: expected one argument"."""
    from rasa.__main__ import create_argument_parser

    parser = create_argument_parser()
    for argv in (with_api_token([*RUN, "--enable-api"], token),
                 stack.rasa_processes(5005, 5055, token)[1].command[3:]):
        assert parser.parse_args(argv).auth_token == token


def test_the_api_never_runs_without_a_token() -> None:
    with pytest.raises(ConfigError, match="SB_RASA_API_TOKEN"):
        with_api_token([*RUN, "--enable-api"], "")


@pytest.fixture
def slim(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(RemoteAction, "_action_call_format", RemoteAction._action_call_format)
    slim_action_calls()


def _tracker_with_history(turns: int) -> Any:
    from rasa.shared.core.events import ActionExecuted, BotUttered, UserUttered
    from rasa.shared.core.trackers import DialogueStateTracker

    events: List[Any] = []
    for n in range(turns):
        events += [UserUttered(f"message {n}", {"name": "inform", "confidence": 0.8},
                               metadata={"delivery": f"SM{n}"}),
                   ActionExecuted("action_consultation_turn"), BotUttered(f"question {n}"),
                   ActionExecuted("action_listen")]
    return DialogueStateTracker.from_events("twilio:abc", events)


def test_the_action_is_sent_the_latest_message_not_the_history(slim: None) -> None:
    from rasa.shared.core.domain import Domain
    from rasa_sdk import Tracker

    from actions.turn import inbound_from

    tracker = _tracker_with_history(30)
    call = RemoteAction("action_consultation_turn", None)._action_call_format(
        tracker, Domain.empty())
    assert call["tracker"]["events"] == []
    assert call["next_action"] == "action_consultation_turn"
    assert call["sender_id"] == "twilio:abc"
    # What the action reads, read from this call exactly as from the stock one.
    sdk = Tracker.from_dict(call["tracker"])
    inbound = inbound_from(sdk, "who")
    assert (inbound.text, inbound.intent, inbound.delivery) == ("message 29", "inform", "SM29")
    assert "domain" in call  # no endpoint: the domain goes as Rasa would send it


def test_the_call_stays_the_same_size_as_the_conversation_grows(slim: None) -> None:
    import json

    from rasa.shared.core.domain import Domain

    def size(turns: int) -> int:
        call = RemoteAction("action_consultation_turn", None)._action_call_format(
            _tracker_with_history(turns), Domain.empty())
        return len(json.dumps(call))

    assert size(100) < size(10) + 50  # stock Rasa's grows by ~0.5 kB a turn


def test_the_payload_shim_refuses_any_other_rasa(monkeypatch: pytest.MonkeyPatch) -> None:
    original = RemoteAction._action_call_format
    monkeypatch.setattr(RemoteAction, "_action_call_format", original)
    with pytest.raises(ShimRefused):
        slim_action_calls("3.6.20")
    assert RemoteAction._action_call_format is original


@pytest.fixture
def kept(monkeypatch: pytest.MonkeyPatch) -> None:
    from rasa.utils.endpoints import EndpointConfig

    monkeypatch.setattr(EndpointConfig, "session", EndpointConfig.session)
    keep_connections()


async def _count_connections(calls: List[float], answer_after: float = 0) -> int:
    """A local HTTP server that counts the TCP connections it is called on, answering
    each call after `answer_after` seconds, and Rasa's own EndpointConfig calling it
    once after each pause in `calls`."""
    from aiohttp import web
    from rasa.utils.endpoints import EndpointConfig

    peers: set = set()

    async def answer(request: web.Request) -> web.Response:
        assert request.transport is not None
        peers.add(request.transport.get_extra_info("peername"))
        await asyncio.sleep(answer_after)
        return web.json_response({"events": [], "responses": []})

    app = web.Application()
    app.router.add_post("/webhook", answer)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    server = site._server
    assert server is not None
    port = server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    endpoint = EndpointConfig(f"http://127.0.0.1:{port}/webhook", headers={"X-Action-Secret": "s"})
    try:
        for pause in calls:
            await asyncio.sleep(pause)
            assert await endpoint.request(json={"next_action": "x"}, method="post") == {
                "events": [], "responses": []}
    finally:
        await runner.cleanup()
    return len(peers)


def test_action_calls_share_one_connection(kept: None) -> None:
    assert asyncio.run(_count_connections([0, 0, 0, 0, 0])) == 1


def test_an_idle_connection_is_closed_before_the_server_would(kept: None) -> None:
    assert asyncio.run(_count_connections([0, KEEPALIVE_SECONDS + 0.5])) == 2


def test_an_action_call_gives_up_in_seconds_not_rasas_five_minutes(
        monkeypatch: pytest.MonkeyPatch) -> None:
    """A hung action server: Rasa's call (its own request, its 5-minute timeout passed)
    fails after the shim's limit, here 0.5 s, so the channel can answer the patient
    (stock Rasa would have had this answer after its 3 s)."""
    from rasa.utils.endpoints import EndpointConfig

    monkeypatch.setattr(EndpointConfig, "session", EndpointConfig.session)
    keep_connections(call_seconds=0.5)
    with pytest.raises(asyncio.TimeoutError):
        asyncio.run(_count_connections([0], answer_after=3))
    assert asyncio.run(_count_connections([0], answer_after=0.1)) == 1  # a quick one still works


def test_stock_rasa_opens_a_connection_per_call() -> None:
    """What the shim is for (and a check that the counting above counts)."""
    assert asyncio.run(_count_connections([0, 0, 0])) == 3
