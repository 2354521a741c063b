"""To "How many different medicines / services…?", a reply naming the things one by one
("gp, dentist, pharmacy", "metformin, insulin and my pill", "2 inhalers and sertraline",
"just the pill") counts them; to "How many times…?", times told one by one ("once in march
and once last week", "twice in spring and again in june") are added up. Counting is a
reading of the reply, so it is only offered ("Did you mean: 3?"), never stored on its own.
"""

from __future__ import annotations

import re
from typing import List

from bot.understanding.text import SPACE_RUN, SPACES, prepare, strip_edges, words
from bot.understanding.words import NUMBER_WORDS

# The question counts kinds of thing, not times or amounts.
_DIFFERENT = re.compile(r"\bhow many (?:different|separate|kinds of|types of|sorts of)\b")
# "a&e" is one name, not "a" and "e".
_AND_SIGN_NAMES = re.compile(r"\ba\s*&\s*e\b")
_BREAK = re.compile(SPACES + r"[,;/+&]\s*|" + SPACE_RUN + r"(?:and|n|plus|an|also|then)\s+")
_EDGES = frozenset("my me the a an just only also too oh and then plus like".split())
_ALONE = frozenset("just only".split())
# Words that make a piece something other than one named thing.
_NOT_A_NAME = frozenset(
    "or some few lots loads stuff things thing etc sort kind bits others other more many "
    "none nothing never no not dont didnt idk dunno sure maybe times time once twice every "
    "each day days week weeks month months year years so total count counts".split())
_MAX_PIECE_WORDS = 4
# A number this big in a list of names is a name ("111"), not a count.
_NAME_NUMBER = 100


def _count_of(piece: List[str]) -> int | None:
    """One piece of the list: "sertraline" 1, "2 inhalers" 2, "111" 1; None if not a name."""
    if not piece or len(piece) > _MAX_PIECE_WORDS or _NOT_A_NAME & set(piece):
        return None
    first = piece[0]
    amount = int(first) if first.isdigit() else NUMBER_WORDS.get((first,))
    if len(piece) == 1:
        return 1 if amount is None or (first.isdigit() and amount >= _NAME_NUMBER) else None
    if any(word.isdigit() or (word,) in NUMBER_WORDS for word in piece[1:]):
        return None
    return amount if amount else 1


def named_count(question_text: str, prepared: str) -> int | None:
    """How many things the reply names, when the question counts different things and the
    reply is nothing but their names; None otherwise."""
    if not _DIFFERENT.search(prepare(question_text or "")) or "?" in prepared:
        return None
    parts = _BREAK.split(_AND_SIGN_NAMES.sub("ae", prepared))
    pieces = [words(part) for part in parts]
    alone = len(pieces) == 1 and bool(pieces[0]) and pieces[0][0] in _ALONE
    pieces = [strip_edges(piece, _EDGES) for piece in pieces if piece]
    if len(pieces) < 2 and not alone:
        return None
    counts = [_count_of(list(piece)) for piece in pieces]
    if any(count is None for count in counts):
        return None
    return sum(count for count in counts if count is not None)


# "once in march", "again in june", "the one in the summer", "twice before christmas".
_TIMES_TOLD = {"once": 1, "again": 1, "another": 1, "one": 1, "twice": 2, "thrice": 3}
_TIME_EDGES = frozenset("oh and then also plus the just like um".split())
_MAX_TIME_WORDS = 6


def _times_of(piece: List[str]) -> int | None:
    """One occasion told: "once in march" 1, "twice in may" 2, "3 times in june" 3."""
    if not piece or len(piece) > _MAX_TIME_WORDS or "or" in piece:
        return None
    if piece[0] in _TIMES_TOLD:
        rest = piece[1:]
        told = _TIMES_TOLD[piece[0]]
    elif len(piece) > 1 and piece[1] == "times" and (piece[0].isdigit() or (piece[0],) in
                                                     NUMBER_WORDS):
        rest = piece[2:]
        told = int(piece[0]) if piece[0].isdigit() else NUMBER_WORDS[(piece[0],)]
    else:
        return None
    if any(word.isdigit() or (word,) in NUMBER_WORDS for word in rest):
        return None  # "once in 3 weeks" is a rate, not an occasion
    return told


def times_told(prepared: str) -> int | None:
    """The times a reply tells one by one, added up; None unless it is all such times, two
    or more of them."""
    pieces = [list(piece) for piece in (strip_edges(words(part), _TIME_EDGES)
                                        for part in _BREAK.split(prepared)) if piece]
    counts = [_times_of(piece) for piece in pieces]
    if len(counts) < 2 or any(count is None for count in counts):
        return None
    told = [count for count in counts if count is not None]
    if len(pieces[0]) == 1 and told[0] == sum(told[1:]):
        return told[0]  # "twice, once for my ears and once for my knee": a total, then each
    if any(len(piece) == 1 for piece in pieces):
        return None  # "once and twice": a bare count beside the others adds up to nothing sure
    return sum(told)
