"""What every action shares: lazily built settings and database, and the
conversion between Rasa slots/dispatcher and the engine's plain values."""

from __future__ import annotations

import asyncio
import logging
from functools import lru_cache
from typing import Any, Callable, Dict, Iterable, Optional, Tuple, TypeVar

from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings, load_settings
from bot.consultation import messages
from bot.consultation.turns import Inbound, Message, State, Turn
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.trust.conversation_erasure import schedule_forget
from bot.trust.safeguarding import detect_concern
from bot.trust.signposting import SIGNPOSTING

T = TypeVar("T")
logger = logging.getLogger(__name__)
STATE_SLOTS = ("sb_code", "sb_step", "sb_participation", "sb_reasks")


@lru_cache(maxsize=1)
def resources() -> Tuple[Settings, sessionmaker]:
    """Built on the first action call, never at import (the SDK imports every module)."""
    settings = load_settings()
    return settings, make_session_factory(make_engine(settings.database_url))


async def safe_turn(
    dispatcher: CollectingDispatcher, inbound: Inbound, work: Callable[[Session, Settings], Turn]
) -> Optional[Turn]:
    """Run one turn; if the database fails, still signpost a crisis and say sorry."""
    try:
        return await in_transaction(work)
    except Exception:  # noqa: BLE001 - the patient must always get an answer
        logger.exception("consultation turn failed")  # the message text is never logged
        fallback = [Message(messages.SOMETHING_WENT_WRONG)]
        if detect_concern(inbound.text) is not None:
            fallback.insert(0, Message(SIGNPOSTING))
        send(dispatcher, fallback)
        return None


async def in_transaction(work: Callable[[Session, Settings], T]) -> T:
    """Run `work` in one transaction on a worker thread, off the event loop."""
    settings, factory = resources()

    def run() -> T:
        with unit_of_work(factory) as session:
            return work(session, settings)

    return await asyncio.to_thread(run)


def inbound_from(tracker: Tracker) -> Inbound:
    latest = tracker.latest_message or {}
    intent = latest.get("intent") or {}
    return Inbound(
        text=str(latest.get("text") or ""),
        channel=tracker.get_latest_input_channel() or "rest",
        sender_id=tracker.sender_id,
        intent=str(intent.get("name") or ""),
        confidence=float(intent.get("confidence") or 0.0),
    )


def state_from(tracker: Tracker) -> Optional[State]:
    code, step = tracker.get_slot("sb_code"), tracker.get_slot("sb_step")
    if not code or not step:
        return None
    participation = tracker.get_slot("sb_participation")
    return State(
        code=str(code),
        step=str(step),
        participation_id=int(participation) if participation is not None else None,
        reasks=int(tracker.get_slot("sb_reasks") or 0),
    )


def state_slots(state: Optional[State]) -> Dict[str, Any]:
    if state is None:
        return {name: None for name in STATE_SLOTS}
    return {
        "sb_code": state.code,
        "sb_step": state.step,
        "sb_participation": state.participation_id,
        "sb_reasks": state.reasks,
    }


def after_turn(tracker: Tracker, turn: Turn) -> Dict[str, Any]:
    """Slots for the turn's outcome; starts erasing the conversation when asked."""
    if turn.erase_conversation:
        settings, _ = resources()
        schedule_forget(settings.rasa_url, settings.rasa_api_token, tracker.sender_id)
    slots = state_slots(turn.state)
    slots["sb_pending"] = turn.pending or None
    return slots


def send(dispatcher: CollectingDispatcher, outgoing: Iterable[Message]) -> None:
    for message in outgoing:
        buttons = [{"title": label, "payload": label} for label in message.buttons]
        dispatcher.utter_message(text=message.text, buttons=buttons or None)
