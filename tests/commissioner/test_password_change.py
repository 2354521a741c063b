"""Changing your own password (SQLite): the current one, then the new one twice, with the
app's rules; refused with a message that says why; audited without any password; every
other session ends and this browser goes on in a new one; throttled as sign-in is."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Optional, Tuple

import pytest
from markupsafe import escape
from sqlalchemy import select

from bot.commissioner import accounts, credentials
from bot.db.models import CommissionerUser, utcnow
from bot.db.session import make_engine, make_session_factory, unit_of_work
from tests.commissioner.conftest import sqlite_only
from tests.commissioner.live import Browser, serve
from tests.commissioner.world import PASSWORD, audit_trail

EMAIL = "analyst@own.nhs.uk"
NEW = "a different long password 7"
PAGE = "/account/password"


def _url(tmp_path: Path) -> str:
    url = sqlite_only(tmp_path)
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        accounts.create_user(db, accounts.organisation_named(db, "NHS Own ICB"), EMAIL,
                             "analyst", PASSWORD)
    engine.dispose()
    return url


@pytest.fixture
def site(tmp_path: Path) -> Iterator[Tuple[str, str]]:
    url = _url(tmp_path)
    with serve(url) as base:
        yield url, base


def _signed_in(base: str) -> Browser:
    browser = Browser(base)
    assert browser.sign_in(EMAIL, PASSWORD).status_code == 303
    return browser


def _change(browser: Browser, current: Optional[str], new: str, again: Optional[str] = None):  # type: ignore[no-untyped-def]
    data = {"new": new, "again": new if again is None else again}
    if current is not None:
        data["current"] = current
    return browser.post(PAGE, data, form_from=PAGE)


def test_the_page_is_linked_from_every_signed_in_page_and_asks_for_all_three(
        site: Tuple[str, str]) -> None:
    _, base = site
    browser = _signed_in(base)
    assert f'<a href="{PAGE}">Change your password</a>' in browser.get("/consultations").text
    form = browser.get(PAGE)
    assert form.status_code == 200 and "<h1>Change your password</h1>" in form.text
    for field in ('name="current" autocomplete="current-password"',
                  'name="new" autocomplete="new-password"',
                  'name="again" autocomplete="new-password"', 'name="csrf_token"'):
        assert field in form.text


@pytest.mark.parametrize("current, new, again, says", [
    ("not my password at all", NEW, NEW, "Your current password is not right"),
    (PASSWORD, NEW, NEW + "!", "The new passwords do not match"),
    (PASSWORD, "short one", "short one", "at least 12 characters"),
    (PASSWORD, "ab" * 10, "ab" * 10, "more than a few different characters"),
    (PASSWORD, "x" * 257 + "yz!", "x" * 257 + "yz!", "at most 256 characters"),
    (PASSWORD, PASSWORD, PASSWORD, "must be different from your current one"),
], ids=["wrong-current", "mismatched", "too-short", "too-few-characters", "too-long",
        "the-same"])
def test_a_refused_change_says_why_and_changes_nothing(
        site: Tuple[str, str], current: str, new: str, again: str, says: str) -> None:
    url, base = site
    browser = _signed_in(base)
    other = _signed_in(base)
    refused = _change(browser, current, new, again)
    assert refused.status_code == 422
    assert 'role="alert"' in refused.text and str(escape(says)) in refused.text
    assert browser.get("/consultations").status_code == 200  # still signed in, both
    assert other.get("/consultations").status_code == 200
    assert Browser(base).sign_in(EMAIL, PASSWORD).status_code == 303  # the old one stands
    if new != PASSWORD:
        assert Browser(base).sign_in(EMAIL, new).status_code == 401
    if says.startswith("Your current"):
        assert (EMAIL, "password_change_refused", "wrong current password") in audit_trail(url)


def test_a_change_ends_every_other_session_and_this_browser_goes_on(
        site: Tuple[str, str]) -> None:
    url, base = site
    browser = _signed_in(base)
    elsewhere = _signed_in(base)
    before = browser.cookies["sb_session"]
    changed = _change(browser, PASSWORD, NEW)
    assert changed.status_code == 303 and changed.headers["location"] == f"{PAGE}?changed=1"
    assert browser.cookies["sb_session"] != before  # a new session here
    done = browser.get(changed.headers["location"])
    assert done.status_code == 200 and "Your password has been changed" in done.text
    assert browser.get("/consultations").status_code == 200
    gone = elsewhere.get("/consultations")  # the other browser is signed out
    assert gone.status_code == 303 and gone.headers["location"].startswith("/sign-in")
    copied = Browser(base)
    copied.cookies["sb_session"] = before  # this browser's old session too
    assert copied.get("/consultations").status_code == 303
    assert Browser(base).sign_in(EMAIL, PASSWORD).status_code == 401  # old password
    assert Browser(base).sign_in(EMAIL, NEW).status_code == 303
    entries = audit_trail(url)
    assert (EMAIL, "password_changed", "") in entries
    written = " ".join(" ".join(entry) for entry in entries)
    assert PASSWORD not in written and NEW not in written


def test_a_change_needs_the_forms_csrf_token(site: Tuple[str, str]) -> None:
    _, base = site
    browser = _signed_in(base)
    data = {"current": PASSWORD, "new": NEW, "again": NEW}
    for token in (None, "", "0" * 64):
        sent = dict(data) if token is None else {**data, "csrf_token": token}
        assert browser.request("POST", PAGE, data=sent).status_code == 403
    assert Browser(base).sign_in(EMAIL, PASSWORD).status_code == 303


def test_signed_out_or_by_api_token_there_is_no_password_page(site: Tuple[str, str]) -> None:
    url, base = site
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        user = db.scalar(select(CommissionerUser))
        token = credentials.create_api_token(db, user, "bi", utcnow())
    engine.dispose()
    for headers in ({}, {"Authorization": f"Bearer {token}"}):
        for method in ("GET", "POST"):
            answer = Browser(base).request(method, PAGE, headers=headers, data={
                "current": PASSWORD, "new": NEW, "again": NEW})
            assert answer.status_code == 303, (method, headers)
            assert answer.headers["location"].startswith("/sign-in")
    assert Browser(base).sign_in(EMAIL, PASSWORD).status_code == 303


def test_wrong_current_passwords_are_throttled_as_failed_sign_ins_are(tmp_path: Path) -> None:
    """A browser left signed in is no place to guess its owner's password from: wrong
    current passwords use up the address's allowance, then even the right one waits."""
    url = _url(tmp_path)
    limits = {"SB_ADDRESS_SIGN_IN_FAILURES": "3", "SB_ADDRESS_SIGN_IN_FAILURES_PER_HOUR": "6"}
    with serve(url, **limits) as base:
        browser = _signed_in(base)
        for n in range(3):
            assert _change(browser, f"guess number {n} here", NEW).status_code == 422
        refused = _change(browser, PASSWORD, NEW)
        assert refused.status_code == 429
        assert 590 <= int(refused.headers["Retry-After"]) <= 600
        assert "too many wrong passwords from your network" in refused.text
        assert Browser(base).sign_in(EMAIL, PASSWORD).status_code == 429  # the same allowance
    assert [a for _, a, _ in audit_trail(url)].count("sign_in_throttled") == 1
    with serve(url) as base:  # nothing was changed meanwhile
        assert Browser(base).sign_in(EMAIL, PASSWORD).status_code == 303


@pytest.mark.parametrize("new, again, current, problem", [
    (NEW, NEW, PASSWORD, None),
    (NEW, NEW, None, None),  # after a reset: no current password asked
    (NEW, NEW.upper(), PASSWORD, "do not match"),
    ("", "", PASSWORD, "at least 12"),
    ("twelve chars", "twelve chars", "x", None),
    ("aaaaaaaaaaaaaaaa", "aaaaaaaaaaaaaaaa", "x", "more than a few"),
    (PASSWORD, PASSWORD, PASSWORD, "different from your current"),
])
def test_new_password_rules(new: str, again: str, current: Optional[str],
                            problem: Optional[str]) -> None:
    found = accounts.new_password_problem(new, again, current)
    assert (found is None) if problem is None else (found is not None and problem in found)
