"""How each question of a script looks on each channel, for authors before launching.
Pure: the engine's own rendering (web buttons) and the SMS renderer (bodies, segments).

Telegram shows the same options as an inline keyboard (multiple choice with ticks and a
Done button); the layout here is indicative until the Telegram channel settles it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import List, Tuple

from bot.engine.reply import question_message
from bot.scripts.questions import MULTI_CHOICE
from bot.scripts.script import Script
from bot.sms.render import render_sms, segments

TELEGRAM_ROW = 2  # buttons a row when labels are short


@dataclass(frozen=True)
class QuestionPreview:
    key: str
    web_text: str
    web_buttons: Tuple[str, ...]
    sms_bodies: Tuple[Tuple[str, int], ...]  # body, segments
    telegram_rows: Tuple[Tuple[str, ...], ...]


def telegram_rows(buttons: Tuple[str, ...], multi: bool) -> Tuple[Tuple[str, ...], ...]:
    labels = [("☐ " + b) if multi else b for b in buttons]
    width = TELEGRAM_ROW if labels and max(len(b) for b in labels) <= 14 else 1
    rows = [tuple(labels[i:i + width]) for i in range(0, len(labels), width)]
    return tuple(rows + [("Done",)] if multi else rows)


def preview(script: Script) -> List[QuestionPreview]:
    found = []
    for question in script.questions:
        message = question_message(question)
        bodies = tuple((body, segments(body)) for body in render_sms([message]))
        found.append(QuestionPreview(question.key, message.text, message.buttons, bodies,
                                     telegram_rows(message.buttons,
                                                   question.type == MULTI_CHOICE)))
    return found
