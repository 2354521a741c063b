"""What a regular expression's matches start with, and its parts, read from the pattern.

Used by ``alternatives`` to file each phrase of the lexicon under the characters it
can start with. Written for phrases matched against a normalised message (lower
case letters, digits, spaces): a "\\d" there is one of 0-9. Pure functions, tested
by table.
"""

from __future__ import annotations

import sre_constants as sre
import sre_parse
import string
from functools import cache
from typing import Any, Iterator

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT)


def _first(items: Any) -> tuple[frozenset[str] | None, bool]:
    """(characters a match can start with, or None for "any"; whether it can be empty)."""
    chars: set[str] = set()
    for op, arg in items:
        if op in _ZERO_WIDTH:
            continue
        if op is sre.LITERAL:
            return frozenset(chars | {chr(arg)}), False
        if op is sre.IN:
            for kind, value in arg:
                if kind is sre.LITERAL:
                    chars.add(chr(value))
                elif kind is sre.RANGE:
                    chars.update(chr(code) for code in range(value[0], value[1] + 1))
                elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                    chars.update(string.digits)
                else:  # a negated set or a class such as \w: could be anything
                    return None, False
            return frozenset(chars), False
        if op is sre.BRANCH:
            parts = [_first(alternative) for alternative in arg[1]]
        elif op is sre.SUBPATTERN:
            parts = [_first(arg[-1])]
        elif op in _REPEATS:
            found, empty = _first(arg[2])
            parts = [(found, empty or arg[0] == 0)]
        else:  # any character, a back-reference...
            return None, False
        if any(found is None for found, _ in parts):
            return None, False
        for found, _ in parts:
            chars |= found or set()
        if not any(empty for _, empty in parts):
            return frozenset(chars), False
    return frozenset(chars), True


def first_characters(pattern: str) -> frozenset[str] | None:
    """The characters any match of ``pattern`` must start with, or None if it cannot be told."""
    return _start(pattern)[0]


@cache
def _start(pattern: str) -> tuple[frozenset[str] | None, bool]:
    """(first_characters, starts_at_a_word) from one reading of the pattern."""
    parsed = sre_parse.parse(pattern)
    found, empty = _first(parsed)
    return (None if empty or found is None else found), _at_word_start(parsed)


def _at_word_start(items: Any) -> bool:
    """Whether every match starts with a word edge ("\\b"), after any look-behind."""
    items = list(items)
    for at, (op, arg) in enumerate(items):
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            continue
        if op is sre.AT:
            return arg is sre.AT_BOUNDARY
        if op is sre.SUBPATTERN:
            return _at_word_start(arg[-1])
        if op is sre.BRANCH:
            return all(_at_word_start(alternative) for alternative in arg[1])
        if op in _REPEATS:  # "(?:\bbut )?\bi ...": the part and, if it may be absent, the rest
            return _at_word_start(arg[2]) and (arg[0] > 0 or _at_word_start(items[at + 1:]))
        return False
    return False


def starts_at_a_word(pattern: str) -> bool:
    """Whether every match of ``pattern`` begins at a word edge."""
    return _start(pattern)[1]


def _structure(pattern: str) -> Iterator[tuple[int, str, int]]:
    """(index, character, depth of brackets) of each "(", ")" and "|" that is not
    escaped or inside a set ("[...]", where "]" first or after "^" is a character)."""
    depth, set_from, escaped = 0, -1, False
    for at, char in enumerate(pattern):
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif set_from >= 0:
            if char == "]" and at > set_from + (pattern[set_from] == "^"):
                set_from = -1
        elif char == "[":
            set_from = at + 1
        elif char == "(":
            yield at, char, depth
            depth += 1
        elif char == ")":
            depth -= 1
            yield at, char, depth
        elif char == "|":
            yield at, char, depth


def branches(pattern: str) -> list[str]:
    """The alternatives of ``pattern``'s outermost "|" ("a|b(c|d)" -> ["a", "b(c|d)"])."""
    found, start = [], 0
    for at, char, depth in _structure(pattern):
        if char == "|" and depth == 0:
            found.append(pattern[start:at])
            start = at + 1
    return found + [pattern[start:]]


def _leading_group(pattern: str) -> tuple[int, int] | None:
    """Where the first "(?:...)" of ``pattern`` opens and closes, when nothing before it
    takes a character (a "\\b", a look-behind) and it is not optional or repeated."""
    opened = None
    for at, char, depth in _structure(pattern):
        if depth != 0:
            continue
        if char == "(" and opened is None:
            opened = at
        elif char == ")" and opened is not None:
            if not pattern.startswith("(?:", opened):
                opened = None  # a look-behind: takes no character, look further
                continue
            before = pattern[:opened]
            if before and _first(sre_parse.parse(before)) != (frozenset(), True):
                return None
            if pattern[at + 1:at + 2] in ("?", "*", "+", "{"):
                return None
            return opened, at
        elif char == "|":
            return None
    return None


def starting_with(pattern: str, char: str) -> str:
    """``pattern`` for places that start with ``char``: its leading "(?:a|b|...)" keeps
    only the alternatives that can start with it ("\\b(?:he|she) hits" for "s":
    "\\b(?:she) hits"). Matches exactly where ``pattern`` does at such places."""
    split = _leading_alternatives(pattern)
    if split is None:
        return pattern
    before, alternatives, after = split
    kept = [alternative for alternative, found in alternatives if found is None or char in found]
    return f"{before}(?:{'|'.join(kept)}){after}" if kept else "(?!)"


@cache
def _leading_alternatives(
    pattern: str,
) -> tuple[str, tuple[tuple[str, frozenset[str] | None], ...], str] | None:
    """(what comes before the leading group, its alternatives with their first characters,
    what comes after), or None when the pattern has no such group."""
    group = _leading_group(pattern)
    if group is None:
        return None
    opened, closed = group
    alternatives = tuple(
        (alternative, first_characters(alternative))
        for alternative in branches(pattern[opened + 3:closed])
    )
    return pattern[:opened], alternatives, pattern[closed + 1:]
