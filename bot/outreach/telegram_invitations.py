"""Inviting Telegram subscribers to a consultation, once each.

Telegram bots cannot message anyone first, so the list is the people who sent the
bot /subscribe and have not opted out since (`telegram_chat`). `prepare` records a
pending invitation per subscriber; `send` moves each one pending -> sending -> sent /
blocked / failed, committing "sending" before Telegram is called. Telegram has no
way to ask whether a message arrived, so an invitation left "sending" by a crash or
a timeout is never sent again: nobody gets two. Paced under Telegram's limit of
about 30 messages a second (one message per chat, well under its 1 a second each).
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from typing import Callable, List, Optional

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session, sessionmaker
from telegram import InlineKeyboardMarkup

from bot.config import Settings
from bot.db import repository
from bot.db.models import OptOut, TelegramChat, TelegramInvitation, utcnow
from bot.db.session import unit_of_work
from bot.outreach.invitations import live_consultation
from bot.outreach.message import telegram_invitation_text
from bot.outreach.pacing import Ended, Pacer, Progress, send_paced, window_open
from bot.telegram.client import Sent, TelegramSender
from bot.telegram.keyboards import start_button
from bot.telegram.render import markup
from bot.trust import opt_out

logger = logging.getLogger(__name__)
PENDING, SENDING, SENT, BLOCKED, FAILED = "pending", "sending", "sent", "blocked", "failed"


@dataclass
class TelegramReport:
    queued: int = 0  # new invitations recorded by this run
    sent: int = 0
    blocked: int = 0  # the person had blocked the bot: now opted out
    failed: int = 0
    unsettled: int = 0  # left "sending" (a crash or a timeout): never sent again
    stopped: bool = False
    outside_window: bool = False  # the sending window closed (or was): the rest wait for it
    left: int = 0  # still to send after this run (a later run sends them)


def prepare(session: Session, consultation_code: str) -> int:
    """A pending invitation for every subscriber not yet invited; how many were added."""
    consultation = live_consultation(session, consultation_code)
    invited = select(TelegramInvitation.pseudonym).where(
        TelegramInvitation.consultation_id == consultation.id)
    fresh = list(session.scalars(select(TelegramChat.pseudonym).where(
        TelegramChat.pseudonym.not_in(invited),
        TelegramChat.pseudonym.not_in(select(OptOut.pseudonym))).order_by(TelegramChat.id)))
    for who in fresh:
        session.add(TelegramInvitation(consultation_id=consultation.id, pseudonym=who,
                                       status=PENDING))
    return len(fresh)


async def send(factory: sessionmaker, settings: Settings, consultation_code: str,
               sender: TelegramSender, progress: Optional[Progress] = None,
               stop: Optional[asyncio.Event] = None, actor: str = "cli",
               open_now: Optional[Callable[[], bool]] = None) -> TelegramReport:
    """Invite every subscriber not yet invited, paced, while the sending window is open
    (`open_now`, by default `settings.send_window` now); the rest stay pending."""
    report = TelegramReport()
    with unit_of_work(factory) as session:
        consultation = live_consultation(session, consultation_code)
        report.queued = prepare(session, consultation_code)
        code, consultation_id = consultation.code, consultation.id
        organisation_id = consultation.organisation_id
        text = telegram_invitation_text(consultation.organisation.name, code)
    run = _Run(factory, sender, consultation_id, text, markup(start_button(code)), report)
    pending = run.ids(PENDING)
    ended = await send_paced(pending, run.send_one, Pacer(settings.telegram.invite_rate),
                             progress, stop, open_now or window_open(settings.send_window))
    report.stopped, report.outside_window = ended is Ended.STOPPED, ended is Ended.WINDOW_CLOSED
    with unit_of_work(factory) as session:
        left = dict(session.execute(select(TelegramInvitation.status, func.count()).where(
            TelegramInvitation.consultation_id == consultation_id,
            TelegramInvitation.status.in_((PENDING, SENDING))).group_by(
                TelegramInvitation.status)).all())
        report.unsettled, report.left = left.get(SENDING, 0), left.get(PENDING, 0)
        repository.record_audit(session, actor, "invite", (
            f"{code} telegram queued={report.queued} sent={report.sent} "
            f"blocked={report.blocked} failed={report.failed} unsettled={report.unsettled}"
            + (" stopped" if report.stopped else "")
            + (" outside the sending window" if report.outside_window else "")),
            organisation_id=organisation_id)
    logger.info("telegram invitations for %s: %d sent, %d blocked, %d failed", code,
                report.sent, report.blocked, report.failed)
    return report


class _Run:
    def __init__(self, factory: sessionmaker, sender: TelegramSender, consultation_id: int,
                 text: str, button: Optional[InlineKeyboardMarkup], report: TelegramReport) -> None:
        self.factory, self.sender, self.consultation_id = factory, sender, consultation_id
        self.text, self.button, self.report = text, button, report

    def ids(self, status: str) -> List[int]:
        with unit_of_work(self.factory) as session:
            return list(session.scalars(select(TelegramInvitation.id).where(
                TelegramInvitation.consultation_id == self.consultation_id,
                TelegramInvitation.status == status).order_by(TelegramInvitation.id)))

    async def send_one(self, invitation_id: int) -> None:
        chat_id = self._claim(invitation_id)
        if chat_id is not None:
            sent = await self.sender.send(chat_id, self.text, self.button)
            self._settle(invitation_id, sent)

    def _claim(self, invitation_id: int) -> Optional[str]:
        """Commit "sending" before Telegram is called; None if not ours to send (any more)."""
        with unit_of_work(self.factory) as session:
            invitation = session.get(TelegramInvitation, invitation_id)
            if invitation is None or invitation.status != PENDING:
                return None
            chat_id = session.scalar(select(TelegramChat.chat_id).where(
                TelegramChat.pseudonym == invitation.pseudonym))
            if chat_id is None or opt_out.is_opted_out(session, invitation.pseudonym):
                session.delete(invitation)  # unsubscribed or opted out since it was prepared
                return None
            claimed = session.execute(
                update(TelegramInvitation).where(TelegramInvitation.id == invitation_id,
                                                 TelegramInvitation.status == PENDING)
                .values(status=SENDING, updated_at=utcnow())
                .execution_options(synchronize_session=False))
            return str(chat_id) if claimed.rowcount == 1 else None

    def _settle(self, invitation_id: int, sent: Sent) -> None:
        with unit_of_work(self.factory) as session:
            invitation = session.get(TelegramInvitation, invitation_id)
            if sent.ok:
                invitation.status = SENT
                self.report.sent += 1
            elif sent.blocked:
                invitation.status, invitation.error_code = BLOCKED, 403
                opt_out.opt_out(session, invitation.pseudonym)
                session.execute(delete(TelegramChat).where(
                    TelegramChat.pseudonym == invitation.pseudonym))
                self.report.blocked += 1
            elif sent.uncertain:
                return  # stays "sending": it may have arrived, so it is never sent again
            else:
                invitation.status = FAILED
                self.report.failed += 1
            invitation.updated_at = utcnow()
