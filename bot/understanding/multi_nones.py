"""Tick-all-that-apply replies that tick nothing: "none", "nah none", "nowt", a none with a
comment ("honestly nothing, i like it"), with a comment in the question's own words ("nothing,
i book online all the time" to "What stops you booking … online?"), all being well ("sleep
fine"), and denials ("i dont have social media", "not been"). Each is read as the one none
option of the list, offered unless plainly said.
"""

from __future__ import annotations

from typing import FrozenSet, Sequence

from bot.understanding.everything import Labels, is_none_like, opts_out
from bot.understanding.lexicon import Name
from bot.understanding.matching import name_spans
from bot.understanding.multi_forms import another_form
from bot.understanding.related import related_options
from bot.understanding.result import (
    AMBIGUOUS,
    NONE_NOT_OPTION,
    UNRECOGNISED,
    Parsed,
    answered,
    guess,
    invalid,
)
from bot.understanding.words import NONE_PHRASES

# "nah none", "honestly nothing": a none answer with a word of its own in front.
_NONE_OPENERS = frozenset("no nah nope naw honestly tbh um erm well literally".split())
# "nowt", "nun", "zilch": nothing, in the words people use for it.
_NONE_SPELLINGS = frozenset("nowt nun nada zilch nothin nuthin nuffin nuttin nothink".split())
_DENIALS = frozenset(tuple(p.split()) for p in (
    "i dont|i do not|dont|i never|i havent|i have not|havent|i dont have|i dont use|"
    "i dont do|i dont have any|i dont use any|i dont get|i aint got|aint got|i havent got|"
    "havent got|not got|i have not got|i never use|never use|i dont really|never|i deleted|"
    "deleted|not been|never been|havent been|i havent been|i have not been|not been seen|"
    "never went|not gone|havent gone").split("|"))


def _none_option(options: Sequence[str], labels: Labels, sure: bool = True,
                 opting_out: bool = False, saying_no: bool = True) -> Parsed:
    """The one none option; with `opting_out`, an option saying the question does not apply
    ("I don't use it") counts as one, for a reply that denies ("dont have it"); with
    `saying_no`, so does "No support" or "No problems"."""
    nones = [i for i, label in enumerate(labels) if label[:1] and label[0] in _NONE_WORDS
             or tuple(label[:2]) == ("no", "one") or (saying_no and len(label) == 2
                                                      and label[0] == "no" and is_none_like(label))
             or (opting_out and opts_out(label))]
    if len(nones) == 1:
        return answered([options[nones[0]]]) if sure else guess([options[nones[0]]])
    if not nones and sure and not opting_out:  # "none" to … | I didn't get help: offered
        found = _none_option(options, labels, sure=False, opting_out=True)
        return found if found.status != "invalid" else invalid(NONE_NOT_OPTION)
    return invalid(NONE_NOT_OPTION if not nones else AMBIGUOUS)


_NONE_WORDS = frozenset(("none", "nothing", "nobody", "neither", "nowhere", "never", "noone"))


def _about_options(names: Sequence[Name], labels: Labels, words: Sequence[str],
                   context: FrozenSet[str]) -> bool:
    """Words that name an option or a label's word, other than by the question's own words
    ("nothing, i book online all the time" to "What stops you booking … online?")."""
    label_words = {word for label in labels for word in label}
    asked = {t for t in words if t not in label_words and any(
        t == word or another_form(t, word) for word in context)}  # "use" of "using"
    nones = {i for i, label in enumerate(labels) if label[:1] and label[0] in _NONE_WORDS}
    spans = [(a, b) for a, b, i in name_spans(names, words)
             if i not in nones and not all(token in asked for token in words[a:b])]
    # "nothing yet, still waiting" to … | None yet: the none option's own words are no other
    return bool(spans) or bool(related_options(labels, [t for t in words if t not in asked])
                               - nones)


# "sleep fine", "my english is fine": all well, in the question's words.
_ALL_WELL = frozenset("fine ok okay alright good great grand well normal".split())
_AROUND_WELL = frozenset("i my me is its it im am pretty really mostly totally all quite "
                         "usually generally tbh honestly".split())


def _all_well(labels: Labels, core: Sequence[str], context: FrozenSet[str]) -> bool:
    """Nothing but the question's own words and a word for all being well ("sleep fine")."""
    said = [t for t in core if t not in _AROUND_WELL]
    return (any(t in _ALL_WELL for t in said) and all(t in _ALL_WELL or t in context for t in said)
            and not any(t in label for label in labels for t in said))


# "none, i just use the app", "none of them, i do boxing": a none, then what was done instead.
_INSTEAD = frozenset(tuple(p.split()) for p in (
    "i just|i only|i do|i go|i use|i buy|only go|only use|just use|just go|just buy").split("|"))

def _a_label(labels: Labels, words: Sequence[str]) -> bool:
    """The words are one option's label as it stands ("the gp")."""
    said = tuple(word for word in words if word not in ("the", "a", "an", "my"))
    return any(said == tuple(word for word in label if word not in ("the", "a", "an", "my"))
               for label in labels)


# "nothing really, maybe the cost": a none taken back in part.
_HEDGES = frozenset("maybe perhaps possibly sometimes".split())


def _hedged(comment: Sequence[str]) -> bool:
    """A comment after a none that names something it may have been after all."""
    return any(token in _HEDGES for token in comment[:-1])


def none_reply(options: Sequence[str], labels: Labels, names: Sequence[Name], core: Sequence[str],
                context: FrozenSet[str] = frozenset()) -> Parsed | None:
    """ "none", "nah none", "honestly nothing, i like it", "i dont have social media"."""
    plain = ["nothing" if token in _NONE_SPELLINGS else token for token in core]
    while plain and plain[0] in _NONE_OPENERS and len(plain) > 1:
        plain = plain[1:]
    if tuple(plain) in NONE_PHRASES:
        return _none_option(options, labels)
    if len(plain) == 1 and plain[0] in _NONE_OPENERS:  # a bare "nah" to a list with a none
        found = _none_option(options, labels, sure=False)
        return found if found.status != "invalid" else None
    if _all_well(labels, plain, context):  # "sleep fine": the none option, offered
        found = _none_option(options, labels, sure=False, saying_no=False)
        return found if found.status != "invalid" else None
    denial = next((size for size in (4, 3, 2, 1) if tuple(plain[:size]) in _DENIALS), 0)
    if denial and _premise_denied(labels, plain[denial:], context):  # "i dont get periods"
        return invalid(UNRECOGNISED)
    head = next((size for size in (4, 3, 2, 1) if tuple(plain[:size]) in NONE_PHRASES), 0)
    if head and _hedged(plain[head:]):  # "nothing really, maybe the times": which?
        return invalid(AMBIGUOUS)
    opener = 2 if tuple(plain[head:head + 2]) in _INSTEAD else int(plain[head:head + 1] == [
        "just"])
    if head and opener and not _a_label(labels, plain[head + opener:]):
        # "none, just skincare from boots", "none of them, i do boxing": what was done instead
        # (not "none, just the gp": the GP itself, which is asked again)
        found = _none_option(options, labels, sure=False)
        if found.status != "invalid":
            return found
    if head and not _about_options(names, labels, plain[head:], context):
        # a none, then a comment (not one about an option: "none of them take nhs patients")
        found = _none_option(options, labels, sure=False)
        if found.status != "invalid" or plain[0] != "never":
            return found  # "never downloaded it" with no none option: read as a denial below
    if denial and not name_spans([n for n in names if n.sure], plain) and not related_options(
            labels, plain[denial:]):
        found = _none_option(options, labels, sure=False, opting_out=True)
        return found if found.status != "invalid" else None
    return None


# Words after a denial that are not what is denied ("i dont have any", "i dont use them").
_NOT_A_THING = frozenset("a an the any my me it them one ones anything anyone much really even "
                         "ever yet use used using have had get got do did need needed see saw "
                         "seen hear heard been go went gone try tried know knew heard of about "
                         "with for to".split())


def _premise_denied(labels: Labels, rest: Sequence[str], context: FrozenSet[str]) -> bool:
    """A denial of what the question is about ("i dont get periods" to "What have you used
    for period pain?"), with no option saying so: the question does not apply, and the none
    option ("Nothing": used nothing for it) is not what was said, so it is asked again."""
    thing = next((token for token in rest if token not in _NOT_A_THING), "")
    return len(thing) > 3 and not any(opts_out(label) for label in labels) and any(
        thing == word or another_form(thing, word) for word in context if len(word) > 3
        and word not in _NOT_A_THING)
