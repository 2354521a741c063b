"""Words of a label said in another form: "ice and rest" to "Rested and iced it", "booked"
to "Book online". The same word with an ending added or dropped is most likely meant, but
it may be another word, so a reading found this way is only offered back. So is a label's
own negation said with another ("never used one" to "Haven't used one"), and a label by its
initials ("mh" for "Mental health").
"""

from __future__ import annotations

from typing import FrozenSet, Sequence, Set, Tuple

from bot.understanding.words import ARTICLES, NEGATORS, STOPWORDS

_ENDINGS = ("ed", "d", "ing", "s", "es")
_SHORTEST = 3  # "ice" of "iced"; shorter words are too often other words


def another_form(token: str, word: str) -> bool:
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
             if all(any(another_form(t, word) for word in label) for t in words)}
    return found if len(found) == 1 else set()


def negation_said_otherwise(labels: Sequence[Tuple[str, ...]], core: Sequence[str],
                            quiet: FrozenSet[str]) -> Tuple[Set[int], bool]:
    """The one option whose label opens with a negation ("Haven't used one", "No periods") that
    the reply says with another ("never used one", "i dont get periods"): the words after the
    negation are the rest of the label's, in any form; and whether they are the label's own
    words as they stand. None if no label, or two, fit."""
    said = [t for t in core if t != "i"]
    if len(said) < 2 or said[0] not in NEGATORS:
        return set(), False
    rest = [t for t in said[1:] if t not in quiet]
    found = {i for i, label in enumerate(labels) if label and label[0] in NEGATORS and rest
             and label[0] != said[0]
             and all(any(t == word or another_form(t, word) for word in label[1:]) for t in rest)}
    if len(found) != 1:
        return set(), False
    return found, rest == list(labels[next(iter(found))][1:])


# Words that are words, not a label's initials ("no" is not "No one", "it" not "In town").
_NOT_INITIALS = NEGATORS | STOPWORDS | ARTICLES | frozenset(
    "ok ya ye yh ah oh um eh hi yo lol idk tbh omg ngl fr he she we me us my you ur it in on at "
    "to so do go be no na da ma pa".split())


def by_initials(labels: Sequence[Tuple[str, ...]], core: Sequence[str]) -> Set[int]:
    """The one option whose label's words start with the letters of a short reply word ("mh"
    for "Mental health", "sh" for "Sexual health"): only a guess; else none."""
    if len(core) != 1 or not 2 <= len(core[0]) <= 3 or not core[0].isalpha() or (
            core[0] in _NOT_INITIALS):
        return set()
    found = {i for i, label in enumerate(labels)
             if "".join(word[0] for word in label if word not in ARTICLES
                        and word not in STOPWORDS) == core[0]}
    return found if len(found) == 1 else set()
