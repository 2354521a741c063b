"""`python -m bot users …`: commissioner accounts from the command line."""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from sqlalchemy import select

from bot.cli.arguments import command
from bot.cli.commands import CommandError
from bot.commissioner import accounts
from bot.commissioner.permissions import ADMIN, ROLES
from bot.config import Settings, load_settings
from bot.db.models import CommissionerUser, Organisation
from bot.db.repository import record_audit
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.scripts.schema import MAX_NAME

PASSWORD_VARIABLE = "SB_NEW_USER_PASSWORD"
ADMIN_PASSWORD_VARIABLE = "SB_ADMIN_PASSWORD"


def add_parser(sub: argparse._SubParsersAction) -> None:
    users = command(sub, "users", "commissioner app accounts")
    actions = users.add_subparsers(dest="users_action", required=True,
                                   metavar="{create,reset,example}")
    create = command(actions, "create", "make an account (the first admin, or anyone): its "
                     "password signs in once, to choose their own, unless --no-change-required")
    create.add_argument("--organisation", required=True, help="e.g. 'NHS Example ICB'")
    create.add_argument("--email", required=True, help="their work email: they sign in with it")
    create.add_argument("--role", choices=ROLES, default=ADMIN,
                        help="analyst: results, exports and the API; author: also writes and launches "
                             f"consultations; admin: also accounts and the audit log (default {ADMIN})")
    create.add_argument("--no-change-required", action="store_true",
                        help="for your own account, with a password only you know: it is kept "
                             "(without this, the first sign-in asks for a new one, since whoever "
                             "ran this command knows it)")
    reset = command(actions, "reset", "a one-time password for someone who cannot sign in: "
                    "printed once, it signs in once, to choose their own")
    reset.add_argument("--email", required=True, help="the email they sign in with")
    command(actions, "example", "the example organisation's admin, if nobody has an "
            "account yet (make run); prints how to sign in")


def users(args: argparse.Namespace) -> int:
    settings = load_settings()
    if args.users_action == "create":
        return create(args, settings)
    if args.users_action == "reset":
        return reset(args, settings)
    return example(settings)


def _password(variable: str) -> tuple[str, bool]:
    """(password, generated): from the environment, a prompt, or generated."""
    given = os.environ.get(variable, "")
    if given:
        return given, False
    if sys.stdin.isatty():
        first = getpass.getpass("Password (12+ characters): ")
        if first != getpass.getpass("Again: "):
            raise CommandError("the passwords differ")
        return first, False
    return accounts.generated_password(), True


def _app_url(settings: Settings) -> str:
    return f"http://{settings.commissioner_host}:{settings.commissioner_port}"


def create(args: argparse.Namespace, settings: Settings) -> int:
    name = args.organisation.strip()
    if not 0 < len(name) <= MAX_NAME:  # as a script's organisation: field
        raise CommandError(f"--organisation must be the organisation's name, 1 to {MAX_NAME} "
                           "characters, e.g. 'NHS West ICB'")
    password, generated = _password(PASSWORD_VARIABLE)
    engine = make_engine(settings.database_url)
    try:
        with unit_of_work(make_session_factory(engine)) as db:
            new = db.scalar(select(Organisation.id).where(Organisation.name == name)) is None
            organisation = accounts.organisation_named(db, name)
            user = accounts.create_user(db, organisation, args.email, args.role, password,
                                        must_change_password=not args.no_change_required)
            kept = " no change required" if args.no_change_required else ""
            record_audit(db, "cli", "user_created", f"{user.email} {user.role}{kept}",
                         organisation_id=organisation.id)
    except accounts.AccountError as error:
        raise CommandError(str(error)) from None
    finally:
        engine.dispose()
    # A mistyped name makes a second organisation: say so, so that it is noticed.
    print(f"made {args.role} {accounts.normal_email(args.email)} at {name}"
          + (", a new organisation" if new else ""))
    if args.no_change_required:
        if generated:
            print(f"password (shown once): {password}")
    elif generated:
        print(f"one-time password (shown once; it signs in once, to choose their own): {password}")
    else:
        print("the password signs in once, to choose their own (--no-change-required keeps it, "
              "for your own account)")
    return 0


def reset(args: argparse.Namespace, settings: Settings) -> int:
    email = accounts.normal_email(args.email)
    engine = make_engine(settings.database_url)
    try:
        with unit_of_work(make_session_factory(engine)) as db:
            user = db.scalar(select(CommissionerUser).where(CommissionerUser.email == email))
            if user is None:
                raise CommandError(f"there is no account for {email} (python -m bot users "
                                   "create makes one)")
            password = accounts.reset_password(db, user)
            record_audit(db, "cli", "password_reset", f"account {user.id} {user.role}",
                         organisation_id=user.organisation_id)
            switched_off = bool(user.disabled)
    finally:
        engine.dispose()
    print(f"reset the password of {email}; one-time password (shown once; it signs in once, "
          f"to choose their own): {password}")
    if switched_off:
        print("the account is switched off: an admin switches it on (Accounts page) before "
              "they can sign in")
    return 0


def example(settings: Settings) -> int:
    engine = make_engine(settings.database_url)
    try:
        with unit_of_work(make_session_factory(engine)) as db:
            if accounts.any_users(db):
                print(f"commissioner app: {_app_url(settings)} (sign in with your account; "
                      "python -m bot users create … adds one)")
                return 0
            if settings.is_production:
                print("no commissioner accounts yet: make the first admin with "
                      "python -m bot users create --organisation … --email …")
                return 0
            # A demo on this machine (never in production): it signs in straight through.
            password = os.environ.get(ADMIN_PASSWORD_VARIABLE, "") or accounts.generated_password()
            organisation = accounts.organisation_named(db, accounts.EXAMPLE_ORGANISATION)
            accounts.create_user(db, organisation, accounts.EXAMPLE_EMAIL, ADMIN, password)
            record_audit(db, "cli", "user_created", f"{accounts.EXAMPLE_EMAIL} admin (example)",
                         organisation_id=organisation.id)
            db.flush()
    except accounts.AccountError as error:
        raise CommandError(f"{ADMIN_PASSWORD_VARIABLE}: {error}") from None
    finally:
        engine.dispose()
    shown = ("from " + ADMIN_PASSWORD_VARIABLE if os.environ.get(ADMIN_PASSWORD_VARIABLE)
             else password + "  (generated, shown once)")
    print(f"commissioner app: sign in at {_app_url(settings)} as {accounts.EXAMPLE_EMAIL} "
          f"({accounts.EXAMPLE_ORGANISATION}), password {shown}")
    return 0


