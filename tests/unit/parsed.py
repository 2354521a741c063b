"""Expected outcomes for the answer-parsing tables: stored, offered, "which one?" or not read."""

from __future__ import annotations

from bot.scripts.questions import NUMBER, SCALE, YES_NO, Question
from bot.understanding.parsing import Parsed


def ask(kind: str, *options: str, text: str = "?") -> Question:
    """A question of `kind` with these options, for a table of replies."""
    return Question(key="q", type=kind, text=text, options=options)


def yes_no(text: str) -> Question:
    """A yes/no question with its two options, as a loaded script gives it."""
    return Question(key="q", type=YES_NO, text=text, options=("Yes", "No"))


def number(text: str, unit: str = "") -> Question:
    """A number question counting in `unit` ("days"; "" for a plain number), from 0."""
    return Question(key="q", type=NUMBER, text=text, unit=unit, minimum=0)


def scale(text: str, low: int, high: int) -> Question:
    """A scale question from `low` to `high`."""
    return Question(key="q", type=SCALE, text=text, minimum=low, maximum=high)


def ok(value: object) -> Parsed:
    """Stored at once."""
    return Parsed("answered", value)


def maybe(value: object) -> Parsed:
    """Offered as "Did you mean…?", stored only after a yes."""
    return Parsed("confirm", value)


def which(*labels: str) -> Parsed:
    """ "Which one did you mean?" with these options."""
    return Parsed("choose", tuple(labels))


def bad(reason: str = "unrecognised") -> Parsed:
    """Not read: asked again."""
    return Parsed("invalid", reason=reason)
