"""Free-text answers (already redacted when stored), searchable, for one organisation.

Only the words and the question are given: not the channel, age band or area, which
beside a comment could point to one person in a small group.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.db.folding import lowered
from bot.db.models import Answer, Consultation, Participation, QuestionRow

PAGE = 100
MAX_SEARCH = 100


def _like(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped.lower()}%"


def comments(session: Session, organisation_id: int, consultation_id: int, search: str = "",
             question_key: Optional[str] = None, offset: int = 0) -> Dict[str, Any]:
    """A page of free-text answers, newest first, with how many match in all."""
    query = (select(QuestionRow.key, QuestionRow.text, Answer.value_text)
             .select_from(Answer)
             .join(QuestionRow, QuestionRow.id == Answer.question_id)
             .join(Participation, Participation.id == Answer.participation_id)
             .join(Consultation, Consultation.id == Participation.consultation_id)
             .where(Consultation.id == consultation_id,
                    Consultation.organisation_id == organisation_id,
                    QuestionRow.type == "free_text", Answer.status == "answered"))
    if search.strip():
        query = query.where(lowered(Answer.value_text).like(_like(search.strip()[:MAX_SEARCH]),
                                                               escape="\\"))
    if question_key:
        query = query.where(QuestionRow.key == question_key)
    total = session.scalar(select(func.count()).select_from(query.subquery()))
    rows = session.execute(query.order_by(Answer.answered_at.desc(), Answer.id.desc())
                           .offset(max(0, offset)).limit(PAGE))
    found: List[Dict[str, Any]] = [{"question_key": key, "question": text, "text": value}
                                   for key, text, value in rows]
    return {"total": int(total or 0), "offset": max(0, offset), "comments": found}
