"""Consultations as one organisation sees them: every query here takes the organisation.

The commissioner app reaches consultations only through these functions, so a
consultation of another organisation is never found, whatever the caller asks for.
"""

from __future__ import annotations

from typing import List, Optional

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.db.models import Consultation


def consultations_of(session: Session, organisation_id: int) -> List[Consultation]:
    return list(session.scalars(
        select(Consultation).where(Consultation.organisation_id == organisation_id)
        .order_by(Consultation.created_at.desc(), Consultation.code)))


def consultation_of(session: Session, organisation_id: int, code: str) -> Optional[Consultation]:
    """The organisation's consultation with this code, or None (also for another's)."""
    if not isinstance(code, str) or not code.isalnum() or len(code) > 12:
        return None
    return session.scalar(select(Consultation).where(
        Consultation.organisation_id == organisation_id, Consultation.code == code.upper()))
