"""A second answer added with "also" to a single-choice question: "im at college and i also
care for my dad most days" to "Which best describes…?" (At college | Caring full time) names
two, so it is asked which, never stored as the first.
"""

from __future__ import annotations

import re
from typing import Sequence

from bot.understanding.related import stem
from bot.understanding.text import prepare, words
from bot.understanding.words import ARTICLES, EDGE_FILLERS, NEGATORS, STOPWORDS

_ALSO = re.compile(r"\b(?:(?:and|but|plus)\s+(?:i\s+|im\s+|i am\s+)?(?:also|as well)|"
                   r"as well as)\b(.*)$")
_PLAIN = STOPWORDS | ARTICLES | EDGE_FILLERS | NEGATORS
_MIN_WORD = 4


def _root(word: str) -> str:
    """ "caring", "care", "cares" -> "car"; "working", "work" -> "work"."""
    return stem(word).rstrip("e")


def also_another(options: Sequence[str], prepared: str, read: str) -> str | None:
    """The other option a clause after "also" is about, by a word of its label only that
    option has; None if there is no such clause or it is about the option read."""
    found = _ALSO.search(prepared)
    if found is None:
        return None
    said = {_root(w) for w in words(found.group(1)) if len(w) >= _MIN_WORD and w not in _PLAIN}
    owners: dict[str, set[int]] = {}
    for index, option in enumerate(options):
        for word in words(prepare(option)):
            if len(word) >= _MIN_WORD and word not in _PLAIN:
                owners.setdefault(_root(word), set()).add(index)
    others = {next(iter(i)) for root, i in owners.items() if len(i) == 1 and root in said}
    others.discard(options.index(read))
    return options[others.pop()] if len(others) == 1 else None
