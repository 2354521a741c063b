"""A number answer with a remark beside it: "1, took me 45 minutes on hold", "2 cos of the
8am thing", "zero, never go", "not very, maybe 3".

The reply is cut into clauses (at a comma, a dash, "cos", "tbh", …). A number said in the
first clause is the answer when what follows is only a remark: words of its own, and no
other bare number (a number of minutes, "8am" or "the 18th" is not another answer). A
number said in the last clause, after a remark with no number in it, is only offered.
"""

from __future__ import annotations

import re
from typing import Callable, List, Sequence

from bot.understanding.amounts import UNIT_VOCABULARY
from bot.understanding.result import ANSWERED, CONFIRM, Parsed, guess
from bot.understanding.text import words
from bot.understanding.words import NEGATORS, NUMBER_WORDS

Reader = Callable[[str], Parsed]

_BREAK = re.compile(r"\s*(?:[,;:!?()]|\.(?![0-9])|\s[-\u2013]\s|\s(?:because|cos|coz|cuz|"
                    r"cause|tbh|tho|though|but|as|since|lol|haha)(?=\s))\s*")
# Words after a number that make it a number of something else, not a second answer.
_OF_SOMETHING = UNIT_VOCABULARY | frozenset(
    "am pm oclock mile miles km quid pounds p mins secs seconds".split())
# A remark needs a word of its own: "3, not really" or "3, maybe" say nothing more.
_EMPTY = NEGATORS | frozenset("really sure quite maybe probably prob probs or so and yeah yes "
                               "i think guess lol haha tbh idk dunno um erm well".split())
# Words that change the answer rather than comment on it: "3, or more", "2 - at least".
_CHANGING = frozenset("more less least most plus than over under fewer above below ish".split())
# A number after these is a time of day: "gone by 7", "on my phone til 3".
_AT_A_TIME = frozenset("at by til till until from since before after around gone past".split())
# Around a number said last: "…, maybe 3", "…, like a 6", "…, id say 4".
_HEDGES = frozenset("maybe like about around roughly prob probs probably say id a so ish "
                    "i guess think".split())
_COUNTS = frozenset(("once", "twice", "thrice", "zero", "none", "nil"))


def _clauses(prepared: str) -> List[str]:
    return [part for part in _BREAK.split(prepared) if part and part.strip()]


def _bare_numbers(tokens: Sequence[str]) -> int:
    """Numbers that could be an answer: "4", "four", "twice"; not "45 minutes" or "8am"."""
    found = 0
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        number = token.isdigit() or token in _COUNTS or (
            (token,) in NUMBER_WORDS and token not in ("a", "an"))
        preceding = tokens[index - 1] if index else ""
        if number and following not in _OF_SOMETHING and preceding not in _AT_A_TIME and not (
                preceding.isdigit() and token.isdigit()):  # "7.15" is one time
            found += 1
    return found


def _is_remark(text: str) -> bool:
    tokens = words(text)
    if not tokens or tokens[0] in ("or", "to", "and", "actually", "maybe"):
        return False  # "3, or 4", "2, no 3": not a remark but another answer
    if any(word in _CHANGING for word in tokens):
        return False  # "3, or more", "2 - at least"
    return _bare_numbers(tokens) == 0 and any(word not in _EMPTY for word in tokens)


def beside_a_remark(read: Reader, prepared: str) -> Parsed | None:
    """The answer in the first clause, or offered from the last, around a remark."""
    parts = _clauses(prepared)
    if len(parts) < 2:
        return None
    head, rest = parts[0], " ".join(parts[1:])
    if _bare_numbers(words(head)) and _is_remark(rest):
        said = read(head)
        if said.status in (ANSWERED, CONFIRM):
            return said
    before, last = " ".join(parts[:-1]), parts[-1]
    bare = [word for word in words(last) if word not in _HEDGES]
    if len(bare) == 1 and _bare_numbers(bare) == 1 and _is_remark(before):
        said = read(last)
        if said.status in (ANSWERED, CONFIRM):
            return guess(said.value)
    return None
