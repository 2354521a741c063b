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
    # the stop 23 net, rebuilt on the spent v6 and v7 (danger): kept for 29 held-out crises
    # caught that main missed, 3 the other way (docs/clinical-safety.md)
    "my ex is sitting outside the cafe with his new girlfriend",
    # the stop 27 net (rules R8-27d and R8-27e; more crises caught on new writers for a few
    # more look-alikes flagged, bench/README.md), still flagged by stop 29's
    "the lads said theyll beat us at football",
    "home alone tonight, no food in so getting a takeaway",
    "i dont plan on seeing my dad this christmas",
    "\U0001fa79\U0001fa79\U0001fa79 blisters from my new shoes again",
    # the stop 29 net (rule R8-29d, docs/experiments/rule-r8-29.md: at most 5 table rows)
    "stabbing pains in my side",
    "theres someone in the garden",
    "the only way to get fit is to run every day",
    "this is my last survey before i leave the service, thank you",
    "the bus went the wrong way and the driver wont stop apologising",
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
