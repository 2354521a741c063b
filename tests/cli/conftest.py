from __future__ import annotations

from typing import Iterator, Tuple

import pytest

from actions.engine import resources
from bot.cli.main import main


def cli_on(url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The CLI (and the actions it drives) read the database from the environment."""
    monkeypatch.setenv("SB_DATABASE_URL", url)
    resources.cache_clear()
    yield url
    resources.cache_clear()


@pytest.fixture
def cli_db(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    yield from cli_on(sqlite_url, monkeypatch)


@pytest.fixture
def any_db(database_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The same on SQLite, then on PostgreSQL."""
    yield from cli_on(database_url, monkeypatch)


def run(capsys: pytest.CaptureFixture, *args: str) -> Tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
