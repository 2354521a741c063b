"""The patient web process with no Rasa server to pass the chat to: the patient is told
the chat is unavailable, and the log says why, once a minute (it said nothing, and
/ready, which is about this process's own database, stayed 200)."""

from __future__ import annotations

import asyncio
import logging

import httpx
import pytest

from bot.cli.stack import free_port
from bot.logs import AtMostEvery
from bot.web import proxy


def test_an_unreachable_rasa_server_is_said_once_a_minute(
        caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(proxy, "UNREACHABLE_SAID", AtMostEvery(60.0))
    nowhere = f"http://127.0.0.1:{free_port()}"  # nothing listens there

    async def three_messages() -> list:
        async with httpx.AsyncClient(timeout=5) as http:
            return [await proxy.forward(http, nowhere, "webhook", b"{}", "10.0.0.1")
                    for _ in range(3)]

    caplog.set_level(logging.WARNING, logger="bot.web.proxy")
    answers = asyncio.run(three_messages())
    assert [status for status, _ in answers] == [502, 502, 502]
    said = [r.getMessage() for r in caplog.records if r.name == "bot.web.proxy"]
    assert len(said) == 1 and "SB_RASA_URL" in said[0] and "ConnectError" in said[0]
