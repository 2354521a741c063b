"""Every action the domain names exists in actions/, and nothing extra is registered."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import yaml
from rasa_sdk.executor import ActionExecutor

from bot.config import PROJECT_ROOT


def test_domain_actions_match_the_registered_actions() -> None:
    domain = yaml.safe_load((PROJECT_ROOT / "domain.yml").read_text())
    executor = ActionExecutor()
    executor.register_package("actions")
    named = {a if isinstance(a, str) else next(iter(a)) for a in domain["actions"]}
    assert set(executor.actions) == named


def test_importing_the_actions_builds_nothing(tmp_path: Path) -> None:
    """The SDK imports every module on start: no engine or file may appear then."""
    folder = tmp_path / "not-yet"
    env = {"SB_DATABASE_URL": f"sqlite:///{folder / 'db.sqlite'}", "PATH": "/usr/bin:/bin"}
    code = "import actions.turn, actions.engine, actions.server, actions.__main__"
    subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, env=env, check=True)
    assert not folder.exists()
