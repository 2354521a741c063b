"""A world of two organisations on each database, and the app serving it."""

from __future__ import annotations

from pathlib import Path
from typing import Iterator, Tuple

import pytest

from bot.db import migrate
from tests.commissioner.live import serve
from tests.commissioner.world import World, build_world
from tests.conftest import fresh_postgres_database


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def world(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
          ) -> Iterator[World]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('commissioner') / 'sb.db'}"
        migrate.upgrade(url)
        yield build_world(url)
        return
    databases = fresh_postgres_database()
    url = next(databases)
    try:
        yield build_world(url)
    finally:
        databases.close()


@pytest.fixture(scope="module")
def app(world: World) -> Iterator[Tuple[World, str]]:
    with serve(world.database_url) as base:
        yield world, base


def sqlite_only(tmp_path: Path) -> str:
    url = f"sqlite:///{tmp_path / 'sb.db'}"
    migrate.upgrade(url)
    return url
