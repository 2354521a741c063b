"""Everyday English words, lower case (SCOWL's British English list, words it writes in lower
case; made by bench/everyday_words.py). Redaction uses them to tell a name or a place typed in
lower case from a word. Read on first use, not at import."""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

WORDS_FILE = Path(__file__).with_name("everyday_words.txt.gz")


@functools.cache
def everyday_words() -> frozenset[str]:
    with gzip.open(WORDS_FILE, "rt", encoding="utf-8") as handle:
        return frozenset(line.strip() for line in handle if line.strip())


_ENDINGS = (("ing", ("", "e")), ("ed", ("", "e")), ("es", ("",)), ("s", ("",)), ("ly", ("",)),
            ("er", ("", "e")), ("est", ("", "e")), ("d", ("",)))


def is_everyday(word: str) -> bool:
    """`word` (lower case) or the word it is made from ("messaged", "ringing") is everyday."""
    words = everyday_words()
    if word in words:
        return True
    for ending, restores in _ENDINGS:
        if word.endswith(ending) and len(word) > len(ending) + 2:
            stem = word[: -len(ending)]
            if any(stem + restore in words for restore in restores):
                return True
            if len(stem) > 2 and stem[-1] == stem[-2] and stem[:-1] in words:
                return True  # "stopped", "shopping"
    return False
