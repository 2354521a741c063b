"""Many regular expressions searched as one, quickly.

A plain alternation "a|b|c..." of a few hundred phrases tries every phrase at
every word of a message. Grouping the phrases by the character each match must
start with ("(?=k)(?:kms|kill...)|(?=w)(?:want to die|...)") lets the search
skip, with one cheap look-ahead, every group that cannot start where it is. The
answer to "does any phrase match?" is the same; only which alternative wins at
one position may differ, so use ``either`` for searching, not for substituting.
Pure functions, tested by table.
"""

from __future__ import annotations

import re
import sre_constants as sre
import sre_parse
import string
from typing import Any, Pattern

# Characters a normalised message is made of; anything else goes in the slow group.
_PLAIN = frozenset(string.ascii_lowercase + string.digits + " #")
# A phrase that can start with more characters than this is searched everywhere: copying
# it into many groups makes the pattern slow to compile (once) for little gain.
_MOST_GROUPS = 8
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
    found, empty = _first(sre_parse.parse(pattern))
    return None if empty or found is None else found


def either(patterns: tuple[str, ...]) -> Pattern[str]:
    """One pattern that finds a match wherever any of ``patterns`` would."""
    groups: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for pattern in patterns:
        found = first_characters(pattern)
        if found is None or not found <= _PLAIN or len(found) > _MOST_GROUPS:
            anywhere.append(pattern)
            continue
        for char in found:
            groups.setdefault(char, []).append(pattern)
    parts = [
        f"(?={re.escape(char)})(?:{'|'.join(f'(?:{p})' for p in members)})"
        for char, members in sorted(groups.items())
    ]
    parts += [f"(?:{p})" for p in anywhere]
    return re.compile("|".join(parts) or "(?!)")
