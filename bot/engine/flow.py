"""Which question comes next: pure skip logic over a script and earlier answers."""

from __future__ import annotations

from typing import AbstractSet, Any, Mapping, Optional, Tuple

from bot.engine import messages
from bot.scripts.questions import (
    AGE_BAND,
    AGE_BAND_LABELS,
    POSTCODE_DISTRICT,
    YES_NO,
    Question,
    ShowIf,
)
from bot.scripts.script import Script

# Under UK GDPR (Article 8, as applied in the UK) a child under 13 cannot consent
# to an online service, so every consultation checks age against at least this.
MIN_AGE_FLOOR = 13

# Steps the engine asks itself; script ids cannot start with "_".
CONSENT = "_consent"
AGE = "_age_band"
AREA = "_area"


def consent_question() -> Question:
    return Question(
        key=CONSENT,
        type=YES_NO,
        text=messages.CONSENT_QUESTION,
        options=("Yes", "No"),
        why=messages.CONSENT_WHY,
    )


def age_question(script: Script) -> Question:
    return Question(
        key=AGE,
        type=AGE_BAND,
        text=messages.AGE_QUESTION,
        options=AGE_BAND_LABELS,
        optional=False,
        why=messages.AGE_WHY,
    )


def area_question() -> Question:
    return Question(
        key=AREA,
        type=POSTCODE_DISTRICT,
        text=messages.AREA_QUESTION,
        optional=True,
        why=messages.AREA_WHY,
    )


def steps(script: Script) -> Tuple[Question, ...]:
    """Every step of a consultation in the order it can be asked."""
    builtin = [consent_question()]
    builtin.append(age_question(script))  # always: see MIN_AGE_FLOOR
    if script.ask_postcode_district:
        builtin.append(area_question())
    return tuple(builtin) + tuple(script.questions)


def minimum_age(script: Script) -> int:
    return max(script.min_age, MIN_AGE_FLOOR)


def step_by_key(script: Script, key: str) -> Optional[Question]:
    return next((q for q in steps(script) if q.key == key), None)


def next_step(
    script: Script, answers: Mapping[str, Any], after: Optional[str]
) -> Optional[Question]:
    """The first step after `after` (None: from the start) whose conditions hold."""
    ordered = steps(script)
    keys = [q.key for q in ordered]
    start = keys.index(after) + 1 if after in keys else 0
    return next((q for q in ordered[start:] if _shown(q, answers)), None)


def carry_on_step(
    script: Script, last_step: Optional[str], recorded: AbstractSet[str], answers: Mapping[str, Any]
) -> Optional[Question]:
    """Where to carry on when the current step left the script (edited while live).

    After the last step recorded, if the script still has it; otherwise the first
    question not yet recorded. Never the built-in steps again (consent, age).
    """
    keys = [q.key for q in steps(script)]
    if last_step in keys:
        return next_step(script, answers, last_step)
    return next((q for q in script.questions if q.key not in recorded and _shown(q, answers)),
                None)


def _shown(question: Question, answers: Mapping[str, Any]) -> bool:
    return question.show_if is None or show_if_met(question.show_if, answers)


def show_if_met(condition: ShowIf, answers: Mapping[str, Any]) -> bool:
    """True when the earlier answer matches; a skipped or missing answer never does."""
    if condition.question not in answers:
        return False
    value = answers[condition.question]
    values = value if isinstance(value, (list, tuple)) else [value]
    if condition.equals is not None and not any(_same(v, condition.equals) for v in values):
        return False
    if condition.any_of and not any(
        _same(v, wanted) for v in values for wanted in condition.any_of
    ):
        return False
    return _within(value, condition.at_least, condition.at_most)


def _same(value: Any, wanted: Any) -> bool:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        try:
            return float(value) == float(wanted)
        except (TypeError, ValueError):
            return False
    return str(value).casefold() == str(wanted).casefold()


def _within(value: Any, low: Optional[float], high: Optional[float]) -> bool:
    if low is None and high is None:
        return True
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return False
    return (low is None or value >= low) and (high is None or value <= high)
