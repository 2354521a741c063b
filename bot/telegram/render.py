"""The engine's messages as Telegram messages: text, and options as an inline keyboard.
No I/O."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, List, Optional

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.engine.turns import Message
from bot.telegram.keyboards import Button, keyboard

MAX_TEXT = 4096  # Telegram's limit for one message


@dataclass(frozen=True)
class Outgoing:
    text: str
    markup: Optional[InlineKeyboardMarkup] = None


def render(messages: Iterable[Message]) -> List[Outgoing]:
    """One Telegram message per engine message; options become buttons."""
    out = []
    for message in messages:
        text = message.text.strip()
        if not text:
            continue
        rows = keyboard(message.buttons, message.question, message.multiple)
        out.append(Outgoing(text[:MAX_TEXT], markup(rows)))
    return out


def markup(rows: List[List[Button]]) -> Optional[InlineKeyboardMarkup]:
    if not rows:
        return None
    return InlineKeyboardMarkup([[InlineKeyboardButton(text, callback_data=data)
                                  for text, data in row] for row in rows])
