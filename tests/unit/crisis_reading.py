"""What the crisis detector makes of a message, for the safeguarding round tables."""

from __future__ import annotations

from typing import Any

import pytest

from bot.trust.safeguarding import detect_concern


def category_read(text: str) -> str | None:
    """The category the detector signposts `text` for ("suicide", "abuse"…), or None."""
    concern = detect_concern(text)
    return None if concern is None else concern.category


# Ordinary messages the stop 27 net flags: the cost it was adopted with (rules R8-27d and
# R8-27e; more crises caught on new writers for a few more look-alikes flagged,
# bench/README.md). Each is a strict expected failure where a table says it must stay clear,
# so a later detector that clears it says so.
NET_FALSE_ALARMS = frozenset({
    "the lads said theyll beat us at football",
    "home alone tonight, no food in so getting a takeaway",
    "i dont plan on seeing my dad this christmas",
    "\U0001fa79\U0001fa79\U0001fa79 blisters from my new shoes again",
})


def clear_unless_known(row: Any) -> Any:
    """A table row (a text, or a tuple starting with one), marked as a strict expected failure
    when its text is one of NET_FALSE_ALARMS (rows that must read as clear)."""
    text = row if isinstance(row, str) else row[0]
    if text not in NET_FALSE_ALARMS:
        return row
    values = (row,) if isinstance(row, str) else tuple(row)
    return pytest.param(*values, marks=pytest.mark.xfail(
        strict=True, reason="flagged by the stop 27 net (its accepted cost)"))
