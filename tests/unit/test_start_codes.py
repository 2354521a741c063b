"""Which words of a first message could be a consultation code (bot/engine/start.py)."""

from __future__ import annotations

import pytest

from bot.engine.start import candidate_codes


@pytest.mark.parametrize("text, codes", [
    ("MIND24", ["MIND24"]),
    ("start mind24", ["START", "MIND24"]),
    ("hi, code is Mind24!", ["CODE", "MIND24"]),
    ("?c=MIND24", ["MIND24"]),
    ("24", []),
    ("", []),
    ("a b", []),
    ("ABCDEFGHIJKLM", []),  # longer than any code
    # The plain form every check reads: full-width, styled, accented, invisible characters.
    ("ＭＩＮＤ２４", ["MIND24"]),
    ("𝐌𝐈𝐍𝐃𝟐𝟒", ["MIND24"]),
    ("MIN\u200bD24", ["MIND24"]),
    ("\u041cIND24", ["MIND24"]),  # a Cyrillic М
])
def test_candidate_codes(text: str, codes: list[str]) -> None:
    assert candidate_codes(text) == codes
