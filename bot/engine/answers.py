"""Answer rows: written the moment they are given, read back typed for skip logic."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Dict, Sequence, Set, Tuple

from sqlalchemy import and_, select
from sqlalchemy.orm import Session

from bot.db.models import Answer, Participation, QuestionRow, utcnow
from bot.scripts.questions import MULTI_CHOICE, NUMBER, SCALE
from bot.understanding.parsing import ANSWERED


def record_answer(
    session: Session,
    participation: Participation,
    question_key: str,
    status: str,
    value: Any,
    attempts: int,
) -> Answer:
    """Write (or rewrite) the one answer row for this participation and question."""
    sheet = answer_sheet(session, participation)
    if question_key not in sheet.questions:
        raise LookupError(f"question {question_key!r} is not in this consultation")
    question_id, question_type = sheet.questions[question_key]
    answer = sheet.answers.get(question_key) or Answer(
        participation_id=participation.id, question_id=question_id)
    answer.status = status
    answer.attempts = attempts
    answer.answered_at = utcnow()
    _set_value(answer, question_type, value if status == ANSWERED else None)
    participation.last_step = question_key
    participation.updated_at = utcnow()
    session.add(answer)  # written with the rest of the turn when it commits: one flush
    sheet.answers[question_key] = answer
    # Counted once the transaction commits (actions/engine.in_transaction).
    session.info.setdefault("answers_written", []).append(status)
    return answer


@dataclass
class AnswerSheet:
    """A participation's questions (key: id, type) and its answer rows (key: row), read
    in one statement and kept by the turn's session: a turn that stores an answer and
    then works out the next question reads them once, not three times."""

    questions: Dict[str, Tuple[int, str]] = field(default_factory=dict)
    answers: Dict[str, Answer] = field(default_factory=dict)


def answer_sheet(session: Session, participation: Participation) -> AnswerSheet:
    sheets: Dict[int, AnswerSheet] = session.info.setdefault("answer_sheets", {})
    sheet = sheets.get(participation.id)
    if sheet is not None:
        return sheet
    sheet = AnswerSheet()
    for question_id, key, question_type, answer in session.execute(
        select(QuestionRow.id, QuestionRow.key, QuestionRow.type, Answer)
        .outerjoin(Answer, and_(Answer.question_id == QuestionRow.id,
                                Answer.participation_id == participation.id))
        .where(QuestionRow.consultation_id == participation.consultation_id)
    ):
        sheet.questions[key] = (question_id, question_type)
        if answer is not None:
            sheet.answers[key] = answer
    sheets[participation.id] = sheet
    return sheet


def _set_value(answer: Answer, question_type: str, value: Any) -> None:
    answer.value_text, answer.value_number, answer.value_choices = None, None, None
    if value is None:
        return
    if question_type == MULTI_CHOICE:
        answer.value_choices = list(value)
        answer.value_text = "; ".join(value)
    elif question_type in (SCALE, NUMBER):
        answer.value_number = float(value)
        answer.value_text = str(value)
    else:
        answer.value_text = str(value)


def answers_by_key(session: Session, participation: Participation) -> Dict[str, Any]:
    """Typed answer values by question key (answered only), for skip logic."""
    sheet = answer_sheet(session, participation)
    values: Dict[str, Any] = {}
    for key, answer in sheet.answers.items():
        if answer.status != ANSWERED:
            continue
        question_type = sheet.questions[key][1]
        if question_type == MULTI_CHOICE:
            values[key] = list(answer.value_choices or [])
        elif question_type in (SCALE, NUMBER):
            number = answer.value_number
            values[key] = int(number) if float(number).is_integer() else number
        else:
            values[key] = answer.value_text
    return values


def recorded_keys(session: Session, participation: Participation) -> Set[str]:
    """Keys of every question with a row (answered, skipped or unanswered)."""
    return set(answer_sheet(session, participation).answers)


def forget_answers(session: Session, participation: Participation, keys: Sequence[str]) -> None:
    """Delete this participation's answers to these questions (going back rewinds past
    them; the result tallies follow through their triggers)."""
    sheet = answer_sheet(session, participation)
    for key in keys:
        answer = sheet.answers.pop(key, None)
        if answer is not None:
            session.delete(answer)
