"""Messages a channel answers itself, before the assistant sees them."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from bot.channels.shared_items import shared_item
from bot.engine import messages
from bot.engine.turns import Message
from bot.trust.safeguarding import detect_concern
from bot.trust.signposting import SIGNPOSTING

# Longer messages are cut for the check (Twilio's own limit is 1,600 characters).
MAX_CHECKED = 4000


def inbound_problem(text: object, limit: int) -> Tuple[str, str]:
    """('', '') when a message can go to the assistant, else (kind, reply)."""
    if not isinstance(text, str) or not text.strip():
        return "empty", messages.EMPTY_MESSAGE
    if len(text) > limit:
        return "too_long", messages.MESSAGE_TOO_LONG.format(limit=f"{limit:,}")
    if shared_item(text):  # a contact card or a place, shared by the phone
        return "not_typed", messages.NOT_TYPED
    return "", ""


def crisis_first(text: object) -> List[Message]:
    """Signposting, when the words call for it, for paths the engine never sees.

    A rate-limited, opted-out, too-long or unanswered message (the action server
    down) still gets signposting: no limit or outage may swallow it.
    """
    if isinstance(text, str) and detect_concern(text[:MAX_CHECKED]) is not None:
        return [Message(SIGNPOSTING)]
    return []


def or_apology(text: object, replies: List[Message]) -> List[Message]:
    """The assistant's replies; none means it failed: signpost if needed, then say sorry."""
    return replies or crisis_first(text) + [Message(messages.SOMETHING_WENT_WRONG)]


def without_signposting(replies: List[Message]) -> List[Message]:
    """The assistant's replies when the channel has already signposted (it answers a
    crisis before any queue): the same signposting is not sent twice."""
    if not replies:
        return [Message(messages.SOMETHING_WENT_WRONG)]
    return [m for m in replies if m.text != SIGNPOSTING]


def held_notice(text: object, first: bool, signposted: bool) -> List[Message]:
    """What a patient is told when their message is held for the database: crisis
    wording answered now (unless it already was), and "we've got that" once."""
    return ([] if signposted else crisis_first(text)) + (
        [Message(messages.HELD)] if first else [])


def marked(collected: List[Dict[str, Any]], mark: str) -> bool:
    """Whether the action marked its reply: "held" (the answers database was down:
    actions/engine.py) or "duplicate" (the message was a redelivery: actions/turn.py)."""
    return any(isinstance(raw.get("custom"), dict) and raw["custom"].get(mark)
               for raw in collected)


def held_back(collected: List[Dict[str, Any]]) -> bool:
    """Whether the engine held the message back for the database."""
    return marked(collected, "held")


def from_collected(collected: List[Dict[str, Any]]) -> Tuple[List[Message], bool]:
    """Rasa's collected bot messages as the engine's, and whether the engine held the
    message back."""
    return [from_rasa(raw) for raw in collected if "custom" not in raw], held_back(collected)


def as_rasa(message: Message) -> Dict[str, Any]:
    """One of the engine's messages as the action hands it to Rasa (`from_rasa` undoes
    it): beside Rasa's title and payload, each button says whether several may be
    picked and which question it answers; channels that draw keyboards use both."""
    buttons = [{"title": label, "payload": label, "multiple": message.multiple,
                "question": message.question} for label in message.buttons]
    return {"text": message.text, **({"buttons": buttons} if buttons else {})}


def from_rasa(raw: Dict[str, Any]) -> Message:
    """One of Rasa's collected bot messages as the engine sent it (actions/engine.py)."""
    buttons = raw.get("buttons") or []
    first = buttons[0] if buttons and isinstance(buttons[0], dict) else {}
    return Message(str(raw.get("text") or ""),
                   tuple(str(b.get("title", "")) for b in buttons if isinstance(b, dict)),
                   multiple=bool(first.get("multiple")), question=str(first.get("question") or ""))
