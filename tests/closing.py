"""How a web chat ends: the closing words, then the reference that finds the answers for
erasure once the chat is gone (bot/engine/reply.py `_complete`)."""

from __future__ import annotations

import re
from typing import Sequence

CLOSING = "Thanks, that's everything."
REFERENCE = re.compile(r"If you want your answers deleted later, give (.+) this reference: "
                       r"([0-9a-f]{12})")


def closed_on_the_web(texts: Sequence[str], organisation: str = "NHS Test ICB") -> bool:
    """The last two of `texts` are the closing words and the reference, and nothing else
    came with them."""
    found = REFERENCE.fullmatch(texts[-1]) if texts else None
    return (len(texts) == 2 and texts[0] == CLOSING and found is not None
            and found.group(1) == organisation)
