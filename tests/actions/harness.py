"""Drive the real action the way Rasa does: one Tracker, one run, one dispatcher per message."""

from __future__ import annotations

import asyncio
import secrets
from typing import Any, Dict, List, Optional

import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher
from sqlalchemy import select

from actions.engine import resources
from actions.turn import ActionConsultationTurn
from bot.config import PROJECT_ROOT
from bot.db.models import Conversation
from bot.db.session import unit_of_work
from bot.trust import identity

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())


class Patient:
    """One patient on the web channel. Rasa keeps nothing for them: only the engine does."""

    def __init__(self, conversation: Optional[str] = None) -> None:
        self.conversation = conversation or identity.conversation_id(
            "rest", secrets.token_urlsafe(16))
        self.last_events: List[Dict[str, Any]] = []
        self.messages: List[Dict[str, Any]] = []

    def tracker(self, text: str, intent: str, confidence: float,
                metadata: Optional[Dict[str, Any]] = None) -> Tracker:
        latest = {"text": text, "intent": {"name": intent, "confidence": confidence},
                  "metadata": metadata or {}}
        events = [{"event": "user", "text": text, "input_channel": "rest", "parse_data": latest}]
        return Tracker(self.conversation, {}, latest, events, False, None, {}, "action_listen")

    def says(self, text: str, intent: str = "", confidence: float = 0.0,
             metadata: Optional[Dict[str, Any]] = None) -> List[Dict[str, Any]]:
        """Send a message; returns the bot's messages (dicts with text and buttons).
        `metadata` is what our channels pass with a message (e.g. its delivery id)."""
        dispatcher = CollectingDispatcher()
        tracker = self.tracker(text, intent, confidence, metadata)
        self.last_events = asyncio.run(ActionConsultationTurn().run(dispatcher, tracker, DOMAIN))
        self.messages = dispatcher.messages
        return self.messages

    def texts(self, text: str, intent: str = "", confidence: float = 0.0) -> List[str]:
        return [m.get("text") or "" for m in self.says(text, intent, confidence)]

    @property
    def respondent(self) -> str:
        settings, _ = resources()
        who = identity.respondent_of(settings.pseudonym_secret, self.conversation)
        assert who is not None
        return who

    def in_consultation(self) -> bool:
        """True while the engine has this conversation on a consultation step."""
        _, factory = resources()
        with unit_of_work(factory) as session:
            step = session.scalar(select(Conversation.step)
                                  .where(Conversation.pseudonym == self.respondent))
        return step is not None


def last_question(messages: List[Dict[str, Any]]) -> Optional[str]:
    return messages[-1].get("text") if messages else None
