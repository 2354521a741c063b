"""What a script looks like to patients, for its author: each question as an SMS and
as web buttons, and the other names each option is understood by (the script's
aliases and the shipped lexicons), so nobody has to guess what "boots" will mean."""

from __future__ import annotations

from typing import List

from bot.commissioner.preview import preview as channel_preview
from bot.scripts.questions import MULTI_CHOICE, SINGLE_CHOICE, Question
from bot.scripts.script import Script
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
    """Every question as the patient sees it (the channel preview the commissioner app
    shows), with the names each option is known by."""
    lines: List[str] = []
    shown_all = channel_preview(script)
    for number, (question, shown) in enumerate(zip(script.questions, shown_all, strict=True),
                                               start=1):
        lines.append(f"{number}. [{question.key}] {question.type}")
        lines += ["    SMS: " + line for body, _ in shown.sms_bodies for line in body.split("\n")]
        if shown.web_buttons:
            lines.append("    web buttons: " + " | ".join(shown.web_buttons))
        if question.type in (SINGLE_CHOICE, MULTI_CHOICE):
            lines += option_lines(question)
    return lines
