"""Our one Twilio client, against the fake Twilio API, through the official SDK."""

from __future__ import annotations

import asyncio

from bot.channels.twilio import deliver
from bot.config import load_twilio
from bot.engine.turns import Message
from bot.sms.twilio_client import TwilioSender
from bot.trust.signposting import SIGNPOSTING
from tests.fakes.fake_twilio import FakeTwilio


def test_sends_from_a_messaging_service_when_there_is_no_number() -> None:
    with FakeTwilio() as fake:
        settings = load_twilio({
            "TWILIO_ACCOUNT_SID": fake.account_sid, "TWILIO_AUTH_TOKEN": fake.auth_token,
            "TWILIO_MESSAGING_SERVICE_SID": "MG" + "1" * 32, "TWILIO_API_BASE_URL": fake.base_url,
        })
        assert settings.configured

        async def send() -> None:
            sender = TwilioSender(settings)
            try:
                result = await sender.send("+447700900321", "Hello")
                assert result.ok and result.sid and result.sid.startswith("SM")
            finally:
                await sender.close()

        asyncio.run(send())
        assert fake.sent[-1]["messaging_service_sid"] == "MG" + "1" * 32
        assert not fake.sent[-1]["from_"]
        assert fake.sent[-1]["body"] == "Hello"


def test_without_a_sender_sms_is_not_configured() -> None:
    assert not load_twilio({"TWILIO_ACCOUNT_SID": "AC1", "TWILIO_AUTH_TOKEN": "t"}).configured


def sends_counted(outcome: str) -> float:
    from bot.metrics import metrics

    return float(metrics().registry.get_sample_value(
        "sb_sends_total", {"channel": "twilio", "outcome": outcome}) or 0.0)


def test_each_answer_from_twilio_is_counted_as_what_it_means_for_the_message() -> None:
    """What the on-call engineer's alert (failed or uncertain above 2%) reads: a Twilio
    outage (5xx: the message may exist) is uncertain, and a 429 (certainly not sent, so
    tried again) failed, as no connection is; only Twilio's refusal of this message (a
    4xx such as an invalid number) is refused. Before, both 5xx and 429 were counted as
    refused, and an outage of Twilio raised no alert."""
    with FakeTwilio() as fake:
        settings = load_twilio({
            "TWILIO_ACCOUNT_SID": fake.account_sid, "TWILIO_AUTH_TOKEN": fake.auth_token,
            "TWILIO_FROM_NUMBER": "+447700900000", "TWILIO_API_BASE_URL": fake.base_url,
        })
        outcomes = ("refused", "uncertain", "failed", "sent")

        async def send_once(code: int, status: int) -> dict:
            before = {outcome: sends_counted(outcome) for outcome in outcomes}
            fake.fail_next(1, code=code, status=status)
            sender = TwilioSender(settings)
            try:
                await sender.send("+447700900321", "Hello")
            finally:
                await sender.close()
            return {o: sends_counted(o) - before[o] for o in outcomes if sends_counted(o) > before[o]}

        assert asyncio.run(send_once(20500, 500)) == {"uncertain": 1}
        assert asyncio.run(send_once(20429, 429)) == {"failed": 1}
        assert asyncio.run(send_once(21211, 400)) == {"refused": 1}


def test_crisis_signposting_twilio_answered_with_a_5xx_is_sent_again() -> None:
    """A 5xx may come after Twilio created the message: an ordinary reply is not sent
    again (nobody gets a question twice), but crisis signposting is."""
    with FakeTwilio() as fake:
        settings = load_twilio({
            "TWILIO_ACCOUNT_SID": fake.account_sid, "TWILIO_AUTH_TOKEN": fake.auth_token,
            "TWILIO_FROM_NUMBER": "+447700900000", "TWILIO_API_BASE_URL": fake.base_url})
        phone = "+447700900321"

        async def send() -> None:
            sender = TwilioSender(settings)
            try:
                for text in (SIGNPOSTING, "Have you used the service?"):
                    fake.fail_next(1, code=20500, status=500)
                    await deliver(sender, None, phone, [Message(text)], waits=(0.0,))  # type: ignore[arg-type]
            finally:
                await sender.close()

        asyncio.run(send())
        assert [m["body"] for m in fake.sent if m["to"] == phone] == [SIGNPOSTING]
