"""Erasure: a patient's own request, a commissioner's on their behalf, and retention."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Optional, Set

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.db.models import (
    Answer,
    Contact,
    Conversation,
    InboundMessage,
    Participation,
    Respondent,
    SmsSession,
    TelegramChat,
    TelegramInvitation,
    utcnow,
)
from bot.db.repository import delete_participations, drop_unused_respondents, record_audit
from bot.trust.identity import phone_pseudonym

# First-person requests only ("delete my answers", "my data removed pls", "forget
# me"): a free-text answer about deleting something else must stay an answer.
_WHAT = r"(answers?|data|responses?|info(rmation)?|details|everything|stuff)"
DELETE_REQUEST = re.compile(
    r"\b(delete|erase|remove|wipe|destroy|get rid of)\b.{0,20}\b(my|me|all my)\b.{0,20}\b"
    + _WHAT + r"\b"
    r"|\bmy " + _WHAT + r"\b.{0,20}\b(deleted|erased|removed|wiped|destroyed|gone)\b"
    r"|\bforget (about )?me\b",
    re.IGNORECASE,
)
MIN_REFERENCE_LENGTH = 12


def is_delete_request(text: str, intent: str = "", confidence: float = 0.0) -> bool:
    if intent == "delete_data" and confidence >= 0.6:
        return True
    return bool(DELETE_REQUEST.search(text[:300]))


def erase_respondent(session: Session, pseudonym: str, actor: str, reason: str = "",
                     secret: str = "") -> int:
    """Delete every trace of one respondent; returns how many participations went.

    Answers, participations, the conversation's state, the SMS number kept for a
    reminder, a Telegram subscription and its invitations and, given the pseudonym
    secret, outreach contacts whose number is theirs (matched by pseudonym, so the
    number itself never has to be asked for).
    """
    session.execute(delete(Conversation).where(Conversation.pseudonym == pseudonym))
    session.execute(delete(SmsSession).where(SmsSession.pseudonym == pseudonym))
    session.execute(delete(TelegramChat).where(TelegramChat.pseudonym == pseudonym))
    session.execute(delete(TelegramInvitation).where(TelegramInvitation.pseudonym == pseudonym))
    if secret:
        _erase_contacts(session, pseudonym, secret)
    respondent = session.scalar(select(Respondent).where(Respondent.pseudonym == pseudonym))
    if respondent is None:
        return 0
    ids = list(session.scalars(select(Participation.id)
                               .where(Participation.respondent_id == respondent.id)))
    delete_participations(session, ids)
    session.execute(delete(Respondent).where(Respondent.id == respondent.id))
    # The audit names the respondent only by the reference analysts already see.
    record_audit(session, actor, "erase", f"{pseudonym[:MIN_REFERENCE_LENGTH]} "
                 f"participations={len(ids)} {reason}".strip())
    return len(ids)


def _erase_contacts(session: Session, who: str, secret: str) -> None:
    theirs = [contact_id for contact_id, phone in session.execute(select(Contact.id, Contact.phone))
              if phone_pseudonym(secret, phone) == who]
    if theirs:
        session.execute(delete(Contact).where(Contact.id.in_(theirs)))


def channels_of(session: Session, pseudonym: str) -> Set[str]:
    """The channels a respondent used (their participations, and a chat in progress)."""
    used = set(session.scalars(select(Participation.channel).join(
        Respondent, Respondent.id == Participation.respondent_id)
        .where(Respondent.pseudonym == pseudonym)))
    used.update(session.scalars(select(Conversation.channel)
                                .where(Conversation.pseudonym == pseudonym)))
    return {channel for channel in used if channel}


def pseudonym_for_reference(session: Session, reference: str) -> Optional[str]:
    """The full pseudonym behind a reference (the first 12+ characters), if exactly one."""
    reference = reference.strip().lower()
    if len(reference) < MIN_REFERENCE_LENGTH or not re.fullmatch(r"[0-9a-f]+", reference):
        return None
    found = list(session.scalars(select(Respondent.pseudonym)
                                 .where(Respondent.pseudonym.like(f"{reference}%")).limit(2)))
    return found[0] if len(found) == 1 else None


@dataclass(frozen=True)
class RetentionReport:
    cutoff: datetime
    participations: int
    answers: int


def apply_retention(session: Session, days: int, dry_run: bool,
                    now: Optional[datetime] = None) -> RetentionReport:
    """Delete participations started before `days` ago (or only count them)."""
    cutoff = (now or utcnow()) - timedelta(days=days)
    old = select(Participation.id, Participation.respondent_id).where(
        Participation.started_at < cutoff)
    rows = list(session.execute(old))
    ids = [row[0] for row in rows]
    answers = session.scalar(select(func.count()).select_from(Answer)
                             .where(Answer.participation_id.in_(ids))) if ids else 0
    report = RetentionReport(cutoff, len(ids), int(answers or 0))
    if not dry_run:
        # Every other table that can hold a number or a person's place goes too.
        session.execute(delete(Contact).where(Contact.updated_at < cutoff))
        session.execute(delete(InboundMessage).where(InboundMessage.received_at < cutoff))
        session.execute(delete(Conversation).where(Conversation.updated_at < cutoff))
        session.execute(delete(TelegramInvitation).where(TelegramInvitation.updated_at < cutoff))
        # A Telegram subscription lapses with the retention period: asked again, not kept.
        session.execute(delete(TelegramChat).where(TelegramChat.subscribed_at < cutoff))
    if not dry_run and ids:
        delete_participations(session, ids)
        drop_unused_respondents(session, [row[1] for row in rows])
        record_audit(session, "retention", "retention",
                     f"days={days} participations={report.participations} answers={report.answers}")
    return report
