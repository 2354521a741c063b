"""Carrier keywords for SMS. A message that is only one of these words is a
command, whatever the conversation is doing (UK and US carrier practice). Read in the
same plain form as crisis wording (issue 8: one normalisation for every check), so a
full-width ＳＴＯＰ, a STOP with a Cyrillic Т or an accented stóp still stops.

A message that is only a plain request for no more texts ("stop texting me", "dont text
me again", "take me off your list") is a STOP too: whoever writes it expects no
invitation or reminder to follow, and a carrier keyword is not a thing they should have
to know. Only the whole message: "stop texting me about the gp" is about something else."""

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
_TEXTS = r"(text|txt|message|msg|contact|messag|bother)"
_NO_MORE_TEXTS = re.compile(
    r"(please |pls |plz |can you |could you |can u |just |ok |okay |ok so |now )*"
    r"(stop (texting|txting|messaging|msging|contacting|sending (me )?(texts|messages))( me)?"
    r"|(dont|do not|never) " + _TEXTS + r" me"
    r"|no more (texts|txts|messages|msgs)"
    r"|unsubscribe me|(remove|take) me (off|from)( this| your| the)? (list|texts|messages|it)"
    r"|i dont want (any more|anymore|more) (texts|txts|messages)"
    r")( again| anymore| any more| ever| please| pls| plz| thanks| thank you| ta| now| ok)*"
)


# Of the STOP words, those that say "no more of this" in any chat. "cancel", "end" and
# "quit" must opt out on SMS (carriers), but in a chat they may answer what was just asked
# ("cancel" to "Delete everything?"), so there they go to the engine like any reply.
OPT_OUT_WORDS = frozenset({"stop", "stopall", "unsubscribe", "optout", "revoke"})


def _plain(text: str) -> str:
    return " ".join(_NOISE.sub("", plain_latin(text[:80]).casefold()).split())


def keyword(text: str, opted_out: bool = False) -> str:
    """STOP, START, HELP, or "" when the message is something else. From a number that
    opted out, YES is START too: Twilio's default opt-in words are START, UNSTOP and YES,
    and after a YES Twilio sends to the number again (from anyone else YES is an answer)."""
    cleaned = _plain(text)
    if _NO_MORE_TEXTS.fullmatch(cleaned):
        return STOP
    if opted_out and cleaned == "yes":
        return START
    return KEYWORDS.get(cleaned, "")


def asks_to_opt_out(text: str) -> bool:
    """A STOP that can only mean "no more messages", in a chat as on SMS."""
    cleaned = _plain(text)
    return cleaned in OPT_OUT_WORDS or bool(_NO_MORE_TEXTS.fullmatch(cleaned))
