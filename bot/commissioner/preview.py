"""How each question of a script looks on each channel, for authors before launching.
Pure: the engine's own rendering (web buttons) and the SMS renderer (bodies, segments).

Telegram shows the same options as the channel's own inline keyboard (multiple choice
ticked on the same message, then Done). Each choice option also carries the other names
it is understood by: the script's `aliases:` and the shipped lexicons' everyday names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Tuple

from bot.engine.reply import question_message
from bot.scripts.questions import MULTI_CHOICE, SINGLE_CHOICE, Question
from bot.scripts.script import Script
from bot.sms.render import render_sms, segments
from bot.telegram.keyboards import keyboard
from bot.understanding.lexicon import option_names

PREVIEW_TOKEN = "0"  # the keyboard names a question; any name lays it out the same


@dataclass(frozen=True)
class OptionNames:
    """An option and the other names a patient may use for it."""

    label: str
    also: Tuple[str, ...]  # read as this option at once (aliases, sure lexicon names)
    asks: Tuple[str, ...]  # answered with "Did you mean <label>?" first


@dataclass(frozen=True)
class QuestionPreview:
    key: str
    web_text: str
    web_buttons: Tuple[str, ...]
    sms_bodies: Tuple[Tuple[str, int], ...]  # body, segments
    telegram_rows: Tuple[Tuple[str, ...], ...]
    names: Tuple[OptionNames, ...] = ()  # choice questions only; options with other names


def telegram_rows(buttons: Tuple[str, ...], multi: bool) -> Tuple[Tuple[str, ...], ...]:
    """The inline keyboard the Telegram channel sends (bot/telegram/keyboards.py)."""
    return tuple(tuple(text for text, _ in row)
                 for row in keyboard(buttons, PREVIEW_TOKEN, multiple=multi))


def other_names(question: Question) -> Tuple[OptionNames, ...]:
    """Each option's other names, as the parser knows them (options with none left out)."""
    if question.type not in (SINGLE_CHOICE, MULTI_CHOICE):
        return ()
    names = [name for name in option_names(question.options, question.aliases)
             if not name.is_label]
    found = []
    for index, label in enumerate(question.options):
        also = tuple(" ".join(n.tokens) for n in names if n.index == index and n.sure)
        asks = tuple(" ".join(n.tokens) for n in names if n.index == index and not n.sure)
        if also or asks:
            found.append(OptionNames(label, also, asks))
    return tuple(found)


def preview(script: Script) -> List[QuestionPreview]:
    found = []
    for question in script.questions:
        message = question_message(question)
        bodies = tuple((body, segments(body)) for body in render_sms([message]))
        found.append(QuestionPreview(question.key, message.text, message.buttons, bodies,
                                     telegram_rows(message.buttons,
                                                   question.type == MULTI_CHOICE),
                                     other_names(question)))
    return found
