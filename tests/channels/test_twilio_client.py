"""Our one Twilio client, against the fake Twilio API, through the official SDK."""

from __future__ import annotations

import asyncio

from bot.config import load_twilio
from bot.sms.twilio_client import TwilioSender
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
