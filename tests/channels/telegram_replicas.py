"""Replicas of the Telegram channel, each served for real (Sanic, on loopback), sharing
the answers database; the Bot API is the fake one (tests/fakes/fake_telegram.py), and in
place of Rasa's message processor a stand-in around the real action
(tests/channels/rasa_standin.py). The fixtures are in tests/channels/conftest.py."""

from __future__ import annotations

import contextlib
import copy
import time
import types
import uuid
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

from rasa.core.tracker_store import InMemoryTrackerStore
from rasa.shared.core.domain import Domain
from sanic import Sanic

from bot.channels.telegram import TelegramChannel
from tests.channels.rasa_standin import Rasa
from tests.commissioner.live import serve_app
from tests.e2e.conftest import TELEGRAM_SECRET
from tests.e2e.telegram_user import TelegramUser
from tests.fakes.fake_telegram import FakeTelegram

Sanic.test_mode = True
Replica = Tuple[TelegramUser, Rasa]  # the user as that replica's webhook sees them


def telegram_settings(fake: FakeTelegram, folder: Path) -> Dict[str, str]:
    """The environment of a replica talking to `fake` (its database is set apart)."""
    return {"SB_PSEUDONYM_SECRET": "telegram-replicas-" + uuid.uuid4().hex,
            "TELEGRAM_TOKEN": fake.token, "TELEGRAM_SECRET_TOKEN": TELEGRAM_SECRET,
            "TELEGRAM_API_BASE_URL": fake.base_url,
            "SB_SPOOL_PATH": str(folder / "spool.sqlite"),
            "SB_TELEGRAM_SWEEP_SECONDS": "3600",  # tests sweep explicitly, at chosen times
            # whatever the hour the tests run (the window: tests/unit/test_send_window.py)
            "SB_SEND_WINDOW": "00:00-24:00"}


@contextlib.contextmanager
def served(fake: FakeTelegram, count: int = 2) -> Iterator[List[Replica]]:
    """`count` replicas, and one person who can write to each."""
    record = InMemoryTrackerStore(Domain.empty())
    with contextlib.ExitStack() as stack:
        bases, rasas = [], []
        for n in range(count):
            app = Sanic(f"telegram_replica_{n}_{uuid.uuid4().hex[:8]}")
            rasa = Rasa(record)
            app.blueprint(TelegramChannel().blueprint(rasa), url_prefix="/webhooks/telegram")
            bases.append(stack.enter_context(serve_app(app)))
            rasas.append(rasa)
        first = TelegramUser(types.SimpleNamespace(rasa_url=bases[0]), fake)
        users = [first]
        for base in bases[1:]:  # the same person, through another replica
            other = copy.copy(first)
            other.url = f"{base}/webhooks/telegram/webhook"
            users.append(other)
        yield list(zip(users, rasas, strict=True))


def started(user: TelegramUser) -> None:
    """Consent, age and no postcode: on the first question, "Have you used the service?"."""
    user.say("/start TEST1", expect=3)
    for message in ("yes", "19", "skip"):
        user.say(message)


def quiet(user: TelegramUser, count: int) -> bool:
    """Nothing more was sent to the chat (given time to be)."""
    time.sleep(0.5)
    return len(user.texts()) == count
