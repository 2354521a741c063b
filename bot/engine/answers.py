"""Answer rows: written the moment they are given, read back typed for skip logic."""

from __future__ import annotations

from typing import Any, Dict, Set

from sqlalchemy import select
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
    question = session.scalar(
        select(QuestionRow).where(
            QuestionRow.consultation_id == participation.consultation_id,
            QuestionRow.key == question_key,
        )
    )
    if question is None:
        raise LookupError(f"question {question_key!r} is not in this consultation")
    answer = session.scalar(
        select(Answer).where(
            Answer.participation_id == participation.id,
            Answer.question_id == question.id,
        )
    ) or Answer(participation_id=participation.id, question_id=question.id)
    answer.status = status
    answer.attempts = attempts
    answer.answered_at = utcnow()
    _set_value(answer, question.type, value if status == ANSWERED else None)
    participation.last_step = question_key
    participation.updated_at = utcnow()
    session.add(answer)
    session.flush()
    # Counted once the transaction commits (actions/engine.in_transaction).
    session.info.setdefault("answers_written", []).append(status)
    return answer


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


def answers_by_key(session: Session, participation_id: int) -> Dict[str, Any]:
    """Typed answer values by question key (answered only), for skip logic."""
    rows = session.execute(
        select(QuestionRow.key, QuestionRow.type, Answer)
        .join(Answer, Answer.question_id == QuestionRow.id)
        .where(Answer.participation_id == participation_id, Answer.status == ANSWERED)
    )
    values: Dict[str, Any] = {}
    for key, question_type, answer in rows:
        if question_type == MULTI_CHOICE:
            values[key] = list(answer.value_choices or [])
        elif question_type in (SCALE, NUMBER):
            number = answer.value_number
            values[key] = int(number) if float(number).is_integer() else number
        else:
            values[key] = answer.value_text
    return values


def recorded_keys(session: Session, participation_id: int) -> Set[str]:
    """Keys of every question with a row (answered, skipped or unanswered)."""
    return set(session.scalars(
        select(QuestionRow.key).join(Answer, Answer.question_id == QuestionRow.id)
        .where(Answer.participation_id == participation_id)))
