"""Tick-all-that-apply replies that give options, then a remark: "first one only, she was
sound", "2 and 4. the rest were rubbish", "eczema and psoriasis, they werent sure which". The
remark is not read as options (its "she" or "sound" names none), so what the opening clause
says is offered back.
"""

from __future__ import annotations

import re
from typing import Callable, FrozenSet, Sequence, Set

from bot.understanding.everything import MULTI_FILLERS, Reader, number
from bot.understanding.lexicon import Name
from bot.understanding.matching import name_spans, reply_tokens
from bot.understanding.text import SPACE_RUN, SPACES
from bot.understanding.words import LAST, ORDINALS, SEPARATORS

# The end of the opening clause: a comma, a full stop, a dash between spaces.
_CLAUSE_END = re.compile(SPACES + r"[,.;:!?]\s*|" + SPACE_RUN + r"-\s+")
# Words around positions that say nothing more ("the first one only", "just 2 and 3").
_AROUND = MULTI_FILLERS | SEPARATORS | frozenset("the one ones option options number no "
                                                 "only just".split())


def _position(token: str, count: int) -> int | None:
    """ "2", "second", "last": a 1-based position in the list; never a letter, which may be
    a word ("a")."""
    if token in ORDINALS:
        return count if ORDINALS[token] == LAST else ORDINALS[token]
    return number(token) if token.isdigit() else None


def positions_before_remark(prepared: str, names: Sequence[Name], count: int) -> Set[int] | None:
    """The option indexes an opening clause of positions names, when a remark follows
    that names no option and no position; None otherwise."""
    first, *rest = _CLAUSE_END.split(prepared.strip(), maxsplit=1)
    if not rest or not rest[0].strip():
        return None
    clause = [t for t in reply_tokens(first, tuple(names)) if t not in _AROUND]
    positions = [_position(token, count) for token in clause]
    if not positions or any(p is None or not 1 <= p <= count for p in positions):
        return None
    remark = reply_tokens(rest[0], tuple(names))
    if any(_position(token, count) is not None for token in remark) or name_spans(
            [n for n in names if n.sure], remark):
        return None
    return {p - 1 for p in positions if p is not None}


# A remark that adds ("plus college…", "and…") or doubts ("not sure", "or…") is not set apart.
_NOT_A_REMARK = re.compile(r"^\W*(?:plus|and|n|also|too|as well|oh|or|maybe|not sure|unsure|dunno|"
                           r"idk|i think|probably|prob|probs|possibly|but also|aswell)\b")


def options_before_remark(prepared: str, names: Sequence[Name], label_words: FrozenSet[str],
                          read: Callable[[str], Set[int] | None],
                          read_part: Reader) -> Set[int] | None:
    """The options an opening clause names ("psoriasis and eczema, they werent sure which"),
    read as a reply of its own, when the remark after it names no option, uses no label's
    word and neither adds nor doubts; None otherwise."""
    first, *rest = _CLAUSE_END.split(prepared.strip(), maxsplit=1)
    if not rest or not rest[0].strip() or _NOT_A_REMARK.match(rest[0]):
        return None
    remark = reply_tokens(rest[0], tuple(names))
    if any(token in label_words or _position(token, len(names)) is not None for token in remark
           ) or name_spans(names, remark) or isinstance(read_part(remark)[0], set):
        return None
    return read(first)
