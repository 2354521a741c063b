from __future__ import annotations

from typing import Iterator, Tuple

import pytest

from actions.engine import resources
from bot.cli.main import main


@pytest.fixture
def cli_db(sqlite_url: str, monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The CLI (and the actions it drives) read the database from the environment."""
    monkeypatch.setenv("SB_DATABASE_URL", sqlite_url)
    resources.cache_clear()
    yield sqlite_url
    resources.cache_clear()


def run(capsys: pytest.CaptureFixture, *args: str) -> Tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err
