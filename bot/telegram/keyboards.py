"""Inline keyboards for questions, and what a tap on one means. No I/O.

The keyboard carries its own state, so no tap needs a database row: each button's
callback data (at most 64 bytes, Telegram's limit) names the question it answers
(the engine's question token) and, for a multiple choice, which options are ticked.

    a:<question>:<i>          answer option i (single choice, scale, yes/no)
    t:<question>:<ticked>:<i> tick or untick option i (ticked: a hex bit mask)
    d:<question>:<ticked>     done: the ticked options are the answer
    s:<CODE>                  start a consultation (the button on an invitation)
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import List, Optional, Sequence, Tuple

TICK = "✅ "
DONE = "Done ✔"
MAX_OPTIONS = 24  # a question with more options is answered by typing
_HEX, _INDEX = re.compile(r"[0-9a-f]{1,20}"), re.compile(r"\d{1,2}")
_START = re.compile(r"s:(?P<code>[A-Z][A-Z0-9]{2,11})")

Button = Tuple[str, str]  # (text on the button, callback data)


@dataclass(frozen=True)
class Tap:
    """What a tap asks for."""

    kind: str  # "answer", "tick", "done" or "start"
    question: str = ""
    index: int = -1
    ticked: frozenset = frozenset()
    code: str = ""


def parse_callback(data: object) -> Optional[Tap]:
    """A tap on one of our keyboards, or None for data we never sent."""
    if not isinstance(data, str) or len(data) > 64:
        return None
    start = _START.fullmatch(data)
    if start:
        return Tap("start", code=start.group("code"))
    kind, *parts = data.split(":")
    if not parts or not _HEX.fullmatch(parts[0]):
        return None
    question, rest = parts[0], parts[1:]
    if kind == "a" and len(rest) == 1 and _INDEX.fullmatch(rest[0]):
        return Tap("answer", question, int(rest[0]))
    if kind in ("t", "d") and rest and _HEX.fullmatch(rest[0]) and len(rest[0]) <= 8:
        ticked = _indexes(int(rest[0], 16))
        if kind == "t" and len(rest) == 2 and _INDEX.fullmatch(rest[1]):
            return Tap("tick", question, int(rest[1]), ticked)
        if kind == "d" and len(rest) == 1:
            return Tap("done", question, ticked=ticked)
    return None


def keyboard(labels: Sequence[str], question: str, multiple: bool,
             ticked: frozenset = frozenset()) -> List[List[Button]]:
    """Rows of buttons for a question's options (none when there are too many)."""
    if not labels or len(labels) > MAX_OPTIONS or not question:
        return []
    if multiple:
        mask = _mask(ticked)
        buttons = [((TICK if i in ticked else "") + label, f"t:{question}:{mask:x}:{i}")
                   for i, label in enumerate(labels)]
        return _rows(buttons, labels) + [[(DONE, f"d:{question}:{mask:x}")]]
    return _rows([(label, f"a:{question}:{i}") for i, label in enumerate(labels)], labels)


def toggled(tap: Tap) -> frozenset:
    return tap.ticked ^ {tap.index}


def start_button(code: str) -> List[List[Button]]:
    return [[("Take part", f"s:{code}")]]


def label_of(text: str) -> str:
    """An option's label from a button's text (without its tick)."""
    return text[len(TICK):] if text.startswith(TICK) else text


def _rows(buttons: List[Button], labels: Sequence[str]) -> List[List[Button]]:
    """Numbers side by side (a 0-10 scale is two rows), short words in pairs, else one
    to a row so a long label is never cut off on a phone."""
    longest = max(len(label) for label in labels)
    per_row = 6 if longest <= 3 else 2 if longest <= 14 else 1
    return [buttons[i:i + per_row] for i in range(0, len(buttons), per_row)]


def _mask(ticked: frozenset) -> int:
    return sum(1 << i for i in ticked if 0 <= i < MAX_OPTIONS)


def _indexes(mask: int) -> frozenset:
    return frozenset(i for i in range(MAX_OPTIONS) if mask >> i & 1)


# Matches no question's token: the engine takes a reply carrying it as for an old question.
ANSWERED = "answered"


def replied_question(callback_data: Sequence[object], text: str) -> str:
    """The question a typed reply to one of our messages answers, so the engine refuses
    it, as it refuses a tap on old buttons, when that question is no longer the one
    asked: the token in the message's keyboard; or, when it was answered by a tap (its
    buttons gone, the choice ticked in its text), one that matches no question. Empty
    for a reply to anything else: it answers the current question, as typing does."""
    for data in callback_data:
        tap = parse_callback(data)
        if tap is not None and tap.question:
            return tap.question
    return ANSWERED if f"\n\n{TICK}" in text else ""
