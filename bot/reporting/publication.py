"""Publishing a closed consultation's results back to the people who were asked.

The summary is what the dashboard shows overall (no breakdowns, no free text), small
numbers hidden on the organisation's threshold, frozen when published. Number questions
have their median and interquartile range, never a mean: the dashboard's after an erasure
would otherwise give away the erased person's answer (`number_summaries`).
"""

from __future__ import annotations

from typing import Any, Dict, Optional

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.db.models import Consultation, Organisation, Publication, utcnow
from bot.reporting import findings, scope
from bot.reporting.dates import day_text
from bot.scripts import days

MAX_WE_DID = 5000


class PublishError(ValueError):
    """The consultation cannot be published as asked; the message says why."""


def summary_of(session: Session, organisation_id: int, consultation: Consultation,
               threshold: int) -> Dict[str, Any]:
    taking_part = findings.participation(session, organisation_id, consultation, threshold)
    questions = [{"text": q["text"], "type": q["type"], "unit": q.get("unit", ""),
                  "answered": q["answered"], "options": q["options"], "summary": q["summary"]}
                 for q in findings.questions(session, organisation_id, consultation, threshold)
                 if q["type"] != "free_text"]
    return {"title": consultation.title, "participations": taking_part["participations"],
            "completed": taking_part["completed"], "questions": questions,
            "threshold": threshold}


def publish(session: Session, organisation_id: int, code: str, we_did: str, threshold: int,
            by: str) -> Optional[Publication]:
    """Publish (or publish again) an organisation's closed consultation; None if not found."""
    consultation = scope.consultation_of(session, organisation_id, code)
    if consultation is None:
        return None
    if consultation.status != "closed":
        raise PublishError("close the consultation before publishing what it found")
    if not we_did.strip():
        raise PublishError("say what you did (or will do) with what people said")
    if len(we_did) > MAX_WE_DID:
        raise PublishError(f"keep \"what we did\" under {MAX_WE_DID} characters")
    found = session.scalar(select(Publication)
                           .where(Publication.consultation_id == consultation.id))
    found = found or Publication(consultation_id=consultation.id)
    found.we_did = we_did.strip()
    found.summary = summary_of(session, organisation_id, consultation, threshold)
    found.published_by = by
    found.published_at = utcnow()
    session.add(found)
    try:
        session.flush()
    except IntegrityError:  # another publish of it came first (a double click, two authors)
        raise PublishError("it was published a moment ago, perhaps by someone else: reload "
                           "the page to see it, then publish again to change it") from None
    return found  # type: ignore[no-any-return]


def unpublish(session: Session, organisation_id: int, code: str) -> bool:
    consultation = scope.consultation_of(session, organisation_id, code)
    if consultation is None:
        return False
    session.execute(delete(Publication).where(Publication.consultation_id == consultation.id))
    return True


def published(session: Session, code: str) -> Optional[Dict[str, Any]]:
    """A published summary, for anyone (it is public by design)."""
    if not isinstance(code, str) or not code.isalnum() or len(code) > 12:
        return None
    row = session.execute(select(Publication, Consultation.code, Organisation.name,
                                 Consultation.status)
                          .join(Consultation, Consultation.id == Publication.consultation_id)
                          .join(Organisation, Organisation.id == Consultation.organisation_id)
                          .where(Consultation.code == code.upper())).first()
    if row is None:
        return None
    publication, real_code, organisation, status = row
    if status != "closed":
        # Launched again: the page would stand beside new answers, and a reader comparing
        # it with the next one could tell what the newcomers said. Hidden, not deleted: it
        # shows again when closed, until published again (tests/commissioner/test_publishing.py).
        return None
    return {"code": real_code, "organisation": organisation, "we_did": publication.we_did,
            "summary": publication.summary,
            # the UK day, as people write it: one published at 00:30 BST on 1 August 2026
            # is dated "1 August 2026", not the day before
            "published_at": day_text(days.uk_day(publication.published_at))}
