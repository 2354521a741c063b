"""Replies to multi-choice ("tick all that apply") questions.

Items by number, letter, ordinal, label or alias ("1 + 3", "bus n train", "a, c"),
ranges ("1-3"), everything ("all", "all four"), counts from an end ("the first
two"), and exclusions ("everything except the 2nd", "all but the last"). The
answer is the list of labels, in option order, without duplicates.
"""

from __future__ import annotations

import re
from typing import List, Mapping, Sequence, Set, Tuple, Union

from bot.understanding.choices import exact_label
from bot.understanding.lexicon import Name, option_names
from bot.understanding.matching import (
    Labels,
    label_tokens,
    match_names,
    name_spans,
    negated_options,
    reply_tokens,
)
from bot.understanding.result import (
    AMBIGUOUS,
    NONE_NOT_OPTION,
    OUT_OF_RANGE,
    UNRECOGNISED,
    Parsed,
    answered,
    guess,
    invalid,
)
from bot.understanding.text import strip_edges
from bot.understanding.words import (
    ALL_PHRASES,
    EDGE_FILLERS,
    LAST,
    NONE_PHRASES,
    NUMBER_PREFIXES,
    NUMBER_WORDS,
    ORDINALS,
    SEPARATORS,
)

_HUGE = 10**9
_RANGE = re.compile(r"\b([0-9]{1,2}) ?(?:-|to) ?([0-9]{1,2})\b")
_EXCEPT = ("except", "apart from", "but", "bar", "besides", "other than", "excluding",
           "without", "not", "minus", "except for", "but not", "apart from the", "save")
_MULTI_FILLERS = EDGE_FILLERS | frozenset("just only mostly mainly both".split())
_FROM_END = {"first": False, "top": False, "last": True, "bottom": True, "final": True}
Chosen = Union[Set[int], str]
_ANY_OF_THEM = frozenset(tuple(p.split()) for p in (
    "anything|any|any of them|any of these|any of those|any option|all the rest|the rest"
).split("|"))
# Words that always mean leaving something out: a reply with one that can't be read
# as "all except …" is asked again, never read as the options it names.
_LEAVING_OUT = frozenset("except apart excluding besides other".split())


def _expand_ranges(prepared: str) -> str:
    """ "1-3" in a tick-all-that-apply reply means 1, 2 and 3."""
    def expand(match: re.Match[str]) -> str:
        low, high = int(match.group(1)), int(match.group(2))
        return " ".join(map(str, range(low, high + 1))) if low < high else match.group(0)
    return _RANGE.sub(expand, prepared)


def _number(token: str) -> int | None:
    if token.isascii() and token.isdigit():
        return int(token) if len(token) <= 9 else _HUGE
    return NUMBER_WORDS.get((token,))


def _item(token: str, count: int) -> int | None:
    """One list item: "3", "c", "third", "three". 1-based."""
    if len(token) == 1 and "a" <= token <= "z":
        return ord(token) - ord("a") + 1
    if token in ORDINALS:
        return count if ORDINALS[token] == LAST else ORDINALS[token]
    return _number(token)


_NONE_LIKE = frozenset(tuple(p.split()) for p in (
    "none|nobody|nothing|neither|no one|noone|nowhere|not sure|dont know|prefer not to say|"
    "none of these|none of the above|none of them|no|never").split("|"))


def is_none_like(label: Sequence[str]) -> bool:
    """ "None of these", "Nobody", "Don't know": not one of "all of them"."""
    return tuple(label) in _NONE_LIKE or (len(label) > 0 and label[0] in ("none", "nobody"))


def _everything(core: Sequence[str], labels: Labels) -> Chosen | None:
    """ "all", "all four", "all 4 of them", "every one": every real option (not "None of
    these"), if the count fits."""
    real = {i for i, label in enumerate(labels) if not is_none_like(label)}
    if tuple(core) in ALL_PHRASES or (tuple(core) == ("both",) and len(real) == 2):
        return real
    if len(core) >= 2 and core[0] in ("all", "both", "every"):
        number = _number(core[1]) if core[0] != "both" else 2
        rest = tuple(core[2:]) if core[0] != "both" else tuple(core[1:])
        if number is not None and rest in ((), ("of", "them"), ("of", "these"), ("options",),
                                           ("of", "the", "options"), ("of", "those"), ("them",)):
            return real if number == len(real) else AMBIGUOUS
    return None


def _from_an_end(core: Sequence[str], count: int) -> Set[int] | None:
    """ "the first two", "last 2", "top three"."""
    words = [t for t in core if t not in ("the", "ones", "options", "of", "them")]
    if len(words) == 2 and words[0] in _FROM_END:
        number = _number(words[1])
        if number is not None and 1 <= number < count:
            indexes = range(count - number, count) if _FROM_END[words[0]] else range(number)
            return set(indexes)
    return None


def _split_except(core: Sequence[str]) -> Tuple[List[str], List[str]] | None:
    for size in (3, 2, 1):
        for start in range(1, len(core) - size + 1):
            if " ".join(core[start:start + size]) in _EXCEPT:
                return list(core[:start]), list(core[start + size:])
    return None


def _segments(tokens: Sequence[str], covered: Set[int]) -> List[List[str]]:
    """The parts of the reply between matched names and separators ("and", ",")."""
    segments: List[List[str]] = [[]]
    for position, token in enumerate(tokens):
        if position in covered or token in SEPARATORS:
            segments.append([])
        else:
            segments[-1].append(token)
    return [segment for segment in segments if segment]


def _segment(names: Sequence[Name], labels: Labels, segment: Sequence[str], labelled: bool
             ) -> Tuple[Chosen, bool]:
    """The items one segment names, and whether any was only a guess."""
    count = len(labels)
    core = strip_edges(segment, _MULTI_FILLERS | NUMBER_PREFIXES | {"the"})
    if labelled:  # "the bus and a train": "a" is an article here, not option a
        core = [token for token in core if token not in ("a", "an")]
    if any(token in ORDINALS for token in core):
        core = [token for token in core if token not in ("one", "ones")]
    if not core:
        return set(), False
    items = [_item(token, count) for token in core]
    if all(item is not None for item in items):
        if any(item is None or not 1 <= item <= count for item in items):
            return OUT_OF_RANGE, False
        return {item - 1 for item in items if item is not None}, False
    found = match_names(names, labels, core)
    if labelled and found.spelling:
        return UNRECOGNISED, False  # beside named options, a near-miss word is chatter
    if found.kind == "one":
        return set(found.indexes), False
    if found.kind == "maybe":
        return set(found.indexes), True
    return (found.reason or AMBIGUOUS), False


def _items(names: Sequence[Name], labels: Labels, tokens: Sequence[str]) -> Tuple[Chosen, bool]:
    """Every option the reply lists, and whether any was only a guess."""
    spans = name_spans([n for n in names if n.sure], tokens)
    covered = {p for a, b, _ in spans for p in range(a, b)}
    negated = negated_options(tokens, spans, covered)
    if negated is None:
        return UNRECOGNISED, False
    chosen = {i for _, _, i in spans} - negated
    guessed = False
    for segment in _segments(tokens, covered):
        items, maybe = _segment(names, labels, segment, labelled=bool(spans))
        if isinstance(items, str):
            if items == UNRECOGNISED and spans:
                continue  # chatter around named options ("I use the bus and train")
            return items, False
        chosen |= items
        guessed |= maybe
    return (chosen if chosen else UNRECOGNISED), guessed


def _excluding(names: Sequence[Name], labels: Labels, core: Sequence[str]) -> Chosen | None:
    """ "everything except the 2nd", "all but bus and train", "all of them apart from 3"."""
    parts = _split_except(core)
    if parts is None:
        return None
    left = tuple(strip_edges(parts[0], _MULTI_FILLERS))
    everything = (_everything(("all",), labels) if left in _ANY_OF_THEM
                  else _everything(left, labels))
    if everything is None:
        return None
    if isinstance(everything, str):
        return everything
    left_out, guessed = _items(names, labels, parts[1])
    if isinstance(left_out, str) or guessed:
        return left_out if isinstance(left_out, str) else AMBIGUOUS
    kept = everything - left_out
    return kept if kept else AMBIGUOUS


def _digit_run(core: Sequence[str], count: int) -> Set[int]:
    """ "134" with up to 9 options: the digits as option numbers, if each is one."""
    if len(core) != 1 or not core[0].isdigit() or not 2 <= len(core[0]) <= count or count > 9:
        return set()
    digits = [int(d) for d in core[0]]
    if len(set(digits)) != len(digits) or not all(1 <= d <= count for d in digits):
        return set()
    return {d - 1 for d in digits}


def _none_option(options: Sequence[str], labels: Labels) -> Parsed:
    nones = [i for i, label in enumerate(labels) if "none" in label or label in (
        ("nothing",), ("nobody",), ("no", "one"), ("neither",))]
    if len(nones) == 1:
        return answered([options[nones[0]]])
    return invalid(NONE_NOT_OPTION if not nones else AMBIGUOUS)


def _is_none(labels: Labels, index: int) -> bool:
    return "none" in labels[index] or is_none_like(labels[index])


def parse_multi(options: Sequence[str], prepared: str,
                aliases: Mapping[str, Sequence[str]] | None = None) -> Parsed:
    """A list of option labels, in option order, without duplicates."""
    if not options:
        return invalid(UNRECOGNISED)
    exact = exact_label(options, prepared)
    if exact is not None:
        return answered([options[exact]])
    names = option_names(options, aliases)
    labels = label_tokens(options)
    tokens = reply_tokens(_expand_ranges(prepared), names)
    core = strip_edges(tokens, _MULTI_FILLERS - {"both"})
    if tuple(core) in NONE_PHRASES:
        return _none_option(options, labels)
    run = _digit_run(core, len(options))
    if run:  # "134": most likely 1, 3 and 4, but only a guess
        return guess([options[i] for i in sorted(run)])
    special = _everything(core, labels)
    if special is None:
        special = _from_an_end(core, len(options))
    if special is None:
        special = _excluding(names, labels, core)
    guessed = False
    if special is None and any(token in _LEAVING_OUT for token in core):
        special = AMBIGUOUS
    if special is None:
        special, guessed = _items(names, labels, tokens)
    if isinstance(special, str):
        return invalid(special)
    if len(special) > 1 and any(_is_none(labels, i) for i in special):
        return invalid(AMBIGUOUS)  # "bus and none of these" contradicts itself
    chosen = [options[i] for i in sorted(special)]
    return guess(chosen) if guessed else answered(chosen)
