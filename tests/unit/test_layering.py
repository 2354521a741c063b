"""Imports in bot/ point one way: each package uses only those below it (db at the bottom)."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Iterator, Tuple

import pytest

from bot.config import PROJECT_ROOT

# Lowest first. A package may import itself and anything earlier in this list.
LAYERS = ["send_window", "config", "logs", "metrics", "limits", "db", "failures", "areas",
          "scripts", "understanding", "trust", "runtime", "engine", "sms", "telegram",
          "outreach", "reporting", "channels", "commissioner", "web", "cli"]
BOT = PROJECT_ROOT / "bot"


def package_of(path: Path) -> str:
    relative = path.relative_to(BOT).parts
    return relative[0].removesuffix(".py") if relative[0] != "__main__.py" else "cli"


def imports(path: Path) -> Iterator[Tuple[int, str]]:
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            yield node.lineno, node.module
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name


SOURCES = sorted(p for p in BOT.rglob("*.py") if "migrations" not in p.parts)


def test_every_package_is_in_a_layer() -> None:
    found = {package_of(p) for p in SOURCES} - {"__init__"}
    assert found <= set(LAYERS), found - set(LAYERS)


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(BOT)))
def test_imports_point_down(path: Path) -> None:
    here = package_of(path)
    if here == "__init__":
        return
    for line, module in imports(path):
        parts = module.split(".")
        if parts[0] == "bot" and len(parts) > 1:
            there = parts[1]
            assert LAYERS.index(there) <= LAYERS.index(here), \
                f"{path.relative_to(PROJECT_ROOT)}:{line} ({here}) imports {module} ({there})"
        assert parts[0] != "rasa_sdk", f"{path}:{line}: bot/ never imports rasa_sdk"
        if parts[0] == "rasa":
            assert here == "channels", f"{path}:{line}: only bot/channels imports rasa"
