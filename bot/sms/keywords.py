"""Carrier keywords for SMS. A message that is only one of these words is a
command, whatever the conversation is doing (UK and US carrier practice)."""

from __future__ import annotations

import re

STOP = "stop"
START = "start"
HELP = "help"
KEYWORDS = {
    **{word: STOP for word in ("stop", "stopall", "unsubscribe", "cancel", "end", "quit",
                               "optout", "revoke")},
    **{word: START for word in ("start", "unstop", "yes start", "optin")},
    **{word: HELP for word in ("help", "info")},
}
_NOISE = re.compile(r"[^a-z ]")


def keyword(text: str) -> str:
    """STOP, START, HELP, or "" when the message is something else."""
    cleaned = " ".join(_NOISE.sub("", text[:40].casefold()).split())
    return KEYWORDS.get(cleaned, "")
