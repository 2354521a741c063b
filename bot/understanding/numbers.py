"""Replies that are one number: the number read out of hedges ("about 3", "3ish"),
words ("twenty one") and scores ("8/10"). A reply is accepted when it holds exactly
one number and nothing that changes its meaning ("not 3", "more than 3", "3 or 4",
"10+"). Scales, counts and ages build on this (scale.py, counts.py, ages.py).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import Tuple, Union

from rapidfuzz import fuzz

from bot.scripts.questions import Question
from bot.understanding.amounts import MINUS, number_tokens
from bot.understanding.result import AMBIGUOUS, OUT_OF_RANGE, UNRECOGNISED
from bot.understanding.text import strip_edges, words
from bot.understanding.words import EDGE_FILLERS, NEGATORS, NUMBER_WORDS

_LIMIT = Fraction(10**12)  # beyond any real answer; also keeps float() safe
MAX_OTHER_WORDS = 8  # more than this is a sentence, not a number with hedging
_FRACTION_WORDS = frozenset({"/", "out", "of", "outta"})
# These change what the number means: "more than 3" is not 3, "5 working days" not 5 days.
QUALIFIERS = NEGATORS | frozenset(
    "more over less under fewer above below between least most than up upto plus max "
    "min maximum minimum within nearly almost every per each bit odd working business "
    "half".split()
)
_PLUS = re.compile(r"[0-9]\s*\+")  # "10+" is 10 or more


@dataclass(frozen=True)
class Reading:
    value: Fraction
    out_of: Fraction | None  # the denominator of "4/5" or "4 out of 5"
    others: Tuple[str, ...]  # the words around the number


def extract(prepared: str) -> Union[Reading, str]:
    """The single number in a reply, or the reason there isn't one."""
    if _PLUS.search(prepared):
        return UNRECOGNISED
    tokens = and_a_half(number_tokens(prepared))
    positions = [i for i, token in enumerate(tokens) if isinstance(token, Fraction)]
    others = tuple(t for t in tokens if isinstance(t, str) and t not in MINUS)
    if not positions:
        return UNRECOGNISED
    if any(abs(Fraction(tokens[i])) > _LIMIT for i in positions):
        return OUT_OF_RANGE
    if any(word in QUALIFIERS for word in others):
        return UNRECOGNISED
    first = Fraction(tokens[positions[0]])
    if len(positions) == 2:
        between = tokens[positions[0] + 1:positions[1]]
        if not between or not all(isinstance(t, str) and t in _FRACTION_WORDS for t in between):
            return AMBIGUOUS
        rest = tuple(word for word in others if word not in _FRACTION_WORDS)
        return Reading(first, Fraction(tokens[positions[1]]), rest)
    if len(positions) > 2:
        return AMBIGUOUS
    if len(others) > MAX_OTHER_WORDS:
        return UNRECOGNISED
    return Reading(first, None, others)


_NEAR = 85.0  # as close as a misspelt option label must be (matching.FUZZY_CUTOFF)


# Number words spelt as they sound ("wance", "twise", "fiveteen") or in Scots ("twa"):
# too far from the word for a near-miss, and only ever offered.
SOUNDS_LIKE = {"wance": 1, "wonce": 1, "wunce": 1, "wun": 1, "twise": 2, "twyce": 2, "twa": 2,
               "fiev": 5, "fiveteen": 15, "fivteen": 15, "fithteen": 15, "twelf": 12,
               "thirdy": 30, "fourty": 40, "fyve": 5, "fyv": 5, "sicks": 6, "siks": 6, "sics": 6,
               "nyne": 9, "fower": 4, "sevan": 7, "sevin": 7,
               # words of their own, a number only when that is all the reply says: "for",
               # "ate", or "tree days" (the unit after it)
               "tree": 3, "for": 4, "fore": 4, "ate": 8, "won": 1}
# A unit after the number ("thre weeks", "for times") and hedges before it ("about fyve").
_UNIT_AFTER = frozenset("day days week weeks time times hour hours month months year years "
                        "night nights hrs mins minutes".split())
_HEDGES = frozenset("about around roughly approx like maybe prob probably".split())


def misspelt_number(prepared: str) -> int | None:
    """ "thre", "sevn": one word, four letters or more, starting as it does and close to
    exactly one number word.
    Only ever offered ("Did you mean 3?"): "for" or "tree" are words of their own."""
    said = [word for word in words(prepared) if word not in _HEDGES]
    if said[-1:] and said[-1] in _UNIT_AFTER:
        said = said[:-1]
    core = said if said in (["for"], ["fore"]) else strip_edges(said, EDGE_FILLERS)
    if len(core) == 1 and core[0] in SOUNDS_LIKE:
        return SOUNDS_LIKE[core[0]]
    if len(core) != 1 or len(core[0]) < 4 or not core[0].isalpha() or (core[0],) in NUMBER_WORDS:
        return None
    close = {value for key, value in NUMBER_WORDS.items()
             if len(key) == 1 and key[0][0] == core[0][0] and fuzz.ratio(core[0], key[0]) >= _NEAR}
    return close.pop() if len(close) == 1 else None


def round_half_up(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def in_range(value: Fraction, question: Question) -> bool:
    low, high = question.minimum, question.maximum
    return (low is None or value >= Fraction(low)) and (high is None or value <= Fraction(high))


def and_a_half(tokens: list) -> list:
    """ "seven and a half" is 7.5; any other "half" stays a word, and a qualifier."""
    for index in range(len(tokens) - 3):
        if isinstance(tokens[index], Fraction) and tokens[index + 1] in ("and", "n") and tokens[
                index + 2:index + 4] == ["a", "half"]:  # "six and a half", "six n a half"
            return tokens[:index] + [tokens[index] + Fraction(1, 2)] + tokens[index + 4:]
    return tokens
