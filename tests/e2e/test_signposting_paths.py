"""Signposting that no limit, opt-out or outage can swallow, through the real servers."""

from __future__ import annotations

import time
from typing import Any

import pytest
import requests

from tests.e2e.helpers import execute, rows
from tests.e2e.test_sms import Phone

pytestmark = pytest.mark.e2e

CRISIS = "i dont want to be alive anymore"


def post(servers: Any, sender: str, message: str) -> requests.Response:
    return requests.post(f"{servers.rasa_url}/webhooks/rest/webhook",
                         json={"sender": sender, "message": message}, timeout=30)


def counted(servers: Any, channel: str) -> int:
    """Safeguarding events of a channel (by category, without the words)."""
    return len(rows(servers, "SELECT category FROM safeguarding_event WHERE channel = :channel",
                    channel=channel))


def test_a_rate_limited_web_conversation_still_gets_signposting(loaded: Any, sender: str) -> None:
    for _ in range(22):
        post(loaded, sender, "hi")
    before = counted(loaded, "rest")
    response = post(loaded, sender, CRISIS)
    assert response.status_code == 429
    texts = [m["text"] for m in response.json()]
    assert "116 123" in texts[0] and texts[-1].startswith("You're sending messages very quickly")
    assert counted(loaded, "rest") == before + 1  # counted, though the engine never saw it


def test_a_too_long_crisis_message_still_gets_signposting(loaded: Any, sender: str) -> None:
    texts = loaded.texts(sender, CRISIS + " " + "x" * 5000)
    assert "116 123" in texts[0] and texts[-1].startswith("That message is too long for me to read.")


def test_an_opted_out_number_still_gets_signposting(loaded: Any, fake_twilio: Any) -> None:
    phone = Phone(loaded, fake_twilio)
    assert phone.text("STOP")[0].startswith("You've opted out")
    assert phone.text("hello", expect=0) == []  # nothing else is sent after STOP
    before = counted(loaded, "twilio")
    replies = phone.text(CRISIS)
    assert len(replies) == 1 and "116 123" in replies[0]
    assert counted(loaded, "twilio") == before + 1


def test_a_flooding_number_still_gets_signposting(loaded: Any, fake_twilio: Any) -> None:
    phone = Phone(loaded, fake_twilio)
    for _ in range(20):
        assert phone.post("hello") == 200
    assert phone.post(CRISIS) == 200  # the number's allowance is spent: this one is limited
    replies = phone.settle()
    # 15 hellos answered (the burst), 5 hellos dropped, and the crisis signposted.
    assert len(replies) == 16
    assert sum("116 123" in body for body in replies) == 1


def test_with_the_action_server_down_crisis_is_signposted_and_others_get_an_apology(
    loaded: Any, sender: str, fake_twilio: Any
) -> None:
    phone = Phone(loaded, fake_twilio)
    other = loaded.new_conversation()
    before = counted(loaded, "rest"), counted(loaded, "twilio")
    with loaded.action_server_down():
        crisis = loaded.texts(sender, CRISIS)
        assert "116 123" in crisis[0] and crisis[-1].startswith("Sorry, something went wrong")
        assert loaded.texts(other, "TEST1") == [
            "Sorry, something went wrong on our side and your last message wasn't saved. "
            "Please try again in a few minutes."]
        by_sms = phone.text(CRISIS)  # one SMS: the signposting, then the apology
        assert "116 123" in by_sms[0]
        assert by_sms[0].index("116 123") < by_sms[0].index("Sorry, something went wrong")
    # Both counted by their channels (the engine, behind the action server, never ran).
    assert (counted(loaded, "rest"), counted(loaded, "twilio")) == (before[0] + 1, before[1] + 1)
    # Back up: the conversation carries on as if nothing happened.
    assert loaded.texts(other, "TEST1")[-1] == "Are you happy to take part?"


def test_with_the_database_down_an_sms_crisis_is_signposted_and_no_number_is_logged(
    loaded: Any, fake_twilio: Any
) -> None:
    phone = Phone(loaded, fake_twilio)
    tables = ("inbound_message", "conversation")
    try:
        for table in tables:  # the database "goes away" for the SMS store and the engine
            execute(loaded, f"ALTER TABLE {table} RENAME TO {table}_away")
        said = "\n".join(phone.text(CRISIS))
        assert 0 <= said.index("116 123") < said.index("Sorry, something went wrong")
    finally:
        for table in tables:
            execute(loaded, f"ALTER TABLE {table}_away RENAME TO {table}")
    assert phone.text("TEST1")[-1].endswith("Reply YES or NO")  # back to normal
    logged = "\n".join(log.read_text(errors="replace") for log in loaded.logs)
    for variant in (phone.number, phone.number[1:], "0" + phone.number[3:]):
        assert variant not in logged


def wait_for_quiet(phone: Phone, count: int, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while len(phone.inbox()) < count and time.monotonic() < deadline:
        time.sleep(0.02)


def test_a_burst_from_one_number_is_answered_in_order_without_a_wait_per_message(
        loaded: Any, fake_twilio: Any) -> None:
    phone = Phone(loaded, fake_twilio)
    phone.text("TEST1")
    burst = ["yes", "19", "skip", "yes", "pharmacy", "4", "skip", "3"]
    before, started = len(phone.inbox()), time.monotonic()
    assert phone.burst(burst) == [200] * len(burst)
    wait_for_quiet(phone, before + len(burst))
    took = time.monotonic() - started
    replies = phone.inbox()[before:]
    firsts = [reply.split("\n")[0] for reply in replies]
    assert firsts == ["Which age group are you in?", firsts[1], "Have you used the service?",
                      "Where did you go?", firsts[4], "How would you like to hear from the service?",
                      "How many days did you wait?", "Overall, how was your experience of our service?"]
    assert firsts[1].startswith("What's the first half of your postcode")
    assert firsts[4].startswith("How easy was it to be seen?")
    assert took < 6  # Rasa's own lock store served one a second: 8 s or more


def test_a_crisis_after_a_burst_is_signposted_before_the_burst_is_answered(
        loaded: Any, fake_twilio: Any) -> None:
    phone, hellos = Phone(loaded, fake_twilio), 12  # within the number's burst (15, then 30 a minute)
    assert phone.burst(["hello"] * hellos + [CRISIS], gap=0.005) == [200] * (hellos + 1)
    wait_for_quiet(phone, hellos + 1)
    time.sleep(0.5)
    replies = phone.inbox()
    signposts = [i for i, body in enumerate(replies) if "116 123" in body]
    assert len(signposts) == 1  # once: the channel's, not the engine's as well
    # It did not wait behind the hellos still in hand when it was sent: at most two (being
    # answered as it came) reach the phone before it. Counted from what the phone had when
    # it was sent: on a busy machine many may be answered before then (waiting behind the
    # rest, it would come last).
    assert signposts[0] <= phone.answered_before[-1] + 2
    # The greetings and the signposting (outside a consultation there is nothing more).
    assert len(replies) == hellos + 1 and not any("went wrong" in body for body in replies)
