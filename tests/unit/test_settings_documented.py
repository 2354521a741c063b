"""Every setting read from the environment is in the README's Settings table and in
.env.example, and neither lists one that nothing reads (STYLE.md, habit 6)."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Set

from bot.config import PROJECT_ROOT, load_settings

NAME = re.compile(r"(?:SB|TWILIO|TELEGRAM)_[A-Z0-9_]+")
# Read by the commands that make accounts and roles, and by Rasa from endpoints.yml.
READERS = ("bot/config.py", "bot/cli/users.py", "bot/cli/bi.py")


def read_from_the_environment() -> Set[str]:
    names = set()
    for reader in READERS:
        for node in ast.walk(ast.parse((PROJECT_ROOT / reader).read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) \
                    and NAME.fullmatch(node.value):
                names.add(node.value)
    endpoints = (PROJECT_ROOT / "endpoints.yml").read_text(encoding="utf-8")
    return names | set(re.findall(r"\$\{(" + NAME.pattern + r")\}", endpoints))


def readme_settings_table() -> Set[str]:
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("\n## Settings\n", 1)[1].split("\n## ", 1)[0]
    first_cells = [line.split("|")[1] for line in section.splitlines() if line.startswith("| `")]
    return {name for cell in first_cells for name in NAME.findall(cell)}


def env_example(path: Path) -> Set[str]:
    text = path.read_text(encoding="utf-8")
    return set(re.findall(r"^#? ?(" + NAME.pattern + ")=", text, re.M))


def test_the_readers_are_found() -> None:
    found = read_from_the_environment()
    assert {"SB_DATABASE_URL", "TWILIO_AUTH_TOKEN", "SB_BI_PASSWORD", "SB_ACTION_ENDPOINT",
            "SB_REST_EVERYONE_BURST"} <= found
    assert not any(name.startswith("TELEGRAM_STOPPED") for name in found)  # a message's name


def test_the_readme_lists_every_setting_and_no_other() -> None:
    read, listed = read_from_the_environment(), readme_settings_table()
    assert (sorted(read - listed), sorted(listed - read)) == ([], [])


def test_env_example_lists_every_setting_and_no_other() -> None:
    read, listed = read_from_the_environment(), env_example(PROJECT_ROOT / ".env.example")
    assert (sorted(read - listed), sorted(listed - read)) == ([], [])


def test_env_example_as_it_stands_is_accepted() -> None:
    lines = (PROJECT_ROOT / ".env.example").read_text(encoding="utf-8").splitlines()
    env = dict(line.split("=", 1) for line in lines if line and not line.startswith("#"))
    assert load_settings(env).environment == "development"
