"""Scripts in the database: saved by code, read back (parsed once per version)."""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache
from typing import List, Optional

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from bot.db.models import Answer, Consultation, Organisation, QuestionRow, utcnow
from bot.db.repository import consultation_by_code
from bot.scripts import days
from bot.scripts.questions import FFT
from bot.scripts.script import Script, ScriptError, ScriptInvalid, load_script


@lru_cache(maxsize=128)
def script_from_yaml(text: str) -> Script:
    """Scripts are stored as YAML; parsing once per version keeps turns cheap."""
    return load_script(text, stored=True)


def script_of(consultation: Consultation) -> Script:
    return script_from_yaml(consultation.script_yaml)


def _as_datetime(day: Optional[date], end: bool = False) -> Optional[datetime]:
    if day is None:
        return None
    return days.last_moment(day) if end else days.first_moment(day)


def save_script(session: Session, script: Script, text: str,
                organisation: Optional[Organisation] = None,
                status: Optional[str] = None) -> Consultation:
    """Create or update a consultation from a validated script (by its code); ScriptInvalid
    when it would change the type of a question people have answered.

    The command line files it under the script's `organisation`; the commissioner app
    passes the signed-in user's organisation (and keeps the status it manages).
    """
    organisation = organisation or session.scalar(
        select(Organisation).where(Organisation.name == script.organisation)
    ) or Organisation(name=script.organisation)
    consultation = consultation_by_code(session, script.code) or Consultation(
        code=script.code
    )
    retyped = _answered_questions_retyped(session, consultation, script, text)
    if retyped:
        raise ScriptInvalid(retyped)  # before anything is changed
    consultation.organisation = organisation
    consultation.title = script.title
    if status is None:
        consultation.status = script.status
        consultation.opens_on = _as_datetime(script.opens)
        consultation.closes_on = _as_datetime(script.closes, end=True)
    else:
        consultation.status = status
    consultation.min_age = script.min_age
    consultation.script_yaml = text
    consultation.version_hash = script.version
    consultation.updated_at = utcnow()
    session.add(consultation)
    session.flush()
    _save_questions(session, consultation, script)
    return consultation


def _answered_questions_retyped(session: Session, consultation: Consultation, script: Script,
                                text: str) -> List[ScriptError]:
    """A question with answers keeps its type: its old answers are read by it (results,
    exports), so a scale asked again as a yes/no under its id would relabel them."""
    if consultation.id is None:
        return []
    answered = dict(session.execute(
        select(QuestionRow.key, QuestionRow.type).where(
            QuestionRow.consultation_id == consultation.id,
            exists().where(Answer.question_id == QuestionRow.id))).all())
    errors, index, before = [], -1, None
    for question in script.questions:
        if not (before is not None and before.type == FFT and question.key == f"{before.key}_why"):
            index += 1  # the FFT's follow-up is not written in the script
        old = answered.get(question.key)
        if old is not None and old != question.type:
            errors.append(ScriptError(
                _line_of_type(text, question.key), f"questions[{index}].type",
                f"'{question.key}' has answers as a {old} question, so it can't become "
                f"{question.type}; give the new question its own id"))
        before = question
    return errors


def _line_of_type(text: str, key: str) -> int:
    """The 'type:' line of the question with this id (else its id line, else 1)."""
    lines = text.splitlines()
    for number, line in enumerate(lines):
        if re.fullmatch(rf"\s*-?\s*id\s*:\s*['\"]?{re.escape(key)}['\"]?\s*(#.*)?", line):
            for offset, after in enumerate(lines[number + 1:], start=number + 2):
                if re.match(r"\s*-\s", after):
                    break
                if re.match(r"\s*type\s*:", after):
                    return offset
            return number + 1
    return 1


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




def close(consultation: Consultation, now: Optional[datetime] = None) -> None:
    """Closed by hand: its last day becomes today (UK) when it was to run on, so no page
    shows a closing date still to come ("closed … closes 31 March 2027") and a board paper
    can say when it closed."""
    now = now or utcnow()
    today = days.uk_today(now)
    was_to_close = days.uk_day(consultation.closes_on)
    consultation.status = "closed"
    if was_to_close is None or was_to_close > today:
        consultation.closes_on = days.last_moment(today)
    consultation.updated_at = now
