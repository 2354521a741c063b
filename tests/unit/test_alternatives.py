"""bot/trust/alternatives.py: many patterns searched as one find what each would find."""

from __future__ import annotations

import re

import pytest

from bot.trust.alternatives import either, first_characters


@pytest.mark.parametrize(
    ("pattern", "first"),
    [
        (r"\bkms\b", {"k"}),
        (r"(?<![0-9] )\bkms\b", {"k"}),
        (r"^cut again", {"c"}),
        (r"\b(?:want|need) to die", {"w", "n"}),
        (r"\b(?:i |)cut", {"i", "c"}),
        (r"(?:my )?self ?harm", {"m", "s"}),
        (r"[2-9][0-9] year old", set("23456789")),
        (r"\w+ me", None),
        (r"(?:^|took )pills", {"t", "p"}),  # "^" takes no character: "pills" can start it
        (r"(?:^|took )(?:\w+ )?pills", None),
        (r"a?", None),
        (r".", None),
    ],
)
def test_first_characters(pattern: str, first: set[str] | None) -> None:
    assert first_characters(pattern) == (None if first is None else frozenset(first))


PATTERNS = (
    r"\bkms\b",
    r"(?<![0-9] )\bkm\b",
    r"\b(?:want|need) to die\b",
    r"^cut (?:again|today)\b",
    r"\b(?:my )?self ?harm\w*",
    r"(?:^|\btook )(?:\w+ )?pills pills\b",
    r"\w+ hits me\b",
    r"\b[2-9][0-9] ?yo\b",
    r"\bÉ\b",  # outside the plain letters: searched everywhere
)
TEXTS = [
    "kms", "5 km to the clinic", "i walked 1 km", "i want to die", "i need to dye",
    "cut again", "i cut again", "selfharm", "my self harming", "took my pills pills",
    "pills pills", "i took pills", "he hits me", "a 25yo messages me", "a 15yo",
    "", "É", "nothing here",
]


@pytest.mark.parametrize("text", TEXTS)
def test_either_finds_what_any_pattern_finds(text: str) -> None:
    plain = re.compile("|".join(f"(?:{p})" for p in PATTERNS))
    assert (either(PATTERNS).search(text) is None) == (plain.search(text) is None)


def test_either_of_nothing_matches_nothing() -> None:
    assert either(()).search("anything") is None
