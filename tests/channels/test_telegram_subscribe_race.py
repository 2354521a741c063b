"""/subscribe sent twice at once (a double tap, its updates on two replicas): both are
answered "subscribed", and one subscription is kept; neither is an apology."""

from __future__ import annotations

import threading
import time
from typing import List

from sqlalchemy import func, select

from bot.channels.telegram_state import TelegramStore
from bot.db.models import TelegramChat
from bot.db.session import make_engine, make_session_factory, unit_of_work
from tests.conftest import settings_for

WHO = "c" * 64


def test_two_subscribes_at_once_keep_one_subscription(database_url: str) -> None:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    store = TelegramStore(settings_for(database_url), factory)
    first = factory()
    first.add(TelegramChat(pseudonym=WHO, chat_id="4242"))  # the first /subscribe, mid-way
    first.flush()
    failed: List[str] = []

    def second() -> None:
        try:
            store.subscribe(WHO, 4242, "telegram:update-2")
        except Exception as error:  # noqa: BLE001 - the channel would apologise
            failed.append(type(error).__name__)

    racing = threading.Thread(target=second)
    racing.start()
    time.sleep(1.0)
    first.commit()
    first.close()
    racing.join(20)
    with unit_of_work(factory) as db:
        kept = db.scalar(select(func.count()).select_from(TelegramChat))
    engine.dispose()
    assert failed == []
    assert kept == 1
