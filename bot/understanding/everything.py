"""Tick-all-that-apply replies that name options as a group: "all", "all four", "the
first two", "everything except the 2nd", "all but the last", "not mornings",
"anything but a phone call", "any of them", "both the NHS ones", and "none".

Each returns the chosen option indexes and whether they are only a guess; a reply
that means a group but does not fit the options is ambiguous (asked again).
"""

from __future__ import annotations

from typing import Callable, List, Sequence, Set, Tuple, Union

from bot.understanding.result import AMBIGUOUS
from bot.understanding.text import strip_edges
from bot.understanding.words import (
    ALL_PHRASES,
    EDGE_FILLERS,
    NEGATORS,
    NUMBER_WORDS,
)

Labels = Sequence[Tuple[str, ...]]
Chosen = Union[Set[int], str]
Reader = Callable[[Sequence[str]], Tuple[Chosen, bool]]  # reads the options a part names
_HUGE = 10**9
MULTI_FILLERS = EDGE_FILLERS | frozenset("just only mostly mainly both obvs obvz obvi ofc".split())
_EXCEPT = ("except", "apart from", "but", "bar", "besides", "other than", "excluding",
           "without", "not", "minus", "except for", "but not", "apart from the", "save")
_FROM_END = {"first": False, "top": False, "last": True, "bottom": True, "final": True}
_ANY_OF_THEM = frozenset(tuple(p.split()) for p in (
    "anything|any|any of them|any of these|any of those|any option|all the rest|the rest|"
    "anything else|everything else|all the others|the others|any of the others|any other|"
    "the other|the other ones|all the other|all the other ones|the rest of them|rest|"
    "any day|any time|anytime|whenever|every day|all days|all the days|any of the days"
).split("|"))
# "any time", "whichever": every option would do, but that is only a guess.
_ANY_WILL_DO = frozenset(tuple(p.split()) for p in (
    "any|anytime|any time|whenever|whichever|any of them|any of those|any of these|"
    "any of them really|anytime really|any time really|whenever really|i dont mind|dont mind|"
    "any is fine|any are fine|any of them are fine|any of them is fine|all fine|all good|"
    "any day|any of them would be fine|any would be fine|"
    "any of them tbh|happy with any|happy with any of them|all are fine|all of them are fine"
).split("|"))
_OK_TAIL = frozenset("is are ok okay fine good alright cool all i am im happy with would be".split())
ANY_OF_THEM, OK_TAIL = _ANY_OF_THEM, _OK_TAIL  # for loose_groups.py
_NONE_LIKE = frozenset(tuple(p.split()) for p in (
    "none|nobody|nothing|neither|no one|noone|nowhere|not sure|dont know|prefer not to say|"
    "none of these|none of the above|none of them|no|never").split("|"))
_NONE_STARTS = frozenset(("none", "nobody", "nothing", "neither", "nowhere", "never"))
# "No problems", "No issues": nothing was wrong, so never ticked beside something that was.
# "No support", "No help": none was had, the none answer of "What support do you get?".
_NOTHING_WRONG = frozenset("problem problems issue issues barrier barriers difficulty "
                           "difficulties worries concerns support help".split())


def number(token: str) -> int | None:
    if token.isascii() and token.isdigit():
        return int(token) if len(token) <= 9 else _HUGE
    return NUMBER_WORDS.get((token,))


def is_none_like(label: Sequence[str]) -> bool:
    """ "None of these", "Nobody", "Nothing stops me", "Don't know": not one of "all"."""
    return tuple(label) in _NONE_LIKE or (len(label) > 0 and label[0] in _NONE_STARTS) or (
        len(label) == 2 and label[0] == "no" and label[1] in _NOTHING_WRONG)


# "Something else", "Other": what the other options are not, so never part of "all of them".
_CATCH_ALL = frozenset((("something", "else"), ("someone", "else"), ("somewhere", "else"),
                        ("other",), ("anything", "else"), ("elsewhere",)))


def opts_out(label: Sequence[str]) -> bool:
    """ "I don't use it", "I haven't booked one", "I have never vaped": saying the question
    does not apply, so never part of "everything" and never ticked beside another option."""
    return len(label) >= 2 and label[0] == "i" and any(word in NEGATORS for word in label[1:3])


def real_options(labels: Labels) -> Set[int]:
    real = {i for i, label in enumerate(labels) if not is_none_like(label) and not opts_out(label)}
    named = {i for i in real if tuple(labels[i][:2]) in _CATCH_ALL or tuple(labels[i][:1])
             in _CATCH_ALL}
    return real - named if len(real - named) >= 2 else real


def everything(core: Sequence[str], labels: Labels) -> Chosen | None:
    """ "all", "all four", "all 4 of them", "every one": every real option (not "None of
    these"), if the count fits."""
    real = real_options(labels)
    if tuple(core) in ALL_PHRASES or (tuple(core) == ("both",) and len(real) == 2):
        return real
    if tuple(core[:2]) in (("every", "one"), ("every", "single")) and tuple(core[2:]) in (
            ("of", "them"), ("of", "these"), ("of", "those")):
        return real  # "every one of them"
    if len(core) >= 2 and core[0] in ("all", "both", "every"):
        count = number(core[1]) if core[0] != "both" else 2
        rest = tuple(core[2:]) if core[0] != "both" else tuple(core[1:])
        if count is not None and rest in ((), ("of", "them"), ("of", "these"), ("options",),
                                          ("of", "the", "options"), ("of", "those"), ("them",)):
            return real if count == len(real) else AMBIGUOUS
    return None


_FROM_END_CHATTER = frozenset("the ones options of them one yeah yes tbh lol pls please".split())


def from_an_end(core: Sequence[str], count: int) -> Set[int] | None:
    """ "the first two", "last 2", "top three", "both of the first two"."""
    words = [t for t in core if t not in _FROM_END_CHATTER]
    said_both = words[:1] == ["both"]
    if said_both or words[:1] == ["all"]:  # "both of the first two", "all the last three"
        words = words[1:]
    if said_both and len(words) == 1 and words[0] in _FROM_END and count > 2:
        words.append("two")  # "both the first ones"
    if len(words) == 2 and words[0] in _FROM_END:
        amount = number(words[1])
        if said_both and amount != 2:
            return None
        if amount is not None and 1 <= amount < count:
            indexes = range(count - amount, count) if _FROM_END[words[0]] else range(amount)
            return set(indexes)
    return None


def any_will_do(core: Sequence[str], labels: Labels) -> Set[int] | None:
    """ "any of them", "anytime really": every real option, offered as a guess."""
    return real_options(labels) if tuple(core) in _ANY_WILL_DO else None


def _split_except(core: Sequence[str]) -> Tuple[List[str], List[str]] | None:
    for size in (3, 2, 1):
        for start in range(1, len(core) - size + 1):
            if " ".join(core[start:start + size]) in _EXCEPT:
                return list(core[:start]), list(core[start + size:])
    return None


# "none except the gp", "nothing apart from the pill": the one thing left out of the none;
# "none, but the waits are bad" is not one of these.
_SAVING = frozenset(tuple(p.split()) for p in (
    "except|except for|apart from|apart from the|other than|besides|bar|save|excluding").split("|"))
_INTENSIFIERS = frozenset("literally honestly basically pretty much".split())
_ALL_STARTS = frozenset(("all", "everything", "anything", "every"))
_OF_THE_LIST = frozenset("on the that this list there of them those these listed options ones one "
                         "yeah".split())


# "cos", "because": a reason for leaving an option out, not more options left out.
_REASONS = frozenset("cos coz cuz because bcos becuz bc".split())


def _before_reason(words: Sequence[str]) -> Tuple[List[str], bool]:
    """The words before a reason, and whether a reason was cut off."""
    cut = next((i for i, word in enumerate(words) if word in _REASONS and i > 0), len(words))
    return list(words[:cut]), cut < len(words)


def excluding(labels: Labels, core: Sequence[str], read: Reader) -> Tuple[Chosen, bool] | None:
    """ "everything except the 2nd", "all but bus and train", "all of them apart from 3";
    "all apart from the age one" (the option left out only guessed) is a guess."""
    parts = _split_except(core)
    if parts is None:
        return None
    left = tuple(strip_edges(parts[0], MULTI_FILLERS | _INTENSIFIERS))
    said = tuple(core[len(parts[0]):len(core) - len(parts[1])])
    if said in _SAVING and (left in _NONE_LIKE or (
            left[:1] and left[0] in _NONE_STARTS and set(left[1:]) <= _OF_THE_LIST)):
        kept, _ = read(parts[1])  # "none of them except the gp": the gp
        if isinstance(kept, str) or not kept or any(is_none_like(labels[i]) for i in kept):
            return None
        return kept, True  # offered: the reply opened by saying none
    if left[:1] and left[0] in _ALL_STARTS and set(left[1:]) <= _OF_THE_LIST:
        left = ("all",)  # "everything on that list except…"
    whole = everything(("all",), labels) if left in _ANY_OF_THEM else everything(left, labels)
    if whole is None:
        return None
    if isinstance(whole, str):
        return whole, False
    said_out, reason = _before_reason(parts[1])  # "… apart from booking cos my surgery …"
    left_out, guessed = from_an_end(said_out, len(labels)), reason
    if left_out is None:
        found, guessed = read(said_out)
        guessed |= reason
        if isinstance(found, str):
            return found, False
        left_out = found
    if not left_out & whole:  # "all but the last" when the last is "None of these": all, but
        # the patient may have counted "None" out; only a guess unless they named it
        named = any(word in labels[i] for i in left_out for word in parts[1]
                    if word not in ("the", "of", "a", "one", "last", "first"))
        return whole, guessed or not named
    kept = whole - left_out
    return (kept, guessed) if kept else (AMBIGUOUS, False)


def all_but_negated(labels: Labels, core: Sequence[str], read: Reader
                    ) -> Tuple[Chosen, bool] | None:
    """ "not phone calls, anything else is ok", "no phone calls, the rest are fine": every
    other option. "not the bus" alone says what is not ticked, not what is: asked again."""
    if not core or core[0] not in NEGATORS or core[0] == "never":
        return None
    for end in range(2, len(core) + 1):
        tail = [t for t in core[end:] if t not in _OK_TAIL]
        if not tail or tuple(tail) not in _ANY_OF_THEM:
            continue
        found, guessed = read(core[1:end])
        if isinstance(found, str) or guessed or not found:
            continue
        kept = real_options(labels) - found
        return (kept, False) if kept else (AMBIGUOUS, False)
    return None


def both_of_a_kind(labels: Labels, core: Sequence[str]) -> Chosen | None:
    """ "both the NHS ones", "all the social media ones": the options sharing that word."""
    words = [t for t in core if t not in ("the", "of", "ones", "options", "one")]
    if len(words) < 2 or words[0] not in ("both", "all"):
        return None
    kind = tuple(words[1:])
    having = {i for i, label in enumerate(labels)
              if any(tuple(label[k:k + len(kind)]) == kind for k in range(len(label)))}
    if len(having) < 2:
        return None
    return having if words[0] == "all" or len(having) == 2 else AMBIGUOUS
