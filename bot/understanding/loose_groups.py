"""Tick-all-that-apply replies that name a group loosely, so are only offered back:
"got all of those yeah", "mum says i had all of them except flu", "never tried the
app but all the rest yeah", "not evenings" (to a list of times or days), and an
"everything except …" followed by a remark of its own.

Each returns the chosen option indexes (always a guess) or None when the reply is not
of that kind; everything.py holds the plainer forms that may be stored at once.
"""

from __future__ import annotations

import re
from typing import Sequence, Set, Tuple

from bot.understanding.everything import (
    ANY_OF_THEM,
    MULTI_FILLERS,
    OK_TAIL,
    Labels,
    Reader,
    excluding,
    real_options,
)
from bot.understanding.lexicon import Name
from bot.understanding.matching import name_spans, reply_tokens
from bot.understanding.text import strip_edges
from bot.understanding.words import ALL_PHRASES, NEGATORS

# Words around "all of those" that say nothing more: "got all of those yeah".
_AROUND_ALL = frozenset("got had have ive i yeah yes yep ya yeh done tbh lol really pretty much "
                        "think so ok okay used use do did literally basically honestly "
                        "definitely defo deffo def probably".split())
_MAX_PREAMBLE = 5


def _all_run(core: Sequence[str]) -> Tuple[int, int] | None:
    """Where the longest "all of them" phrase in the reply starts and ends."""
    for size in range(min(len(core), 4), 0, -1):
        for start in range(len(core) - size + 1):
            if tuple(core[start:start + size]) in ALL_PHRASES:
                return start, start + size
    return None


def all_with_chatter(core: Sequence[str], labels: Labels) -> Set[int] | None:
    """ "got all of those yeah", "yeah had all of them", "yeah both" (of two): every real
    option, offered."""
    real = real_options(labels)
    if len(real) == 2 and "both" in core and set(core) - {"both"} <= _AROUND_ALL:
        return real
    run = _all_run(core)
    if run is None or (run[0] == 0 and run[1] == len(core)):
        return None
    rest = list(core[:run[0]]) + list(core[run[1]:])
    return real if set(rest) <= _AROUND_ALL else None


def excluding_after_preamble(labels: Labels, core: Sequence[str], read: Reader
                             ) -> Set[int] | None:
    """ "mum said i had all of them except flu": a few words naming no option, then an
    "all except …"; offered, since the opening words may change what is meant."""
    run = _all_run(core)
    if run is None or not 0 < run[0] <= _MAX_PREAMBLE or set(core[:run[0]]) & NEGATORS:
        return None  # "not really all of them except …" says something else
    found, _ = read(core[:run[0]])
    if not isinstance(found, str):
        return None  # the opening names an option: not a preamble
    rest = excluding(labels, core[run[0]:], read)
    if rest is None or isinstance(rest[0], str):
        return None
    return rest[0]


def but_all_the_rest(labels: Labels, core: Sequence[str], read: Reader) -> Set[int] | None:
    """ "never had the patch but all the rest yeah", "not the app but the others": every
    real option except the ones the negated part names; offered."""
    if "but" not in core:
        return None
    cut = core.index("but")
    left, tail = core[:cut], [t for t in core[cut + 1:] if t not in OK_TAIL | _AROUND_ALL]
    if not tail or tuple(tail) not in ANY_OF_THEM or not set(left) & NEGATORS:
        return None
    found, _ = read([t for t in left if t not in NEGATORS])
    if isinstance(found, str) or not found:
        return None
    kept = real_options(labels) - found
    return kept or None


# Words for times and days: "not evenings" to a list of them leaves the others.
_WHEN_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday mondays tuesdays wednesdays "
    "thursdays fridays saturdays sundays weekday weekdays weekend weekends morning mornings "
    "afternoon afternoons evening evenings night nights lunchtime lunchtimes daytime "
    "am pm midnight".split())


def not_these_times(labels: Labels, core: Sequence[str], read: Reader) -> Set[int] | None:
    """ "not mornings", "not monday or friday, i work": to a list of times or days, the
    others; offered, since "not mornings" alone does not say the rest all suit."""
    real = real_options(labels)
    if len(core) < 2 or core[0] not in ("not", "never") or len(real) < 3 or not all(
            set(labels[i]) & _WHEN_WORDS for i in real):
        return None
    found, _ = read(core[1:])
    if isinstance(found, str) or not found or not found <= real:
        return None
    kept = real - found
    return kept or None


# A sentence's end: "everything except groups. i get anxious in them" has a remark after it.
_SENTENCE_END = re.compile(r"[.!?;]\s+|,\s+(?=(?:i|im|id|its|cos|because|like)\b)")


def loose_group(labels: Labels, core: Sequence[str], prepared: str, names: Tuple[Name, ...],
                read: Reader) -> Set[int] | None:
    """A group named loosely ("got all of those yeah", "not mornings"), or an "all except …"
    in a first sentence followed by a remark naming no option: only ever offered."""
    found = (all_with_chatter(core, labels) or excluding_after_preamble(labels, core, read)
             or but_all_the_rest(labels, core, read) or not_these_times(labels, core, read))
    if found:
        return found
    first, *rest = _SENTENCE_END.split(prepared, maxsplit=1)
    if not rest:
        return None
    clause = strip_edges(reply_tokens(first, names), MULTI_FILLERS - {"both"})
    excluded = excluding(labels, clause, read)
    if excluded is None or isinstance(excluded[0], str):
        return None
    remarked = {i for _, _, i in name_spans([n for n in names if n.sure],
                                            reply_tokens(rest[0], names))}
    # the remark may say more about what was left out, never name another option
    return excluded[0] if not remarked & excluded[0] else None
