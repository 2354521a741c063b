"""Every example in docs/scripts.md, as a commissioner would copy it: each YAML block
loads with `python -m bot load` and previews, each `show_if` condition of its table is
accepted, and each error it shows is what the validator says (so the page cannot drift)."""

from __future__ import annotations

import re
from pathlib import Path
from typing import List

import pytest

from bot.config import PROJECT_ROOT
from bot.scripts.script import ScriptInvalid, load_script
from tests.cli.conftest import run

PAGE = (PROJECT_ROOT / "docs" / "scripts.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"^```yaml\n(.*?)^```", PAGE, re.M | re.S)
FULL = next(block for block in BLOCKS if block.startswith("code:"))
# A fragment (a question's options) goes into a script of its own to be loaded.
AROUND = """\
code: DOCS1
title: An example from docs/scripts.md
organisation: NHS Example Integrated Care Board
status: live
questions:
  - id: where
    type: single_choice
    text: Where did you go?
{fragment}"""


def as_script(block: str) -> str:
    return block if block.startswith("code:") else AROUND.format(fragment=block)


def test_the_page_has_its_examples() -> None:
    assert len(BLOCKS) >= 2 and "questions:" in FULL


@pytest.mark.parametrize("number", range(len(BLOCKS)))
def test_each_yaml_example_loads_and_previews(number: int, cli_db: str, tmp_path: Path,
                                              capsys: pytest.CaptureFixture) -> None:
    script = tmp_path / f"example{number}.yml"
    script.write_text(as_script(BLOCKS[number]), encoding="utf-8")
    code, out, err = run(capsys, "load", str(script))
    assert (code, err) == (0, ""), err
    assert "loaded" in out
    code, out, err = run(capsys, "validate", "--preview", str(script))
    assert (code, err) == (0, "") and ": ok (" in out and "SMS:" in out


def show_if_examples() -> List[str]:
    table = PAGE.split("### Asking a question only sometimes", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"`(\{question: [^`]*\})`", table)


def test_the_show_if_table_has_its_examples() -> None:
    assert len(show_if_examples()) == 4


@pytest.mark.parametrize("condition", show_if_examples())
def test_each_show_if_example_works_in_the_full_example(condition: str) -> None:
    # After every question of the full example, so the one it names is earlier.
    script = load_script(FULL.rstrip() + f"\n\n  - id: follow_up\n    type: free_text\n"
                         f"    text: Tell us more?\n    show_if: {condition}\n")
    asked_only_sometimes = script.questions[-1]
    assert asked_only_sometimes.key == "follow_up" and asked_only_sometimes.show_if is not None


def test_the_errors_shown_are_the_validators_own() -> None:
    shown = re.search(r"^```text\n(.*?)^```", PAGE, re.M | re.S)
    assert shown is not None
    # The full example with the three mistakes the page names.
    mistaken = FULL.replace("code: MIND24", "code: 1x")
    mistaken = mistaken.replace("    options: [GP surgery", "    opitons: [GP surgery")
    mistaken = mistaken.replace("    min: 1\n    max: 5\n", "    min: 1\n    max: 20\n")
    with pytest.raises(ScriptInvalid) as invalid:
        load_script(mistaken)
    assert [str(error) for error in invalid.value.errors] == shown.group(1).splitlines()


@pytest.mark.parametrize("script", sorted((PROJECT_ROOT / "data" / "consultations").glob("*.yml")),
                         ids=lambda path: path.name)
def test_each_shipped_example_loads_and_previews(script: Path, cli_db: str,
                                                 capsys: pytest.CaptureFixture) -> None:
    code, out, err = run(capsys, "load", str(script))
    assert (code, err) == (0, "") and "loaded" in out
    code, out, err = run(capsys, "validate", "--preview", str(script))
    assert (code, err) == (0, "") and ": ok (" in out and "SMS:" in out


def test_the_page_names_each_shipped_example() -> None:
    shipped = {path.name for path in (PROJECT_ROOT / "data" / "consultations").glob("*.yml")}
    named = set(re.findall(r"^- `([\w-]+\.yml)`", PAGE, re.M))
    assert named == shipped
