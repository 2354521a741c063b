"""What a script looks like to patients, for its author: each question as an SMS and
as web buttons, and the other names each option is understood by (the script's
aliases and the shipped lexicons), so nobody has to guess what "boots" will mean."""

from __future__ import annotations

from typing import List

from bot.engine.reply import question_message
from bot.scripts.questions import MULTI_CHOICE, SINGLE_CHOICE, Question
from bot.scripts.script import Script
from bot.sms.render import render_sms
from bot.understanding.lexicon import option_names

MAX_NAMES_SHOWN = 12


def _names(question: Question, index: int, sure: bool) -> List[str]:
    return [" ".join(name.tokens) for name in option_names(question.options, question.aliases)
            if name.index == index and name.sure == sure and not name.is_label]


def _listed(names: List[str]) -> str:
    shown = ", ".join(names[:MAX_NAMES_SHOWN])
    more = len(names) - MAX_NAMES_SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def option_lines(question: Question) -> List[str]:
    """ "Pharmacy: also chemist, boots, …; asks "Did you mean…?" for: shop, …"."""
    lines = []
    for index, label in enumerate(question.options):
        sure, maybe = _names(question, index, True), _names(question, index, False)
        if not sure and not maybe:
            continue
        line = f"    {label}: also {_listed(sure)}" if sure else f"    {label}:"
        if maybe:
            line += f"; asks \"Did you mean {label}?\" for {_listed(maybe)}"
        lines.append(line)
    return lines


def preview(script: Script) -> List[str]:
    """Every question as the patient sees it, with the names each option is known by."""
    lines: List[str] = []
    for number, question in enumerate(script.questions, start=1):
        message = question_message(question)
        lines.append(f"{number}. [{question.key}] {question.type}")
        lines += ["    SMS: " + line for body in render_sms([message]) for line in body.split("\n")]
        if message.buttons:
            lines.append("    web buttons: " + " | ".join(message.buttons))
        if question.type in (SINGLE_CHOICE, MULTI_CHOICE):
            lines += option_lines(question)
    return lines
