"""The one generic form: ask the current question, validate and store the answer."""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from rasa_sdk import Action, FormValidationAction, Tracker
from rasa_sdk.events import SlotSet
from rasa_sdk.executor import CollectingDispatcher
from rasa_sdk.types import DomainDict

from actions.engine import after_turn, in_transaction, inbound_from, safe_turn, send, state_from
from bot.consultation.conversation import ask, reply

FINISHED = "finished"


class ActionAskAnswer(Action):
    def name(self) -> str:
        return "action_ask_answer"

    async def run(
        self, dispatcher: CollectingDispatcher, tracker: Tracker, domain: Dict[str, Any]
    ) -> List[Dict[str, Any]]:
        state = state_from(tracker)
        if state is None:
            return [SlotSet("answer", FINISHED)]
        message = await in_transaction(lambda session, _settings: ask(session, state))
        send(dispatcher, [message])
        return []


class ValidateConsultationForm(FormValidationAction):
    def name(self) -> str:
        return "validate_consultation_form"

    async def validate_answer(
        self,
        slot_value: Optional[Any],
        dispatcher: CollectingDispatcher,
        tracker: Tracker,
        domain: DomainDict,
    ) -> Dict[str, Any]:
        state = state_from(tracker)
        if slot_value is None:  # the form is starting: nothing to validate yet
            return {"answer": None}
        if state is None:
            return {"answer": FINISHED}
        inbound = inbound_from(tracker)
        turn = await safe_turn(
            dispatcher, inbound, lambda session, settings: reply(session, settings, state, inbound)
        )
        if turn is None:
            return {"answer": FINISHED}  # end the form; the code resumes where it was
        send(dispatcher, turn.messages)
        slots = after_turn(tracker, turn)
        slots["answer"] = None if turn.state is not None else FINISHED
        return slots
