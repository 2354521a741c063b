"""The one a reply calls its main way, beside one it uses now and then: "mainly the app,
sometimes the surgery website" to "How do you mostly…?" is the app. Offered, never stored,
since both were named.
"""

from __future__ import annotations

import re
from typing import Callable

from bot.understanding.result import ANSWERED, CHOOSE, CONFIRM, Parsed, guess
from bot.understanding.text import SPACES

_MAIN = re.compile(r"\b(?:mainly|mostly|usually|normally|generally|nearly always|almost always)\b")
_NOW_AND_THEN = re.compile(r"\b(?:sometimes|occasionally|now and then|once in a while|"
                           r"every so often|the odd time|rarely|hardly ever)\b")
_CLAUSE = re.compile(SPACES + r"(?:[,;.]|\bbut\b|\band\b|\bor\b)\s*")


def the_main_one(prepared: str, parsed: Parsed, reread: Callable[[str], Parsed]) -> Parsed:
    if parsed.status != CHOOSE or not _MAIN.search(prepared) or not _NOW_AND_THEN.search(prepared):
        return parsed
    main = [part for part in _CLAUSE.split(prepared) if _MAIN.search(part)
            and not _NOW_AND_THEN.search(part)]
    if len(main) != 1:
        return parsed
    said = reread(_MAIN.sub(" ", main[0]))
    if said.status in (ANSWERED, CONFIRM) and said.value in parsed.value:
        return guess(said.value)
    return parsed
