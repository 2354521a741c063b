"""Messages a channel answers itself, before the assistant sees them."""

from __future__ import annotations

from typing import Tuple

from bot.engine import messages


def inbound_problem(text: object, limit: int) -> Tuple[str, str]:
    """('', '') when a message can go to the assistant, else (kind, reply)."""
    if not isinstance(text, str) or not text.strip():
        return "empty", messages.EMPTY_MESSAGE
    if len(text) > limit:
        return "too_long", messages.MESSAGE_TOO_LONG.format(limit=f"{limit:,}")
    return "", ""
