"""Erasure: a patient's own request, a commissioner's on their behalf, and retention."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, List, Optional, Set

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.db.models import (
    Answer,
    Consultation,
    Contact,
    Conversation,
    InboundMessage,
    Participation,
    Respondent,
    SmsSession,
    TelegramChat,
    TelegramInvitation,
    TelegramSession,
    utcnow,
)
from bot.db.repository import delete_participations, drop_unused_respondents, record_audit
from bot.trust.identity import REFERENCE_LENGTH, phone_pseudonym, respondent_ref

# First-person requests only ("delete my answers", "my data removed pls", "forget
# me", "erase everything i said", "i want to withdraw"): a free-text answer about
# deleting something else must stay an answer. At a free-text question any reply is an
# answer, so the model's intent is not asked there: these words alone must catch it.
_WHAT = r"(answers?|data|responses?|info(rmation)?|details|everything|stuff)"
_SAID = (r"(everything|all|what|anything|whatever)\b.{0,12}\bi('ve| have|ve)? ?"
         r"(said|say|wrote|written|typed|sent|told|put|answered|gave)\b")
_SURVEY = r"(survey|study|consultation|research|questionnaire|this|it)"
DELETE_REQUEST = re.compile(
    r"\b(delete|erase|remove|wipe|destroy|get rid of)\b.{0,20}\b(my|me|all my)\b.{0,20}\b"
    + _WHAT + r"\b"
    r"|\bmy " + _WHAT + r"\b.{0,20}\b(deleted|erased|removed|wiped|destroyed|gone)\b"
    r"|\bforget (about )?me\b"
    r"|\b(delete|erase|remove|wipe|destroy|scrap|bin)\s+((it|that|them) )?" + _SAID
    + r"|\b(do not|don'?t|dont) (use|keep|store|save)\b.{0,12}\b(my " + _WHAT + r"|" + _SAID
    + r")"
    r"|\b(want|wanna|like|need|going) to withdraw\b(?! (money|cash|some|£|\d))"
    r"|\bwithdraw (me|my (consent|answers?|data|responses?|participation)|from (the |this )?"
    + _SURVEY + r")\b"
    r"|^\W*i withdraw( my consent)?\W*$",
    re.IGNORECASE,
)
KEPT_FOR_REMINDERS = (SmsSession, TelegramSession)  # numbers and chat ids, for a reminder


def is_delete_request(text: str, intent: str = "", confidence: float = 0.0) -> bool:
    if intent == "delete_data" and confidence >= 0.6:
        return True
    return bool(DELETE_REQUEST.search(text[:300]))


def erase_respondent(session: Session, pseudonym: str, actor: str, reason: str = "",
                     secret: str = "", organisation_id: Optional[int] = None) -> int:
    """Delete every trace of one respondent; returns how many participations went.

    Answers, participations, the conversation's state, the SMS number or Telegram chat
    id kept for a reminder, a Telegram subscription and its invitations and, given the pseudonym
    secret, outreach contacts whose number is theirs (matched by pseudonym, so the
    number itself never has to be asked for).

    Given an organisation (its admin acts for it alone), only what is held for its
    consultations goes: what another organisation holds stays, with the pseudonym.
    """
    owned = (None if organisation_id is None else
             select(Consultation.id).where(Consultation.organisation_id == organisation_id))
    _erase_conversation(session, pseudonym, organisation_id)
    invitations = delete(TelegramInvitation).where(TelegramInvitation.pseudonym == pseudonym)
    if owned is not None:
        invitations = invitations.where(TelegramInvitation.consultation_id.in_(
            owned)).execution_options(synchronize_session=False)
    session.execute(invitations)
    contacts = _erase_contacts(session, pseudonym, secret, owned) if secret else 0
    respondent = session.scalar(select(Respondent).where(Respondent.pseudonym == pseudonym))
    if respondent is None and not contacts:
        return 0
    ids: List[int] = []
    refs: List[str] = []
    if respondent is not None:
        taking_part = select(Participation.id).where(Participation.respondent_id == respondent.id)
        if owned is not None:
            taking_part = taking_part.where(Participation.consultation_id.in_(owned))
        ids = list(session.scalars(taking_part))
        refs = _references(session, ids)  # before they go
        delete_participations(session, ids)
        drop_unused_respondents(session, [respondent.id])
    # The audit names the respondent only by the references analysts already see: the
    # organisation's, or service-wide those of every organisation they took part for.
    named = (respondent_ref(pseudonym, organisation_id) if organisation_id is not None
             else ",".join(refs) or "-")
    record_audit(session, actor, "erase", f"{named} "
                 f"participations={len(ids)} contacts={contacts} {reason}".strip(),
                 organisation_id=organisation_id)
    return len(ids)


def _references(session: Session, participations: List[int]) -> List[str]:
    """The respondent_refs of these participations, as their organisations' exports show."""
    if not participations:
        return []
    return sorted(set(session.scalars(select(Participation.respondent_ref)
                                      .where(Participation.id.in_(participations)))))


def references_of(session: Session, pseudonym: str,
                  organisation_id: Optional[int] = None) -> List[str]:
    """A respondent's respondent_refs: one an organisation, as its exports show."""
    taking_part = (select(Participation.id)
                   .join(Respondent, Respondent.id == Participation.respondent_id)
                   .where(Respondent.pseudonym == pseudonym))
    if organisation_id is not None:
        taking_part = taking_part.join(
            Consultation, Consultation.id == Participation.consultation_id).where(
            Consultation.organisation_id == organisation_id)
    return _references(session, list(session.scalars(taking_part)))


def _erase_conversation(session: Session, pseudonym: str,
                        organisation_id: Optional[int]) -> None:
    """Their place in a conversation (and the number or chat id kept for its reminder)
    and, for the whole service, their Telegram subscription."""
    place = delete(Conversation).where(Conversation.pseudonym == pseudonym)
    if organisation_id is not None:  # a subquery the session cannot evaluate in Python
        place = place.where(Conversation.consultation_code.in_(
            select(Consultation.code).where(Consultation.organisation_id == organisation_id))
        ).execution_options(synchronize_session=False)
    session.execute(place)
    if organisation_id is None or session.scalar(
            select(func.count()).select_from(Conversation)
            .where(Conversation.pseudonym == pseudonym)) == 0:
        for kept in KEPT_FOR_REMINDERS:
            session.execute(delete(kept).where(kept.pseudonym == pseudonym))
    if organisation_id is None:
        session.execute(delete(TelegramChat).where(TelegramChat.pseudonym == pseudonym))


def _erase_contacts(session: Session, who: str, secret: str, owned: Any) -> int:
    listed = select(Contact.id, Contact.phone)
    if owned is not None:
        listed = listed.where(Contact.consultation_id.in_(owned))
    theirs = [contact_id for contact_id, phone in session.execute(listed)
              if phone_pseudonym(secret, phone) == who]
    if theirs:
        session.execute(delete(Contact).where(Contact.id.in_(theirs)))
    return len(theirs)


def channels_of(session: Session, pseudonym: str) -> Set[str]:
    """The channels a respondent used (their participations, and a chat in progress)."""
    used = set(session.scalars(select(Participation.channel).join(
        Respondent, Respondent.id == Participation.respondent_id)
        .where(Respondent.pseudonym == pseudonym)))
    used.update(session.scalars(select(Conversation.channel)
                                .where(Conversation.pseudonym == pseudonym)))
    return {channel for channel in used if channel}


def web_chats_of(session: Session, pseudonym: str) -> Set[str]:
    """Their web chats' conversation ids in Rasa, as kept with their participations."""
    return set(session.scalars(select(Participation.rasa_sender).join(
        Respondent, Respondent.id == Participation.respondent_id)
        .where(Respondent.pseudonym == pseudonym, Participation.rasa_sender.isnot(None))))


def pseudonym_for_reference(session: Session, reference: str,
                            organisation_id: Optional[int] = None) -> Optional[str]:
    """The pseudonym of the one respondent with this respondent_ref, if exactly one.

    Given an organisation, only its own references are found (those its exports show):
    another organisation's reference for the same person finds nobody. Service-wide
    (`bot erase`), so is a reference from an export made before migration 0018: the
    first 12 or more characters of the pseudonym.
    """
    reference = reference.strip().lower()
    if not re.fullmatch(f"[0-9a-f]{{{REFERENCE_LENGTH},64}}", reference):
        return None
    found: Set[str] = set()
    if len(reference) == REFERENCE_LENGTH:
        theirs = (select(Respondent.pseudonym)
                  .join(Participation, Participation.respondent_id == Respondent.id)
                  .where(Participation.respondent_ref == reference))
        if organisation_id is not None:
            theirs = theirs.join(Consultation, Consultation.id == Participation.consultation_id
                                 ).where(Consultation.organisation_id == organisation_id)
        found.update(session.scalars(theirs.distinct().limit(2)))
    if organisation_id is None:
        found.update(session.scalars(select(Respondent.pseudonym).where(
            Respondent.pseudonym.like(f"{reference}%")).limit(2)))
    return found.pop() if len(found) == 1 else None


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
        for kept in KEPT_FOR_REMINDERS:
            session.execute(delete(kept).where(kept.created_at < cutoff))
        session.execute(delete(TelegramInvitation).where(TelegramInvitation.updated_at < cutoff))
        # A Telegram subscription lapses with the retention period: asked again, not kept.
        session.execute(delete(TelegramChat).where(TelegramChat.subscribed_at < cutoff))
    if not dry_run and ids:
        delete_participations(session, ids)
        drop_unused_respondents(session, [row[1] for row in rows])
        record_audit(session, "retention", "retention",
                     f"days={days} participations={report.participations} answers={report.answers}")
    return report
