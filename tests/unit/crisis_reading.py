"""What the crisis detector makes of a message, for the safeguarding round tables."""

from __future__ import annotations

from typing import Any

import pytest

from bot.trust.safeguarding import detect_concern


def category_read(text: str) -> str | None:
    """The category the detector signposts `text` for ("suicide", "abuse"…), or None."""
    concern = detect_concern(text)
    return None if concern is None else concern.category


# Ordinary messages the shipped net flags: the cost it was adopted with. Each is a strict
# expected failure where a table says it must stay clear, so a later detector that clears it
# says so.
NET_FALSE_ALARMS = frozenset({
    # the stop 30 net (rule R8-30, docs/experiments/rule-r8-30.md: it learns the tables, and
    # cleared the ten accepted before it; at most 5 rows): a reply of the spent answer set
    # answers_heldout_v3.csv
    "to ask about a rash on my arm, she had a look",
    # the stop 30 net once it learnt the chat sets c3-c8 too (rule R8-30c,
    # docs/experiments/rule-r8-30c.md): a reply of the spent answer set answers_heldout.csv
    "I have been to dentist not ever in my life",
})


def clear_unless_known(row: Any, text: str | None = None) -> Any:
    """A table row (a text, or a tuple starting with one), marked as a strict expected failure
    when its text (or `text`, the row's text that must read as clear) is one of
    NET_FALSE_ALARMS."""
    text = text if text is not None else row if isinstance(row, str) else row[0]
    if text not in NET_FALSE_ALARMS:
        return row
    values = (row,) if isinstance(row, str) else tuple(row)
    return pytest.param(*values, marks=pytest.mark.xfail(
        strict=True, reason="flagged by the shipped net (its accepted cost)"))
