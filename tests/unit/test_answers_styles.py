"""The tuning replies in young people's styles (tests/data/answers_tuning_styles.csv):
every reply is read as a careful human would (stored right, confirmed right, or asked
again when a human would ask), except the misses listed here, each of which is still a
miss (so the list stays true). None is stored wrong (the FFT's bare "5" was, read as
option 5; since OA-28 it asks which of its two readings was meant)."""

from __future__ import annotations

from typing import Dict

import pytest

from bench.answers_eval import (
    RIGHT,
    STYLES_CSV,
    case_from_row,
    outcome,
    read_csv,
)

ROWS = read_csv(STYLES_CSV)
# Replies still not read as a careful human would: the outcome each gets today.
KNOWN_MISSES: Dict[str, str] = {
    "s006": "confirmed wrong",  # 'hospital if it was spreading'
    "s012": "re-asked wrongly",  # 'tiktok tbh 😂'
    "s050": "re-asked wrongly",  # 'there was a poster in the toilets at uni'
    "s143": "confirmed wrong",  # "shy and it's miles away"
    "b035": "re-asked wrongly",  # 'during exams mostly'
    "b055": "confirmed wrong",  # 'chatgpt lol'
    "b073": "confirmed wrong",  # "i'd just google it"
    "b138": "confirmed wrong",  # 'ye probs' (offered as a yes since round 11)
    "b142": "re-asked wrongly",  # 'yeah but i didnt have it'
    "c030": "confirmed wrong",  # 'If it was a woman, yes'
    "c033": "re-asked wrongly",  # 'like 2 or 3 lol'
    "c044": "re-asked wrongly",  # 'being able to just turn up'
    "c090": "confirmed wrong",  # 'i walk to school every day'
    "c131": "re-asked wrongly",  # 'a little bit'
}


def _outcome(row: Dict[str, str]) -> str:
    return outcome(case_from_row(row))


def test_the_file_is_large_and_in_batches() -> None:
    assert len(ROWS) >= 500
    assert {row["batch"] for row in ROWS} == {"1", "2", "3"}
    assert len({row["id"] for row in ROWS}) == len(ROWS)
    assert sum(row["expected"] == "REASK" for row in ROWS) / len(ROWS) >= 0.12


@pytest.mark.parametrize("row", ROWS, ids=[row["id"] for row in ROWS])
def test_reply(row: Dict[str, str]) -> None:
    found = _outcome(row)
    if row["id"] in KNOWN_MISSES:
        assert found == KNOWN_MISSES[row["id"]], f"{row['reply']!r}: now {found}"
    else:
        assert found in RIGHT, f"{row['reply']!r} -> {found}"


def test_nothing_else_is_stored_wrong() -> None:
    stored_wrong = {row["id"] for row in ROWS if _outcome(row) == "stored wrong"}
    assert stored_wrong == set()
