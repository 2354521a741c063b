"""Drive the real actions the way Rasa does, with a Tracker and a CollectingDispatcher."""

from __future__ import annotations

import asyncio
from typing import Any, Dict, List, Optional

import yaml
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.end import ActionEndConsultation
from actions.form import ActionAskAnswer, ValidateConsultationForm
from actions.start import ActionStartConsultation
from bot.config import PROJECT_ROOT

DOMAIN = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())


class Patient:
    """One patient on one channel; keeps the slots Rasa would keep."""

    def __init__(self, sender_id: str, channel: str = "rest") -> None:
        self.sender_id, self.channel = sender_id, channel
        self.slots: Dict[str, Any] = {name: None for name in DOMAIN["slots"]}
        self.in_form = False
        self.last_events: List[Dict[str, Any]] = []

    def tracker(self, text: str, intent: str, confidence: float, extra: List[Dict[str, Any]]) -> Tracker:
        latest = {"text": text, "intent": {"name": intent, "confidence": confidence}}
        events = [{"event": "user", "text": text, "input_channel": self.channel,
                   "parse_data": latest}] + extra
        return Tracker(self.sender_id, dict(self.slots), latest, events, False, None,
                       {"name": "consultation_form"} if self.in_form else {}, "action_listen")

    def _run(self, action: Any, tracker: Tracker) -> List[Dict[str, Any]]:
        dispatcher = CollectingDispatcher()
        events = asyncio.run(action.run(dispatcher, tracker, DOMAIN))
        for event in events:
            if event.get("event") == "slot":
                self.slots[event["name"]] = event["value"]
        self.last_events = events
        self.messages.extend(dispatcher.messages)
        return events

    def says(self, text: str, intent: str = "", confidence: float = 0.0) -> List[Dict[str, Any]]:
        """Send a message; returns the bot's messages (dicts with text and buttons)."""
        self.messages: List[Dict[str, Any]] = []
        if not self.in_form:
            self._run(ActionStartConsultation(), self.tracker(text, intent, confidence, []))
            if self.slots["consultation_found"]:
                self.in_form = True
                self._ask(text, intent, confidence)
            return self.messages
        slot_event = [{"event": "slot", "name": "answer", "value": text}]
        self.slots["requested_slot"] = "answer"
        self._run(ValidateConsultationForm(), self.tracker(text, intent, confidence, slot_event))
        if self.slots["answer"] is None:
            self._ask(text, intent, confidence)
        else:
            self.in_form = False
            self._run(ActionEndConsultation(), self.tracker(text, intent, confidence, []))
        return self.messages

    def _ask(self, text: str, intent: str, confidence: float) -> None:
        self._run(ActionAskAnswer(), self.tracker(text, intent, confidence, []))

    def texts(self, text: str, intent: str = "", confidence: float = 0.0) -> List[str]:
        return [m.get("text") or "" for m in self.says(text, intent, confidence)]


def last_question(messages: List[Dict[str, Any]]) -> Optional[str]:
    return messages[-1].get("text") if messages else None
