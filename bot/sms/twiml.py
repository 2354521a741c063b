"""Replies in the webhook's own answer (TwiML), as Twilio sends them."""

from __future__ import annotations

from typing import List, Tuple

from twilio.twiml.messaging_response import MessagingResponse

from bot.engine.turns import Message
from bot.sms.render import render_sms


def twiml(outgoing: List[Message]) -> Tuple[str, int]:
    """A TwiML answer that has Twilio send each SMS body, in order (none: send nothing),
    and how many bodies it holds."""
    answer = MessagingResponse()
    bodies = render_sms(outgoing)
    for body in bodies:
        answer.message(body)
    return str(answer), len(bodies)
