"""With DEBUG turned on (an engineer chasing a fault at 2 a.m.: `LOG_LEVEL=DEBUG`), a
patient's personal data still reaches no log line, on any channel or error path.

Rasa itself logs each message it parses at DEBUG ("processor.message.parse" with the
text, the entities and every event of the turn). One stack of our own runs with
`LOG_LEVEL=DEBUG`; the same distinctive phone number, name, e-mail, NHS number,
postcode and sentence go through the web chat API, SMS (the fake Twilio) and Telegram
(the fake Telegram), then through the failures an engineer would be debugging: the
answers database failing mid-turn, an SMS the Twilio API refuses and a Telegram user
who blocked the bot (403). Every line of the Rasa server, the action server and the
command line is searched.
"""

from __future__ import annotations

import contextlib
import csv
import subprocess
import sys
import time
from pathlib import Path
from typing import Dict, Iterator, List

import pytest

from bot.config import PROJECT_ROOT
from tests.e2e import early
from tests.e2e.conftest import TWILIO_NUMBER, Servers, loaded_servers
from tests.e2e.helpers import execute
from tests.e2e.telegram_user import TelegramUser
from tests.e2e.test_structured_logs import json_lines
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fake_twilio import FakeTwilio

pytestmark = pytest.mark.e2e

PHONE = "+447700900417"
PERSONAL = {
    "name": "Philippa Quarrington",
    "email": "philippa.quarrington@example.org",
    "nhs": "943 476 5919",
    "phone": "07700 900417",
    "postcode": "LS6 1AA",
    "sentence": "the receptionist called me a timewaster in front of everyone",
}
FREE_TEXT = (f"{PERSONAL['sentence']}. I'm {PERSONAL['name']}, NHS number {PERSONAL['nhs']}, "
             f"email {PERSONAL['email']} or call {PERSONAL['phone']}")
# Up to the free-text question of tests/data/test-consultation.yml, each reply carrying
# some of the personal data where the script lets it.
ANSWERS = ["yes", "19", PERSONAL["postcode"], "yes", "pharmacy", "4", "skip",
           f"email me on {PERSONAL['email']}", "3", "good"]


@early.stack_of(__name__)
@contextlib.contextmanager
def debug_stack(folders: pytest.TempPathFactory, fake_twilio: FakeTwilio,
                fake_telegram: FakeTelegram) -> Iterator[Servers]:
    folder = folders.mktemp("debug-logs")
    with loaded_servers(folder, f"sqlite:///{folder / 'sounding-board.db'}", fake_twilio,
                        fake_telegram, LOG_LEVEL="DEBUG", LOG_LEVEL_LIBRARIES="DEBUG") as running:
        yield running


@pytest.fixture(scope="module")
def debugging(tmp_path_factory: pytest.TempPathFactory, fake_twilio: FakeTwilio,
              fake_telegram: FakeTelegram) -> Iterator[Servers]:
    with early.ready(__name__, tmp_path_factory, fake_twilio, fake_telegram,
                     lambda running: running.processes) as running:
        yield running


def variants(value: str) -> List[str]:
    return sorted({value, value.replace(" ", ""), value.lower(), value.lower().replace(" ", "")})


def leaks(text: str, extra: Dict[str, str]) -> List[str]:
    """Which personal data `text` holds, with a line showing each."""
    found = []
    lines = text.splitlines()
    for kind, value in {**PERSONAL, **extra}.items():
        for variant in variants(value):
            shown = [line[:300] for line in lines if variant in line]
            if shown:
                found.append(f"{kind} ({variant!r}): {shown[0]}")
                break
    return found


def by_web(servers: Servers) -> None:
    sender = servers.new_conversation()
    for message in ["TEST1", *ANSWERS, FREE_TEXT]:
        servers.say(sender, message)


def by_sms(servers: Servers, twilio: FakeTwilio) -> None:
    url = f"{servers.rasa_url}/webhooks/twilio/webhook"
    for number, body in enumerate(["test1", *ANSWERS, FREE_TEXT]):
        status, _ = twilio.webhook(url, {"From": PHONE, "To": TWILIO_NUMBER, "Body": body,
                                         "NumMedia": "0", "MessageSid": f"SMdebuglogs{number:022d}",
                                         "AccountSid": twilio.account_sid})
        assert status == 200


def by_telegram(servers: Servers, telegram: FakeTelegram) -> TelegramUser:
    user = TelegramUser(servers, telegram)
    user.say("/start TEST1", expect=3)
    for message in [*ANSWERS, FREE_TEXT]:
        user.say(message)
    return user


def test_debug_logs_hold_no_personal_data_on_any_channel_or_failure(
        debugging: Servers, fake_twilio: FakeTwilio, fake_telegram: FakeTelegram,
        tmp_path: Path) -> None:
    by_web(debugging)
    by_sms(debugging, fake_twilio)
    user = by_telegram(debugging, fake_telegram)
    # The bot blocked: its reply is refused with 403.
    fake_telegram.block(user.chat.id)
    assert user.post(user.message(f"{PERSONAL['sentence']} {PERSONAL['email']}")) == 200
    fake_telegram.until(lambda: any(c.get("refused") for c in fake_telegram.calls_of(
        "sendMessage", user.chat.id)), timeout=20)
    # The answers database failing mid-turn (a table gone): the turn fails and is logged.
    sender = debugging.new_conversation()
    for message in ["TEST1", "yes", "19"]:
        debugging.say(sender, message)
    execute(debugging, "ALTER TABLE conversation RENAME TO conversation_away")
    try:
        with contextlib.suppress(Exception):
            debugging.say(sender, f"{PERSONAL['postcode']} {PERSONAL['email']} {PERSONAL['name']}")
    finally:
        execute(debugging, "ALTER TABLE conversation_away RENAME TO conversation")
    # An SMS invitation the Twilio API refuses, sent by the command line.
    contacts = tmp_path / "contacts.csv"
    with contacts.open("w", newline="") as file:
        csv.writer(file).writerows([["phone"], [PERSONAL["phone"]]])
    fake_twilio.fail_next(1, code=21211, status=400)
    invited = subprocess.run([sys.executable, "-m", "bot", "invite", "TEST1", str(contacts), "--yes"],
                             cwd=PROJECT_ROOT, env={**debugging.env, "LOG_LEVEL": "DEBUG",
                                                      "SB_SEND_WINDOW": "00:00-24:00"},
                             capture_output=True, text=True, timeout=120)
    assert "invitation(s) to send" in invited.stdout, invited.stderr
    time.sleep(1)  # the last lines reach the files
    logged = dict(zip((log.name.split("-")[0] for log in debugging.logs),
                      (log.read_text(errors="replace") for log in debugging.logs), strict=True))
    # DEBUG really was on (Sanic's, with LOG_LEVEL_LIBRARIES), and the failures were logged.
    assert any(line["level"] == "DEBUG" for line in json_lines(logged["Rasa"]))
    assert any("exception" in line for line in json_lines(logged["action"])), logged["action"]
    chat_id = {"telegram chat id": str(user.chat.id)}
    found = [f"{name}: {leak}" for name, text in logged.items() for leak in leaks(text, chat_id)]
    found += [f"command line: {leak}" for leak in leaks(invited.stdout + invited.stderr, chat_id)]
    assert found == []
