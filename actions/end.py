"""After the form: forget the conversation state so the next code starts afresh."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.engine import state_slots


class ActionEndConsultation(Action):
    def name(self) -> str:
        return "action_end_consultation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        slots = state_slots(None)
        slots.update({"answer": None, "consultation_found": None})
        return [SlotSet(name, value) for name, value in slots.items()]
