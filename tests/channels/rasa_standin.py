"""Rasa's message processor, stood in for around the real action, for tests of a channel
served on its own: each message and its metadata go to the action as Rasa's shim sends
them (its latest message, no history), the turn goes into Rasa's record, and the
action's messages go to the channel's output. Told to crash, it dies after the action
ran, before Rasa saved or answered anything."""

from __future__ import annotations

from rasa.core.channels.channel import UserMessage
from rasa.core.tracker_store import TrackerStore
from rasa.shared.core.events import BotUttered, UserUttered
from rasa_sdk import Tracker
from rasa_sdk.executor import CollectingDispatcher

from actions.turn import ActionConsultationTurn
from tests.actions.harness import DOMAIN


class Crashed(Exception):
    """The Rasa process died: nothing after the action's call happened."""


class Rasa:
    """One replica's Rasa; `record` is Rasa's record of conversations, shared by replicas."""

    def __init__(self, record: TrackerStore) -> None:
        self.record = record
        self.crash = False
        self.action_calls = 0

    async def __call__(self, message: UserMessage) -> None:
        latest = {"text": message.text, "intent": {"name": "", "confidence": 0.0},
                  "metadata": message.metadata or {}}
        tracker = Tracker(message.sender_id, {}, latest, [], False, None, {}, "action_listen")
        dispatcher = CollectingDispatcher()
        self.action_calls += 1
        await ActionConsultationTurn().run(dispatcher, tracker, DOMAIN)
        if self.crash:
            raise Crashed()
        recorded = await self.record.get_or_create_tracker(message.sender_id)
        recorded.update(UserUttered(message.text, message_id=message.message_id))
        for sent in dispatcher.messages:
            recorded.update(BotUttered(sent.get("text"), data={
                "buttons": sent.get("buttons") or None, "custom": sent.get("custom")}))
        await self.record.save(recorded)
        out = message.output_channel
        for sent in dispatcher.messages:
            if sent.get("custom"):
                await out.send_custom_json(message.sender_id, sent["custom"])
            elif sent.get("buttons"):
                await out.send_text_with_buttons(message.sender_id, sent["text"], sent["buttons"])
            else:
                await out.send_text_message(message.sender_id, sent["text"])
