"""Tick-all-that-apply replies whose reading is in doubt even when every option is named:
not knowing ("dunno"), the past ("used to do drama"), a condition ("if it was
near me"), or "… or none" (one answer and its opposite)."""

from __future__ import annotations

import re
from typing import Sequence

from bot.understanding.text import prepare

# Not knowing, the past or a condition: the options named are offered, never stored. A
# softer hedge ("1, 2 and 4 i think", "prob friends") still names what was ticked.
_DOUBT = re.compile(r"\b(?:dunno|idk|not sure|unsure|used to|not anymore|not any more|"
                    r"no longer|if|unless|as long as|only when)\b")
# "the app, or none really": which?
_OR_NONE = re.compile(r"\bor (?:none|nothing|neither|not at all|no one|nobody)\b")


_UNSURE_LABEL = re.compile(r"\b(?:sure|know|remember|idea)\b")


def in_doubt(prepared: str, chosen: Sequence[str]) -> bool:
    """The reply does not know, speaks of the past or sets a condition (and what it chose is
    not the option for not knowing: "dunno" is "Not sure")."""
    return bool(_DOUBT.search(prepared)) and not any(
        _UNSURE_LABEL.search(prepare(label)) for label in chosen)


def or_none(prepared: str) -> bool:
    """The reply offers none as the other of two answers."""
    return bool(_OR_NONE.search(prepared))
