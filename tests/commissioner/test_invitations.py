"""SMS invitations from the browser: upload a CSV, see what was skipped (masked), send
through Twilio (a fake speaking its API), watch progress; nobody is texted twice."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import Iterator, Tuple

import pytest

from bot.db import migrate
from tests.commissioner.live import Browser, serve
from tests.commissioner.world import PASSWORD, World, build_world
from tests.conftest import closed_now
from tests.fakes.fake_twilio import FakeTwilio

CSV = ("phone\n07700 900001\n+447700900002\n0113 496 0000\nnot a number\n07700900001\n"
       "07700900003\n")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Tuple[World, str, FakeTwilio]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('invite') / 'sb.db'}"
    migrate.upgrade(url)
    world = build_world(url)
    with FakeTwilio() as fake, serve(url, TWILIO_ACCOUNT_SID=fake.account_sid,
                                     TWILIO_AUTH_TOKEN=fake.auth_token,
                                     TWILIO_FROM_NUMBER="+447700900000",
                                     TWILIO_API_BASE_URL=fake.base_url,
                                     SB_SMS_SEND_RATE="50",
                                     SB_SEND_WINDOW="00:00-24:00") as base:
        yield world, base, fake


def test_upload_check_send_and_progress(site: Tuple[World, str, FakeTwilio]) -> None:
    world, base, fake = site
    author = Browser(base)
    author.sign_in(world.own.users["author"], PASSWORD)
    added = author.request("POST", "/consultations/OWN1/invitations", files={
        "file": ("numbers.csv", CSV.encode(), "text/csv")},
        data={"csrf_token": author.csrf("/consultations/OWN1/invitations")})
    assert added.status_code == 200, added.text[:500]
    assert "3 new number(s) added" in added.text
    assert "not a mobile number" in added.text and "***000" in added.text  # masked
    assert "duplicate of line 2" in added.text and "invalid number" in added.text
    assert "7700900003" not in added.text and "496 0000" not in added.text
    assert "Send 3 invitation(s)" in added.text

    sent = author.post("/consultations/OWN1/invitations/send",
                       form_from="/consultations/OWN1/invitations")
    assert sent.status_code == 303
    deadline = time.monotonic() + 30
    while "<th scope=\"row\">sent</th><td class=\"num\">3</td>" not in (
            page := author.get("/consultations/OWN1/invitations").text):
        assert time.monotonic() < deadline, page[-800:]
        time.sleep(0.2)
    assert sorted(m["to"] for m in fake.sent) == ["+447700900001", "+447700900002",
                                                  "+447700900003"]
    # the same list again: nobody is invited twice
    again = author.request("POST", "/consultations/OWN1/invitations", files={
        "file": ("numbers.csv", CSV.encode(), "text/csv")},
        data={"csrf_token": author.csrf("/consultations/OWN1/invitations")})
    assert "0 new number(s) added; 3 already invited" in again.text
    assert "Send " not in again.text and len(fake.sent) == 3


def test_analysts_and_other_organisations_cannot_invite(
        site: Tuple[World, str, FakeTwilio]) -> None:
    world, base, _ = site
    analyst = Browser(base)
    analyst.sign_in(world.own.users["analyst"], PASSWORD)
    assert analyst.get("/consultations/OWN1/invitations").status_code == 403
    author = Browser(base)
    author.sign_in(world.own.users["author"], PASSWORD)
    assert author.get("/consultations/FOR1/invitations").status_code == 404
    refused = author.request("POST", "/consultations/FOR1/invitations", files={
        "file": ("n.csv", b"07700900009\n", "text/csv")},
        data={"csrf_token": author.csrf("/consultations/OWN1/invitations")})
    assert refused.status_code == 404


def test_outside_the_sending_window_the_page_says_when_they_will_go(
        tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'sb.db'}"
    migrate.upgrade(url)
    world = build_world(url)
    window = closed_now()
    with FakeTwilio() as fake, serve(url, TWILIO_ACCOUNT_SID=fake.account_sid,
                                     TWILIO_AUTH_TOKEN=fake.auth_token,
                                     TWILIO_FROM_NUMBER="+447700900000",
                                     TWILIO_API_BASE_URL=fake.base_url,
                                     SB_SMS_SEND_RATE="50", SB_SEND_WINDOW=window) as base:
        author = Browser(base)
        author.sign_in(world.own.users["author"], PASSWORD)
        added = author.request("POST", "/consultations/OWN1/invitations", files={
            "file": ("numbers.csv", CSV.encode(), "text/csv")},
            data={"csrf_token": author.csrf("/consultations/OWN1/invitations")})
        notice = re.search(r'<p role="status">(Invitations go only[^<]*)</p>', added.text)
        assert notice is not None, added.text[-800:]
        assert re.fullmatch(
            rf"Invitations go only between {window[:5]} and {window[6:]} UK time; it is "
            rf"\d\d:\d\d now\. 3 still to send: press Send after {window[:5]} to send them\.",
            notice[1])
        assert "Send 3 invitation(s)" not in added.text
        # a page left open from before: sending now texts nobody
        sent = author.post("/consultations/OWN1/invitations/send",
                           form_from="/consultations/OWN1/invitations")
        assert sent.status_code == 303
        time.sleep(1)
        page = author.get("/consultations/OWN1/invitations").text
        assert '<th scope="row">pending</th><td class="num">3</td>' in page
        assert "3 still to send" in page and fake.sent == []
