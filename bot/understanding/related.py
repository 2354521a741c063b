"""Words a reply shares with one option's label, as a hint: "the wait" for "Waiting
time", "someone to talk to" for "Talking to an adviser", "didnt know where it was"
for "Didn't know where to go".

Only ever a guess ("Did you mean…?"): a shared word says what the reply is about,
not that it picks that option.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, FrozenSet, List, Sequence, Set, Tuple

from bot.understanding.words import (
    ARTICLES,
    EDGE_FILLERS,
    GENERIC_WORDS,
    NEGATORS,
    STOPWORDS,
)

Labels = Sequence[Tuple[str, ...]]
_PLAIN = STOPWORDS | GENERIC_WORDS | EDGE_FILLERS | NEGATORS | ARTICLES
_SUFFIXES = ("ing", "ed", "es", "s")
_MIN_STEM = 3
_MIN_RUN = 3  # "dont want to", "didnt know where": three words in the label's order
# Short words too common to hint at an option ("age" of "someone my age" still does).
_COMMON = frozenset("one get got can out own way bit lot new old big day go see".split())


def stem(word: str) -> str:
    """ "waiting", "waits" -> "wait"; "talking" -> "talk"; "stopping" -> "stop"; "vaped",
    "vape" -> "vap"."""
    if word.endswith("e") and len(word) > 4:
        return word[:-1]
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= _MIN_STEM:
            base = word[:-len(suffix)]
            if len(base) > _MIN_STEM and base[-1] == base[-2] and base[-1] not in "ls":
                base = base[:-1]
            return base
    return word


@lru_cache(maxsize=512)
def _distinctive(labels: Tuple[Tuple[str, ...], ...]) -> Dict[str, int]:
    """Stems of the words that belong to exactly one label (not "the", "time", "not")."""
    owners: Dict[str, Set[int]] = {}
    for index, label in enumerate(labels):
        for word in label:
            if len(word) >= 3 and word not in _PLAIN | _COMMON and not word.isdigit():
                owners.setdefault(stem(word), set()).add(index)
    return {word: next(iter(found)) for word, found in owners.items() if len(found) == 1}


def _runs(labels: Labels, core: Sequence[str]) -> Set[int]:
    """Options whose label shares a run of three or more words with the reply."""
    plain = [t for t in core if t not in ("the", "a", "an")]
    found = set()
    for index, label in enumerate(labels):
        words = [t for t in label if t not in ("the", "a", "an")]
        for size in range(len(words), _MIN_RUN - 1, -1):
            if any(_inside(plain, words[k:k + size]) for k in range(len(words) - size + 1)):
                found.add(index)
                break
    return found


def _inside(whole: List[str], part: List[str]) -> bool:
    size = len(part)
    return any(whole[k:k + size] == part for k in range(len(whole) - size + 1))


def related_options(labels: Labels, core: Sequence[str]) -> FrozenSet[int]:
    """The options a reply shares a distinctive word (or a run of words) with."""
    owners = _distinctive(tuple(tuple(label) for label in labels))
    found = {owners[stem(token)] for token in core
             if len(token) >= 3 and token not in _PLAIN | _COMMON and stem(token) in owners}
    return frozenset(found | _runs(labels, core))
