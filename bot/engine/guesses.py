""""Did you mean…?" and "Which one?": between understood and not understood.

A best guess is offered back and nothing is stored until the patient says yes; a
no asks the question again; any other reply is read as a fresh answer (so a
patient who just answers again is understood). "Which one?" offers the options a
reply named at once ("pharmacy or gp") as buttons, and reads a number as a
position among those offered, since that is what the patient sees.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any, Tuple

from bot.engine import messages
from bot.engine.turns import Guess, Message, State, Turn
from bot.scripts.questions import MULTI_CHOICE, NUMBER, YES_NO, Question
from bot.understanding.amounts import unit_of
from bot.understanding.parsing import ANSWERED, CHOOSE, CONFIRM, INVALID, Parsed, parse_answer

DECLINED = "declined"  # the reason a "no" to "Did you mean…?" is read as not answered
_YES_NO = Question(key="_guess", type=YES_NO, text="", options=("Yes", "No"))


def is_offer(parsed: Parsed) -> bool:
    return parsed.status in (CONFIRM, CHOOSE)


def offer(question: Question, parsed: Parsed, state: State) -> Turn:
    """Ask the patient to confirm a guess or pick one of the options named."""
    kind = "choose" if parsed.status == CHOOSE else "confirm"
    value = list(parsed.value) if kind == "choose" else parsed.value
    guess = Guess(kind, value)
    return Turn((offer_message(question, guess),), replace(state, guess=guess))


def offer_message(question: Question, guess: Guess) -> Message:
    """ "Which one did you mean?" with the options, or "Did you mean: X?" with Yes/No."""
    if guess.kind == "choose":
        return Message(messages.WHICH_ONE, _labels(guess.value, question))
    shown = messages.DID_YOU_MEAN.format(answer=describe(question, guess.value))
    return Message(shown, ("Yes", "No"))


def describe(question: Question, value: Any) -> str:
    """A guessed answer as the patient would read it."""
    if question.type == MULTI_CHOICE and isinstance(value, list):
        return ", ".join(str(label) for label in value)
    unit = unit_of(question.unit, question.text) if question.type == NUMBER else ""
    if unit:
        return f"{value} {unit}"
    return str(value)


def read_reply(question: Question, guess: Guess, text: str) -> Parsed:
    """The answer a reply to "Did you mean…?" or "Which one?" gives, if any."""
    if guess.kind == "choose":
        return _chosen(question, _labels(guess.value, question), text)
    said = parse_answer(_YES_NO, text)
    if said.status == ANSWERED:
        return Parsed(ANSWERED, guess.value) if said.value == "Yes" else Parsed(INVALID,
                                                                                reason=DECLINED)
    return parse_answer(question, text)  # a fresh answer, perhaps another guess


def _labels(value: Any, question: Question) -> Tuple[str, ...]:
    offered = value if isinstance(value, (list, tuple)) else ()
    return tuple(label for label in offered if label in question.options)


def _chosen(question: Question, labels: Tuple[str, ...], text: str) -> Parsed:
    if len(labels) >= 2:
        narrowed = replace(question, options=labels,
                           aliases={k: v for k, v in question.aliases.items() if k in labels})
        picked = parse_answer(narrowed, text)
        if picked.status == ANSWERED:
            return picked
    read = parse_answer(question, text)
    if read.status == ANSWERED or read.status == CONFIRM:
        return read
    said = parse_answer(_YES_NO, text)
    if said.status == ANSWERED and said.value == "No":  # "neither"
        return Parsed(INVALID, reason=DECLINED)
    return read
