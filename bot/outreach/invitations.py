"""Inviting a list of phone numbers to a consultation by SMS, once each.

`prepare_invitations` records a Contact per number ("pending"). `send_invitations`
then moves each one pending -> sending -> sent / opted_out / failed, committing
"sending" *before* Twilio is called and the outcome after. A crash in between
leaves "sending"; the next run asks Twilio whether that message exists before
sending again, so nobody gets two invitations. One run per consultation at a time.

Sending runs database work inline on the event loop: it is meant for the CLI,
whose loop does nothing else, not for the Rasa server.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Dict, List, Optional, Set

from sqlalchemy import func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session, sessionmaker

from bot.config import Settings, load_settings
from bot.db import repository
from bot.db.models import Consultation, Contact, OptOut, utcnow
from bot.db.session import unit_of_work
from bot.outreach.contacts import ContactList, Skipped
from bot.outreach.message import invitation_text
from bot.outreach.pacing import Ended, Pacer, Progress, send_paced, window_open
from bot.sms.twilio_client import UNSUBSCRIBED, SendResult, TwilioSender, TwilioUnavailable
from bot.trust import opt_out
from bot.trust.identity import phone_pseudonym

logger = logging.getLogger(__name__)

PENDING, SENDING, SENT, OPTED_OUT, FAILED = "pending", "sending", "sent", "opted_out", "failed"
# Twilio callback status -> contact status. Final ones are never overwritten by a
# late "sent" (Twilio does not promise callbacks arrive in order).
CALLBACK_STATUS = {"accepted": SENT, "queued": SENT, "sending": SENT, "sent": SENT,
                   "delivered": "delivered", "undelivered": "undelivered", "failed": FAILED}
FINAL = {"delivered", "undelivered", FAILED, OPTED_OUT}
ALREADY, OPTED_OUT_REASON = "already invited/queued", "opted out"
STATUS_PATH = "/webhooks/twilio/status"
CLOCK_MARGIN = timedelta(minutes=1)  # our clock against Twilio's, when resuming
OPT_OUT_BATCH = 500  # pseudonyms per IN (...) query, below every database's limit

class InvitationError(ValueError):
    """The consultation cannot take invitations (missing, or not live)."""


@dataclass
class PrepareReport:
    queued: int = 0  # new contacts that will be sent an invitation
    waiting: int = 0  # invitations still to send, these and any from earlier runs
    skipped: List[Skipped] = field(default_factory=list)  # by line: file problems, repeats, opt-outs

    def count(self, reason: str) -> int:
        return sum(1 for s in self.skipped if s.reason == reason)


@dataclass
class SendReport:
    sent: int = 0
    opted_out: int = 0
    failed: int = 0
    already_sent: int = 0  # found at Twilio after an interrupted run: not sent again
    unsettled: int = 0  # no clear answer from Twilio: the next run settles them
    stopped: bool = False  # told to stop (Ctrl-C)
    outside_window: bool = False  # the sending window closed (or was): the rest wait for it
    left: int = 0  # still to send after this run (a later run sends them)
    failures: Dict[int, int] = field(default_factory=dict)  # Twilio error code -> count


# -- preparing -----------------------------------------------------------------------
def live_consultation(session: Session, code: str) -> Consultation:
    consultation = repository.consultation_by_code(session, code)
    if consultation is None:
        raise InvitationError(f"no consultation with code {code.upper()}")
    if consultation.status != "live":
        raise InvitationError(f"{consultation.code} is {consultation.status}, not live: "
                              f"launch it before inviting anyone")
    if not repository.is_open(consultation):
        raise InvitationError(f"{consultation.code} is live but outside its open dates")
    return consultation


def prepare_invitations(session: Session, settings: Settings, consultation_code: str,
                        contact_list: ContactList, actor: str = "cli") -> PrepareReport:
    """Add a pending Contact per new number; numbers that opted out are recorded as such."""
    consultation = live_consultation(session, consultation_code)
    known = dict(session.execute(select(Contact.phone, Contact.status)
                                 .where(Contact.consultation_id == consultation.id)).all())
    fresh = [row for row in contact_list.contacts if row.phone not in known]
    opted = _opted_out(session, settings.pseudonym_secret, [row.phone for row in fresh])
    report = PrepareReport(skipped=list(contact_list.skipped))
    for row in contact_list.contacts:
        if row.phone in known:
            reason = OPTED_OUT_REASON if known[row.phone] == OPTED_OUT else ALREADY
            report.skipped.append(Skipped(row.line, row.phone, reason))
    for row in fresh:
        status = OPTED_OUT if row.phone in opted else PENDING
        session.add(Contact(consultation_id=consultation.id, phone=row.phone, status=status))
        if status == OPTED_OUT:
            report.skipped.append(Skipped(row.line, row.phone, OPTED_OUT_REASON))
        else:
            report.queued += 1
    try:
        session.flush()
    except IntegrityError:  # the same numbers added a moment ago (a double click, two lists)
        raise InvitationError("some of these numbers were added a moment ago, perhaps by "
                              "someone else: nothing was added now; add the list again to "
                              "see which are new") from None
    report.waiting = session.scalar(select(func.count()).select_from(Contact).where(
        Contact.consultation_id == consultation.id, Contact.status.in_((PENDING, SENDING)))) or 0
    report.skipped.sort(key=lambda skipped: skipped.line)
    repository.record_audit(session, actor, "invite", (
        f"{consultation.code} prepared: queued={report.queued} "
        f"already={report.count(ALREADY)} opted_out={report.count(OPTED_OUT_REASON)} "
        f"skipped={len(report.skipped)}"), organisation_id=consultation.organisation_id)
    return report


def _opted_out(session: Session, secret: str, phones: List[str]) -> Set[str]:
    by_pseudonym = {phone_pseudonym(secret, phone): phone for phone in phones}
    names = list(by_pseudonym)
    found: Set[str] = set()
    for start in range(0, len(names), OPT_OUT_BATCH):
        batch = names[start:start + OPT_OUT_BATCH]
        found.update(session.scalars(select(OptOut.pseudonym).where(OptOut.pseudonym.in_(batch))))
    return {by_pseudonym[name] for name in found}


# -- status callbacks ----------------------------------------------------------------
def record_status(session: Session, message_sid: str, status: str,
                  error_code: Optional[int], secret: Optional[str] = None) -> bool:
    """Apply a Twilio status callback to the invitation with that sid.

    False for a sid that is not an invitation (e.g. a conversation reply): the
    webhook should still answer 200, or Twilio retries a callback we will never use.
    """
    contact = session.scalar(select(Contact).where(Contact.message_sid == message_sid))
    if contact is None:
        return False
    if error_code == UNSUBSCRIBED:
        _mark_opted_out(session, contact, secret)
        return True
    new_status = CALLBACK_STATUS.get(status.lower())
    if new_status is None or contact.status in FINAL and new_status not in FINAL:
        return True  # unknown status, or late news of an earlier step
    contact.status = new_status
    contact.error_code = error_code if error_code else contact.error_code
    contact.updated_at = utcnow()
    return True


def _mark_opted_out(session: Session, contact: Contact, secret: Optional[str]) -> None:
    if secret is None:  # the status webhook has no settings to hand; they come from the env
        secret = load_settings().pseudonym_secret
    contact.status, contact.error_code, contact.updated_at = OPTED_OUT, UNSUBSCRIBED, utcnow()
    opt_out.opt_out(session, phone_pseudonym(secret, contact.phone))


# -- sending -------------------------------------------------------------------------
async def send_invitations(session_factory: sessionmaker, settings: Settings,
                           consultation_code: str, sender: TwilioSender,
                           progress: Optional[Progress] = None,
                           stop: Optional[asyncio.Event] = None, actor: str = "cli",
                           open_now: Optional[Callable[[], bool]] = None) -> SendReport:
    """Send every pending invitation (settling interrupted ones first), paced by
    `settings.twilio.send_rate`. Setting `stop`, or the sending window closing
    (`open_now`, by default `settings.send_window` now), ends the run after the sends in
    flight; the rest stay pending."""
    with unit_of_work(session_factory) as session:
        consultation = live_consultation(session, consultation_code)
        run = _Run(session_factory, settings, sender, consultation)
    await run.settle_interrupted()
    await run.send_pending(progress, stop, open_now or window_open(settings.send_window))
    with unit_of_work(session_factory) as session:
        left = dict(session.execute(select(Contact.status, func.count()).where(
            Contact.consultation_id == run.consultation_id,
            Contact.status.in_((PENDING, SENDING))).group_by(Contact.status)).all())
        r = run.report
        r.unsettled, r.left = left.get(SENDING, 0), left.get(PENDING, 0) + left.get(SENDING, 0)
        repository.record_audit(session, actor, "invite", (
            f"{run.code} sent={r.sent} opted_out={r.opted_out} failed={r.failed} "
            f"already_sent={r.already_sent} unsettled={r.unsettled}"
            + (" stopped" if r.stopped else "")
            + (" outside the sending window" if r.outside_window else "")),
            organisation_id=run.organisation_id)
    logger.info("invitations for %s: %d sent, %d opted out, %d failed, %d unsettled",
                run.code, r.sent, r.opted_out, r.failed, r.unsettled)
    return run.report


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo else moment.replace(tzinfo=timezone.utc)  # SQLite: naive UTC


class _Run:
    """One sending run: its settings, pacing and counts."""

    def __init__(self, factory: sessionmaker, settings: Settings, sender: TwilioSender,
                 consultation: Consultation) -> None:
        self.factory, self.settings, self.sender = factory, settings, sender
        self.consultation_id, self.code = consultation.id, consultation.code
        self.organisation_id = consultation.organisation_id  # whose audit log shows the run
        self.body = invitation_text(consultation.organisation.name, consultation.code)
        self.marker = f"Reply {consultation.code} to take part"  # how a lookup knows ours
        self.callback = f"{settings.twilio.public_url}{STATUS_PATH}"
        self.pacer = Pacer(settings.twilio.send_rate)
        self.report = SendReport()

    def _ids(self, status: str) -> List[int]:
        with unit_of_work(self.factory) as session:
            return list(session.scalars(select(Contact.id).where(
                Contact.consultation_id == self.consultation_id, Contact.status == status)
                .order_by(Contact.id)))

    async def settle_interrupted(self) -> None:
        """Contacts left "sending": sent if Twilio has the message, else pending again."""
        for contact_id in self._ids(SENDING):
            with unit_of_work(self.factory) as session:
                contact = session.get(Contact, contact_id)
                phone, claimed = contact.phone, _aware(contact.updated_at)
            await self.pacer.wait()
            try:
                sids = await self.sender.sent_to(phone, claimed - CLOCK_MARGIN, self.marker)
            except TwilioUnavailable:
                continue  # stays "sending"; reported as unsettled
            with unit_of_work(self.factory) as session:
                contact = session.get(Contact, contact_id)
                if contact.status != SENDING:
                    continue
                contact.status, contact.updated_at = (SENT if sids else PENDING), utcnow()
                if sids:
                    contact.message_sid = sids[-1]  # the oldest, should there be two
                    self.report.already_sent += 1

    async def send_pending(self, progress: Optional[Progress], stop: Optional[asyncio.Event],
                           open_now: Callable[[], bool]) -> None:
        ended = await send_paced(self._ids(PENDING), self.send_one, self.pacer, progress, stop,
                                 open_now)
        self.report.stopped = ended is Ended.STOPPED
        self.report.outside_window = ended is Ended.WINDOW_CLOSED

    async def send_one(self, contact_id: int) -> None:
        phone = self._claim(contact_id)
        if phone is None:
            return
        result = await self.sender.send(phone, self.body, self.callback)
        self._settle(contact_id, result)

    def _claim(self, contact_id: int) -> Optional[str]:
        """Commit "sending" before Twilio is called; None if not ours to send."""
        with unit_of_work(self.factory) as session:
            contact = session.get(Contact, contact_id)
            if contact is None or contact.status != PENDING:
                return None
            if opt_out.is_opted_out(session, self._pseudonym(contact.phone)):
                contact.status, contact.updated_at = OPTED_OUT, utcnow()  # since prepared
                self.report.opted_out += 1
                return None
            claimed = session.execute(
                update(Contact).where(Contact.id == contact_id, Contact.status == PENDING)
                .values(status=SENDING, updated_at=utcnow()).execution_options(
                    synchronize_session=False))
            return str(contact.phone) if claimed.rowcount == 1 else None

    def _settle(self, contact_id: int, result: SendResult) -> None:
        with unit_of_work(self.factory) as session:
            contact = session.get(Contact, contact_id)
            if result.ok:
                contact.status, contact.message_sid = SENT, result.sid
                self.report.sent += 1
            elif result.error_code == UNSUBSCRIBED:
                _mark_opted_out(session, contact, self.settings.pseudonym_secret)
                self.report.opted_out += 1
                return
            elif result.refused:
                contact.status, contact.error_code = FAILED, result.error_code
                self.report.failed += 1
                code = result.error_code or 0
                self.report.failures[code] = self.report.failures.get(code, 0) + 1
            else:
                return  # no clear answer: stays "sending" for the next run to settle
            contact.updated_at = utcnow()

    def _pseudonym(self, phone: str) -> str:
        return phone_pseudonym(self.settings.pseudonym_secret, phone)
