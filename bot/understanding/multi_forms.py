"""Words of a label said in another form: "ice and rest" to "Rested and iced it", "booked"
to "Book online". The same word with an ending added or dropped is most likely meant, but
it may be another word, so a reading found this way is only offered back.
"""

from __future__ import annotations

from typing import Sequence, Set, Tuple

from bot.understanding.words import ARTICLES, STOPWORDS

_ENDINGS = ("ed", "d", "ing", "s", "es")
_SHORTEST = 3  # "ice" of "iced"; shorter words are too often other words


def _forms(token: str, word: str) -> bool:
    """One is the other with an ending added ("rest", "rested")."""
    short, long = sorted((token, word), key=len)
    return len(short) >= _SHORTEST and long != short and any(
        long == short + ending for ending in _ENDINGS)


def label_word_forms(labels: Sequence[Tuple[str, ...]], core: Sequence[str]) -> Set[int]:
    """The one option whose label has each word of `core` in another form; else none."""
    words = [t for t in core if t not in STOPWORDS and t not in ARTICLES]
    if not words:
        return set()
    found = {i for i, label in enumerate(labels)
             if all(any(_forms(t, word) for word in label) for t in words)}
    return found if len(found) == 1 else set()
