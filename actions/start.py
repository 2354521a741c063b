"""Outside a consultation: start one from its code, or explain how to."""

from __future__ import annotations

from typing import Any, Dict, List

from rasa_sdk import Action, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher

from actions.engine import after_turn, inbound_from, safe_turn, send
from bot.consultation.start import begin


class ActionStartConsultation(Action):
    def name(self) -> str:
        return "action_start_consultation"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        inbound = inbound_from(tracker)
        pending = str(tracker.get_slot("sb_pending") or "")
        turn = await safe_turn(
            dispatcher, inbound, lambda session, settings: begin(session, settings, inbound, pending)
        )
        if turn is None:
            return [SlotSet("consultation_found", False)]
        send(dispatcher, turn.messages)
        slots = after_turn(tracker, turn)
        slots["consultation_found"] = turn.state is not None
        return [SlotSet(name, value) for name, value in slots.items()]
