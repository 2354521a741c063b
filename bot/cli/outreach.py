"""`python -m bot invite CODE CSVFILE`: text an invitation to each number in a file.

Safe to interrupt and to run again: numbers already invited are not invited
twice, and a run cut short carries on where it stopped.
"""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
import time
from pathlib import Path
from typing import Any, Callable, Coroutine, Optional, TextIO, TypeVar

from sqlalchemy.orm import sessionmaker

from bot.cli.commands import CommandError
from bot.config import Settings, load_settings
from bot.db.models import utcnow
from bot.db.session import make_engine, make_session_factory
from bot.outreach.contacts import ContactList, ContactsError, mask, parse_contacts
from bot.outreach.invitations import (
    ALREADY,
    InvitationError,
    PrepareReport,
    SendReport,
    prepare_invitations,
    send_invitations,
)
from bot.outreach.pacing import outside_window
from bot.sms.twilio_client import TwilioSender

T = TypeVar("T")
MAX_CSV_BYTES = 10_000_000
INTERRUPTED = 130  # the shell's code for "stopped by Ctrl-C"
OUTSIDE_WINDOW = 75  # sysexits' EX_TEMPFAIL: the sending window is closed; run again later


def invite(args: argparse.Namespace) -> int:
    settings = load_settings()
    if not args.csvfile:
        raise CommandError("give the CSV file of numbers to text (or --channel telegram)")
    if not settings.twilio.configured:
        raise CommandError("Twilio is not set up: set TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN and "
                           "TWILIO_FROM_NUMBER (or TWILIO_MESSAGING_SERVICE_SID)")
    contact_list = read_contacts(args.csvfile)
    engine = make_engine(settings.database_url)
    try:
        return _invite(args, settings, make_session_factory(engine), contact_list)
    finally:
        engine.dispose()


def _invite(args: argparse.Namespace, settings: Settings, factory: sessionmaker,
            contact_list: ContactList) -> int:
    open_now = window_now(settings)
    if not args.yes:
        preview = prepare(factory, settings, args.code, contact_list, commit=False)
        print_skipped(preview, sys.stdout)
        # Outside the window the numbers are only added: nothing to confirm sending.
        if not confirm(preview.waiting if open_now() else 0, args.code.upper(),
                       settings.twilio.send_rate):
            print("nothing sent")
            return 1
    report = prepare(factory, settings, args.code, contact_list, commit=True)
    if args.yes:
        print_skipped(report, sys.stdout)
    print(f"{report.queued} new number(s) added; {report.waiting} invitation(s) to send")
    outcome = run_sends(factory, settings, args.code, open_now)
    if outcome is None:
        print("\nstopped at once; run the same command again to carry on")
        return INTERRUPTED
    print_summary(outcome, len(report.skipped) - report.count(ALREADY), sys.stdout)
    if outcome.stopped:
        return INTERRUPTED
    if outcome.outside_window:
        return window_closed(settings, outcome.left)
    return 1 if outcome.unsettled else 0


def window_now(settings: Settings) -> Callable[[], bool]:
    """Whether invitations may go now (`SB_SEND_WINDOW`); closed for good if closed at the
    start, so a window opening meanwhile never sends what nobody was asked to confirm."""
    window = settings.send_window
    if not window.allows(utcnow()):
        return lambda: False
    return lambda: window.allows(utcnow())


def window_closed(settings: Settings, left: int) -> int:
    """Say that the window is closed, and how many wait for it; the exit status."""
    print(outside_window(settings.send_window, utcnow(), left, "run the same command",
                         " (SB_SEND_WINDOW)"), file=sys.stderr)
    return OUTSIDE_WINDOW


def read_contacts(name: str) -> ContactList:
    path = Path(name)
    if not path.is_file():
        raise CommandError(f"{name}: no such file")
    if path.stat().st_size > MAX_CSV_BYTES:
        raise CommandError(f"{name}: larger than {MAX_CSV_BYTES // 1_000_000} MB; split it up")
    try:
        return parse_contacts(path.read_bytes().decode("utf-8-sig", "replace"))
    except ContactsError as error:
        raise CommandError(f"{name}: {error}") from None


def prepare(factory: sessionmaker, settings: Settings, code: str, contact_list: ContactList,
            commit: bool) -> PrepareReport:
    """What adding the list does; rolled back unless `commit` (a preview to confirm)."""
    session = factory()
    try:
        report = prepare_invitations(session, settings, code, contact_list)
        if commit:
            session.commit()
        return report
    except InvitationError as error:
        raise CommandError(str(error)) from None
    finally:
        session.rollback()
        session.close()


def confirm(count: int, code: str, rate: float) -> bool:
    if count == 0:
        return True  # nothing will be sent; the run just reports
    if not sys.stdin.isatty():
        raise CommandError("add --yes to send without being asked (no terminal to ask on)")
    minutes = count / rate / 60
    answer = input(f"Text {count} invitation(s) for {code}, {rate:g} a second "
                   f"(about {minutes:.0f} min)? [y/N] ")
    return answer.strip().lower() in ("y", "yes")


def print_skipped(report: PrepareReport, out: TextIO) -> None:
    for skipped in report.skipped:
        if skipped.reason != ALREADY:
            out.write(f"line {skipped.line}: {mask(skipped.value)} skipped: {skipped.reason}\n")
    if report.count(ALREADY):
        out.write(f"{report.count(ALREADY)} number(s) already invited or queued (not listed)\n")


class Progress:
    """"sent 120/1000": rewritten in place on a terminal, a line every few seconds in a log."""

    def __init__(self, out: TextIO) -> None:
        self.out, self.tty, self.last = out, out.isatty(), time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        now = time.monotonic()
        if done < total and now - self.last < (0.2 if self.tty else 2.0):
            return
        self.last = now
        end = "\n" if done == total or not self.tty else ""
        self.out.write(("\r" if self.tty else "") + f"sent {done}/{total}" + end)
        self.out.flush()


def run_sends(factory: sessionmaker, settings: Settings, code: str,
              open_now: Callable[[], bool]) -> Optional[SendReport]:
    """Send, stopping after the messages in flight on Ctrl-C (at once on a second)."""
    async def sends(stop: asyncio.Event) -> SendReport:
        sender = TwilioSender(settings.twilio)
        try:
            return await send_invitations(factory, settings, code, sender, Progress(sys.stdout),
                                          stop, open_now=open_now)
        finally:
            await sender.close()

    return interruptible(sends)


def interruptible(work: Callable[[asyncio.Event], Coroutine[Any, Any, T]]) -> Optional[T]:
    """Run `work`; the first Ctrl-C sets its stop event (it ends after the sends in
    flight), a second cancels it. None when cancelled."""
    try:
        return asyncio.run(_interruptible(work))
    except (asyncio.CancelledError, KeyboardInterrupt):
        return None


async def _interruptible(work: Callable[[asyncio.Event], Coroutine[Any, Any, T]]) -> T:
    stop = asyncio.Event()
    loop, main = asyncio.get_running_loop(), asyncio.current_task()

    def interrupted() -> None:
        if stop.is_set() and main is not None:
            main.cancel()  # second Ctrl-C: in-flight sends are settled by the next run
        stop.set()
        print("\nstopping after the messages in flight (Ctrl-C again to stop at once)",
              file=sys.stderr)

    try:
        loop.add_signal_handler(signal.SIGINT, interrupted)
    except (NotImplementedError, RuntimeError):
        pass  # no signal handlers here (Windows, or not the main thread): Ctrl-C stops at once
    try:
        return await work(stop)
    except InvitationError as error:
        raise CommandError(str(error)) from None
    finally:
        loop.remove_signal_handler(signal.SIGINT)


def print_summary(report: SendReport, skipped: int, out: TextIO) -> None:
    ended = "stopped" if report.stopped or report.outside_window else "done"
    out.write(f"{ended}: {report.sent} sent, "
              f"{report.opted_out} opted out, {report.failed} failed, {skipped} skipped\n")
    for code, count in sorted(report.failures.items()):
        out.write(f"  Twilio error {code}: {count} (https://www.twilio.com/docs/errors/{code})\n")
    if report.already_sent:
        out.write(f"{report.already_sent} sent before an interruption were found at Twilio "
                  f"and not sent again\n")
    if report.unsettled:
        out.write(f"{report.unsettled} have no answer from Twilio yet; run the command again "
                  f"to settle them (nobody is texted twice)\n")
    if report.stopped:
        out.write("run the same command again to carry on\n")
