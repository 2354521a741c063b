"""How much, said beside an option's words: "only understood bits" is not "Mostly understood
it", "hardly used it" not "Used it a lot". When an option says how much and the reply says a
different how much about the same thing, the option's other words matched but its point did
not; a careful reader asks again.
"""

from __future__ import annotations

from typing import FrozenSet, Sequence

from bot.understanding.text import prepare, words

# Degrees that mean the same, in groups; a word in one group contradicts every other group.
# Only degrees of how much of a thing ("Mostly understood it", "Partly done"); how strongly
# ("Very", "Quite a lot") and idioms ("a fair bit", "not at all") are read elsewhere.
_GROUPS: tuple[FrozenSet[str], ...] = tuple(frozenset(group.split()) for group in (
    "mostly mainly most largely",
    "partly partially some bits half slightly somewhat parts",
    "hardly barely scarcely",
    "fully completely entirely totally",
))


def _groups(tokens: Sequence[str]) -> FrozenSet[int]:
    said = set(tokens)
    return frozenset(i for i, group in enumerate(_GROUPS) if group & said)


def other_degree(label: str, prepared: str) -> bool:
    """The label says how much ("Mostly understood it") and the reply says only another how
    much ("only understood bits"), never the label's own."""
    in_label = _groups(words(prepare(label)))
    in_reply = _groups(words(prepared))
    return len(in_label) == 1 and bool(in_reply) and not in_label & in_reply
