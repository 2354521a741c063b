"""Replies in the webhook's own answer (TwiML), as Twilio sends them."""

from __future__ import annotations

from typing import List

from twilio.twiml.messaging_response import MessagingResponse

from bot.engine.turns import Message
from bot.sms.render import render_sms


def twiml(outgoing: List[Message]) -> str:
    """A TwiML answer that has Twilio send each SMS body, in order (none: send nothing)."""
    answer = MessagingResponse()
    for body in render_sms(outgoing):
        answer.message(body)
    return str(answer)
