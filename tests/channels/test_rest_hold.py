"""The REST channel (web chat) while the answers database is down: each message held
once in the spool, answered with the held notice, replayed in order when the
database returns, and the transcript says when the reply is there.

The channel is served for real (Sanic, on loopback) on a PostgreSQL server of this
module's own, stopped and started again (tests/e2e/private_postgres.py); Rasa's
tracker is its real in-memory store. In place of Rasa's message processor and the
engine, an assistant that claims each message's key as the engine's turn does,
records each message it is handed and answers it, so the test can count what
reached the engine."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
import time
import types
import uuid
from pathlib import Path
from typing import Any, Dict, Iterator, List, Optional, Tuple

import pytest
import requests
from rasa.core.channels.channel import UserMessage
from rasa.core.tracker_store import InMemoryTrackerStore, TrackerStore
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import BotUttered, UserUttered
from sanic import Sanic

from bot.channels.database import sessions_for
from bot.channels.rest import RestChannel
from bot.channels.tracker_store import tracker_store_for
from bot.config import load_settings
from bot.db import migrate, repository
from bot.db.session import unit_of_work
from bot.engine import messages
from bot.trust.signposting import SIGNPOSTING
from tests.commissioner.live import serve_app
from tests.e2e.private_postgres import PrivatePostgres, private_postgres

Sanic.test_mode = True


class Assistant:
    """Stands where Rasa's processor and the engine do: claims the message's key as the
    engine's turn does (a key claimed before is answered with the engine's duplicate
    marker), records the turn in Rasa's tracker store and answers "after <text>"."""

    def __init__(self, database_url: str, tracker_store: Optional[TrackerStore] = None) -> None:
        self.factory = sessions_for(database_url)
        self.tracker_store = tracker_store or InMemoryTrackerStore(Domain.empty())
        self.handled: List[Tuple[str, Optional[str]]] = []

    def claimed(self, delivery: str) -> bool:
        with unit_of_work(self.factory) as session:
            return repository.claim_delivery(session, delivery)

    async def __call__(self, message: UserMessage) -> None:
        delivery = (message.metadata or {}).get("delivery")
        tracker = await self.tracker_store.get_or_create_tracker(message.sender_id)
        tracker.update(UserUttered(message.text, message_id=message.message_id))
        if delivery and not await asyncio.to_thread(self.claimed, delivery):
            tracker.update(BotUttered(data={"custom": {"duplicate": True}}))
            await self.tracker_store.save(tracker)
            await message.output_channel.send_custom_json(message.sender_id,
                                                          {"duplicate": True})
            return
        self.handled.append((message.text or "", message.message_id))
        reply = f"after {message.text}"
        tracker.update(BotUttered(reply))
        await self.tracker_store.save(tracker)
        await message.output_channel.send_text_message(message.sender_id, reply)


@pytest.fixture(scope="module")
def database() -> Iterator[PrivatePostgres]:
    with private_postgres() as server:
        migrate.upgrade(server.url)
        yield server


@contextlib.contextmanager
def serving(database: PrivatePostgres, folder: Path,
            assistant: Assistant) -> Iterator[Tuple[str, Assistant]]:
    settings = load_settings({"SB_DATABASE_URL": database.url,
                              "SB_PSEUDONYM_SECRET": "rest-hold-" + uuid.uuid4().hex,
                              "SB_SPOOL_PATH": str(folder / "spool.sqlite"),
                              "SB_SPOOL_RETRY_SECONDS": "0.2"})
    app = Sanic("rest_hold_" + uuid.uuid4().hex[:8])
    app.ctx.agent = types.SimpleNamespace(tracker_store=assistant.tracker_store)
    channel = RestChannel(settings=settings)
    app.blueprint(channel.blueprint(assistant), url_prefix="/webhooks/rest")
    with serve_app(app) as base:
        yield base + "/webhooks/rest", assistant


@pytest.fixture
def chat(database: PrivatePostgres, tmp_path: Path) -> Iterator[Tuple[str, Assistant]]:
    """Rasa's record in memory: readable while the answers database is down."""
    with serving(database, tmp_path, Assistant(database.url)) as served:
        yield served


@pytest.fixture
def chat_on_sql(database: PrivatePostgres, tmp_path: Path) -> Iterator[Tuple[str, Assistant]]:
    """Rasa's record on the same PostgreSQL, as in production: down with it."""
    store = tracker_store_for(database.url, 100, Domain.empty())
    with serving(database, tmp_path, Assistant(database.url, store)) as served:
        yield served


def post(base: str, path: str, body: Any) -> requests.Response:
    sent = {"data": body} if isinstance(body, str) else {"json": body}
    return requests.post(f"{base}/{path}", timeout=30, **sent)


def replayed(base: str, sender: str) -> Dict[str, Any]:
    """The transcript once nothing of this chat is held, asked for as the widget asks:
    after 1 s, then backing off by half again each time (bot/web/static/widget.js). Each
    ask spends one of the chat's rate-limit tokens, as the widget's do; asking faster
    than the widget once spent them all (CI, stop 20)."""
    deadline, polls = time.monotonic() + 60, 0
    time.sleep(1.0)
    while (shown := post(base, "transcript", {"sender": sender}).json())["held"]:
        assert time.monotonic() < deadline, shown
        polls += 1
        time.sleep(min(15.0, 1.5 ** polls))
    return dict(shown)


def say(base: str, sender: str, text: str, key: str) -> List[Dict[str, Any]]:
    answer = post(base, "webhook", {"sender": sender, "message": text, "message_id": key})
    assert answer.status_code == 200, answer.text
    return list(answer.json())


def test_messages_held_while_down_are_kept_once_and_answered_in_order_when_it_returns(
        chat: Tuple[str, Assistant], database: PrivatePostgres) -> None:
    base, assistant = chat
    sender = post(base, "conversations", {}).json()["conversation_id"]
    # The stand-in keeps no conversation row, so to the widget nothing is in progress.
    assert say(base, sender, "yes", "key-one-1") == [{"recipient_id": sender,
                                                       "text": "after yes", "ended": True}]
    database.stop()
    try:
        assert say(base, sender, "19", "key-two-22") == [
            {"recipient_id": sender, "text": messages.HELD},
            {"recipient_id": sender, "held": True}]
        # The widget's retry of the same message (its answer was lost): held once, and
        # the patient is not told again.
        assert say(base, sender, "19", "key-two-22") == [{"recipient_id": sender, "held": True}]
        assert say(base, sender, "LS6", "key-three-333") == [{"recipient_id": sender,
                                                              "held": True}]
        # Crisis wording is answered at once, though the message waits its turn.
        crisis = say(base, sender, "i want to end my life", "key-four-4444")
        assert [m.get("text") for m in crisis] == [SIGNPOSTING, None]
        shown = post(base, "transcript", {"sender": sender}).json()
        assert shown["held"] is True and shown["notice"] == messages.HELD
        assert [m["text"] for m in shown["messages"]] == [
            "yes", "after yes", "19", "LS6", "i want to end my life"]
        assert assistant.handled == [("yes", assistant.handled[0][1])]  # none reached it
    finally:
        database.start()
    shown = replayed(base, sender)
    assert [text for text, _key in assistant.handled] == [
        "yes", "19", "LS6", "i want to end my life"]  # each once, in order
    assert [m["text"] for m in shown["messages"]] == [
        "yes", "after yes", "19", "after 19", "LS6", "after LS6",
        "i want to end my life", "after i want to end my life"]
    assert "notice" not in shown
    # A retry that comes after the replay gets the replay's reply; nothing runs again.
    assert say(base, sender, "19", "key-two-22") == [{"recipient_id": sender,
                                                      "text": "after 19", "ended": True}]
    assert len(assistant.handled) == 4


def test_while_down_a_conversation_with_nothing_held_reads_back_as_before(
        chat: Tuple[str, Assistant], database: PrivatePostgres) -> None:
    base, _assistant = chat
    sender = post(base, "conversations", {}).json()["conversation_id"]
    say(base, sender, "yes", "key-five-55")
    database.stop()
    try:
        shown = post(base, "transcript", {"sender": sender}).json()
    finally:
        database.start()
    assert shown["held"] is False and [m["text"] for m in shown["messages"]] == [
        "yes", "after yes"]


@pytest.mark.parametrize("body, status", [
    ("not json", 400),
    ([1, 2], 400),
    ({"message": "19"}, 400),  # no sender
    ({"sender": "rest:made-up", "message": "19"}, 403),  # an id the server never issued
    ({"sender": "ISSUED", "message": "19", "message_id": "short"}, 400),
    ({"sender": "ISSUED", "message": "19", "message_id": "has spaces in it"}, 400),
])
def test_bad_input_while_down_is_refused_and_nothing_is_held(
        chat: Tuple[str, Assistant], database: PrivatePostgres, body: Any, status: int,
        tmp_path: Path) -> None:
    base, _assistant = chat
    sender = post(base, "conversations", {}).json()["conversation_id"]
    if isinstance(body, dict) and body.get("sender") == "ISSUED":
        body = {**body, "sender": sender}
    database.stop()
    try:
        answer = post(base, "webhook", body)
        transcript = post(base, "transcript", {"sender": sender})
    finally:
        database.start()
    assert answer.status_code == status, answer.text
    assert "error" in answer.json()
    # Nothing was held for this conversation (and Rasa's record is still readable).
    assert transcript.status_code == 200 and transcript.json()["held"] is False
    assert not (tmp_path / "spool.sqlite").exists() or _held(tmp_path / "spool.sqlite") == 0


def test_an_empty_message_while_down_gets_a_clear_reply_and_is_not_held(
        chat: Tuple[str, Assistant], database: PrivatePostgres) -> None:
    base, assistant = chat
    sender = post(base, "conversations", {}).json()["conversation_id"]
    database.stop()
    try:
        answer = say(base, sender, "   ", "key-six-666")
        shown = post(base, "transcript", {"sender": sender}).json()
    finally:
        database.start()
    assert answer == [{"recipient_id": sender, "text": messages.EMPTY_MESSAGE}]
    assert shown["held"] is False and assistant.handled == []


def _held(path: Path) -> int:
    return int(sqlite3.connect(path).execute("SELECT count(*) FROM held").fetchone()[0])


def test_with_rasas_record_down_too_only_what_is_held_is_shown_and_nothing_else_pretends(
        chat_on_sql: Tuple[str, Assistant], database: PrivatePostgres) -> None:
    base, assistant = chat_on_sql
    waiting, quiet = (post(base, "conversations", {}).json()["conversation_id"]
                      for _ in range(2))
    for sender in (waiting, quiet):
        say(base, sender, "yes", "key-seven-" + sender[:8])
    # The test before restarted the database: a turn on a connection from before the restart
    # is held and replayed, by design (bot/db/session.py). Both chats start with nothing held.
    for sender in (waiting, quiet):
        assert [m["text"] for m in replayed(base, sender)["messages"]] == ["yes", "after yes"]
    database.stop()
    try:
        say(base, waiting, "19", "key-eight-8888")
        shown = post(base, "transcript", {"sender": waiting})
        # Nothing held and nothing readable: not an empty chat (the widget would start
        # it again) but "not now".
        refused = post(base, "transcript", {"sender": quiet})
    finally:
        database.start()
    assert shown.status_code == 200 and shown.json()["held"] is True
    assert shown.json()["partial"] is True
    assert [m["text"] for m in shown.json()["messages"]] == ["19"]
    assert refused.status_code == 503 and refused.json() == {"error": messages.CHAT_UNAVAILABLE}
    after = replayed(base, waiting)
    assert [m["text"] for m in after["messages"]] == ["yes", "after yes", "19", "after 19"]


def test_a_retry_of_an_answered_message_held_in_an_outage_runs_nothing_again(
        chat: Tuple[str, Assistant], database: PrivatePostgres) -> None:
    """The replay finds the key claimed (its first turn committed) and drops it: as after
    a crash between a replay's commit and the spool forgetting the message."""
    base, assistant = chat
    sender = post(base, "conversations", {}).json()["conversation_id"]
    assert say(base, sender, "yes", "key-nine-99") == [{"recipient_id": sender,
                                                         "text": "after yes", "ended": True}]
    database.stop()
    try:  # its answer was lost on the way: the widget sends it again, into the outage
        assert say(base, sender, "yes", "key-nine-99") == [
            {"recipient_id": sender, "text": messages.HELD},
            {"recipient_id": sender, "held": True}]
    finally:
        database.start()
    shown = replayed(base, sender)
    assert [text for text, _key in assistant.handled] == ["yes"]
    assert [m["text"] for m in shown["messages"]] == ["yes", "after yes"]
