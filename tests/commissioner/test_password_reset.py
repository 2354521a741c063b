"""One-time passwords. An admin resets the password of someone at their own organisation
(SQLite; the authorisation matrix does the other organisation on PostgreSQL too), or adds
someone: a one-time password shown once, which signs in once and then allows nothing but
choosing a new password (the JSON API answers 403; API tokens carry on); a reset ends the
user's sessions; audited without any password, name or email. Adding and resetting hash
passwords one at a time, as signing in does."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Dict, Iterator, List, Tuple

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select, update

from bot.commissioner import accounts, credentials
from bot.db.models import CommissionerUser, utcnow
from bot.db.session import make_engine, make_session_factory, unit_of_work
from tests.commissioner.conftest import sqlite_only
from tests.commissioner.live import Browser, serve, serve_with_app
from tests.commissioner.world import PASSWORD, audit_trail

ADMIN, AUTHOR = "admin@own.nhs.uk", "author@own.nhs.uk"
FOREIGN_ADMIN, FOREIGN_ANALYST = "admin@foreign.nhs.uk", "analyst@foreign.nhs.uk"
CHOSEN = "my own chosen password 9"
NEWCOMER = "newcomer@own.nhs.uk"
ONE_TIME = re.compile(r'<code id="new-password">([^<]+)</code>')


def _accounts(tmp_path: Path) -> Tuple[str, Dict[str, int]]:
    """A database with two organisations' accounts, and their numbers by email."""
    url = sqlite_only(tmp_path)
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        own = accounts.organisation_named(db, "NHS Own ICB")
        foreign = accounts.organisation_named(db, "NHS Foreign ICB")
        ids = {email: accounts.create_user(db, organisation, email, role, PASSWORD).id
               for organisation, email, role in ((own, ADMIN, "admin"), (own, AUTHOR, "author"),
                                                 (foreign, FOREIGN_ADMIN, "admin"),
                                                 (foreign, FOREIGN_ANALYST, "analyst"))}
    engine.dispose()
    return url, ids


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Tuple[str, str, Dict[str, int]]]:
    url, ids = _accounts(tmp_path)
    with serve(url) as base:
        yield url, base, ids


def _user(url: str, email: str) -> CommissionerUser:
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        user = db.scalar(select(CommissionerUser).where(CommissionerUser.email == email))
        db.expunge(user)
    engine.dispose()
    return user


def _signed_in(base: str, email: str, password: str = PASSWORD) -> Browser:
    browser = Browser(base)
    assert browser.sign_in(email, password).status_code == 303
    return browser


def _shown_once(answer: Any) -> str:
    """The one-time password an Add or a Reset shows the admin."""
    assert answer.status_code == 200, answer.text[:300]
    found = ONE_TIME.search(answer.text)
    assert found and "not shown again" in answer.text
    assert "it signs in once, to choose their own" in answer.text
    return found.group(1)


def _reset(admin: Browser, user_id: int) -> str:
    return _shown_once(admin.post(f"/users/{user_id}/reset", form_from="/users"))


def _add(admin: Browser, email: str, role: str) -> str:
    return _shown_once(admin.post("/users", {"email": email, "role": role}, form_from="/users"))


def test_the_accounts_page_offers_a_reset_for_everyone_but_the_admin(
        site: Tuple[str, str, Dict[str, int]]) -> None:
    _, base, ids = site
    page = _signed_in(base, ADMIN).get("/users").text
    assert f'action="/users/{ids[AUTHOR]}/reset"' in page
    assert f'action="/users/{ids[ADMIN]}/reset"' not in page  # their own: Change your password
    assert f"Reset password<span class=\"skip\"> of {AUTHOR}</span>" in page


def test_a_one_time_password_signs_in_once_and_only_to_choose_a_new_one(
        site: Tuple[str, str, Dict[str, int]]) -> None:
    url, base, ids = site
    author = _signed_in(base, AUTHOR)
    one_time = _reset(_signed_in(base, ADMIN), ids[AUTHOR])
    assert one_time != PASSWORD and len(one_time) >= 20
    ended = author.get("/consultations")  # their session ended at the reset
    assert ended.status_code == 303 and ended.headers["location"].startswith("/sign-in")
    assert Browser(base).sign_in(AUTHOR, PASSWORD).status_code == 401  # nor the old password

    browser = Browser(base)
    first = browser.sign_in(AUTHOR, one_time)
    assert first.status_code == 303 and first.headers["location"] == "/account/password"
    assert Browser(base).sign_in(AUTHOR, one_time).status_code == 401  # it worked once
    # nothing else opens, and no form does anything, until a new password is chosen
    for path in ("/consultations", "/consultations/new", "/tokens", "/"):
        held = browser.get(path)
        assert held.status_code == 303, path
        if path != "/":
            assert held.headers["location"] == "/account/password"
    csrf = browser.csrf("/account/password")
    made = browser.request("POST", "/tokens", data={"name": "sneaky", "days": "7",
                                                   "csrf_token": csrf})
    assert made.status_code == 303 and made.headers["location"] == "/account/password"
    form = browser.get("/account/password")
    assert form.status_code == 200 and "<h1>Choose a new password</h1>" in form.text
    assert 'name="current"' not in form.text and "An admin set the password" in form.text
    assert 'href="/consultations"' not in form.text  # the navigation offers nothing else

    weak = browser.post("/account/password", {"new": "too short", "again": "too short"},
                        form_from="/account/password")
    assert weak.status_code == 422 and "at least 12 characters" in weak.text
    chosen = browser.post("/account/password", {"new": CHOSEN, "again": CHOSEN},
                          form_from="/account/password")
    assert chosen.status_code == 303
    assert browser.get("/consultations").status_code == 200
    assert browser.get("/tokens").status_code == 200
    assert Browser(base).sign_in(AUTHOR, one_time).status_code == 401
    assert Browser(base).sign_in(AUTHOR, CHOSEN).status_code == 303
    assert not _user(url, AUTHOR).must_change_password

    entries = audit_trail(url)
    assert (ADMIN, "password_reset", f"account {ids[AUTHOR]} author") in entries
    assert (AUTHOR, "sign_in", "one-time password") in entries
    assert (AUTHOR, "password_changed", "from a one-time password") in entries
    written = " ".join(" ".join(entry[1:]) for entry in entries)
    assert one_time not in written and CHOSEN not in written and AUTHOR not in written


def test_a_one_time_password_not_used_before_the_session_ends_needs_another_reset(
        site: Tuple[str, str, Dict[str, int]]) -> None:
    url, base, ids = site
    one_time = _reset(_signed_in(base, ADMIN), ids[AUTHOR])
    browser = _signed_in(base, AUTHOR, one_time)
    assert browser.post("/sign-out", form_from="/account/password").status_code == 303
    assert Browser(base).sign_in(AUTHOR, one_time).status_code == 401
    assert _user(url, AUTHOR).must_change_password
    again = _reset(_signed_in(base, ADMIN), ids[AUTHOR])
    assert _signed_in(base, AUTHOR, again).get("/consultations").status_code == 303


def test_a_reset_lifts_a_lock_out(site: Tuple[str, str, Dict[str, int]]) -> None:
    url, base, ids = site
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        db.execute(update(CommissionerUser).where(CommissionerUser.email == AUTHOR).values(
            locked_until=datetime.now(timezone.utc) + timedelta(minutes=15)))
    engine.dispose()
    one_time = _reset(_signed_in(base, ADMIN), ids[AUTHOR])
    assert Browser(base).sign_in(AUTHOR, one_time).status_code == 303


def test_nobody_resets_an_account_of_another_organisation_or_their_own(
        site: Tuple[str, str, Dict[str, int]]) -> None:
    url, base, ids = site
    admin = _signed_in(base, ADMIN)
    foreigner = _signed_in(base, FOREIGN_ANALYST)
    for user_id in (ids[FOREIGN_ADMIN], ids[FOREIGN_ANALYST], 999, 0, 2**31):
        refused = admin.post(f"/users/{user_id}/reset", form_from="/users")
        assert refused.status_code == 404, user_id
        assert "new-password" not in refused.text and FOREIGN_ANALYST not in refused.text
    own = admin.post(f"/users/{ids[ADMIN]}/reset", form_from="/users")
    assert own.status_code == 422 and "use Change your password" in own.text
    author = _signed_in(base, AUTHOR)
    assert author.post(f"/users/{ids[FOREIGN_ANALYST]}/reset",
                       form_from="/consultations").status_code == 403
    assert author.post(f"/users/{ids[ADMIN]}/reset", form_from="/consultations").status_code == 403
    assert foreigner.get("/consultations").status_code == 200  # still signed in
    for email in (FOREIGN_ADMIN, FOREIGN_ANALYST, ADMIN):
        assert not _user(url, email).must_change_password
        assert Browser(base).sign_in(email, PASSWORD).status_code == 303
    assert not [entry for entry in audit_trail(url) if entry[1] == "password_reset"]


def test_someone_added_signs_in_once_to_choose_their_own_password_and_then_works(
        site: Tuple[str, str, Dict[str, int]]) -> None:
    """The admin chose and saw the new account's password: as after a reset, it signs in
    once, to the new-password page, and nothing else opens until they have chosen one."""
    url, base, _ = site
    one_time = _add(_signed_in(base, ADMIN), NEWCOMER, "author")
    assert _user(url, NEWCOMER).must_change_password

    browser = Browser(base)
    first = browser.sign_in(NEWCOMER, one_time)
    assert first.status_code == 303 and first.headers["location"] == "/account/password"
    assert Browser(base).sign_in(NEWCOMER, one_time).status_code == 401  # it worked once
    for path in ("/consultations", "/consultations/new", "/tokens"):
        held = browser.get(path)
        assert held.status_code == 303 and held.headers["location"] == "/account/password", path
    refused = browser.get("/api/v1/consultations")
    assert refused.status_code == 403
    assert refused.json()["error"].startswith("choose a new password first")
    csrf = browser.csrf("/account/password")
    made = browser.request("POST", "/tokens", data={"name": "early", "days": "7",
                                                   "csrf_token": csrf})
    assert made.status_code == 303 and made.headers["location"] == "/account/password"
    form = browser.get("/account/password").text
    assert "<h1>Choose a new password</h1>" in form and 'name="current"' not in form

    chosen = browser.post("/account/password", {"new": CHOSEN, "again": CHOSEN},
                          form_from="/account/password")
    assert chosen.status_code == 303
    assert browser.get("/consultations/new").status_code == 200  # an author now
    assert browser.get("/api/v1/me").json()["email"] == NEWCOMER
    assert Browser(base).sign_in(NEWCOMER, CHOSEN).headers["location"] == "/consultations"
    assert not _user(url, NEWCOMER).must_change_password

    entries = audit_trail(url)
    assert (ADMIN, "user_created", f"{NEWCOMER} author") in entries
    assert (NEWCOMER, "sign_in", "one-time password") in entries
    assert (NEWCOMER, "password_changed", "from a one-time password") in entries
    written = " ".join(" ".join(entry) for entry in entries)
    assert one_time not in written and CHOSEN not in written


def test_the_api_refuses_a_browser_on_a_one_time_password_but_not_the_users_tokens(
        site: Tuple[str, str, Dict[str, int]]) -> None:
    """A script calling the API from such a browser gets a JSON 403 saying why, not a page
    to follow; an API token is a credential apart, which a reset leaves working."""
    url, base, ids = site
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        token = credentials.create_api_token(db, db.get(CommissionerUser, ids[AUTHOR]),
                                             "report", utcnow())
    engine.dispose()
    browser = _signed_in(base, AUTHOR, _reset(_signed_in(base, ADMIN), ids[AUTHOR]))
    for path in ("/api/v1/me", "/api/v1/consultations", "/api/v1/consultations/X/funnel"):
        refused = browser.get(path)
        assert refused.status_code == 403, path
        assert refused.headers["content-type"].startswith("application/json")
        assert list(refused.json()) == ["error"], path  # nothing else served
        assert refused.json()["error"].startswith("choose a new password first")
        assert "/account/password" in refused.json()["error"]
    by_token = Browser(base).get("/api/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert by_token.status_code == 200 and by_token.json()["email"] == AUTHOR


def test_adding_and_resetting_hash_only_while_holding_the_apps_password_limit(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each hash holds 64 MiB and a core: the app lets one run at a time (sign-in, password
    change), and an admin's Add and Reset wait their turn too, so a burst of them cannot
    hog the CPU. Every hash they make is made while that one-at-a-time limit is held."""
    url, ids = _accounts(tmp_path)
    held_while_hashing: List[bool] = []
    hash_for_real = PasswordHasher.hash

    with serve_with_app(url) as (app, base):
        admin = _signed_in(base, ADMIN)

        def watched(hasher: PasswordHasher, password: Any, **kwargs: Any) -> str:
            held_while_hashing.append(app.ctx.password_checks.locked())
            return hash_for_real(hasher, password, **kwargs)

        monkeypatch.setattr(PasswordHasher, "hash", watched)
        _add(admin, NEWCOMER, "analyst")
        _reset(admin, ids[AUTHOR])
    assert held_while_hashing == [True, True]
