"""Failed sign-ins per client address, apart from the per-account lock-out: refused with
429 and a Retry-After after too many (whichever accounts they named), audited by an HMAC
of the address (never the address), X-Forwarded-For believed only from a trusted proxy,
and one allowance shared by two replicas through the real Redis."""

from __future__ import annotations

import os
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import List, Optional

import pytest
import redis
import requests
from sqlalchemy import select

from bot.commissioner import accounts
from bot.config import load_settings
from bot.db.models import AuditEntry, CommissionerUser
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.limits.addresses import address_key
from bot.limits.keys import keyed_hash
from tests.commissioner.conftest import sqlite_only
from tests.commissioner.live import Browser, serve
from tests.commissioner.world import PASSWORD
from tests.conftest import redis_reachable

EMAIL = "author@own.nhs.uk"
REDIS_URL = "redis://127.0.0.1:6379/5"
LIMITS = {"SB_ADDRESS_SIGN_IN_FAILURES": "3", "SB_ADDRESS_SIGN_IN_FAILURES_PER_HOUR": "6"}


@pytest.fixture
def url(tmp_path: Path) -> str:
    url = sqlite_only(tmp_path)
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as db:
        accounts.create_user(db, accounts.organisation_named(db, "NHS Own ICB"), EMAIL,
                             "author", PASSWORD)
    engine.dispose()
    return url


def attempt(base: str, email: str, password: str,
            forwarded: Optional[str] = None) -> requests.Response:
    browser = Browser(base)
    token = browser.csrf("/sign-in")
    headers = {"X-Forwarded-For": forwarded} if forwarded else {}
    return browser.request("POST", "/sign-in", headers=headers, data={
        "email": email, "password": password, "csrf_token": token})


def fail_three_times(bases: List[str], forwarded: Optional[str] = None) -> None:
    """Three wrong guesses, each at a different account (so no account is locked)."""
    for n in range(3):
        response = attempt(bases[n % len(bases)], f"guess{n}@own.nhs.uk", "a wrong password",
                           forwarded)
        assert response.status_code == 401, n


def audit(url: str) -> List[AuditEntry]:
    with unit_of_work(make_session_factory(make_engine(url))) as db:
        found = list(db.scalars(select(AuditEntry).order_by(AuditEntry.id)))
        db.expunge_all()
        return found


def test_an_address_is_refused_after_too_many_failures_whatever_the_account(url: str) -> None:
    with serve(url, **LIMITS) as base:
        fail_three_times([base])
        # even the right password, and a client claiming another address, is refused now
        for forwarded in (None, "198.51.100.77"):
            refused = attempt(base, EMAIL, PASSWORD, forwarded)
            assert refused.status_code == 429
            assert 590 <= int(refused.headers["Retry-After"]) <= 600  # one back every 10 min
            assert "too many failed sign-ins from your network" in refused.text
            assert "wait 10 minutes" in refused.text and "sb_session" not in refused.headers.get(
                "set-cookie", "")
    with unit_of_work(make_session_factory(make_engine(url))) as db:
        user = db.scalar(select(CommissionerUser).where(CommissionerUser.email == EMAIL))
        assert user.locked_until is None and user.failed_sign_ins == 0  # not the account's doing
    entries = audit(url)
    throttled = [e for e in entries if e.action == "sign_in_throttled"]
    assert len(throttled) == 1 and throttled[0].detail.startswith("address ")
    assert not any("127.0.0.1" in e.detail or "198.51" in e.detail for e in entries)
    with serve(url, **LIMITS) as base:  # another app (its own memory): a fresh allowance
        assert attempt(base, EMAIL, PASSWORD).status_code == 303


def test_a_burst_of_sign_ins_at_once_gets_no_more_password_checks_than_allowed(
        url: str) -> None:
    """Eight wrong sign-ins sent at the same moment from one address: three are checked
    (the allowance) and five refused. Before, every one of them passed the check before
    the first failure was counted, each hashing a password with 64 MiB of memory (a
    burst from one address could take the app past its memory limit)."""
    with serve(url, **LIMITS) as base:
        browsers = [Browser(base) for _ in range(8)]
        forms = [(b, b.csrf("/sign-in")) for b in browsers]
        with ThreadPoolExecutor(len(forms)) as pool:
            answers = list(pool.map(lambda form: form[0].request("POST", "/sign-in", data={
                "email": "guess@own.nhs.uk", "password": "a wrong password",
                "csrf_token": form[1]}).status_code, forms))
    assert sorted(answers) == [401] * 3 + [429] * 5


def test_forwarded_addresses_count_only_through_a_trusted_proxy(url: str) -> None:
    with serve(url, SB_TRUSTED_PROXIES="127.0.0.1", **LIMITS) as base:
        fail_three_times([base], forwarded="198.51.100.7")
        assert attempt(base, EMAIL, PASSWORD, "198.51.100.7").status_code == 429
        # what the client wrote before the address our proxy saw changes nothing
        assert attempt(base, EMAIL, PASSWORD, "198.51.100.8, 198.51.100.7").status_code == 429
        assert attempt(base, EMAIL, PASSWORD, "198.51.100.8").status_code == 303  # someone else
        assert attempt(base, EMAIL, PASSWORD).status_code == 303  # the proxy itself


needs_redis = pytest.mark.skipif(not redis_reachable(REDIS_URL) and os.environ.get("CI") != "true",
                                 reason="no Redis on 127.0.0.1:6379 (required under CI=true)")


@needs_redis
def test_two_replicas_share_one_allowance_through_redis(url: str) -> None:
    secret = load_settings({}).pseudonym_secret
    client = f"2001:db8:{uuid.uuid4().hex[:4]}:{uuid.uuid4().hex[:4]}::1"  # new each run
    env = {"SB_REDIS_URL": REDIS_URL, "SB_TRUSTED_PROXIES": "127.0.0.1", **LIMITS}
    name = keyed_hash(secret, "rate:sign-in", address_key(secret, client))
    store = redis.Redis.from_url(REDIS_URL)
    try:
        with serve(url, **env) as one, serve(url, **env) as two:
            fail_three_times([one, two], forwarded=client)  # 2 on one replica, 1 on the other
            for base in (one, two):  # each alone would have allowed three
                assert attempt(base, EMAIL, PASSWORD, client).status_code == 429
            assert attempt(two, EMAIL, PASSWORD, "198.51.100.9").status_code == 303
        held = store.hgetall(f"sb:rate:sign-in:{name}")
        assert held and float(held[b"tokens"]) < 1
        assert not [k for k in store.keys("sb:rate:sign-in:*") if client.encode() in k]
    finally:
        store.delete(f"sb:rate:sign-in:{name}")
