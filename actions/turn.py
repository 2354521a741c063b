"""The one action: every patient message is one call to the engine."""

from __future__ import annotations

import logging
import time
from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.engine import on_database, resources, safe_turn, send
from bot.db.session import purge_freed_pages
from bot.engine import messages
from bot.engine.conversation import handle_message
from bot.engine.turns import Inbound, Message
from bot.metrics import metrics
from bot.trust import identity
from bot.trust.conversation_erasure import schedule_forget
from bot.trust.signposting import SIGNPOSTING

logger = logging.getLogger(__name__)


class ActionConsultationTurn(Action):
    def name(self) -> str:
        return "action_consultation_turn"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        settings, factory = resources()
        who = identity.respondent_of(settings.pseudonym_secret, tracker.sender_id)
        if who is None:  # only our channels make conversation ids; nothing else is served
            logger.warning("refused a conversation id no channel of ours issued")
            send(dispatcher, [Message(messages.SOMETHING_WENT_WRONG)])
            return []
        inbound = inbound_from(tracker, who)
        started = time.perf_counter()
        turn = await safe_turn(
            dispatcher, inbound, lambda session, s: handle_message(session, s, inbound)
        )
        counted = metrics()
        counted.turn_seconds.labels(inbound.channel).observe(time.perf_counter() - started)
        counted.turns.labels(inbound.channel, "failed" if turn is None else "ok").inc()
        if turn is None:
            return []
        if turn.duplicate:  # the channel sends nothing: the first delivery was answered
            dispatcher.utter_message(json_message={"duplicate": True})
            return []
        if any(m.text == SIGNPOSTING for m in turn.messages):
            counted.signposts.labels(inbound.channel, "engine").inc()
        send(dispatcher, turn.messages)
        if turn.erase_conversation:
            schedule_forget(factory, settings.rasa_url, settings.rasa_api_token,
                            tracker.sender_id)
            await on_database(lambda: purge_freed_pages(factory.kw["bind"]))
        return []


def inbound_from(tracker: Tracker, who: str) -> Inbound:
    latest = tracker.latest_message or {}
    intent = latest.get("intent") or {}
    metadata = latest.get("metadata") or {}
    channel = tracker.sender_id.partition(":")[0]
    return Inbound(
        text=str(latest.get("text") or ""),
        channel=channel,
        respondent=who,
        intent=str(intent.get("name") or ""),
        confidence=float(intent.get("confidence") or 0.0),
        # Only our channels set metadata (the REST channel passes none from callers).
        question=str(metadata.get("question") or "")[:20],
        delivery=str(metadata.get("delivery") or "")[:64],
        web_chat=tracker.sender_id if channel in identity.WEB_CHANNELS else "",
    )
