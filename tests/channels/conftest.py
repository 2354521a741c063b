"""The Telegram channel's replicas (tests/channels/telegram_replicas.py), on each
database the product supports."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, List

import pytest
from sqlalchemy.orm import sessionmaker

from tests.actions.conftest import actions_on
from tests.channels.telegram_replicas import Replica, served, telegram_settings
from tests.fakes.fake_telegram import FakeTelegram


@pytest.fixture(scope="module")
def fake() -> Iterator[FakeTelegram]:
    with FakeTelegram() as server:
        yield server


@pytest.fixture
def factory(database_url: str, session_factory: sessionmaker, fake: FakeTelegram,
            tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[sessionmaker]:
    for name, value in telegram_settings(fake, tmp_path).items():
        monkeypatch.setenv(name, value)
    yield from actions_on(database_url, session_factory, monkeypatch)


@pytest.fixture
def replicas(factory: sessionmaker, fake: FakeTelegram) -> Iterator[List[Replica]]:
    with served(fake) as both:
        yield both
