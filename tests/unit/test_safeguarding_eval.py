"""bench/safeguarding_eval.py never shows a phrase of a held-out set, and shows the
misses of a spent one (a held-out set once measured, now tuning material); its outcomes,
row by row, pair two versions of the detector."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.safeguarding_eval import TUNING, is_held_out, main
from bench.safeguarding_paired import Paired, paired

ROWS = "text,label\nthe bus was late again,suicide\nthe bus was on time,none\n"
HELD_OUT = "# Held-out safeguarding phrases v9. Frozen 2030-01-01.\n# Written blind.\n"
SPENT = HELD_OUT + "# Spent on 2030-02-01: measured as held-out, now used for tuning.\n"


@pytest.mark.parametrize(
    ("opening", "held_out"),
    [
        (HELD_OUT, True),
        ("# held out set v3, written blind\n", True),
        ("#Held-Out v3\n", True),
        (SPENT, False),
        ("# Tuning phrases.\n", False),
        ("", False),
        # "Spent" only counts in the opening note, not in a phrase
        (HELD_OUT + "text,label\n# Spent on,none\n", True),
    ],
)
def test_which_files_are_held_out(tmp_path: Path, opening: str, held_out: bool) -> None:
    path = tmp_path / "phrases.csv"
    path.write_text(opening + ROWS, encoding="utf-8")
    assert is_held_out(path) is held_out


def test_a_held_out_file_prints_figures_but_no_phrase(tmp_path: Path, capsys) -> None:
    path = tmp_path / "held_out.csv"
    path.write_text(HELD_OUT + ROWS, encoding="utf-8")
    main(["safeguarding_eval.py", str(path)])
    out = capsys.readouterr().out
    assert "recall: 0.000 (1 missed)" in out
    assert "bus" not in out


def test_a_spent_file_prints_its_misses(tmp_path: Path, capsys) -> None:
    path = tmp_path / "spent.csv"
    path.write_text(SPENT + ROWS, encoding="utf-8")
    main(["safeguarding_eval.py", str(path)])
    assert "MISS [suicide] the bus was late again" in capsys.readouterr().out


def test_the_spent_sets_are_tuning_files() -> None:
    names = {path.name for path in TUNING}
    assert {"safeguarding_heldout.csv", "safeguarding_heldout_v2.csv"} <= names
    assert not any(is_held_out(path) for path in TUNING)


def test_outcomes_are_written_row_by_row_without_a_phrase(tmp_path: Path) -> None:
    path = tmp_path / "held_out.csv"
    path.write_text(HELD_OUT + ROWS + "i want to die,suicide\ni want to kill myself,none\n",
                    encoding="utf-8")
    target = tmp_path / "outcomes.json"
    main(["safeguarding_eval.py", str(path), f"--outcomes={target}"])
    written = target.read_text(encoding="utf-8")
    assert json.loads(written) == {"held_out.csv": ["missed", "clear", "caught", "flagged"]}
    assert "bus" not in written and "die" not in written


def test_paired_counts_split_the_disagreements() -> None:
    first = ["caught", "caught", "missed", "missed", "flagged", "clear", "flagged"]
    second = ["caught", "missed", "caught", "missed", "clear", "flagged", "flagged"]
    assert paired(first, second) == Paired(
        caught_both=1, caught_only_first=1, caught_only_second=1, missed_both=1,
        flagged_both=1, flagged_only_first=1, flagged_only_second=1)
