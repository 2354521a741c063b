"""Replies to multi-choice ("tick all that apply") questions.

Items by number, letter, ordinal, label or alias ("1 + 3", "bus n train", "a, c"),
ranges ("1-3"), everything ("all", "all four"), counts from an end ("the first
two"), and exclusions ("everything except the 2nd", "all but the last"). The
answer is the list of labels, in option order, without duplicates.
"""

from __future__ import annotations

import re
from functools import partial
from typing import FrozenSet, List, Mapping, Sequence, Set, Tuple

from bot.understanding.choices import done_for_me, exact_label
from bot.understanding.everything import (
    ANY_OF_THEM,
    MULTI_FILLERS,
    Chosen,
    all_but_negated,
    any_will_do,
    both_of_a_kind,
    everything,
    excluding,
    from_an_end,
    is_none_like,
    number,
    opts_out,
    real_options,
)
from bot.understanding.lexicon import Name, contains, group_names, option_names
from bot.understanding.loose_groups import loose_group
from bot.understanding.matching import (
    Labels,
    label_tokens,
    match_names,
    name_spans,
    negated_options,
    other_spans,
    reply_tokens,
)
from bot.understanding.multi_doubts import (
    as_not_knowing,
    in_doubt,
    knowing_what_unsaid,
    or_none,
    partly_in_doubt,
    torn_between,
    unaware_of_it,
)
from bot.understanding.multi_forms import by_initials, label_word_forms, negation_said_otherwise
from bot.understanding.multi_mends import (
    answered_one_by_one,
    given_up_as_not,
    respelt_leaving_out,
    without_disowned,
    without_the_rest,
)
from bot.understanding.multi_nones import none_reply
from bot.understanding.multi_remarks import options_before_remark, positions_before_remark
from bot.understanding.multi_signs import (
    denied,
    negation_unsaid,
    only_a_start,
    opens_another,
    qualified_otherwise,
    sourced_otherwise,
    words_of_several,
)
from bot.understanding.ranges import read_range
from bot.understanding.result import (
    AMBIGUOUS,
    ANSWERED,
    CHOOSE,
    CONFIRM,
    OUT_OF_RANGE,
    UNRECOGNISED,
    Parsed,
    answered,
    guess,
    invalid,
)
from bot.understanding.text import SPACE_RUN, SPACES, strip_edges
from bot.understanding.words import (
    ARTICLES,
    GENERIC_WORDS,
    LAST,
    NEGATORS,
    NUMBER_PREFIXES,
    ORDINALS,
    SEPARATORS,
    STOPWORDS,
)

_NOT_APPLICABLE = re.compile(r"^\W*(?:n ?/ ?a|not applicable)\W*$")
_RANGE = re.compile(r"\b([0-9]{1,2}) ?(?:-|to) ?([0-9]{1,2})\b")
# Words that always mean leaving something out: a reply with one that can't be read
# as "all except …" is asked again, never read as the options it names.
_LEAVING_OUT = frozenset("except apart excluding besides other without minus".split())
# Words around named options that say nothing about which ("I use the bus and train");
# any other unread words beside them make the reading a guess, never stored silently.
_CHATTER = MULTI_FILLERS | STOPWORDS | ARTICLES | NUMBER_PREFIXES | frozenset(
    "use used uses using went go goes been had have has get got do did does also too both "
    "sometimes mostly usually mainly ones one them those these that this things stuff etc "
    "yeah yes ye yep defo probably maybe all really only just sort kind lot lots bit once "
    "twice time times before as well either am are was were be can could would will "
    "ive id im its theyre theres there but though tho although cos coz cuz because v left".split()
) | GENERIC_WORDS | NEGATORS  # a negation left here has been read already ("but not family")


def _expand_ranges(prepared: str) -> str:
    """ "1-3" in a tick-all-that-apply reply means 1, 2 and 3."""
    def expand(match: re.Match[str]) -> str:
        low, high = int(match.group(1)), int(match.group(2))
        return " ".join(map(str, range(low, high + 1))) if low < high else match.group(0)
    return _RANGE.sub(expand, prepared)


def _item(token: str, count: int) -> int | None:
    """One list item: "3", "c", "third", "three". 1-based."""
    if len(token) == 1 and "a" <= token <= "z":
        return ord(token) - ord("a") + 1
    if token in ORDINALS:
        return count if ORDINALS[token] == LAST else ORDINALS[token]
    return number(token)


def _segments(tokens: Sequence[str], covered: Set[int]) -> List[List[str]]:
    """The parts of the reply between matched names and separators ("and", ",")."""
    segments: List[List[str]] = [[]]
    for position, token in enumerate(tokens):
        if position in covered or token in SEPARATORS:
            segments.append([])
        else:
            segments[-1].append(token)
    return [segment for segment in segments if segment]


# More words than this around a near-miss spelling of a label, none of them the label's own:
# the label is not what was said.
_SPELT_WITHIN = 6


def _a_letter(core: Sequence[str], count: int) -> bool:
    """One letter past the options' letters ("v" for "very"), not an option number."""
    return len(core) == 1 and len(core[0]) == 1 and core[0].isalpha() and ord(core[0]) - ord(
        "a") >= count


def _segment(names: Sequence[Name], labels: Labels, segment: Sequence[str], labelled: bool,
             groups: Mapping[Tuple[str, ...], FrozenSet[int]]) -> Tuple[Chosen, bool]:
    """The items one segment names, and whether any was only a guess."""
    count = len(labels)
    if len(segment) > 1 and segment[0] == "no" and not segment[1].isdigit():
        return UNRECOGNISED, False  # "no one", "no idea": not "No. 1"
    core = strip_edges(segment, MULTI_FILLERS | NUMBER_PREFIXES | {"the"})
    if labelled:  # "the bus and a train": "a" is an article here, not option a
        core = [token for token in core if token not in ("a", "an")]
    if any(token in ORDINALS for token in core):
        core = [token for token in core if token not in ("one", "ones")]
    if not core:
        return set(), False
    items = [_item(token, count) for token in core]
    if all(item is not None for item in items):
        if any(item is None or not 1 <= item <= count for item in items):
            if labelled and _a_letter(core, count):
                return UNRECOGNISED, False  # "heavy and v painful": "v" is "very", not option 22
            return OUT_OF_RANGE, False
        return {item - 1 for item in items if item is not None}, False
    found = match_names(names, labels, core)
    if found.kind in ("one", "maybe") and denied(labels, core, found.indexes):
        return UNRECOGNISED, False  # "im not a carer" is not "Young carers group"
    if labelled and found.spelling and len(core) > _SPELT_WITHIN and not any(
            token in labels[i] for i in found.indexes for token in core):
        return UNRECOGNISED, False  # a near-miss among many unread words: "… my wrist skating"
    if found.kind == "one" and qualified_otherwise(labels, core, found.indexes):
        return set(found.indexes), True  # "staff who get lgbt stuff" to "Staff my age": offered
    if labelled and found.spelling:  # beside named options, a near-miss word is only a guess
        return (set(found.indexes), True) if found.kind in ("one", "maybe") else (UNRECOGNISED,
                                                                                  False)
    if labelled and found.kind == "one" and only_a_start(names, labels, core, found.indexes):
        return set(found.indexes), True  # "bein skint": "bein" only starts "Being left out"
    if found.spelling and words_of_several(labels, core):
        return AMBIGUOUS, False  # "record results": two labels' words, not one misspelt label
    if found.kind == "one":  # "registered" to "I'm not registered there": offered
        return set(found.indexes), negation_unsaid(labels, core, found.indexes)
    if found.kind == "maybe":
        return set(found.indexes), True
    group = groups.get(tuple(core))
    if group:  # "weekends" for Saturday and Sunday
        return set(group), True
    formed = label_word_forms(labels, core) if len(core) == 1 or tuple(
        core) not in ANY_OF_THEM else set()
    if formed:  # "ice" to "Rested and iced it": offered
        return formed, True
    initialled = by_initials(labels, core)
    if initialled:  # "mh" for "Mental health": offered
        return initialled, True
    return (found.reason or AMBIGUOUS), False


_AT = frozenset(("at", "in"))
_BETWEEN_PLACE = _AT | frozenset(("the", "my", "a", "our", "their"))


def _located(tokens: Sequence[str], spans: Sequence[Tuple[int, int, int]], labels: Labels
             ) -> Set[int]:
    """Options named right after another option's word as where it was ("a poster at the
    doctors"): the place is not ticked, and the reading is only a guess."""
    found: Set[int] = set()
    for start, _, index in spans:
        before = start
        while before > 0 and tokens[before - 1] in _BETWEEN_PLACE:
            before -= 1
        if before == start or before == 0 or not set(tokens[before:start]) & _AT:
            continue
        thing = tokens[before - 1]
        if any(thing in label for i, label in enumerate(labels) if i != index):
            found.add(index)
    return found


_BEFORE_PLACE = 3  # words of a person or thing before "at" a named option ("the nurse at")


def _at_a_named_place(tokens: Sequence[str], spans: Sequence[Tuple[int, int, int]],
                      covered: Set[int], labels: Labels) -> Set[int]:
    """Unnamed words before "at" a named option ("the nurse at sixth form", "someone at
    school"): who or what was there, not another option; their positions."""
    found: Set[int] = set()
    for start, _, _ in spans:
        at = start  # the "at": the name's own first word ("at college"), or just before it
        while tokens[at] not in _AT and at > 0 and tokens[at - 1] in _BETWEEN_PLACE:
            at -= 1
        if tokens[at] not in _AT or at < 1 or at - 1 in covered:
            continue
        first = at
        while first > 0 and first - 1 not in covered and tokens[first - 1] not in SEPARATORS:
            first -= 1
        if first - 1 in covered:
            continue  # "free stuff at uni": a named option's words run up to the place
        if 0 < at - first <= _BEFORE_PLACE and not any(
                token in label for token in tokens[first:at] if token not in _BETWEEN_PLACE
                for label in labels):
            found |= set(range(first, min(at + 1, start)))  # not "a poster at the doctors"
    return found


# "the website first": the order things were done in, not option 1 or the last option.
_SEQUENCE = frozenset("first firstly last lastly".split())


def _sequence_words(tokens: Sequence[str], covered: Set[int]) -> Set[int]:
    """ "first" or "last" right after a named option, ending the reply or a list item."""
    return {p for p, token in enumerate(tokens) if token in _SEQUENCE and p - 1 in covered
            and p not in covered and (p + 1 == len(tokens) or tokens[p + 1] in SEPARATORS)}


Spans = List[Tuple[int, int, int]]


def _outside_longer_guesses(names: Sequence[Name], tokens: Sequence[str]) -> Tuple[Spans, Spans]:
    """Sure names, minus those inside a longer name of another option that is only a guess
    ("after school" may be Evenings, so its "school" is not the option School); and those
    longer guesses."""
    guesses = name_spans([n for n in names if not n.sure], tokens)
    sure = name_spans([n for n in names if n.sure], tokens)

    def around(a: int, b: int, i: int) -> Spans:
        return [(c, d, j) for c, d, j in guesses if c <= a and b <= d and d - c > b - a and j != i]

    swallowing = {span for a, b, i in sure for span in around(a, b, i)}
    return [(a, b, i) for a, b, i in sure if not around(a, b, i)], sorted(swallowing)


# "… and the rest": beside named options, every other one ("rest" alone may be a label's
# word: "Rested").
_THE_REST = frozenset(tuple(p.split()) for p in (
    "the rest|all the rest|the others|all the others|the other ones|all the other ones|"
    "the rest of them|all the rest of them|everything else").split("|"))


def _items(names: Sequence[Name], labels: Labels, tokens: Sequence[str],
           groups: Mapping[Tuple[str, ...], FrozenSet[int]], quiet: FrozenSet[str] = frozenset()
           ) -> Tuple[Chosen, bool]:
    """Every option the reply lists, and whether any was only a guess."""
    spans, swallowing = _outside_longer_guesses(names, tokens)
    spans += swallowing  # read, but only as a guess
    covered = {p for a, b, _ in spans for p in range(a, b)}
    negated = negated_options(tokens, spans, covered, labels)
    if negated is None:
        return UNRECOGNISED, False
    chosen = {i for _, _, i in spans} - negated
    located = _located(tokens, spans, labels) | sourced_otherwise(tokens, spans, labels)
    guessed = bool(located or swallowing)  # "a poster at the doctors": the doctors is where, not what
    chosen -= located  # "naproxen from the doctor": not "Painkillers from a shop"
    chosen_words = {word for i in chosen for word in labels[i]}
    unread: List[str] = []
    placed = _at_a_named_place(tokens, spans, covered, labels)
    guessed |= bool(placed)  # "the nurse at sixth form": the nurse was there, offered
    for segment in _segments(tokens, covered | placed | _sequence_words(tokens, covered)):
        segment = [t for t in segment if t not in chosen_words]  # "booking on my phone"
        if not segment:
            continue
        if spans and tuple(segment) in _THE_REST:  # "physio and the rest": all, offered
            chosen |= real_options(labels)
            guessed = True
            continue
        if spans and _only_chatter(segment, quiet, names, labels):
            formed = label_word_forms(labels, segment)  # "rest and painkillers": Rested
            chosen |= formed
            guessed |= bool(formed)
            unread += segment
            continue  # "I use the bus and train", "im scared of the dentist"
        items, maybe = _segment(names, labels, segment, bool(spans), groups)
        if items == AMBIGUOUS and len(segment) > 1:
            items, maybe = _word_by_word(names, labels, segment, quiet, groups)
        if isinstance(items, str):
            if items == UNRECOGNISED and spans:
                # chatter around named options ("I use the bus and train") is nothing;
                # other words may name another option: offer what was read, store nothing
                guessed |= not _only_chatter(segment, quiet, names, labels)
                unread += segment
                continue
            return items, False
        chosen |= items
        guessed |= maybe
    if chosen and opens_another(labels, chosen, unread):
        return AMBIGUOUS, False  # "near me and someone came with me": Someone to go with too?
    return (chosen if chosen else UNRECOGNISED), guessed


def _word_by_word(names: Sequence[Name], labels: Labels, segment: Sequence[str],
                  quiet: FrozenSet[str], groups: Mapping[Tuple[str, ...], FrozenSet[int]]
                  ) -> Tuple[Chosen, bool]:
    """ "prescriptions, records" (the comma gone): each word an option of its own, when the
    words together name none; only a guess, since two words may be one thing said loosely."""
    chosen: Set[int] = set()
    for token in segment:
        if token in quiet:
            continue
        items, _ = _segment(names, labels, [token], True, groups)
        if isinstance(items, str) or len(items) != 1:
            return AMBIGUOUS, False
        chosen |= items
    return (chosen, True) if len(chosen) > 1 else (AMBIGUOUS, False)


# "tues-thurs", "monday to friday": every option from one named option to another.
_NAME_RANGE = re.compile(r"^\W*(?:from\s+)?([a-z]+)\s*(?:-|\bto\b|\btill?\b|\buntil\b|"
                         r"\bthrough\b|\bthru\b)\s*([a-z]+)\W*$")


def _name_range(names: Sequence[Name], prepared: str) -> Set[int] | None:
    """The options from one named option to a later one, in the list's order; only a guess,
    since a list is not always in an order the patient counts along."""
    found = _NAME_RANGE.match(prepared)
    if found is None:
        return None
    ends = []
    for word in found.groups():
        tokens = tuple(reply_tokens(word, tuple(names)))
        named = {name.index for name in names if name.sure and name.tokens == tokens}
        if len(named) != 1:
            return None
        ends.append(named.pop())
    low, high = ends
    return set(range(low, high + 1)) if high - low >= 2 else None


def _digit_run(core: Sequence[str], count: int) -> Set[int]:
    """ "134" with up to 9 options: the digits as option numbers, if each is one."""
    if len(core) != 1 or not core[0].isdigit() or not 2 <= len(core[0]) <= count or count > 9:
        return set()
    digits = [int(d) for d in core[0]]
    if len(set(digits)) != len(digits) or not all(1 <= d <= count for d in digits):
        return set()
    return {d - 1 for d in digits}


_LIST_BREAK = re.compile(SPACES + r"[,/+&]\s*|" + SPACE_RUN + r"(?:and|n|plus|amp)\s+")
_PART_EDGES = ARTICLES | frozenset("my just only mostly mainly also too".split())


_NEAR_MISS_WORDS = 3  # a longer part is a remark ("booking never works for me"), not a name


def _plain_list(names: Sequence[Name], labels: Labels, prepared: str) -> Tuple[Set[int], bool]:
    """ "repeat prescriptions, results", "booking/results + records": a list whose
    every part is one option's name or a piece of its label, and nothing else; and whether a
    part was only a near-miss spelling or a name offered ("hot water botle, walks")."""
    parts = [strip_edges(reply_tokens(part, tuple(names)), _PART_EDGES)
             for part in _LIST_BREAK.split(prepared)]
    if len(parts) < 2:
        return set(), False
    chosen: Set[int] = set()
    near = False
    for part in parts:
        if not part:
            return set(), False
        found = {n.index for n in names if n.sure and n.tokens == tuple(part)} or {
            i for i, label in enumerate(labels) if contains(label, part)}
        if not found and len(part) <= _NEAR_MISS_WORDS:  # "walks" (a name offered), "botle"
            loose = match_names(names, labels, part)
            found = {n.index for n in names if n.tokens == tuple(part)} or (
                set(loose.indexes) if loose.spelling and loose.kind == "one" else set())
            near = near or bool(found)
        if len(found) != 1:
            return set(), False
        chosen |= found
    return (chosen, near) if len(chosen) == len(parts) else (set(), False)


def _by_range(options: Sequence[str], prepared: str) -> Tuple[Set[int], bool] | None:
    """The options a time, frequency or length of time falls in; touching several is a guess."""
    read = read_range(options, prepared)
    if read is None or read.status not in (ANSWERED, CONFIRM, CHOOSE):
        return None
    labels = read.value if read.status == CHOOSE else [read.value]
    return {options.index(label) for label in labels}, read.status != ANSWERED


def _only_chatter(segment: Sequence[str], quiet: FrozenSet[str], names: Sequence[Name],
                  labels: Labels) -> bool:
    """Nothing but chatter, the question's own words, and everyday names of things that are
    not options here ("instagram and discord": Discord can't be ticked, so it is dropped)."""
    named = {i for start, end in other_spans(names, labels, segment) for i in range(start, end)}
    return all(token in quiet or i in named for i, token in enumerate(segment))


def _label_words(labels: Labels) -> FrozenSet[str]:
    return frozenset(word for label in labels for word in label
                     if word not in STOPWORDS and word not in ARTICLES and not word.isdigit())


def _is_none(labels: Labels, index: int) -> bool:
    return "none" in labels[index] or is_none_like(labels[index]) or opts_out(labels[index])


def _clause_read(options: Sequence[str], aliases: Mapping[str, Sequence[str]] | None,
                 context: Sequence[str], clause: str) -> Set[int] | None:
    """The options one clause names, read as a reply of its own."""
    parsed = parse_multi(options, clause, aliases, context)
    if parsed.status not in (ANSWERED, CONFIRM) or not parsed.value:
        return None
    return {options.index(label) for label in parsed.value}


def parse_multi(options: Sequence[str], prepared: str,
                aliases: Mapping[str, Sequence[str]] | None = None,
                context: Sequence[str] = ()) -> Parsed:
    """A list of option labels, in option order, without duplicates. `context`: the
    question's words, which say nothing about which option ("… of the dentist")."""
    if not options:
        return invalid(UNRECOGNISED)
    exact = exact_label(options, prepared)
    if exact is not None:
        return answered([options[exact]])
    if _NOT_APPLICABLE.match(prepared):  # "n/a" says the question does not apply: not option a
        return invalid(UNRECOGNISED)
    unaware = unaware_of_it(prepared, options)
    if unaware is not None:  # "didnt know u could": not knowing how, offered
        return guess([unaware])
    prepared = as_not_knowing(prepared, options)  # "no clue where to go"
    prepared = without_the_rest(prepared)  # "the app and none of the others"
    prepared = answered_one_by_one(prepared)  # "GP. Pharmacy no."
    prepared, respelt = respelt_leaving_out(prepared)  # "all exept the dentist": a guess
    prepared, disowned = without_disowned(prepared)  # "… hpv at school, that doesnt count?"
    if not prepared.strip():  # "hpv but that doesnt count": nothing else said
        return invalid(AMBIGUOUS)
    names = option_names(options, aliases)
    labels = label_tokens(options)
    prepared = given_up_as_not(prepared, labels)  # "cut out caffeine": not caffeine
    groups = group_names(options)
    tokens = reply_tokens(_expand_ranges(prepared), names)
    core = strip_edges(tokens, MULTI_FILLERS - {"both"})

    # A word of a label is never chatter ("the times" of "Times don't suit me").
    quiet = (_CHATTER - _label_words(labels)) | frozenset(context)

    def read(part: Sequence[str]) -> Tuple[Chosen, bool]:
        return _items(names, labels, part, groups, quiet)

    none = none_reply(options, labels, names, core, frozenset(context))
    swapped, as_labelled = (set(), False) if name_spans([n for n in names if n.sure], tokens) else (
        negation_said_otherwise(labels, core, quiet))
    if swapped:  # "never used one" to "Haven't used one"; beside a none reading, which?
        said = [options[i] for i in swapped]
        if none is not None and none.value != said:
            return invalid(AMBIGUOUS)
        return answered(said) if as_labelled else guess(said)
    if none is not None:
        return none
    run = _digit_run(core, len(options)) or _name_range(names, prepared)
    if run:  # "134": most likely 1, 3 and 4; "tues-thurs": Tuesday to Thursday; only guesses
        return guess([options[i] for i in sorted(run)])
    special: Chosen | None = everything(core, labels)
    if special is None:
        special = from_an_end(core, len(options))
    if special is None:
        special = both_of_a_kind(labels, core)
    guessed = False
    if special is None:
        excluded = excluding(labels, core, read)
        if excluded is not None:
            special, guessed = excluded
    if special is None:
        special = any_will_do(core, labels)
        guessed = special is not None
    if special is None:
        negated = all_but_negated(labels, core, read)
        if negated is not None:
            special, guessed = negated
    if special is None or isinstance(special, str):  # "everything except x. a remark"
        loose = loose_group(labels, core, prepared, names, read)
        if loose is not None:  # "got all of those yeah", "not mornings": offered
            special, guessed = loose, True
    if special is None and any(token in _LEAVING_OUT for token in core):
        special = AMBIGUOUS
    if special is None:
        special, guessed = read(tokens)
        if special == AMBIGUOUS or guessed:  # "repeat meds, results": each part one option
            listed, near = _plain_list(names, labels, prepared)
            if listed:
                special, guessed = listed, near
    if special == UNRECOGNISED:  # "after 10pm" to Evenings | Late at night
        ranged = _by_range(options, prepared)
        if ranged is not None:
            special, guessed = ranged
    if isinstance(special, str) or guessed:  # "first one only, she was sound"
        positions = positions_before_remark(prepared, names, len(options))
        if positions is None:  # "eczema and psoriasis, they werent sure which so treated both"
            positions = options_before_remark(prepared, names, _label_words(labels),
                                              partial(_clause_read, options, aliases, context),
                                              read)
        if positions is not None:
            special, guessed = positions, True
    if isinstance(special, str):
        return invalid(special)
    if len(special) > 1 and done_for_me(prepared):  # "my dad drives me" is not "Drive myself"
        special = {i for i in special if "myself" not in labels[i]} or special
    if len(special) > 1 and any(_is_none(labels, i) for i in special) or or_none(prepared):
        return invalid(AMBIGUOUS)  # "bus and none of these", "bus or none" contradict themselves
    if torn_between(prepared) or len(special) > 1 and partly_in_doubt(prepared):
        return invalid(AMBIGUOUS)  # "a&e? or was it the walk in", "covid and maybe hpv": which?
    chosen = [options[i] for i in sorted(special)]
    if knowing_what_unsaid(prepared, chosen):  # "idk" to "Don't know how": asked again
        return invalid(UNRECOGNISED)
    return guess(chosen) if guessed or respelt or disowned or in_doubt(prepared, chosen) else (
        answered(chosen))
