"""`python -m bot users`: the first admin, and the example account `make run` prints."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.commissioner import accounts, credentials
from bot.commissioner.passwords import verify_password
from bot.config import load_settings
from bot.db.models import AuditEntry, CommissionerUser, Organisation, WebSession, utcnow
from bot.db.session import make_engine, make_session_factory, unit_of_work
from tests.cli.conftest import run


def _user(url: str, email: str) -> CommissionerUser:
    with unit_of_work(make_session_factory(make_engine(url))) as db:
        return db.scalar(select(CommissionerUser).where(CommissionerUser.email == email))


def _first_sign_in(url: str, email: str, password: str) -> accounts.SignIn:
    with unit_of_work(make_session_factory(make_engine(url))) as db:
        return accounts.sign_in(db, email, password, load_settings().commissioner, utcnow())


def test_create_admin_with_password_from_the_environment(
        cli_db: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """Made for someone else (the operator knows the password): it signs in once, to
    choose their own, as an admin's Add in the app."""
    monkeypatch.setenv("SB_NEW_USER_PASSWORD", "a long enough password")
    code, out, _ = run(capsys, "users", "create", "--organisation", "NHS West ICB",
                       "--email", "Lead@West.nhs.uk", "--role", "admin")
    assert code == 0 and "made admin lead@west.nhs.uk at NHS West ICB" in out
    assert "a long enough password" not in out  # not generated, so not printed
    assert "signs in once, to choose their own" in out and "--no-change-required" in out
    user = _user(cli_db, "lead@west.nhs.uk")
    assert user.role == "admin" and verify_password(user.password_hash, "a long enough password")
    first = _first_sign_in(cli_db, "lead@west.nhs.uk", "a long enough password")
    assert first.user is not None and first.user.must_change_password
    assert _first_sign_in(cli_db, "lead@west.nhs.uk", "a long enough password").user is None
    code, _, err = run(capsys, "users", "create", "--organisation", "NHS West ICB",
                       "--email", "lead@west.nhs.uk")
    assert code == 2 and "already an account" in err


def test_the_operators_own_account_keeps_its_password_when_asked(
        cli_db: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SB_NEW_USER_PASSWORD", "a long enough password")
    code, out, _ = run(capsys, "users", "create", "--organisation", "NHS West ICB",
                       "--email", "me@west.nhs.uk", "--no-change-required")
    assert code == 0 and out.splitlines() == ["made admin me@west.nhs.uk at NHS West ICB, "
                                              "a new organisation"]
    for _ in range(2):  # signs in straight through, and again
        signed = _first_sign_in(cli_db, "me@west.nhs.uk", "a long enough password")
        assert signed.user is not None and not signed.user.must_change_password
    with unit_of_work(make_session_factory(make_engine(cli_db))) as db:
        entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "user_created"))
        assert entry.actor == "cli" and entry.detail == "me@west.nhs.uk admin no change required"


def test_a_generated_password_is_printed_once_as_a_one_time_password(
        cli_db: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SB_NEW_USER_PASSWORD", raising=False)
    code, out, _ = run(capsys, "users", "create", "--organisation", "NHS West ICB",
                       "--email", "analyst@west.nhs.uk", "--role", "analyst")
    said = out.splitlines()[-1]
    assert code == 0 and said.startswith("one-time password (shown once;")
    first = _first_sign_in(cli_db, "analyst@west.nhs.uk", said.split(": ")[-1])
    assert first.user is not None and first.user.must_change_password


@pytest.mark.parametrize("email", ["Jane Smith <jane.smith@west.nhs.uk>",  # pasted from Outlook
                                   "jane.smith@west.nhs.uk; lead@west.nhs.uk",
                                   "jane smith@west.nhs.uk", "jane@@west.nhs.uk",
                                   "jane@west.nhs.uk\nBcc: x@y.uk"])
def test_an_email_nobody_could_sign_in_with_is_refused(
        cli_db: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
        email: str) -> None:
    monkeypatch.setenv("SB_NEW_USER_PASSWORD", "a long enough password")
    code, _, err = run(capsys, "users", "create", "--organisation", "NHS West ICB",
                       "--email", email)
    assert code == 2 and "is not an email address" in err
    with unit_of_work(make_session_factory(make_engine(cli_db))) as db:
        assert db.scalar(select(CommissionerUser)) is None


@pytest.mark.parametrize("name", ["", "   ", "N" * 121])
def test_a_blank_or_overlong_organisation_is_refused_and_none_made(
        any_db: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch,
        name: str) -> None:
    monkeypatch.setenv("SB_NEW_USER_PASSWORD", "a long enough password")
    code, out, err = run(capsys, "users", "create", "--organisation", name,
                         "--email", "lead@west.nhs.uk")
    said = err.strip().splitlines()[-1]
    assert code == 2 and said.startswith("error: --organisation ") and "Traceback" not in err
    assert "made" not in out
    with unit_of_work(make_session_factory(make_engine(any_db))) as db:
        assert db.scalar(select(Organisation)) is None and db.scalar(select(CommissionerUser)) is None


def test_an_account_at_an_organisation_not_known_yet_says_it_is_new(
        cli_db: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    # A typo ("NHS Wset ICB") makes a second organisation: the operator must see that.
    monkeypatch.setenv("SB_NEW_USER_PASSWORD", "a long enough password")
    code, out, _ = run(capsys, "users", "create", "--organisation", " NHS West ICB ",
                       "--email", "lead@west.nhs.uk")
    assert code == 0 and "at NHS West ICB, a new organisation" in out
    code, out, _ = run(capsys, "users", "create", "--organisation", "NHS West ICB",
                       "--email", "analyst@west.nhs.uk", "--role", "analyst")
    assert code == 0 and out.splitlines()[0] == "made analyst analyst@west.nhs.uk at NHS West ICB"


def test_weak_password_is_refused(cli_db: str, capsys: pytest.CaptureFixture,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SB_NEW_USER_PASSWORD", "short")
    code, _, err = run(capsys, "users", "create", "--organisation", "X", "--email", "a@b.nhs.uk")
    assert code == 2 and "12 characters" in err


def test_example_account_once_with_a_generated_password(
        cli_db: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SB_ADMIN_PASSWORD", raising=False)
    code, out, _ = run(capsys, "users", "example")
    assert code == 0 and accounts.EXAMPLE_EMAIL in out and "shown once" in out
    password = out.split("password ")[1].split()[0]
    assert verify_password(_user(cli_db, accounts.EXAMPLE_EMAIL).password_hash, password)
    # make run's demo account: it signs in straight through, as often as wanted
    for _ in range(2):
        signed = _first_sign_in(cli_db, accounts.EXAMPLE_EMAIL, password)
        assert signed.user is not None and not signed.user.must_change_password
    code, out, _ = run(capsys, "users", "example")
    assert code == 0 and "sign in with your account" in out and password not in out


def test_example_account_is_not_made_in_production(
        cli_db: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SB_ENV", "production")
    monkeypatch.setenv("SB_PSEUDONYM_SECRET", "p" * 40)
    code, out, _ = run(capsys, "users", "example")
    assert code == 0 and "users create" in out
    assert _user(cli_db, accounts.EXAMPLE_EMAIL) is None


def test_reset_prints_a_one_time_password_that_signs_in_once_to_choose_another(
        cli_db: str, capsys: pytest.CaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    """The on-call's way in for an organisation's only admin, locked out or forgetful."""
    monkeypatch.setenv("SB_NEW_USER_PASSWORD", "a long enough password")
    run(capsys, "users", "create", "--organisation", "NHS West ICB", "--email", "lead@west.nhs.uk")
    settings = load_settings()
    factory = make_session_factory(make_engine(cli_db))
    with unit_of_work(factory) as db:
        user = db.scalar(select(CommissionerUser))
        credentials.start_session(db, user, settings.commissioner, utcnow())
    code, out, _ = run(capsys, "users", "reset", "--email", " Lead@West.nhs.uk ")
    assert code == 0 and "one-time password" in out and "shown once" in out
    one_time = out.split(": ")[-1].strip()
    with unit_of_work(factory) as db:
        assert db.scalar(select(WebSession)) is None  # signed out everywhere
        first = accounts.sign_in(db, "lead@west.nhs.uk", one_time, settings.commissioner, utcnow())
        assert first.user is not None and first.user.must_change_password
    with unit_of_work(factory) as db:
        again = accounts.sign_in(db, "lead@west.nhs.uk", one_time, settings.commissioner, utcnow())
        old = accounts.sign_in(db, "lead@west.nhs.uk", "a long enough password",
                               settings.commissioner, utcnow())
        assert again.user is None and old.user is None
        entry = db.scalar(select(AuditEntry).where(AuditEntry.action == "password_reset"))
        assert entry.actor == "cli" and one_time not in entry.detail and "lead" not in entry.detail
    code, _, err = run(capsys, "users", "reset", "--email", "nobody@west.nhs.uk")
    assert code == 2 and "no account for nobody@west.nhs.uk" in err
