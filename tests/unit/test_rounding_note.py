"""A table of whole-number percentages that adds up to 99% or 101% says why (a board
member adds the column up)."""

from __future__ import annotations

from typing import List, Optional

import pytest

from bot.commissioner.dashboard import rounding_note


@pytest.mark.parametrize("percents, note", [
    ([33.3, 33.3, 33.3], "Percentages are rounded to whole numbers, so they add up to 99%, "
                         "not 100%."),
    ([16.7, 16.7, 16.7, 16.7, 16.7, 16.7], "Percentages are rounded to whole numbers, so "
                                           "they add up to 102%, not 100%."),
    ([50.0, 50.0], ""),
    ([74.4, 25.6], ""),  # 74% + 26%
    ([33.3, 33.3, None], ""),  # a hidden one: the table already says what * is
    ([], ""),
])
def test_a_column_that_does_not_add_to_100_says_why(percents: List[Optional[float]],
                                                    note: str) -> None:
    assert rounding_note(percents) == note
