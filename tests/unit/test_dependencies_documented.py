"""Every package the project asks for itself (in requirements.lock and needed by no other
locked package) is explained in the README's Dependencies table."""

from __future__ import annotations

import re
from importlib import metadata
from typing import Set

from bot.config import PROJECT_ROOT

# pip's own tools: the Makefile pins pip, and `pip freeze --all` keeps these lines.
PACKAGING = {"pip", "setuptools", "wheel"}


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def locked() -> Set[str]:
    text = (PROJECT_ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {normal(line.split("==")[0]) for line in text.splitlines() if "==" in line}


def asked_for_by_other_packages(names: Set[str]) -> Set[str]:
    needed = set()
    for name in names:
        try:
            requirements = metadata.requires(name) or []
        except metadata.PackageNotFoundError:
            continue
        for requirement in requirements:
            if "extra ==" not in requirement:
                needed.add(normal(re.split(r"[ ;<>=!~\[(]", requirement, maxsplit=1)[0]))
    return needed


def test_each_package_the_project_asks_for_is_explained() -> None:
    names = locked()
    ours = names - asked_for_by_other_packages(names) - PACKAGING
    readme = (PROJECT_ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("\n## Dependencies\n", 1)[1].split("\n## ", 1)[0]
    first_cells = {normal(word) for line in table.splitlines() if line.startswith("| ")
                   for word in re.findall(r"[A-Za-z][\w.-]*", line.split("|")[1])}
    assert {"rasa", "alembic", "segno"} <= ours
    assert sorted(ours - first_cells) == []
