"""bot/trust/pattern_parts.py: what a pattern's matches start with, and its parts."""

from __future__ import annotations

import re

import pytest

from bot.trust.pattern_parts import branches, first_characters, starting_with, starts_at_a_word


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
        (r"\d+ years", set("0123456789")),  # a normalised message has only 0-9
        (r"\w+ me", None),
    ],
)
def test_first_characters(pattern: str, first: set[str] | None) -> None:
    assert first_characters(pattern) == (None if first is None else frozenset(first))




@pytest.mark.parametrize(
    ("pattern", "parts"),
    [
        (r"a|b(c|d)", ["a", "b(c|d)"]),
        (r"\b(?:x|y)z", [r"\b(?:x|y)z"]),
        (r"[|]a|b", ["[|]a", "b"]),
        (r"[]|]a|b", ["[]|]a", "b"]),
        (r"[^]|]x|y", ["[^]|]x", "y"]),
        (r"\|a|b", [r"\|a", "b"]),
        (r"(?<!a|b)c|d", ["(?<!a|b)c", "d"]),
        ("", [""]),
    ],
)
def test_branches(pattern: str, parts: list[str]) -> None:
    assert branches(pattern) == parts


@pytest.mark.parametrize(
    ("pattern", "at_word"),
    [
        (r"\bkms", True),
        (r"(?<![0-9] )\bkms", True),
        (r"\b(?:a|b)|\bc", True),
        (r"(?:\bx|\by)z", True),
        (r"(?:\bbut )?\bi x", True),
        (r"\ba|c", False),
        (r"(?:\bbut )?i x", False),
        (r"^cut", False),
        (r"cut", False),
    ],
)
def test_starts_at_a_word(pattern: str, at_word: bool) -> None:
    assert starts_at_a_word(pattern) is at_word


@pytest.mark.parametrize(
    ("pattern", "char", "narrowed"),
    [
        (r"\b(?:he|she) hits", "s", r"\b(?:she) hits"),
        (r"(?<!need )\b(?:ab|cd|(?:my )?ef) x", "m", r"(?<!need )\b(?:(?:my )?ef) x"),
        (r"\b(?:a\w*|bc) y", "a", r"\b(?:a\w*) y"),
        (r"\b(?:a|b)? x", "a", r"\b(?:a|b)? x"),  # optional: left whole
        (r"\bx(?:a|b)", "x", r"\bx(?:a|b)"),  # not leading: left whole
        (r"\b(?:(?:a|b)c|d) e", "b", r"\b(?:(?:a|b)c) e"),
    ],
)
def test_starting_with(pattern: str, char: str, narrowed: str) -> None:
    assert starting_with(pattern, char) == narrowed


@pytest.mark.parametrize("pattern", [
    r"\b(?:he|she|they|my \w+|some1) (?:hits|hurts) me\b",
    r"(?<!not )\b(?:(?:my )?self ?harm\w*|sh|cut\w*) (?:again|today)\b",
    r"\b(?:[0-9]+|two|three) (?:days|weeks)\b",
])
@pytest.mark.parametrize("text", [
    "she hits me", "he hurts me", "my dad hits me", "some1 hits me", "they hit me",
    "not self harm again", "i self harmed today", "myself harm again", "sh today", "cutting again",
    "2 days", "three weeks", "12 weeks", "no days",
])
def test_starting_with_matches_where_the_pattern_does(pattern: str, text: str) -> None:
    whole = re.compile(pattern)
    for at, char in enumerate(text):
        narrowed = re.compile(starting_with(pattern, char))
        assert bool(narrowed.match(text, at)) == bool(whole.match(text, at)), (text, at)
