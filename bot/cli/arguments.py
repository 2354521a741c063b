"""How each command of `python -m bot` is declared, so every --help says what it does."""

from __future__ import annotations

import argparse
from typing import Any


def command(sub: argparse._SubParsersAction[Any], name: str, summary: str,
            **options: Any) -> argparse.ArgumentParser:
    """A command whose own --help opens with the summary `python -m bot --help` lists."""
    return sub.add_parser(name, help=summary, description=summary[:1].upper() + summary[1:] + ".",
                          **options)
