"""bench/paired.py: two parser versions compared reply by reply, with McNemar's exact test."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bench.answers_eval import main as evaluate
from bench.paired import Paired, main, mcnemar, paired

R, W, A, C = "stored right", "stored wrong", "re-asked wrongly", "confirmed right"


@pytest.mark.parametrize(("first", "second", "p"), [
    (0, 0, 1.0),  # no disagreement: no evidence either way
    (1, 1, 1.0),
    (0, 1, 1.0),
    (0, 5, 0.0625),  # 2 * (1/2)^5
    (5, 0, 0.0625),
    (1, 9, 0.021484375),  # 2 * (1 + 10) / 1024
    (10, 10, 1.0),
])
def test_mcnemar_exact(first: int, second: int, p: float) -> None:
    assert mcnemar(first, second) == pytest.approx(p)


def test_replies_are_counted_by_how_each_version_ended_them() -> None:
    assert paired([R, R, W, A, C, W], [R, A, R, R, W, W]) == Paired(
        both=1, only_first=2, only_second=2, neither=1, wrong_only_first=1, wrong_only_second=1)


def test_two_files_of_different_lengths_are_refused() -> None:
    with pytest.raises(ValueError, match="not the same file"):
        paired([R, R], [R])


def test_answers_eval_writes_outcomes_that_paired_reads(
        tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    replies = tmp_path / "answers_heldout_v99.csv"
    replies.write_text("# Held-out. FROZEN.\nid,question_type,question,options,unit,reply,"
                       "expected\n1,yes_no,Used it?,,,yeah,yes\n2,yes_no,Used it?,,,zorblax,"
                       "yes\n3,yes_no,Used it?,,,no,yes\n", encoding="utf-8")
    written = tmp_path / "outcomes.json"
    evaluate([str(replies), f"--outcomes={written}"])
    kept = json.loads(written.read_text(encoding="utf-8"))
    assert kept == {"answers_heldout_v99.csv": ["stored right", "re-asked wrongly",
                                                "stored wrong"]}
    assert "zorblax" not in written.read_text(encoding="utf-8")
    other = tmp_path / "other.json"
    other.write_text(json.dumps({"answers_heldout_v99.csv": [R, R, A]}), encoding="utf-8")
    capsys.readouterr()
    assert main([str(written), str(other)]) == 0
    line = capsys.readouterr().out.splitlines()[1].split()
    assert line == ["answers_heldout_v99.csv", "1", "0", "1", "1", "1", "0", "1.000"]
