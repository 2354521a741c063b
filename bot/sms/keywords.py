"""Carrier keywords for SMS. A message that is only one of these words is a
command, whatever the conversation is doing (UK and US carrier practice). Read in the
same plain form as crisis wording (issue 8: one normalisation for every check), so a
full-width ＳＴＯＰ, a STOP with a Cyrillic Т or an accented stóp still stops."""

from __future__ import annotations

import re

from bot.trust.text_forms import plain_latin

STOP = "stop"
START = "start"
HELP = "help"
KEYWORDS = {
    **{word: STOP for word in ("stop", "stopall", "unsubscribe", "cancel", "end", "quit",
                               "optout", "revoke")},
    **{word: START for word in ("start", "unstop", "yes start", "optin")},
    **{word: HELP for word in ("help", "info")},
}
# Punctuation and emoji are noise ("Stop!"); digits are not: END24 is a consultation's
# code, not END (carriers and Twilio match the whole word too).
_NOISE = re.compile(r"[^a-z0-9 ]")


def keyword(text: str) -> str:
    """STOP, START, HELP, or "" when the message is something else."""
    cleaned = " ".join(_NOISE.sub("", plain_latin(text[:40]).casefold()).split())
    return KEYWORDS.get(cleaned, "")
