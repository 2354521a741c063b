"""Signing in: cookies, CSRF, sessions that expire, lock-out, the audit log (SQLite)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any, Dict, Iterator, Tuple

import pytest
import requests
from markupsafe import escape
from sqlalchemy import select, update

from bot.commissioner import accounts
from bot.commissioner.lockout import LockoutPolicy, after_failure, is_locked
from bot.commissioner.passwords import hash_password, password_problem, verify_password
from bot.db.models import AuditEntry, CommissionerUser, Consultation, WebSession
from bot.db.session import make_engine, make_session_factory, unit_of_work
from tests.commissioner.conftest import sqlite_only
from tests.commissioner.live import Browser, serve
from tests.commissioner.world import PASSWORD, script_text

EMAIL = "author@own.nhs.uk"


@pytest.fixture
def site(tmp_path) -> Iterator[Tuple[str, str]]:  # type: ignore[no-untyped-def]
    url = sqlite_only(tmp_path)
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        organisation = accounts.organisation_named(db, "NHS Own ICB")
        accounts.create_user(db, organisation, EMAIL, "author", PASSWORD)
    engine.dispose()
    with serve(url, SB_LOCKOUT_ATTEMPTS="3", SB_LOCKOUT_MINUTES="15",
               SB_SESSION_IDLE_MINUTES="30") as base:
        yield url, base


def _db(url: str):  # type: ignore[no-untyped-def]
    return unit_of_work(make_session_factory(make_engine(url)))


def test_session_cookie_is_http_only_secure_strict_and_expires(site: Tuple[str, str]) -> None:
    _, base = site
    response = Browser(base).sign_in(EMAIL, PASSWORD)
    assert response.status_code == 303 and response.headers["location"] == "/consultations"
    cookie = next(c for c in response.headers["set-cookie"].split(", sb_") if "sb_session" in c)
    for flag in ("HttpOnly", "Secure", "SameSite=Strict", "Max-Age=28800", "Path=/"):
        assert flag in cookie
    assert response.headers["content-security-policy"].startswith("default-src 'none'")


class HttpsBrowser(Browser):
    """A browser on https, through our TLS proxy (127.0.0.1 is trusted to say so)."""

    def request(self, method: str, path: str, **kwargs: Any) -> requests.Response:
        kwargs["headers"] = {**kwargs.get("headers", {}), "X-Forwarded-Proto": "https"}
        return super().request(method, path, **kwargs)


def set_cookies(response: requests.Response) -> Dict[str, str]:
    """Each Set-Cookie line of a response, by the cookie's name."""
    lines = response.raw.headers.getlist("Set-Cookie")
    return {line.split("=", 1)[0]: line for line in lines}


def test_over_https_the_cookies_are_host_only(tmp_path: Path) -> None:
    """Behind the TLS proxy, the session and sign-in cookies are `__Host-` cookies (Secure,
    Path=/, no Domain): a page on a sibling subdomain can neither set nor overwrite them,
    and a plain `sb_session` it planted counts for nothing."""
    url = sqlite_only(tmp_path)
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        accounts.create_user(db, accounts.organisation_named(db, "NHS Own ICB"), EMAIL,
                             "author", PASSWORD)
    engine.dispose()
    with serve(url, SB_TRUSTED_PROXIES="127.0.0.1") as base:
        browser = HttpsBrowser(base)
        form = set_cookies(browser.get("/sign-in"))
        signed_in = browser.sign_in(EMAIL, PASSWORD)
        assert signed_in.status_code == 303 and signed_in.headers["location"] == "/consultations"
        sent = set_cookies(signed_in)
        assert set(form) == {"__Host-sb_signin"}
        assert set(sent) == {"__Host-sb_session", "__Host-sb_signin"}  # the form's, cleared
        for line in (form["__Host-sb_signin"], sent["__Host-sb_session"]):
            attributes = [part.strip().lower() for part in line.split(";")[1:]]
            assert {"secure", "path=/", "httponly", "samesite=strict"} <= set(attributes)
            assert not [a for a in attributes if a.startswith("domain")], line
        assert "max-age=0" in sent["__Host-sb_signin"].lower()
        assert "sb_session" not in browser.cookies and "sb_signin" not in browser.cookies
        assert browser.get("/consultations").status_code == 200
        # the same session under the plain name, as a sibling subdomain could set it
        planted = HttpsBrowser(base)
        planted.cookies["sb_session"] = browser.cookies["__Host-sb_session"]
        refused = planted.get("/consultations")
        assert refused.status_code == 303 and refused.headers["location"].startswith("/sign-in")
        signed_out = browser.post("/sign-out", form_from="/consultations")
        assert signed_out.status_code == 303
        assert "max-age=0" in set_cookies(signed_out)["__Host-sb_session"].lower()
        # over plain http (make run, on 127.0.0.1) the names stay: browsers refuse
        # __Host- cookies there
        plain = Browser(base)
        assert plain.sign_in(EMAIL, PASSWORD).status_code == 303
        assert "sb_session" in plain.cookies
        assert not [name for name in plain.cookies if name.startswith("__Host-")]
        assert plain.get("/consultations").status_code == 200


def test_wrong_password_and_unknown_account_get_the_same_answer(site: Tuple[str, str]) -> None:
    _, base = site
    wrong = Browser(base).sign_in(EMAIL, "not the password at all")
    nobody = Browser(base).sign_in("nobody@own.nhs.uk", PASSWORD)
    assert wrong.status_code == nobody.status_code == 401
    assert accounts.SIGN_IN_FAILED.replace("'", "&#39;") in wrong.text
    assert "sb_session" not in wrong.headers.get("set-cookie", "")


def test_lock_out_after_repeated_failures_then_unlocks(site: Tuple[str, str]) -> None:
    url, base = site
    for _ in range(3):
        assert Browser(base).sign_in(EMAIL, "guess guess guess").status_code == 401
    # locked: even the right password is refused, with the same message
    assert Browser(base).sign_in(EMAIL, PASSWORD).status_code == 401
    with _db(url) as db:
        actions = list(db.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
        assert actions[-4:] == ["sign_in_failed"] * 3 + ["sign_in_refused"]
        db.execute(update(CommissionerUser).values(
            locked_until=datetime.now(timezone.utc) - timedelta(seconds=1)))
    assert Browser(base).sign_in(EMAIL, PASSWORD).status_code == 303


@pytest.mark.parametrize("failures, expected", [(0, (1, False)), (1, (2, False)), (2, (0, True))])
def test_lockout_counts(failures: int, expected: Tuple[int, bool]) -> None:
    now = datetime(2026, 12, 2, tzinfo=timezone.utc)
    count, until = after_failure(failures, now, LockoutPolicy(attempts=3, minutes=15))
    assert (count, until is not None) == expected
    if until:
        assert until == now + timedelta(minutes=15)
        assert is_locked(until, now + timedelta(minutes=14)) and not is_locked(until, until)


def test_sign_in_form_needs_its_csrf_token(site: Tuple[str, str]) -> None:
    _, base = site
    browser = Browser(base)
    browser.get("/sign-in")
    forged = browser.request("POST", "/sign-in", data={"email": EMAIL, "password": PASSWORD,
                                                       "csrf_token": "0" * 64})
    assert forged.status_code == 403 and "sb_session" not in browser.cookies


def test_forms_without_the_session_csrf_token_change_nothing(site: Tuple[str, str]) -> None:
    url, base = site
    browser = Browser(base)
    browser.sign_in(EMAIL, PASSWORD)
    text = script_text("CSRF1", "Forged")
    for token in (None, "", "f" * 64):
        data = {"script": text} if token is None else {"script": text, "csrf_token": token}
        response = browser.request("POST", "/consultations/new", data=data)
        assert response.status_code == 403
    # another signed-in browser's token does not do either
    other = Browser(base)
    other.sign_in(EMAIL, PASSWORD)
    stolen = other.csrf("/consultations/new")
    assert browser.post("/consultations/new", {"script": text, "csrf_token": stolen}
                        ).status_code == 403
    with _db(url) as db:
        assert db.scalar(select(Consultation).where(Consultation.code == "CSRF1")) is None
    assert browser.post("/consultations/new", {"script": text},
                        form_from="/consultations/new").status_code == 303


@pytest.mark.parametrize("forged", ["é" * 64, "\u00ff", "0" * 63 + "€"],
                         ids=["accents", "one-letter", "euro-at-the-end"])
def test_a_csrf_token_of_other_characters_is_refused_not_a_server_error(
        site: Tuple[str, str], forged: str) -> None:
    """A CSRF field that is not plain hex (pasted, or an attacker's) gets the same 403 as a
    wrong one: before, comparing it raised and the app answered 500."""
    url, base = site
    browser = Browser(base)
    browser.get("/sign-in")
    sign_in = browser.request("POST", "/sign-in", data={
        "email": EMAIL, "password": PASSWORD, "csrf_token": forged})
    assert sign_in.status_code == 403 and "sb_session" not in browser.cookies
    assert "The sign-in form had expired" in sign_in.text
    browser.sign_in(EMAIL, PASSWORD)
    text = script_text("CSRF2", "Forged")
    response = browser.request("POST", "/consultations/new",
                               data={"script": text, "csrf_token": forged})
    assert response.status_code == 403 and "Nothing was saved" in response.text
    with _db(url) as db:
        assert db.scalar(select(Consultation).where(Consultation.code == "CSRF2")) is None


def test_idle_and_old_sessions_expire_and_sign_out_ends_one(site: Tuple[str, str]) -> None:
    url, base = site
    browser = Browser(base)
    browser.sign_in(EMAIL, PASSWORD)
    assert browser.get("/consultations").status_code == 200
    with _db(url) as db:  # 31 minutes without a request
        db.execute(update(WebSession).values(
            last_used_at=datetime.now(timezone.utc) - timedelta(minutes=31)))
    expired = browser.get("/consultations")
    assert expired.status_code == 303 and expired.headers["location"].startswith("/sign-in")
    browser.sign_in(EMAIL, PASSWORD)
    with _db(url) as db:  # active, but past its 8 hours
        db.execute(update(WebSession).values(
            expires_at=datetime.now(timezone.utc) - timedelta(seconds=1)))
    assert browser.get("/consultations").status_code == 303
    browser.sign_in(EMAIL, PASSWORD)
    old_cookie = browser.cookies["sb_session"]
    assert browser.post("/sign-out", form_from="/consultations").status_code == 303
    browser.cookies["sb_session"] = old_cookie  # a copied cookie is dead too
    assert browser.get("/consultations").status_code == 303
    with _db(url) as db:
        assert db.scalar(select(WebSession)) is None


def test_a_script_saved_after_the_session_ended_is_given_back(site: Tuple[str, str]) -> None:
    """Half an hour writing a script, then "Check and save": the session has ended, so
    nothing is saved, but the author is told so and gets every line back to copy."""
    url, base = site
    browser = Browser(base)
    browser.sign_in(EMAIL, PASSWORD)
    csrf = browser.csrf("/consultations/new")
    text = script_text("LATE1", "Written <slowly> & carefully")
    with _db(url) as db:  # 31 minutes without a request
        db.execute(update(WebSession).values(
            last_used_at=datetime.now(timezone.utc) - timedelta(minutes=31)))
    late = browser.request("POST", "/consultations/new",
                           data={"script": text, "csrf_token": csrf})
    assert late.status_code == 401
    assert "You were signed out" in late.text and "nothing was saved" in late.text
    assert escape(text) in late.text  # every line, to copy
    assert 'href="/sign-in?next=/consultations/new"' in late.text
    # signed in again in another tab, the old tab's form is refused, and given back too
    browser.sign_in(EMAIL, PASSWORD)
    stale = browser.request("POST", "/consultations/new", data={"script": text,
                                                                 "csrf_token": csrf})
    assert stale.status_code == 403 and escape(text) in stale.text
    with _db(url) as db:
        assert db.scalar(select(Consultation).where(Consultation.code == "LATE1")) is None


def test_a_script_posted_from_another_site_is_not_shown_back(site: Tuple[str, str]) -> None:
    """Another site's form posting a script of its choosing got our page saying "you were
    signed out, copy your script and paste it back" around that script: bait for a
    commissioner to upload it. Only a form of ours (Sec-Fetch-Site: same-origin) gets its
    script back; anything else is sent to sign in, and nothing is saved either way."""
    url, base = site
    text = script_text("BAIT1", "Not yours")
    for where, gets_it_back in (("cross-site", False), ("same-site", False),
                                ("same-origin", True)):
        answer = Browser(base).request("POST", "/consultations/new", data={"script": text},
                                       headers={"Sec-Fetch-Site": where})
        if gets_it_back:
            assert answer.status_code == 401 and escape(text) in answer.text
        else:
            assert answer.status_code == 303, where
            assert answer.headers["location"].startswith("/sign-in")
            assert "Not yours" not in answer.text
    with _db(url) as db:
        assert db.scalar(select(Consultation).where(Consultation.code == "BAIT1")) is None


@pytest.mark.parametrize("password, ok", [
    ("short", False), ("aaaaaaaaaaaaaaaa", False), ("correct horse battery", True),
    ("x" * 300, False)])
def test_password_rules(password: str, ok: bool) -> None:
    assert (password_problem(password) is None) == ok


@pytest.mark.parametrize("password, ok", [
    # the commonest, with digits and marks around them: refused (NCSC's deny-list advice)
    ("password1234", False), ("Password123!", False), ("qwertyuiop12", False),
    ("Welcome2026!", False), ("P@ssw0rd2026", False), ("123456789012", False),
    ("abcdefghijkl", False), ("1qaz2wsx3edc", False), ("NHSengland2026", False),
    ("London!2026!", False), ("202612052026", False),
    # from the account's own address
    ("lead.west2026", False), ("2026leadwest!", False), ("lead.west@nhs.uk", False),
    # fine
    ("correct horse battery", True), ("purple-otter-kettle", True), ("Tr4mline Oak 44", True),
    ("password manager rocks", True), ("leadwestbakesbread", True),
])
def test_the_commonest_passwords_and_the_address_are_refused(password: str, ok: bool) -> None:
    """password1234 and qwertyuiop12 were accepted: only length was checked."""
    assert (password_problem(password, "lead.west@nhs.uk") is None) == ok, password


def test_passwords_are_argon2id_and_checked() -> None:
    stored = hash_password("correct horse battery")
    assert stored.startswith("$argon2id$") and "correct" not in stored
    assert verify_password(stored, "correct horse battery")
    assert not verify_password(stored, "correct horse batterz")
    assert not verify_password(None, "correct horse battery")
    assert not verify_password("not a hash", "x")


def test_next_after_sign_in_stays_on_this_site(site: Tuple[str, str]) -> None:
    _, base = site
    for target, expected in (("/tokens", "/tokens"), ("//evil.example", "/consultations"),
                             ("https://evil.example", "/consultations")):
        browser = Browser(base)
        token = browser.csrf("/sign-in")
        response = browser.request("POST", "/sign-in", data={
            "email": EMAIL, "password": PASSWORD, "csrf_token": token, "next": target})
        assert response.headers["location"] == expected


def test_signing_in_starts_a_new_session_and_ends_the_one_before(
        site: Tuple[str, str]) -> None:
    """Session fixation: a browser signing in again (or someone else signing in at the
    same browser) gets a new session id, and the one it held before is dead, even when
    copied. Before, the old session stayed alive beside the new one."""
    url, base = site
    browser = Browser(base)
    assert browser.sign_in(EMAIL, PASSWORD).status_code == 303
    before = browser.cookies["sb_session"]
    assert browser.sign_in(EMAIL, PASSWORD).status_code == 303
    after = browser.cookies["sb_session"]
    assert after != before
    assert browser.get("/consultations").status_code == 200
    copied = Browser(base)
    copied.cookies["sb_session"] = before
    ended = copied.get("/consultations")
    assert ended.status_code == 303 and ended.headers["location"].startswith("/sign-in")
    with _db(url) as db:
        assert len(list(db.scalars(select(WebSession)))) == 1
    # a session id the app never gave out is not taken on either
    planted = Browser(base)
    planted.cookies["sb_session"] = "planted-by-someone-else-0123456789"
    assert planted.sign_in(EMAIL, PASSWORD).status_code == 303
    assert planted.cookies["sb_session"] != "planted-by-someone-else-0123456789"
