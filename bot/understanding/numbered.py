"""An option number with a comment after it: "3 - it was alright", "number 2 i think
lol", "2 or 3?". Never a number that is an amount ("once a month", "2 a day", "4pm",
"20 mins") or part of a name ("the 42 bus")."""

from __future__ import annotations

import re
from typing import FrozenSet, List, Sequence, Tuple

from bot.understanding.text import strip_edges, words
from bot.understanding.words import (
    EDGE_FILLERS,
    LAST,
    NEGATORS,
    NUMBER_PREFIXES,
    NUMBER_WORDS,
    ORDINAL_FILLERS,
    ORDINALS,
    SEPARATORS,
)

Labels = List[Tuple[str, ...]]
_LETTER_ITEM = re.compile(r"^\W*(?:option |letter )?([a-l])\s*[).:\-]")


# After a number these make it an amount, not an option: "2 a day", "20 mins", "4pm".
_AMOUNT_WORDS = frozenset(
    "x times time minute minutes min mins hour hours hr hrs day days week weeks wk wks month "
    "months year years yr yrs am pm ish oclock night nights pounds quid percent".split())
_RATE_WORDS = frozenset("a an per every each".split())


def _item(token: str) -> int | None:
    if token in ("once", "twice", "thrice"):
        return None  # "once a month" is how often, not option 1
    if token.isascii() and token.isdigit() and len(token) <= 2:
        return int(token)
    if token in ORDINALS and ORDINALS[token] != LAST:
        return ORDINALS[token]
    return NUMBER_WORDS.get((token,))


def leading_positions(prepared: str, tokens: Sequence[str], count: int, labels: Labels
                      ) -> FrozenSet[int]:
    """ "3 - it was alright", "number 2 i think lol", "2 or 3?": the option numbers a reply
    starts with, when what follows is only a comment. Empty when unsure."""
    letter = _LETTER_ITEM.match(prepared)
    if letter:  # "b - was meant to go back after 6 months": a letter, then anything said
        return _lettered(prepared[letter.end():], ord(letter.group(1)) - ord("a") + 1, count)
    if any(any(ch.isdigit() for ch in word) and not (word.isdigit() and int(word) >= 100)
           for label in labels for word in label):
        return frozenset()  # numbers in the labels: "3 days" may be a label (not "NHS 111")
    core = list(strip_edges(tokens, EDGE_FILLERS))
    while core and core[0] in NUMBER_PREFIXES | {"the", "both"}:
        if core[0] == "no" and not (len(core) > 1 and core[1].isdigit()):
            return frozenset()  # "no one knew", not "No. 1"
        if core[0] == "the" and core[1:2] == ["one"]:
            return frozenset()  # "the one near my college" points at a place, not option 1
        core = core[1:]
    positions: List[int] = []
    index = 0
    if letter:
        positions, index = [ord(letter.group(1)) - ord("a") + 1], 1
    while index < len(core):
        item = _item(core[index])
        if item is None:
            break
        if index + 1 < len(core) and core[index + 1] == "of":
            break  # "one of those kits" is not option 1
        positions.append(item)
        index += 1
        while index < len(core) and core[index] in ORDINAL_FILLERS - {"the"}:
            index += 1
        if index < len(core) and core[index] in SEPARATORS | NUMBER_PREFIXES:
            index += 1
        else:
            break
    rest = [t for t in core[index:] if t not in ("one", "ones")]  # "the hospital one"
    if not positions or any(_item(t) is not None or t in NEGATORS for t in rest):
        return frozenset()
    if any(p > count for p in positions) or _an_amount(core[index:index + 2]):
        return frozenset()  # "the 42 bus", "2 a day", "20 mins"
    if any(t.isdigit() for t in rest):
        return frozenset()
    return frozenset(positions)


# After a lettered item, words that bring another answer: "b - or c", "a, no wait b".
_ANOTHER = frozenset("or no not actually and also wait maybe".split())
_ANOTHER_LETTER = re.compile(r"\b[a-l]\s*[).:\-]|\b(?:option|letter)\s+[a-l]\b")


def starts_with_letter(prepared: str) -> bool:
    """ "d. hate phoning", "b - …": the reply opens with an option's letter."""
    return _LETTER_ITEM.match(prepared) is not None


def _lettered(rest: str, position: int, count: int) -> FrozenSet[int]:
    said = words(rest)
    if position > count or (said and said[0] in _ANOTHER) or _ANOTHER_LETTER.search(rest):
        return frozenset()
    return frozenset((position,))


def _an_amount(following: Sequence[str]) -> bool:
    if not following:
        return False
    if following[0] in _AMOUNT_WORDS:
        return True
    return len(following) > 1 and following[0] in _RATE_WORDS and following[1] in _AMOUNT_WORDS
