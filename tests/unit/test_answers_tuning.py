"""The v2 tuning table (tests/data/answers_tuning.csv): everyday names, option numbers
with comments, stretched spellings, units and durations, counts and exclusions,
regional and text-speak yes/no, FFT wording, and "which one?" / "did you mean…?"."""

from __future__ import annotations

from typing import Any, Dict

import pytest

from bench.answers_eval import TUNING_CSV, expected_from_row, question_from_row, read_csv
from bot.understanding.parsing import parse_answer

ROWS = read_csv(TUNING_CSV)
STATUS = {"stored": "answered", "confirm": "confirm", "choose": "choose", "reask": "invalid"}


def test_every_kind_is_in_the_table() -> None:
    kinds = {(row["question_type"], row["outcome"]) for row in ROWS}
    for kind in ("single_choice", "multi_choice", "number", "yes_no", "fft", "scale"):
        assert (kind, "stored") in kinds and any(k == kind and o != "stored" for k, o in kinds)
    assert {"confirm", "choose", "reask"} <= {outcome for _, outcome in kinds}


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_reply(row: Dict[str, Any]) -> None:
    question = question_from_row(row)
    read = parse_answer(question, row["reply"])
    assert read.status == STATUS[row["outcome"]], read
    if row["outcome"] == "choose":
        assert read.value == tuple(row["expected"].split("|"))
    elif row["outcome"] in ("stored", "confirm"):
        assert read.value == expected_from_row(row, question)
