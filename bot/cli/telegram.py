"""`python -m bot telegram set-webhook` and `python -m bot invite --channel telegram CODE`."""

from __future__ import annotations

import argparse
import asyncio
import sys

from sqlalchemy import func, select
from telegram import BotCommand
from telegram.error import NetworkError, TelegramError, TimedOut

from bot.channels.telegram import SECRET_HEADER
from bot.cli.commands import CommandError
from bot.cli.outreach import INTERRUPTED, Progress, interruptible, window_closed, window_now
from bot.config import Settings, TelegramSettings, load_settings
from bot.db.models import TelegramChat
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.outreach import telegram_invitations
from bot.telegram.client import TelegramSender
from bot.telegram.commands import MENU

WEBHOOK_PATH = "/webhooks/telegram/webhook"
# Only what the channel handles; Telegram sends nothing else.
ALLOWED_UPDATES = ("message", "edited_message", "callback_query", "my_chat_member")


def telegram(args: argparse.Namespace) -> int:
    settings = _configured(load_settings())
    url = (args.url or settings.public_url).rstrip("/") + WEBHOOK_PATH
    if not url.startswith("https://") and not args.url:
        print(f"warning: {url} is not https; Telegram only calls https webhooks",
              file=sys.stderr)
    asyncio.run(_set_webhook(settings, url))
    print(f"webhook set: {url} (with {SECRET_HEADER}; updates: {', '.join(ALLOWED_UPDATES)})")
    print(f"deep links: {settings.deep_link('CODE')}")
    return 0


async def _set_webhook(settings: TelegramSettings, url: str) -> None:
    sender = TelegramSender(settings)
    try:
        await sender.bot.set_webhook(url, secret_token=settings.secret_token,
                                     allowed_updates=list(ALLOWED_UPDATES), max_connections=40)
        await sender.bot.set_my_commands([BotCommand(name, about) for name, about in MENU])
    except TimedOut:
        raise CommandError(f"Telegram at {settings.api_base_url} did not answer in time, so the "
                           "webhook may or may not be set: run the same command again") from None
    except NetworkError:  # its text names the HTTP library's error, not what to do
        raise CommandError(f"could not reach Telegram at {settings.api_base_url}: check this "
                           "machine's network, or TELEGRAM_API_BASE_URL") from None
    except TelegramError as error:
        raise CommandError(f"Telegram refused: {error.message}") from None
    finally:
        await sender.close()


def invite_on_telegram(args: argparse.Namespace) -> int:
    settings = load_settings()
    _configured(settings)
    if args.csvfile:
        raise CommandError("Telegram invitations go to people who sent the bot /subscribe; "
                           "there is no list of numbers to give")
    engine = make_engine(settings.database_url)
    factory = make_session_factory(engine)
    try:
        with unit_of_work(factory) as session:
            subscribers = session.scalar(select(func.count()).select_from(TelegramChat)) or 0
        open_now = window_now(settings)
        if not args.yes and open_now() and not _confirm(subscribers, args.code.upper()):
            print("nothing sent")
            return 1

        async def sends(stop: asyncio.Event) -> telegram_invitations.TelegramReport:
            sender = TelegramSender(settings.telegram)
            try:
                return await telegram_invitations.send(factory, settings, args.code, sender,
                                                       Progress(sys.stdout), stop,
                                                       open_now=open_now)
            finally:
                await sender.close()

        report = interruptible(sends)
    finally:
        engine.dispose()
    if report is None:
        print("\nstopped at once; run the same command again to carry on")
        return INTERRUPTED
    ended = "stopped" if report.stopped or report.outside_window else "done"
    print(f"{ended}: {report.queued} new, {report.sent} sent, "
          f"{report.blocked} blocked the bot (now opted out), {report.failed} failed")
    if report.unsettled:
        print(f"{report.unsettled} timed out and may have arrived; they are never sent again")
    if report.stopped:
        print("run the same command again to carry on")
        return INTERRUPTED
    return window_closed(settings, report.left) if report.outside_window else 0


def _confirm(subscribers: int, code: str) -> bool:
    if not sys.stdin.isatty():
        raise CommandError("add --yes to send without being asked (no terminal to ask on)")
    answer = input(f"Invite up to {subscribers} Telegram subscriber(s) to {code}? [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def _configured(settings: Settings) -> TelegramSettings:
    if not settings.telegram.configured:
        raise CommandError("Telegram is not set up: set TELEGRAM_TOKEN and TELEGRAM_SECRET_TOKEN")
    return settings.telegram
