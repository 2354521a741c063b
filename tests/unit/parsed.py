"""Expected outcomes for the answer-parsing tables: stored, offered, "which one?" or not read."""

from __future__ import annotations

from bot.scripts.questions import Question
from bot.understanding.parsing import Parsed


def ask(kind: str, *options: str, text: str = "?") -> Question:
    """A question of `kind` with these options, for a table of replies."""
    return Question(key="q", type=kind, text=text, options=options)


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
