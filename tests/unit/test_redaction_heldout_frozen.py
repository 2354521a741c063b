"""Redaction on its blind sets (issue 8, stops 31 and 32): free-text answers written by engineers
who never saw the project, each piece of personal data marked (tests/data/redaction_heldout_r*.csv,
docs/experiments/redaction-r8-31.md, -r8-31s.md, -r8-32*.md). r21-r28 are held out, never tuned
on; r01-r20 were measured as held-out, then spent as the six rounds' tuning material. Each set
has floors at the figures of the sixth round (adopted under rule R8-32d), so that what is
removed does not fall back and what is kept is not lost:

- pieces removed (the piece's text no longer in the stored answer) at least the floor;
- answers with no personal data that come out changed, and `keep` pieces lost, at most the
  ceiling.

Issue 8 sets no figure to reach for redaction; these floors keep today's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.redaction_eval import figures, read
from bot.trust.redaction import redact

DATA = Path(__file__).resolve().parents[1] / "data"

# set: (pieces, removed at least, clean answers changed at most, keep pieces lost at most)
SETS = {
    "r01": (209, 205, 0, 0),
    "r02": (208, 207, 1, 0),
    "r03": (210, 208, 1, 1),
    "r04": (209, 208, 0, 0),
    "r05": (207, 206, 1, 0),
    "r06": (207, 207, 1, 0),
    "r07": (209, 208, 1, 0),
    "r08": (207, 202, 1, 0),
    "r09": (211, 210, 0, 0),
    "r10": (213, 213, 0, 0),
    "r11": (211, 209, 0, 0),
    "r12": (211, 210, 1, 0),
    "r13": (205, 192, 0, 0),
    "r14": (208, 205, 2, 0),
    "r15": (207, 199, 1, 0),
    "r16": (215, 215, 1, 0),
    "r17": (208, 202, 0, 0),
    "r18": (209, 204, 2, 0),
    "r19": (209, 205, 3, 0),
    "r20": (211, 208, 1, 1),
    "r21": (208, 193, 3, 2),
    "r22": (206, 192, 3, 0),
    "r23": (210, 185, 0, 0),
    "r24": (223, 217, 3, 0),
    "r25": (204, 182, 1, 1),
    "r26": (213, 207, 3, 0),
    "r27": (212, 204, 2, 3),
    "r28": (210, 191, 0, 0),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_the_blind_set_keeps_its_figures(name: str) -> None:
    pieces, removed, changed, lost = SETS[name]
    tally, _ = figures(read(DATA / f"redaction_heldout_{name}.csv"), redact)
    assert sum(tally.pieces.values()) == pieces
    assert sum(tally.removed.values()) >= removed
    assert tally.clean_rows == 66
    assert tally.clean_changed <= changed
    assert tally.keep_lost <= lost


def test_every_set_is_accounted_for() -> None:
    found = {path.stem.removeprefix("redaction_heldout_") for path in
             DATA.glob("redaction_heldout_r*.csv")}
    assert found == set(SETS)
