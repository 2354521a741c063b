"""How each question of a script looks on each channel, for authors before launching.
Pure: the engine's own rendering (web buttons) and the SMS renderer (bodies, segments).

Telegram shows the same options as the channel's own inline keyboard (multiple choice
ticked on the same message, then Done).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Tuple

from bot.engine.reply import question_message
from bot.scripts.questions import MULTI_CHOICE
from bot.scripts.script import Script
from bot.sms.render import render_sms, segments
from bot.telegram.keyboards import keyboard

PREVIEW_TOKEN = "0"  # the keyboard names a question; any name lays it out the same


@dataclass(frozen=True)
class QuestionPreview:
    key: str
    web_text: str
    web_buttons: Tuple[str, ...]
    sms_bodies: Tuple[Tuple[str, int], ...]  # body, segments
    telegram_rows: Tuple[Tuple[str, ...], ...]


def telegram_rows(buttons: Tuple[str, ...], multi: bool) -> Tuple[Tuple[str, ...], ...]:
    """The inline keyboard the Telegram channel sends (bot/telegram/keyboards.py)."""
    return tuple(tuple(text for text, _ in row)
                 for row in keyboard(buttons, PREVIEW_TOKEN, multiple=multi))


def preview(script: Script) -> List[QuestionPreview]:
    found = []
    for question in script.questions:
        message = question_message(question)
        bodies = tuple((body, segments(body)) for body in render_sms([message]))
        found.append(QuestionPreview(question.key, message.text, message.buttons, bodies,
                                     telegram_rows(message.buttons,
                                                   question.type == MULTI_CHOICE)))
    return found
