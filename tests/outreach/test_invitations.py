"""Preparing and sending invitations, in process, against real databases and the fake Twilio."""

from __future__ import annotations

import asyncio
import logging
import time
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from typing import Callable, Dict, Iterator, List, Optional

import pytest
from sqlalchemy import select, update
from sqlalchemy.orm import sessionmaker

from bot.config import Settings
from bot.db.models import AuditEntry, Consultation, Contact, OptOut, utcnow
from bot.db.session import unit_of_work
from bot.outreach.contacts import parse_contacts
from bot.outreach.invitations import (
    InvitationError,
    PrepareReport,
    SendReport,
    prepare_invitations,
    record_status,
    send_invitations,
)
from bot.outreach.message import invitation_text
from bot.scripts.days import UK
from bot.send_window import parse_window
from bot.sms.twilio_client import TwilioSender
from bot.trust.pseudonym import pseudonym
from tests.fakes.fake_twilio import FakeTwilio
from tests.outreach.conftest import CODE, FROM, SID, TOKEN, load_test_consultation, make_settings

BODY = invitation_text("NHS Test ICB", CODE)


def number(i: int) -> str:
    return f"+4477009001{i:02d}"


def prepare(factory: sessionmaker, settings: Settings, csv_text: str,
            code: str = CODE) -> PrepareReport:
    with unit_of_work(factory) as session:
        return prepare_invitations(session, settings, code, parse_contacts(csv_text))


def send(factory: sessionmaker, settings: Settings, stop: Optional[asyncio.Event] = None,
         progress: Optional[List[int]] = None,
         open_now: Optional[Callable[[], bool]] = None) -> SendReport:
    async def run() -> SendReport:
        sender = TwilioSender(settings.twilio)
        try:
            return await send_invitations(
                factory, settings, CODE, sender,
                None if progress is None else lambda done, _total: progress.append(done), stop,
                open_now=open_now)
        finally:
            await sender.close()
    return asyncio.run(run())


def statuses(factory: sessionmaker) -> Dict[str, str]:
    with unit_of_work(factory) as session:
        return dict(session.execute(select(Contact.phone, Contact.status)).all())


def opt_out(factory: sessionmaker, settings: Settings, phone: str) -> None:
    with unit_of_work(factory) as session:
        session.add(OptOut(pseudonym=pseudonym(settings.pseudonym_secret, "twilio", phone)))


def test_prepare_adds_pending_contacts_once(live: sessionmaker, database_url: str,
                                            fake: FakeTwilio) -> None:
    settings = make_settings(database_url, fake)
    opt_out(live, settings, number(3))
    csv_text = "phone\n07700 900100\n07700900101\nnope\n+447700900100\n07700 900103\n"
    first = prepare(live, settings, csv_text)
    assert first.queued == 2 and first.waiting == 2
    assert [(s.line, s.reason) for s in first.skipped] == [
        (4, "invalid number"), (5, "duplicate of line 2"), (6, "opted out")]
    assert statuses(live) == {number(0): "pending", number(1): "pending", number(3): "opted_out"}

    again = prepare(live, settings, csv_text + "07700 900104\n")
    assert again.queued == 1 and again.waiting == 3
    assert [(s.line, s.reason) for s in again.skipped] == [
        (2, "already invited/queued"), (3, "already invited/queued"), (4, "invalid number"),
        (5, "duplicate of line 2"), (6, "opted out")]
    with unit_of_work(live) as session:
        details = list(session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "invite")))
    assert details[0] == "TEST1 prepared: queued=2 already=0 opted_out=1 skipped=3"
    assert not any("7700" in detail for detail in details)  # counts, never numbers



def test_invitations_are_in_the_organisations_audit_log(live: sessionmaker, database_url: str,
                                                         fake: FakeTwilio) -> None:
    """The organisation's admins see who invited whom, in counts (the audit page shows only
    entries filed under their organisation)."""
    settings = make_settings(database_url, fake)
    prepare(live, settings, "07700 900100\n")
    send(live, settings)
    with unit_of_work(live) as session:
        owner = session.scalar(select(Consultation.organisation_id))
        filed = [tuple(row) for row in session.execute(
            select(AuditEntry.detail, AuditEntry.organisation_id)
            .where(AuditEntry.action == "invite").order_by(AuditEntry.id))]
    assert filed == [
        ("TEST1 prepared: queued=1 already=0 opted_out=0 skipped=0", owner),
        ("TEST1 sent=1 opted_out=0 failed=0 already_sent=0 unsettled=0", owner)]

@pytest.mark.parametrize("status, message", [
    ("draft", "TEST1 is draft, not live"), ("closed", "TEST1 is closed, not live")])
def test_only_a_live_consultation_takes_invitations(
        sqlite_factory: sessionmaker, sqlite_url: str, fake: FakeTwilio,
        status: str, message: str) -> None:
    settings = make_settings(sqlite_url, fake)
    with pytest.raises(InvitationError, match="no consultation with code TEST1"):
        prepare(sqlite_factory, settings, "07700900100\n")
    load_test_consultation(sqlite_factory, status=status)
    with pytest.raises(InvitationError, match=message):
        prepare(sqlite_factory, settings, "07700900100\n")
    assert statuses(sqlite_factory) == {}


def test_send_outcomes(live: sessionmaker, database_url: str, fake: FakeTwilio) -> None:
    settings = make_settings(database_url, fake)
    prepare(live, settings, "\n".join(number(i) for i in range(6)))
    fake.opted_out.add(number(1))  # replied STOP to Twilio at some time
    opt_out(live, settings, number(2))  # opted out with us after the list was prepared
    done: List[int] = []
    report = send(live, settings, progress=done)
    assert (report.sent, report.opted_out, report.failed, report.unsettled) == (4, 2, 0, 0)
    assert sorted(done) == list(range(1, 7))
    assert statuses(live) == {number(i): "opted_out" if i in (1, 2) else "sent" for i in range(6)}
    assert sorted(m["to"] for m in fake.sent) == [number(i) for i in (0, 3, 4, 5)]
    assert {(m["body"], m["from_"], m["status_callback"]) for m in fake.sent} == {
        (BODY, FROM, "https://sb.example/webhooks/twilio/status")}
    with unit_of_work(live) as session:
        kept = set(session.scalars(select(OptOut.pseudonym)))
        sids = set(session.scalars(select(Contact.message_sid).where(Contact.status == "sent")))
    assert kept == {pseudonym(settings.pseudonym_secret, "twilio", number(i)) for i in (1, 2)}
    assert sids == {m["sid"] for m in fake.sent}
    assert send(live, settings).sent == 0 and len(fake.sent) == 4  # nothing left to send


def test_refused_and_unanswered_sends(live: sessionmaker, database_url: str,
                                      fake: FakeTwilio) -> None:
    settings = make_settings(database_url, fake)
    prepare(live, settings, number(0))
    fake.fail_next(1, code=21211)  # invalid 'To': a permanent failure
    report = send(live, settings)
    assert (report.failed, report.failures) == (1, {21211: 1})
    with unit_of_work(live) as session:
        failed = session.scalar(select(Contact))
        assert (failed.status, failed.error_code, failed.message_sid) == ("failed", 21211, None)

    prepare(live, settings, number(1))
    fake.fail_next(1, code=20429, status=429)  # too many requests: no message was made
    report = send(live, settings)
    assert (report.sent, report.unsettled) == (0, 1)
    assert statuses(live)[number(1)] == "sending"
    report = send(live, settings)  # the next run finds no message at Twilio, so sends
    assert (report.sent, report.already_sent, report.unsettled) == (1, 0, 0)
    assert fake.count_to(number(1)) == 1


def test_interrupted_sends_are_settled_without_resending(
        live: sessionmaker, database_url: str, fake: FakeTwilio) -> None:
    """Contacts left "sending" by a crash: sent only if Twilio has no message for them."""
    settings = make_settings(database_url, fake)
    prepare(live, settings, "\n".join(number(i) for i in range(3)))

    async def earlier_run() -> None:  # reached Twilio, then the process died
        sender = TwilioSender(settings.twilio)
        await sender.send(number(0), BODY)
        await sender.send(number(1), "Reply OTHER1 to take part, or STOP to opt out.")
        await sender.close()
    asyncio.run(earlier_run())
    with unit_of_work(live) as session:
        session.execute(update(Contact).values(status="sending", updated_at=utcnow()))

    report = send(live, settings)
    assert (report.already_sent, report.sent, report.unsettled) == (1, 2, 0)
    assert [fake.count_to(number(i)) for i in range(3)] == [1, 2, 1]  # 1: another invitation
    with unit_of_work(live) as session:
        first = session.scalar(select(Contact).where(Contact.phone == number(0)))
    assert (first.status, first.message_sid) == ("sent", fake.sent[0]["sid"])


def test_interrupted_send_older_than_the_window_is_sent(
        sqlite_factory: sessionmaker, sqlite_url: str, fake: FakeTwilio) -> None:
    load_test_consultation(sqlite_factory)
    settings = make_settings(sqlite_url, fake)
    prepare(sqlite_factory, settings, number(0))
    asyncio.run(_send_once(settings, number(0)))
    with unit_of_work(sqlite_factory) as session:  # "sending" since an hour after that message
        session.execute(update(Contact).values(status="sending",
                                               updated_at=utcnow() + timedelta(hours=1)))
    assert send(sqlite_factory, settings).sent == 1


async def _send_once(settings: Settings, to: str) -> None:
    sender = TwilioSender(settings.twilio)
    await sender.send(to, BODY)
    await sender.close()


def test_record_status(live: sessionmaker, database_url: str, fake: FakeTwilio) -> None:
    settings = make_settings(database_url, fake)
    prepare(live, settings, "\n".join(number(i) for i in range(3)))
    send(live, settings)
    sid = {m["to"]: m["sid"] for m in fake.sent}
    secret = settings.pseudonym_secret
    with unit_of_work(live) as session:
        assert record_status(session, sid[number(0)], "delivered", None, secret)
        assert record_status(session, sid[number(0)], "sent", None, secret)  # late: ignored
        assert record_status(session, sid[number(1)], "undelivered", 30003, secret)
        assert record_status(session, sid[number(2)], "failed", 21610, secret)
        assert not record_status(session, "SM" + "0" * 32, "delivered", None, secret)
    with unit_of_work(live) as session:
        rows = {c.phone: (c.status, c.error_code) for c in session.scalars(select(Contact))}
        kept = list(session.scalars(select(OptOut.pseudonym)))
    assert rows == {number(0): ("delivered", None), number(1): ("undelivered", 30003),
                    number(2): ("opted_out", 21610)}
    assert kept == [pseudonym(secret, "twilio", number(2))]


def test_sending_is_paced_to_the_rate(sqlite_factory: sessionmaker, sqlite_url: str,
                                      fake: FakeTwilio) -> None:
    load_test_consultation(sqlite_factory)
    settings = make_settings(sqlite_url, fake, rate=10)
    prepare(sqlite_factory, settings, "\n".join(number(i) for i in range(20)))
    started = time.monotonic()
    assert send(sqlite_factory, settings).sent == 20
    elapsed = time.monotonic() - started
    stamps = sorted(m["at"] for m in fake.sent)
    assert elapsed >= 1.9
    assert (stamps[-1] - stamps[0]).total_seconds() >= 1.8  # as Twilio saw it
    assert max(sum(1 for s in stamps if 0 <= (s - t).total_seconds() < 1) for t in stamps) <= 11


def test_sends_do_not_block_the_event_loop(sqlite_factory: sessionmaker, sqlite_url: str) -> None:
    with FakeTwilio(SID, TOKEN, latency=1.0) as slow:
        settings = make_settings(sqlite_url, slow)

        async def two_at_once() -> List[bool]:
            sender = TwilioSender(settings.twilio)
            results = await asyncio.gather(sender.send(number(0), "a"), sender.send(number(1), "b"))
            await sender.close()
            return [r.ok for r in results]
        started = time.monotonic()
        assert asyncio.run(two_at_once()) == [True, True]
        assert time.monotonic() - started < 1.6

        load_test_consultation(sqlite_factory)
        prepare(sqlite_factory, settings, "\n".join(number(i) for i in range(5)))
        started = time.monotonic()
        assert send(sqlite_factory, settings).sent == 5  # five invitations, about one latency
        assert time.monotonic() - started < 1.6


def test_stop_ends_the_run_and_the_next_run_carries_on(
        sqlite_factory: sessionmaker, sqlite_url: str, fake: FakeTwilio) -> None:
    load_test_consultation(sqlite_factory)
    settings = make_settings(sqlite_url, fake, rate=50)
    prepare(sqlite_factory, settings, "\n".join(number(i) for i in range(30)))

    async def stopped_run() -> SendReport:
        stop, sender = asyncio.Event(), TwilioSender(settings.twilio)

        async def stop_after_three() -> None:  # not a timer: a busy machine sent 1 in 0.2 s
            while len(fake.sent) < 3:
                await asyncio.sleep(0.005)
            stop.set()

        stopping = asyncio.create_task(stop_after_three())
        try:
            return await send_invitations(sqlite_factory, settings, CODE, sender, None, stop)
        finally:
            stopping.cancel()
            await sender.close()
    first = asyncio.run(stopped_run())
    assert first.stopped and 3 <= first.sent < 30 and first.unsettled == 0
    assert "sending" not in statuses(sqlite_factory).values()  # in-flight sends finished
    second = send(sqlite_factory, settings)
    assert first.sent + second.sent == 30 and len(fake.sent) == 30


def test_sender_reports_errors_without_raising(sqlite_url: str, fake: FakeTwilio) -> None:
    settings = make_settings(sqlite_url, fake)
    fake.opted_out.add(number(0))

    async def attempts() -> list:
        sender = TwilioSender(settings.twilio)
        wrong = TwilioSender(make_settings(sqlite_url, fake).twilio.__class__(
            **{**settings.twilio.__dict__, "auth_token": "wrong"}))
        nowhere = TwilioSender(settings.twilio.__class__(
            **{**settings.twilio.__dict__, "api_base_url": "http://127.0.0.1:9"}), timeout=5)
        results = [await sender.send(number(0), "hi"), await wrong.send(number(1), "hi"),
                   await nowhere.send(number(1), "hi")]
        for each in (sender, wrong, nowhere):
            await each.close()
        return results
    unsubscribed, unauthorised, unreachable = asyncio.run(attempts())
    assert (unsubscribed.error_code, unsubscribed.refused) == (21610, True)
    assert (unauthorised.error_code, unauthorised.http_status) == (20003, 401)
    assert unreachable.uncertain and unreachable.error_code is None


def test_no_phone_number_or_body_reaches_the_logs(
        live: sessionmaker, database_url: str, fake: FakeTwilio,
        caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    settings = make_settings(database_url, fake)
    prepare(live, settings, "\n".join(number(i) for i in range(3)))
    fake.opted_out.add(number(1))
    fake.fail_next(1, code=21211)
    with unit_of_work(live) as session:  # a lookup too: the SDK would log its query
        session.execute(update(Contact).where(Contact.phone == number(2))
                        .values(status="sending", updated_at=utcnow()))
    send(live, settings)
    assert "invitations for TEST1" in caplog.text
    assert "7700" not in caplog.text and "Reply" not in caplog.text


def uk_minutes(start: str) -> Iterator[datetime]:
    """A clock that reads `start` (UK time, a winter day) and a minute later each time."""
    moment = datetime.fromisoformat(f"2026-12-05 {start}").replace(tzinfo=UK)
    while True:
        yield moment.astimezone(timezone.utc)
        moment += timedelta(minutes=1)


def window_at(settings: Settings, clock: Iterator[datetime]) -> Callable[[], bool]:
    """Whether the settings' sending window is open, read on `clock`."""
    return lambda: settings.send_window.allows(next(clock))


def daytime_list(factory: sessionmaker, database_url: str, fake: FakeTwilio,
                 numbers: int) -> Settings:
    """TEST1 live with `numbers` pending; settings with the default window, 09:00-20:00."""
    load_test_consultation(factory)
    settings = make_settings(database_url, fake, rate=500)
    prepare(factory, settings, "\n".join(number(i) for i in range(numbers)))
    return replace(settings, send_window=parse_window("09:00-20:00"))


def test_a_run_started_at_night_texts_nobody_and_keeps_everyone_pending(
        session_factory: sessionmaker, database_url: str, fake: FakeTwilio) -> None:
    daytime = daytime_list(session_factory, database_url, fake, 5)
    night = send(session_factory, daytime, open_now=window_at(daytime, uk_minutes("21:30")))
    assert (night.outside_window, night.sent, night.left) == (True, 0, 5)
    assert fake.sent == [] and set(statuses(session_factory).values()) == {"pending"}
    with unit_of_work(session_factory) as session:
        audit = session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "invite").order_by(AuditEntry.id)).all()
    assert audit[-1].endswith("sent=0 opted_out=0 failed=0 already_sent=0 unsettled=0 "
                              "outside the sending window")


def test_a_run_stops_when_the_window_closes_and_the_next_sends_the_rest_once(
        sqlite_factory: sessionmaker, sqlite_url: str, fake: FakeTwilio) -> None:
    """Started at 19:57, a send a minute: three go before 20:00; the morning's run sends
    the other seven, and nobody twice."""
    daytime = daytime_list(sqlite_factory, sqlite_url, fake, 10)
    evening = send(sqlite_factory, daytime, open_now=window_at(daytime, uk_minutes("19:57")))
    assert (evening.outside_window, evening.sent, evening.left) == (True, 3, 7)
    assert sorted(m["to"] for m in fake.sent) == [number(i) for i in range(3)]
    morning = send(sqlite_factory, daytime, open_now=window_at(daytime, uk_minutes("09:00")))
    assert (morning.outside_window, morning.sent, morning.left) == (False, 7, 0)
    assert sorted(m["to"] for m in fake.sent) == [number(i) for i in range(10)]
    assert set(statuses(sqlite_factory).values()) == {"sent"}
