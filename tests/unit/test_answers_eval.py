"""bench/answers_eval.py never shows a held-out reply: a held-out file prints figures only,
a tuning (or spent) file prints every miss so the parser can be tuned on it."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.answers_eval import main

HEADER = "id,question_type,question,options,unit,reply,expected\n"
ROWS = ("1,yes_no,Have you used it?,,,zorblax quux,yes\n"
        "2,yes_no,Have you used it?,,,yeah,yes\n")


def _file(folder: Path, name: str, note: str) -> Path:
    path = folder / name
    path.write_text(note + HEADER + ROWS, encoding="utf-8")
    return path


@pytest.mark.parametrize(("name", "note"), [
    ("answers_heldout_v9.csv", "# Written blind.\n"),
    ("replies.csv", "# FROZEN on 2026-12-03. Never tune on it.\n"),
])
def test_a_held_out_file_prints_figures_but_no_reply(tmp_path: Path, name: str, note: str,
                                                     capsys: pytest.CaptureFixture[str]) -> None:
    main([str(_file(tmp_path, name, note))])
    printed = capsys.readouterr().out
    assert "HELD-OUT" in printed and "yes_no" in printed
    assert "zorblax" not in printed and "yeah" not in printed


def test_a_spent_or_tuning_file_prints_its_misses(tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    note = "# FROZEN at 2026-12-02.\n# Spent on 2026-12-02 (stop 16): now used for tuning.\n"
    main([str(_file(tmp_path, "answers_heldout_v1.csv", note))])
    printed = capsys.readouterr().out
    assert "TUNING" in printed and "'zorblax quux'" in printed and "'yeah'" not in printed
