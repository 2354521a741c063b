"""Many regular expressions searched as one, quickly.

A plain alternation "a|b|c..." of a few hundred phrases tries every phrase at
every place in a message. Here each phrase (each alternative of it, on its own)
is filed under the characters its matches can start with, narrowed to the words
of its leading group that start with that character ("\\b(?:he|she) hits" is
"\\b(?:she) hits" under "s"), so the search skips, with one cheap look-ahead,
every group that cannot start where it is ("(?=k)(?:kms|kill...)|(?=w)(...)"),
and phrases that start at a word ("\\b...") are tried only where a word starts.

``either`` answers "does any phrase match?"; which phrase wins at one place may
differ from "a|b|c", so it is for searching. ``in_order`` keeps the choice of
"a|b|c" (the earliest listed that matches there), for cutting text out.
Pure functions, tested by table.
"""

from __future__ import annotations

import re
import string
from typing import NamedTuple, Pattern

from bot.trust.pattern_parts import branches, first_characters, starting_with, starts_at_a_word

# Characters a normalised message is made of; anything else goes in the slow group.
_PLAIN = frozenset(string.ascii_lowercase + string.digits + " #")
# A phrase that can start with more characters than this is searched everywhere.
_MOST_GROUPS = 16


class _Phrase(NamedTuple):
    pattern: str
    starts: frozenset[str] | None  # None: could start anywhere
    at_word: bool


def _phrases(patterns: tuple[str, ...]) -> list[_Phrase]:
    """Each alternative of each pattern on its own, in order, with where it can start."""
    found = []
    for branch in (branch for pattern in patterns for branch in branches(pattern)):
        starts = first_characters(branch)
        if starts is None or not starts <= _PLAIN or len(starts) > _MOST_GROUPS:
            found.append(_Phrase(branch, None, False))
        else:
            found.append(_Phrase(branch, starts, starts_at_a_word(branch) and "#" not in starts))
    return found


def _grouped(groups: dict[str, list[str]]) -> list[str]:
    return [
        f"(?={re.escape(char)})(?:{'|'.join(f'(?:{p})' for p in members)})"
        for char, members in sorted(groups.items()) if members
    ]


def _compiled(at_words: dict[str, list[str]], inside: dict[str, list[str]],
              anywhere: list[str]) -> Pattern[str]:
    parts = [rf"\b(?:{'|'.join(_grouped(at_words))})"] if any(at_words.values()) else []
    parts += _grouped(inside) + [f"(?:{p})" for p in anywhere]
    return re.compile("|".join(parts) or "(?!)")


def either(patterns: tuple[str, ...]) -> Pattern[str]:
    """One pattern that finds a match wherever any of ``patterns`` would."""
    at_words: dict[str, list[str]] = {}
    inside: dict[str, list[str]] = {}
    anywhere: list[str] = []
    for phrase in _phrases(patterns):
        if phrase.starts is None:
            anywhere.append(phrase.pattern)
            continue
        into = at_words if phrase.at_word else inside
        for char in phrase.starts:
            into.setdefault(char, []).append(starting_with(phrase.pattern, char))
    return _compiled(at_words, inside, anywhere)


def in_order(patterns: tuple[str, ...]) -> Pattern[str]:
    """One pattern that, where several of ``patterns`` match at one place, takes the
    earliest listed, as "a|b|c" does."""
    phrases = _phrases(patterns)
    chars = sorted({char for phrase in phrases for char in phrase.starts or ()})
    # At a word's start every phrase that can start with its character is tried, in
    # list order; inside a word, only those that need no word edge. A phrase that can
    # start anywhere joins every group, in its place in the list, and is tried last.
    at_words = {
        char: [p.pattern if p.starts is None else starting_with(p.pattern, char)
               for p in phrases if p.starts is None or char in p.starts]
        for char in chars
    }
    inside = {
        char: [p.pattern if p.starts is None else starting_with(p.pattern, char)
               for p in phrases if p.starts is None or (char in p.starts and not p.at_word)]
        for char in chars
    }
    anywhere = [p.pattern for p in phrases if p.starts is None]
    return _compiled(at_words, inside, anywhere)
