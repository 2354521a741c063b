"""Reads and writes over one SQLAlchemy session. The caller owns the transaction."""

from __future__ import annotations

import functools
from datetime import datetime, timezone
from typing import Iterable, List, Optional

from sqlalchemy import bindparam, delete, func, inspect, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

from bot.db.models import (
    Answer,
    AuditEntry,
    Consultation,
    InboundMessage,
    Participation,
    Publication,
    Respondent,
    SafeguardingEvent,
    utcnow,
)

_CONSULTATIONS = "consultations_by_code"  # in a session's info


def claim_delivery(session: Session, provider_id: str) -> bool:
    """True the first time a message id (Twilio's MessageSid, a Telegram update, a web
    message's key) is claimed, by any process; False for a redelivery.

    Never raises on a duplicate, so the caller's transaction goes on: a turn claims its
    message in the same transaction that stores its answer."""
    claimed = session.execute(_claim(), {"provider_id": provider_id, "received_at": utcnow()})
    return bool(claimed.rowcount)


@functools.cache
def _claim() -> TextClause:
    # Text, the same on PostgreSQL and SQLite, built once: SQLAlchemy 1.4 compiles an
    # insert's ON CONFLICT clause again on every use (its log says "no key"), and every
    # message's turn claims one (as Rasa's record upserts, bot/channels/tracker_store.py).
    return text("INSERT INTO inbound_message (provider_id, received_at) "
                "VALUES (:provider_id, :received_at) ON CONFLICT DO NOTHING").bindparams(
        bindparam("received_at", type_=InboundMessage.__table__.c.received_at.type))


def consultation_by_code(session: Session, code: str) -> Optional[Consultation]:
    # Asked several times in one turn; a found consultation is remembered by the session.
    found = session.info.setdefault(_CONSULTATIONS, {}).get(code.upper())
    if found is not None and inspect(found).persistent:
        return found
    found = session.scalar(select(Consultation).where(Consultation.code == code.upper()))
    if found is not None:
        remember_consultation(session, found)
    return found


def remember_consultation(session: Session, consultation: Consultation) -> None:
    """Kept by the session for `consultation_by_code` (read with another row)."""
    session.info.setdefault(_CONSULTATIONS, {})[consultation.code.upper()] = consultation


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


def is_published(session: Session, consultation_id: int) -> bool:
    """Whether what a consultation found has been published back ("you said, we did")."""
    return session.scalar(select(Publication.id)
                          .where(Publication.consultation_id == consultation_id)) is not None


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


def record_audit(session: Session, actor: str, action: str, detail: str = "",
                 organisation_id: Optional[int] = None) -> None:
    session.add(AuditEntry(actor=actor, action=action, detail=detail,
                           organisation_id=organisation_id))


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
