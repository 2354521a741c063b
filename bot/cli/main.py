"""`python -m bot …`: the commissioner and operator command line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import Callable, Dict, List, Optional

from sqlalchemy.exc import ArgumentError, OperationalError, ProgrammingError

from bot import logs
from bot.cli import areas, bi, commands, outreach, serve, telegram, users
from bot.cli.arguments import command
from bot.config import ConfigError, load_log_format

CODE_HELP = "the consultation's code, e.g. MIND24"


def parser() -> argparse.ArgumentParser:
    root = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = root.add_subparsers(dest="command", required=True)
    db = command(sub, "db", "database schema")
    db.add_argument("action", choices=["upgrade"], metavar="{upgrade}",
                    help="upgrade: create the tables, or bring them up to date (make run does it)")
    for name, summary in (("validate", "check scripts, naming line and field of each error"),
                          ("load", "validate and load scripts (files or folders)")):
        cmd = command(sub, name, summary)
        cmd.add_argument("paths", nargs="+", metavar="path",
                         help="a script (.yml), or a folder of them")
        if name == "validate":
            cmd.add_argument("--preview", action="store_true",
                             help="show each question as patients see it, and option aliases")
    for name, summary in (("launch", "open a consultation for answers"),
                          ("close", "stop taking answers"),
                          ("results", "per-question results, small numbers hidden")):
        command(sub, name, summary).add_argument("code", help=CODE_HELP)
    command(sub, "list", "consultations with participation and completion counts")
    export = command(sub, "export", "answers as CSV (one row per answer)")
    export.add_argument("code", help=CODE_HELP)
    export.add_argument("--out", help="file to write (default: standard output)")
    erase = command(sub, "erase", "erase a respondent's answers (erasure or SAR request)")
    erase.add_argument("reference", nargs="?", help="the respondent_ref from results or an export")
    erase.add_argument("--phone", help="or the number they texted from (SMS), e.g. 07700 900123")
    erase.add_argument("--reason", required=True,
                       help="the request's case reference, e.g. SAR-123: letters, digits and "
                            "- / _ . : # with at least one digit (no names)")
    retention = command(sub, "retention", "delete participations, and Rasa's record of "
                        "conversations, older than SB_RETENTION_DAYS (or --days)")
    retention.add_argument("action", choices=["apply"], metavar="{apply}",
                           help="apply: delete them (with --dry-run: only count them)")
    retention.add_argument("--dry-run", action="store_true", help="only count what would go")
    retention.add_argument("--days", type=int, help="override SB_RETENTION_DAYS")
    invite = command(sub, "invite", "invite people: by SMS from a CSV file of numbers, "
                     "or on Telegram everyone who sent the bot /subscribe")
    invite.add_argument("code", help=CODE_HELP)
    invite.add_argument("csvfile", nargs="?",
                        help="SMS: a phone (or mobile/number) column, or one number a line")
    invite.add_argument("--channel", choices=["sms", "telegram"], default="sms",
                        help="sms (the default) or telegram")
    invite.add_argument("--yes", action="store_true", help="send without asking first")
    tg = command(sub, "telegram", "register the webhook and command menu with Telegram")
    tg.add_argument("action", choices=["set-webhook"], metavar="{set-webhook}",
                    help="set-webhook: the webhook, its secret, the update types and the menu")
    tg.add_argument("--url", help="public base URL (default TELEGRAM_PUBLIC_URL)")
    command(sub, "serve", "run Rasa, the action server, the commissioner app and "
            "the patient web process")
    users.add_parser(sub)
    bi.add_parser(sub)
    areas.add_parser(sub)
    return root


HANDLERS: Dict[str, Callable[[argparse.Namespace], int]] = {
    "db": commands.db,
    "validate": commands.validate,
    "load": commands.load,
    "launch": commands.launch,
    "close": commands.close,
    "list": commands.list_consultations,
    "results": commands.results,
    "export": commands.export,
    "erase": commands.erase,
    "retention": commands.retention,
    "invite": lambda args: (telegram.invite_on_telegram(args) if args.channel == "telegram"
                            else outreach.invite(args)),
    "telegram": telegram.telegram,
    "serve": serve.serve,
    "users": users.users,
    "bi-reader": bi.bi_reader,
    "areas": areas.areas,
}


def main(argv: Optional[List[str]] = None) -> int:
    args = parser().parse_args(argv)
    try:
        return HANDLERS[args.command](args)
    except (commands.CommandError, ConfigError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except ArgumentError as error:  # an unknown driver, or no URL at all (never printed)
        print(f"error: SB_DATABASE_URL is not a database URL this can use "
              f"({type(error).__name__}); for example sqlite:///path/to/file.db or "
              "postgresql://user@host/dbname", file=sys.stderr)
        return 2
    except (OperationalError, ProgrammingError) as error:
        # Not reached, or not set up yet: what the driver said, never the URL (a password).
        said = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else ""
        print(f"error: the database could not be used ({said or type(error.orig).__name__}). "
              "Check SB_DATABASE_URL; a new database needs python -m bot db upgrade",
              file=sys.stderr)
        return 2


def run() -> int:
    """`python -m bot`: the command line with this process's logs configured (tests call
    `main`, leaving the test runner's logging alone)."""
    try:
        log_format = load_log_format(os.environ)
    except ConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    # Warnings and errors only: what a command has to say, it prints.
    logs.configure(log_format, level=logging.WARNING)
    try:
        return main()
    except BrokenPipeError:
        # `python -m bot list | head -2`: the reader has what it wanted and went. Python's
        # advice: point stdout at nothing, so the flush at exit does not fail again (it
        # logged "the process stopped on an error" at CRITICAL). 141, as a shell reports a
        # command ended by SIGPIPE.
        try:
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        except (AttributeError, OSError, ValueError):
            pass  # not a real file: nothing will be flushed to it
        return 141
