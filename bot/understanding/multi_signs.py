"""Signs, in a tick-all-that-apply reply, that a reading is not the whole story: a word
found only as the start of a label ("bein" of "Being bullied"), two labels' words read as
one misspelt label ("record results"), an unread word opening another option's label
("someone" of "Someone to go with"), and a label's first word with other words in place of
its own ("staff who get lgbt stuff" to "Staff my age").
"""

from __future__ import annotations

from typing import FrozenSet, List, Sequence, Set, Tuple

from bot.understanding.everything import MULTI_FILLERS, Labels
from bot.understanding.lexicon import Name
from bot.understanding.words import ARTICLES, NEGATORS, STOPWORDS


def only_a_start(names: Sequence[Name], labels: Labels, core: Sequence[str],
                 indexes: FrozenSet[int]) -> bool:
    """One word, found only as the start of a label ("bein" of "Being left out"), not as a
    word of it or a name of the option."""
    if len(core) != 1:
        return False
    word = core[0]
    return not any(word in labels[i] or any(n.index == i and word in n.tokens for n in names)
                   for i in indexes)


def words_of_several(labels: Labels, core: Sequence[str]) -> bool:
    """Each word is a word of some label, and they come from two labels or more."""
    owners = [{i for i, label in enumerate(labels) if token in label} for token in core
              if token not in STOPWORDS]
    if len(owners) < 2 or not all(owners):
        return False
    return len(set().union(*owners)) > 1 and not set.intersection(*owners)


def opens_another(labels: Labels, chosen: Set[int], unread: Sequence[str]) -> bool:
    """A word left unread beside the options read is the first word of another option's
    label ("someone" of "Someone to go with"): the reply may tick that one too."""
    firsts = {(_content(label) or [""])[0] for i, label in enumerate(labels) if i not in chosen}
    return any(len(token) > 3 and token in firsts and token not in MULTI_FILLERS
               and token not in NEGATORS for token in unread)  # "so i cant go": no opener


def _content(words: Sequence[str]) -> List[str]:
    return [w for w in words if w not in STOPWORDS and w not in ARTICLES]


def qualified_otherwise(labels: Labels, core: Sequence[str], indexes: FrozenSet[int]) -> bool:
    """The reply has a label's first word but none of its others, and words of its own in
    their place ("staff who get lgbt stuff" to "Staff my age"): the same thing, said to be
    another kind of it."""
    if len(indexes) != 1:
        return False
    label = _content(labels[next(iter(indexes))])
    said = _content(core)
    if len(label) < 2 or not said or said[0] != label[0]:
        return False
    rest = said[1:]
    return len(rest) >= 2 and not any(_alike(w, word) for w in rest for word in label[1:])


def _alike(token: str, word: str) -> bool:
    """The same word, or one starting the other ("wait", "waiting")."""
    return token == word or (min(len(token), len(word)) >= 3 and (
        token.startswith(word) or word.startswith(token)))


_BEING_NOT = frozenset(("not", "never"))


def denied(labels: Labels, core: Sequence[str], indexes: FrozenSet[int]) -> bool:
    """ "not a …" before the words a label was found by, the negation not the label's own
    ("im not a carer" to "Young carers group"): the reply says what it is not."""
    own = {word for i in indexes for word in labels[i]}
    return any(token in _BEING_NOT and token not in own and following in ("a", "an")
               for token, following in zip(core, core[1:], strict=False))


_FROM = frozenset(("from", "off"))
_BEFORE_SOURCE = ARTICLES | frozenset(("my", "our", "their", "her", "his"))


def sourced_otherwise(tokens: Sequence[str], spans: Sequence[Tuple[int, int, int]],
                      labels: Labels) -> Set[int]:
    """Options whose label says where a thing came from ("Painkillers from a shop"), named
    with another option as where it came from ("naproxen from the doctor" beside Prescription
    medicine): the thing is not ticked as that option."""
    found: Set[int] = set()
    starts = {start: index for start, _, index in spans}
    for _, end, index in spans:
        if "from" not in labels[index]:
            continue
        at = end
        if at < len(tokens) and tokens[at] in _FROM:
            at += 1
            while at < len(tokens) and tokens[at] in _BEFORE_SOURCE:
                at += 1
        source = next((starts[p] for p in range(end, at + 1) if p in starts), None)
        if source is not None and source != index:
            found.add(index)
    return found


def negation_unsaid(labels: Labels, core: Sequence[str], indexes: FrozenSet[int]) -> bool:
    """The label says "not" ("I'm not registered there") and the reply, with its other
    words, says no negation at all ("registered"): it may say the opposite, so only offered."""
    return len(indexes) == 1 and any(word in NEGATORS for word in labels[next(iter(indexes))]
                                     ) and not any(token in NEGATORS for token in core)

