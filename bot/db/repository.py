"""Reads and writes over one SQLAlchemy session. The caller owns the transaction."""

from __future__ import annotations

from datetime import date, datetime, time, timezone
from functools import lru_cache
from typing import Any, Dict, Iterable, List, Optional

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.consultation.parsing import ANSWERED
from bot.consultation.questions import MULTI_CHOICE, NUMBER, SCALE
from bot.consultation.script import Script, load_script
from bot.db.models import (
    Answer,
    AuditEntry,
    Consultation,
    Organisation,
    Participation,
    QuestionRow,
    Respondent,
    SafeguardingEvent,
    utcnow,
)


@lru_cache(maxsize=128)
def script_from_yaml(text: str) -> Script:
    """Scripts are stored as YAML; parsing once per version keeps turns cheap."""
    return load_script(text)


def script_of(consultation: Consultation) -> Script:
    return script_from_yaml(consultation.script_yaml)


def _as_datetime(day: Optional[date], end: bool = False) -> Optional[datetime]:
    if day is None:
        return None
    return datetime.combine(day, time.max if end else time.min, tzinfo=timezone.utc)


def save_script(session: Session, script: Script, text: str) -> Consultation:
    """Create or update a consultation from a validated script (by its code)."""
    organisation = session.scalar(
        select(Organisation).where(Organisation.name == script.organisation)
    ) or Organisation(name=script.organisation)
    consultation = consultation_by_code(session, script.code) or Consultation(
        code=script.code
    )
    consultation.organisation = organisation
    consultation.title = script.title
    consultation.status = script.status
    consultation.opens_on = _as_datetime(script.opens)
    consultation.closes_on = _as_datetime(script.closes, end=True)
    consultation.min_age = script.min_age
    consultation.script_yaml = text
    consultation.version_hash = script.version
    consultation.updated_at = utcnow()
    session.add(consultation)
    session.flush()
    _save_questions(session, consultation, script)
    return consultation


def _save_questions(session: Session, consultation: Consultation, script: Script) -> None:
    existing = {
        row.key: row
        for row in session.scalars(
            select(QuestionRow).where(QuestionRow.consultation_id == consultation.id)
        )
    }
    for row in existing.values():
        row.position = None  # dropped unless the new version still asks it
    for position, question in enumerate(script.questions, start=1):
        row = existing.get(question.key) or QuestionRow(
            consultation_id=consultation.id, key=question.key
        )
        row.position = position
        row.type = question.type
        row.text = question.text
        row.options = list(question.options)
        row.optional = question.optional
        session.add(row)
    session.flush()


def consultation_by_code(session: Session, code: str) -> Optional[Consultation]:
    return session.scalar(select(Consultation).where(Consultation.code == code.upper()))


def consultations_with_codes(session: Session, codes: Iterable[str]) -> List[Consultation]:
    wanted = {c.upper() for c in codes}
    if not wanted:
        return []
    return list(session.scalars(select(Consultation).where(Consultation.code.in_(wanted))))


def is_open(consultation: Consultation, now: Optional[datetime] = None) -> bool:
    now = now or utcnow()
    opens, closes = consultation.opens_on, consultation.closes_on
    # SQLite hands back naive datetimes; they were written in UTC.
    opens = opens.replace(tzinfo=timezone.utc) if opens and not opens.tzinfo else opens
    closes = closes.replace(tzinfo=timezone.utc) if closes and not closes.tzinfo else closes
    return (
        consultation.status == "live"
        and (opens is None or opens <= now)
        and (closes is None or now <= closes)
    )


def respondent_for(session: Session, pseudonym: str) -> Respondent:
    respondent = session.scalar(select(Respondent).where(Respondent.pseudonym == pseudonym))
    if respondent is None:
        respondent = Respondent(pseudonym=pseudonym)
        session.add(respondent)
        session.flush()
    return respondent


def find_respondent(session: Session, pseudonym: str) -> Optional[Respondent]:
    return session.scalar(select(Respondent).where(Respondent.pseudonym == pseudonym))


def latest_participation(
    session: Session, consultation_id: int, respondent_id: int
) -> Optional[Participation]:
    return session.scalar(
        select(Participation)
        .where(
            Participation.consultation_id == consultation_id,
            Participation.respondent_id == respondent_id,
        )
        .order_by(Participation.id.desc())
        .limit(1)
    )


def record_safeguarding(
    session: Session, category: str, channel: str, consultation_id: Optional[int] = None
) -> None:
    session.add(SafeguardingEvent(consultation_id=consultation_id, category=category,
                                  channel=channel[:20]))


def record_audit(session: Session, actor: str, action: str, detail: str = "") -> None:
    session.add(AuditEntry(actor=actor, action=action, detail=detail))


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


def delete_participations(session: Session, participation_ids: Iterable[int]) -> None:
    """Remove participations and their answers (bulk: nothing stays in the session)."""
    ids = list(participation_ids)
    if ids:
        session.execute(delete(Answer).where(Answer.participation_id.in_(ids)))
        session.execute(delete(Participation).where(Participation.id.in_(ids))
                        .execution_options(synchronize_session=False))


def drop_unused_respondents(session: Session, respondent_ids: Iterable[int]) -> None:
    """Remove respondents left with no participation (their pseudonym goes too)."""
    for respondent_id in set(respondent_ids):
        left = session.scalar(select(func.count()).select_from(Participation)
                              .where(Participation.respondent_id == respondent_id))
        if not left:
            session.execute(delete(Respondent).where(Respondent.id == respondent_id))


def erase_participation(session: Session, participation: Participation) -> None:
    """Remove a participation and its answers; the respondent too if now unused."""
    respondent_id = participation.respondent_id
    session.expunge(participation)
    delete_participations(session, [participation.id])
    drop_unused_respondents(session, [respondent_id])
