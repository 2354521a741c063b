"""The processes `make run` starts (`python -m bot.web`, `python -m bot.commissioner`,
`python -m actions`): --help says what each is and starts nothing, and a bad setting is
one clear line and exit 2, not a traceback."""

from __future__ import annotations

import subprocess
import sys
from typing import Dict

import pytest

from bot.cli import stack
from bot.config import PROJECT_ROOT

PROCESSES = ["bot.web", "bot.commissioner", "actions"]


def environment(**extra: str) -> Dict[str, str]:
    # Free ports, in case a process starts a server when it should not.
    return stack.child_environment({"SB_WEB_PORT": str(stack.free_port()),
                                    "SB_COMMISSIONER_PORT": str(stack.free_port()),
                                    "SB_ACTION_PORT": str(stack.free_port()), **extra})


def started(module: str, *args: str, **extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", module, *args], cwd=PROJECT_ROOT,
                          env=environment(**extra), capture_output=True, text=True, timeout=60)


@pytest.mark.parametrize("module", PROCESSES)
def test_help_says_what_the_process_is_and_starts_nothing(module: str) -> None:
    try:
        done = started(module, "--help")
    except subprocess.TimeoutExpired:
        pytest.fail(f"python -m {module} --help started the server instead of helping")
    assert done.returncode == 0 and done.stdout.startswith(f"usage: python -m {module}")
    assert len(done.stdout.splitlines()) > 3  # a description, not only the usage line


@pytest.mark.parametrize("module", PROCESSES)
def test_a_bad_setting_is_one_clear_line(module: str) -> None:
    done = started(module, SB_ENV="prod", SB_ACTION_SECRET="x" * 32)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == ("error: SB_ENV must be one of development, production, "
                                   "got 'prod'")
