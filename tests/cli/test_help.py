"""`python -m bot --help` and every command's: each says what it does and what each
argument is, each is in the README or the runbook, and a command given too little says
what it needs (never a traceback)."""

from __future__ import annotations

import argparse
import re
from typing import Dict, Iterator, Tuple

import pytest

from bot.cli.main import parser
from bot.config import PROJECT_ROOT
from tests.cli.conftest import run

DOCS = "\n".join((PROJECT_ROOT / page).read_text(encoding="utf-8")
                 for page in ("README.md", "docs/runbook.md"))


def commands() -> Iterator[Tuple[str, argparse.ArgumentParser]]:
    """Every command and sub-command: ("users create", its parser)."""
    def walk(prefix: str, command: argparse.ArgumentParser) -> Iterator[Tuple[str, argparse.ArgumentParser]]:
        for action in command._actions:
            if isinstance(action, argparse._SubParsersAction):
                for name, sub in action.choices.items():
                    yield f"{prefix} {name}".strip(), sub
                    yield from walk(f"{prefix} {name}", sub)
    yield from walk("", parser())


COMMANDS: Dict[str, argparse.ArgumentParser] = dict(commands())


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_each_commands_help_says_what_it_does_and_what_each_argument_is(
        name: str, capsys: pytest.CaptureFixture) -> None:
    command = COMMANDS[name]
    with pytest.raises(SystemExit) as done:
        command.parse_args(["--help"])
    assert done.value.code == 0
    shown = capsys.readouterr().out
    assert command.description, f"python -m bot {name} --help says nothing of what it does"
    assert command.description.split()[0] in shown
    unexplained = [action.dest for action in command._actions
                   if not action.help and not isinstance(action, argparse._SubParsersAction)]
    assert unexplained == [], f"python -m bot {name} --help leaves these unexplained"


@pytest.mark.parametrize("name", sorted(name for name in COMMANDS
                                        if not any(other.startswith(name + " ") for other in COMMANDS)))
def test_each_command_is_in_the_readme_or_runbook(name: str) -> None:
    # `python -m bot users create`, or the actions written together: `areas load`.
    words = name.split()
    mentioned = re.search(r"-m bot " + r"\s+".join(map(re.escape, words)) + r"\b", DOCS)
    assert mentioned, f"python -m bot {name} is in neither README.md nor docs/runbook.md"


@pytest.mark.parametrize("args", [["users"], ["db"], ["retention"], ["telegram"], ["areas"]])
def test_a_command_without_its_action_names_the_choices(
        args: list, capsys: pytest.CaptureFixture) -> None:
    with pytest.raises(SystemExit) as done:
        run(capsys, *args)
    assert done.value.code == 2
    said = capsys.readouterr().err.splitlines()[-1]
    assert "the following arguments are required" in said
    choices = next(action for action in COMMANDS[args[0]]._actions
                   if action.choices and not action.option_strings).choices
    assert all(choice in said for choice in choices), said
