"""Telegram invitations: only to subscribers, once each, a blocked bot recorded as an
opt-out, a timed-out send never repeated; and `python -m bot telegram set-webhook`.
Run against a real database (SQLite and PostgreSQL) and the fake Bot API."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
from typing import Dict, Iterator, List

import pytest
from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bot.config import PROJECT_ROOT, Settings
from bot.db.models import AuditEntry, Consultation, OptOut, TelegramChat, TelegramInvitation
from bot.db.session import unit_of_work
from bot.outreach import telegram_invitations
from bot.telegram.client import TelegramSender
from bot.telegram.commands import MENU
from bot.trust.erasure import erase_respondent
from bot.trust.opt_out import opt_out
from tests.conftest import closed_now, settings_for
from tests.fakes.fake_telegram import FakeTelegram
from tests.outreach.conftest import CODE, load_test_consultation

SECRET = "telegram-secret-0123456789"


@pytest.fixture
def fake() -> Iterator[FakeTelegram]:
    with FakeTelegram() as running:
        yield running


def env(fake: FakeTelegram) -> Dict[str, str]:
    return {"TELEGRAM_TOKEN": fake.token, "TELEGRAM_SECRET_TOKEN": SECRET,
            "TELEGRAM_API_BASE_URL": fake.base_url, "TELEGRAM_BOT_USERNAME": "SbTestBot",
            "TELEGRAM_PUBLIC_URL": "https://sb.example.nhs.uk", "SB_TELEGRAM_INVITE_RATE": "30",
            "SB_SEND_WINDOW": "00:00-24:00"}  # whatever the hour the tests run


def subscribe(factory: sessionmaker, chats: List[int]) -> None:
    with unit_of_work(factory) as session:
        for chat in chats:
            session.add(TelegramChat(pseudonym=f"{chat:064x}", chat_id=str(chat)))


def statuses(factory: sessionmaker) -> Dict[str, str]:
    with unit_of_work(factory) as session:
        return {who[-4:]: status for who, status in session.execute(
            select(TelegramInvitation.pseudonym, TelegramInvitation.status))}


def run(factory: sessionmaker, settings: Settings) -> telegram_invitations.TelegramReport:
    async def go() -> telegram_invitations.TelegramReport:
        sender = TelegramSender(settings.telegram)
        try:
            return await telegram_invitations.send(factory, settings, CODE, sender)
        finally:
            await sender.close()
    return asyncio.run(go())


def test_subscribers_are_invited_once_and_a_blocked_bot_becomes_an_opt_out(
        live: sessionmaker, database_url: str, fake: FakeTelegram) -> None:
    settings = settings_for(database_url, **env(fake))
    subscribe(live, [1001, 1002, 1003, 1004])
    with unit_of_work(live) as session:
        opt_out(session, f"{1004:064x}")  # stopped since subscribing
    fake.block(1002)
    fake.limit(1, retry_after=0.2)  # Telegram's 429 is waited out

    report = run(live, settings)
    assert (report.queued, report.sent, report.blocked, report.failed) == (3, 2, 1, 0)
    sent = [c for c in fake.calls_of("sendMessage") if "refused" not in c]
    assert sorted(c["chat_id"] for c in sent) == [1001, 1003]
    # who is asking, never the title: it shows on a lock screen, to everyone subscribed
    assert sent[0]["text"].startswith("NHS Test ICB: we'd like to hear your views")
    assert "Test consultation" not in sent[0]["text"]
    assert "/start TEST1" in sent[0]["text"]
    assert sent[0]["reply_markup"]["inline_keyboard"] == [
        [{"text": "Take part", "callback_data": "s:TEST1"}]]
    assert statuses(live) == {"03e9": "sent", "03ea": "blocked", "03eb": "sent"}
    with unit_of_work(live) as session:
        assert session.scalar(select(OptOut.id).where(OptOut.pseudonym == f"{1002:064x}"))
        assert not session.scalar(select(TelegramChat.id).where(
            TelegramChat.pseudonym == f"{1002:064x}"))

    fake.clear()
    again = run(live, settings)  # a second run invites nobody twice
    assert (again.queued, again.sent) == (0, 0)
    assert fake.calls_of("sendMessage") == []


def test_an_invitation_left_sending_by_a_crash_is_never_sent_again(
        live: sessionmaker, database_url: str, fake: FakeTelegram) -> None:
    settings = settings_for(database_url, **env(fake))
    subscribe(live, [2001, 2002])
    with unit_of_work(live) as session:
        assert telegram_invitations.prepare(session, CODE) == 2
    with unit_of_work(live) as session:  # the run that crashed had claimed the first
        first = session.scalars(select(TelegramInvitation).order_by(TelegramInvitation.id)).first()
        first.status = telegram_invitations.SENDING
    report = run(live, settings)
    assert (report.sent, report.unsettled) == (1, 1)
    assert [c["chat_id"] for c in fake.calls_of("sendMessage")] == [2002]


def test_erasure_forgets_the_subscription_and_its_invitations(
        live: sessionmaker, database_url: str, fake: FakeTelegram) -> None:
    subscribe(live, [3001])
    run(live, settings_for(database_url, **env(fake)))
    with unit_of_work(live) as session:
        erase_respondent(session, f"{3001:064x}", actor="test")
    with unit_of_work(live) as session:
        assert session.scalar(select(TelegramChat.id)) is None
        assert session.scalar(select(TelegramInvitation.id)) is None


def cli(database_url: str, fake: FakeTelegram, *args: str) -> subprocess.CompletedProcess:
    full_env = {"PATH": "/usr/bin:/bin", "SB_DATABASE_URL": database_url, **env(fake)}
    return subprocess.run([sys.executable, "-m", "bot", *args], cwd=PROJECT_ROOT, env=full_env,
                          capture_output=True, text=True, timeout=120)


def test_the_invite_command_sends_on_telegram(live: sessionmaker, database_url: str,
                                              fake: FakeTelegram) -> None:
    subscribe(live, [4001, 4002])
    fake.block(4002)
    done = cli(database_url, fake, "invite", CODE, "--channel", "telegram", "--yes")
    assert done.returncode == 0, done.stderr
    assert "2 new, 1 sent, 1 blocked the bot (now opted out), 0 failed" in done.stdout
    assert "4001" not in done.stdout + done.stderr  # no chat id printed
    refused = cli(database_url, fake, "invite", CODE, "numbers.csv", "--channel", "telegram")
    assert refused.returncode == 2 and "/subscribe" in refused.stderr


def test_set_webhook_registers_the_secret_and_the_update_types(sqlite_url: str,
                                                               fake: FakeTelegram) -> None:
    done = cli(sqlite_url, fake, "telegram", "set-webhook")
    assert done.returncode == 0, done.stderr
    [webhook] = fake.calls_of("setWebhook")
    assert webhook["url"] == "https://sb.example.nhs.uk/webhooks/telegram/webhook"
    assert webhook["secret_token"] == SECRET
    assert webhook["allowed_updates"] == ["message", "edited_message", "callback_query",
                                          "my_chat_member"]
    [menu] = fake.calls_of("setMyCommands")
    assert [c["command"] for c in menu["commands"]] == [name for name, _ in MENU]
    assert fake.calls_of("getMe") == []  # nothing needs Telegram's getMe
    assert "https://t.me/SbTestBot?start=CODE" in done.stdout
    assert SECRET not in done.stdout and fake.token not in done.stdout


def test_set_webhook_without_settings_says_what_is_missing(sqlite_url: str) -> None:
    done = subprocess.run([sys.executable, "-m", "bot", "telegram", "set-webhook"],
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "SB_DATABASE_URL": sqlite_url})
    assert done.returncode == 2
    assert "TELEGRAM_TOKEN and TELEGRAM_SECRET_TOKEN" in done.stderr


def test_a_run_is_in_its_organisations_audit_log(live: sessionmaker, database_url: str,
                                                  fake: FakeTelegram) -> None:
    """The organisation's admins see who sent its invitations (the audit page shows only
    entries filed under their organisation)."""
    settings = settings_for(database_url, **env(fake))
    subscribe(live, [3001])
    run(live, settings)
    with unit_of_work(live) as session:
        owner = session.scalar(select(Consultation.organisation_id))
        filed = list(session.execute(select(AuditEntry.detail, AuditEntry.organisation_id)
                                     .where(AuditEntry.action == "invite")))
    assert [tuple(row) for row in filed] == [
        ("TEST1 telegram queued=1 sent=1 blocked=0 failed=0 unsettled=0", owner)]


def test_set_webhook_when_telegram_cannot_be_reached_says_so(sqlite_url: str) -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    done = subprocess.run([sys.executable, "-m", "bot", "telegram", "set-webhook"],
                          cwd=PROJECT_ROOT, capture_output=True, text=True, timeout=120,
                          env={"PATH": "/usr/bin:/bin", "SB_DATABASE_URL": sqlite_url,
                               "TELEGRAM_TOKEN": "123:abc", "TELEGRAM_SECRET_TOKEN": SECRET,
                               "TELEGRAM_PUBLIC_URL": "https://sb.example.nhs.uk",
                               "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{closed}"})
    said = done.stderr.strip().splitlines()[-1]
    assert done.returncode == 2
    assert said.startswith(f"error: could not reach Telegram at http://127.0.0.1:{closed}"), said
    assert "refused" not in said and "httpx" not in said and "123:abc" not in done.stderr


def test_outside_the_window_subscribers_wait_for_it(
        sqlite_factory: sessionmaker, sqlite_url: str, fake: FakeTelegram) -> None:
    load_test_consultation(sqlite_factory)
    subscribe(sqlite_factory, [4001, 4002])
    window = closed_now()
    command = [sys.executable, "-m", "bot", "invite", CODE, "--channel", "telegram"]  # not asked
    closed = subprocess.run(command, cwd=PROJECT_ROOT, capture_output=True, text=True, env={
        "PATH": "/usr/bin:/bin", "SB_DATABASE_URL": sqlite_url, **env(fake),
        "SB_SEND_WINDOW": window}, timeout=120)
    assert closed.returncode == 75, closed.stderr
    assert (f"Invitations go only between {window[:5]} and {window[6:]} UK time "
            f"(SB_SEND_WINDOW); it is ") in closed.stderr
    assert f"2 still to send: run the same command after {window[:5]}" in closed.stderr
    assert fake.calls_of("sendMessage") == []
    assert statuses(sqlite_factory) == {"0fa1": "pending", "0fa2": "pending"}
    with unit_of_work(sqlite_factory) as session:
        assert session.scalars(select(AuditEntry.detail).where(
            AuditEntry.action == "invite")).one().endswith(" outside the sending window")
    opened = cli(sqlite_url, fake, "invite", CODE, "--channel", "telegram", "--yes")
    assert opened.returncode == 0, opened.stderr
    assert "done: 0 new, 2 sent" in opened.stdout
    assert sorted(c["chat_id"] for c in fake.calls_of("sendMessage")) == [4001, 4002]
