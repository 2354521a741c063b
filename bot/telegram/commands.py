"""Telegram commands (/start CODE, /stop, …). No I/O."""

from __future__ import annotations

import re
from typing import Optional, Tuple

# What the bot offers in Telegram's command menu (set by `python -m bot telegram set-webhook`).
MENU = (
    ("start", "Start a survey: /start followed by its code"),
    ("help", "How this works"),
    ("privacy", "What we keep and who sees it"),
    ("stop", "Stop the survey and all messages from us"),
    ("delete", "Delete every answer you have given"),
    ("subscribe", "Hear about new NHS surveys here"),
    ("unsubscribe", "Stop hearing about new surveys"),
)
KNOWN = frozenset(name for name, _ in MENU)
_COMMAND = re.compile(r"/(?P<name>[A-Za-z0-9_]{1,32})(?:@[A-Za-z0-9_]{1,64})?(?:\s+(?P<arg>.*))?",
                      re.DOTALL)


def command(text: str) -> Optional[Tuple[str, str]]:
    """(name, argument) of a command, "/start@SoundingBoardBot MIND24" included;
    None when the text is not a command. An unknown command's name is "" ."""
    match = _COMMAND.fullmatch(text.strip())
    if match is None:
        return None
    name = match.group("name").lower()
    return (name if name in KNOWN else ""), (match.group("arg") or "").strip()[:64]
