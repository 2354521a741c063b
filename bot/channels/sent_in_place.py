"""Replies a channel sent in the assistant's place, put into Rasa's record of the
conversation, so that what the patient was shown is what a reload shows.

The web widget's transcript is read from Rasa's record (bot/channels/transcript.py).
When the assistant's reply to a stored message was lost (the action server died between
its commit and its answer reaching Rasa), the channel sends the question the patient is
on instead (bot/channels/database.py lost_replies); Rasa never saw it, so a reload
showed the patient's message with nothing after it. Written under the conversation's
lock, as Rasa writes a turn, so no turn is written over.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Dict, List

from rasa.shared.core.events import BotUttered

logger = logging.getLogger(__name__)
# A reply is not held up longer than this to be recorded (then it is only sent).
RECORD_SECONDS = 5.0


async def record_sent(agent: Any, conversation: str, replies: List[Dict[str, Any]]) -> bool:
    """Add `replies` (as Rasa's collector holds them: text, buttons) to the end of Rasa's
    record of `conversation`, under its lock; False when that could not be done (logged
    by type: the replies have gone all the same)."""
    try:
        await asyncio.wait_for(_record(agent, conversation, replies), RECORD_SECONDS)
    except Exception as error:  # noqa: BLE001 - the replies went; the record is a nicety
        logger.warning("replies sent in the assistant's place not recorded: %s",
                       type(error).__name__)
        return False
    return True


async def _record(agent: Any, conversation: str, replies: List[Dict[str, Any]]) -> None:
    async with agent.lock_store.lock(conversation):
        tracker = await agent.tracker_store.retrieve(conversation)
        if tracker is None:  # erased meanwhile: nothing to add to
            return
        for reply in replies:
            buttons = reply.get("buttons")
            tracker.update(BotUttered(reply.get("text"), {"buttons": buttons} if buttons else {}))
        await agent.tracker_store.save(tracker)
