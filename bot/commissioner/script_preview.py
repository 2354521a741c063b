"""What a script looks like to patients, for its author: each question as an SMS and
as web buttons, and the other names each option is understood by (the script's
aliases and the shipped lexicons), so nobody has to guess what "boots" will mean."""

from __future__ import annotations

from typing import List, Sequence

from bot.commissioner.preview import OptionNames
from bot.commissioner.preview import preview as channel_preview
from bot.scripts.script import Script

MAX_NAMES_SHOWN = 12


def listed(names: Sequence[str]) -> str:
    shown = ", ".join(names[:MAX_NAMES_SHOWN])
    more = len(names) - MAX_NAMES_SHOWN
    return shown + (f" and {more} more" if more > 0 else "")


def option_line(option: OptionNames) -> str:
    """ "Pharmacy: also chemist, boots, …; asks "Did you mean…?" for: shop, …"."""
    line = f"{option.label}: also {listed(option.also)}" if option.also else f"{option.label}:"
    if option.asks:
        line += f"; asks \"Did you mean {option.label}?\" for {listed(option.asks)}"
    return line


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
        lines += ["    " + option_line(option) for option in shown.names]
    return lines
