"""A number answer with a remark beside it: "1, took me 45 minutes on hold", "2 cos of the
8am thing", "zero, never go", "not very, maybe 3".

The reply is cut into clauses (at a comma, a dash, "cos", "tbh", …). A number said in the
first clause is the answer when what follows is only a remark: words of its own, and no
other bare number (a number of minutes, "8am" or "the 18th" is not another answer). A
number said in the last clause, after a remark with no number in it, is only offered.
"""

from __future__ import annotations

import re
from typing import Callable, List, Sequence

from bot.understanding.amounts import UNIT_VOCABULARY
from bot.understanding.result import ANSWERED, CONFIRM, INVALID, Parsed, guess
from bot.understanding.text import SPACES, said_last, words
from bot.understanding.words import NEGATORS, NUMBER_WORDS

Reader = Callable[[str], Parsed]

_BREAK = re.compile(SPACES + r"(?:[,;:!?()]|\.(?![0-9])|\s[-\u2013]\s|\s(?:because|cos|coz|cuz|"
                    r"cause|tbh|tho|though|but|as|since|lol|haha)(?=\s))\s*")
# Words after a number that make it a number of something else, not a second answer.
_OF_SOMETHING = UNIT_VOCABULARY | frozenset(
    "am pm oclock mile miles km quid pounds p mins secs seconds".split())
# A remark needs a word of its own: "3, not really" or "3, maybe" say nothing more.
_EMPTY = NEGATORS | frozenset("really sure quite maybe probably prob probs or so and yeah yes "
                               "i think guess lol haha tbh idk dunno um erm well".split())
# Words that change the answer rather than comment on it: "3, or more", "2 - at least".
_CHANGING = frozenset("more less least most plus than over under fewer above below ish".split())
# A number after these is a time of day: "gone by 7", "on my phone til 3".
_AT_A_TIME = frozenset("at by til till until from since before after around gone past".split())
# Around a number said last: "…, maybe 3", "…, like a 6", "…, id say 4".
_HEDGES = frozenset("maybe like about around roughly prob probs probably say id a so ish "
                    "i guess think".split())
_COUNTS = frozenset(("once", "twice", "thrice", "zero", "none", "nil"))
# "one" after these stands for a thing: "a different one", "the same one", "that one".
_BEFORE_A_PRONOUN = frozenset("a the different same that this new another other each every "
                              "any which last next right wrong my your their".split())
# A number after these is a place in a list or a queue, not a count: "number 27".
_A_PLACE_IN = frozenset("number position place ticket room bed ward".split())


def _clauses(prepared: str) -> List[str]:
    return [part for part in _BREAK.split(prepared) if part and part.strip()]


def _bare_numbers(tokens: Sequence[str]) -> int:
    """Numbers that could be an answer: "4", "four", "twice"; not "45 minutes" or "8am"."""
    found = 0
    for index, token in enumerate(tokens):
        following = tokens[index + 1] if index + 1 < len(tokens) else ""
        number = token.isdigit() or token in _COUNTS or (
            (token,) in NUMBER_WORDS and token not in ("a", "an"))
        preceding = tokens[index - 1] if index else ""
        if token == "one" and preceding in _BEFORE_A_PRONOUN:
            continue  # "a different one each time": a thing, not a number
        if number and following not in _OF_SOMETHING and preceding not in _AT_A_TIME and not (
                preceding.isdigit() and token.isdigit()) and preceding not in _A_PLACE_IN:
            found += 1  # "7.15" is one time; "number 27 in the queue" is a place
    return found


def _any_number(tokens: Sequence[str]) -> bool:
    """A number of anything: "4", "four", "40 times"."""
    return _bare_numbers(tokens) > 0 or any(
        token.isdigit() or ((token,) in NUMBER_WORDS and token not in ("a", "an"))
        for token in tokens)


def _is_remark(text: str) -> bool:
    tokens = words(text)
    if not tokens or tokens[0] in ("or", "to", "and", "actually", "maybe"):
        return False  # "3, or 4", "2, no 3": not a remark but another answer
    if any(word in _CHANGING for word in tokens[:3]):
        return False  # "3, or more", "2 - at least"; not "…with the kids most days" later on
    return _bare_numbers(tokens) == 0 and any(word not in _EMPTY for word in tokens)


_COUNT_UNITS = frozenset("time times visit visits go goes".split())


def _counts_again(tokens: Sequence[str]) -> bool:
    """The remark counts some of the same things again: "one time was for my brother"."""
    return any(((token,) in NUMBER_WORDS or token.isdigit()) and following in _COUNT_UNITS
               for token, following in zip(tokens, tokens[1:], strict=False))


def beside_a_remark(read: Reader, prepared: str) -> Parsed | None:
    """The answer in the first clause, or offered from the last, around a remark."""
    parts = _clauses(prepared)
    if len(parts) < 2:
        return None
    head, rest = parts[0], " ".join(parts[1:])
    if _any_number(words(head)) and _is_remark(rest):  # "40 times, i was number 27…"
        said = read(head)
        if said.status in (ANSWERED, CONFIRM):
            # "two times. one time is for my brother": a part of the count told apart; offered
            return guess(said.value) if _counts_again(words(rest)) else said
    before, last = " ".join(parts[:-1]), parts[-1]
    bare = [word for word in words(last) if word not in _HEDGES]
    if len(bare) == 1 and _bare_numbers(bare) == 1 and _is_remark(before):
        said = read(last)
        if said.status in (ANSWERED, CONFIRM):
            return guess(said.value)
    return None


# "two GPs and a nurse, so three people", "…thats 4 in total": the number a listing ends on.
_CONCLUDING = re.compile(r"(?:^|[\s,.;:])(?:so|thats|that s|that is|makes|making|which makes|"
                         r"in total|total|all in|altogether|=)\s+(?:about\s+|like\s+)?"
                         r"([a-z]+|[0-9]{1,3})(?:\s+(?:people|persons|staff|times|visits|"
                         r"altogether|in total|total|overall|all together|in all|lol|then))?\W*$")


def _a_number(word: str) -> bool:
    """A number in digits or words ("3", "three"), not the "a" of "a 2"."""
    return (word.isdigit() or (word,) in NUMBER_WORDS) and word not in ("a", "an")


def concluded(read: Reader, prepared: str, parsed: Parsed) -> Parsed:
    """The total a reply ends on, when it counted things up before it."""
    found = said_last(_CONCLUDING, prepared)
    if found is None:
        return parsed
    said = found.group(1)
    if not _a_number(said):
        return parsed
    total = read(said)
    return total if total.status == ANSWERED else parsed


# "8am phone scramble so like a 2", "numerically, i'd say 9, since…": the rating a reply
# names as its own, beside numbers that are no rating.
_RATED_AS = re.compile(r"(?:^|[\s,.;:])(?:so|i'?d say|id say|i would say|i'?ll say|ill say|"
                       r"call it|i'?d give it|id give it|i'?d go)\s+(?:like\s+|about\s+|maybe\s+|"
                       r"a\s+solid\s+)?(?:a\s+)?([0-9]{1,2}|[a-z]+)\b"
                       r"(?!\s*(?:or|to|-|and|/|out)\b)")  # "so 6 or 7" gives none


def rated_as(read: Reader, prepared: str, parsed: Parsed) -> Parsed:
    """A reply not read whole, read as the one rating it says it gives; offered."""
    if parsed.status != INVALID:
        return parsed
    found = list(_RATED_AS.finditer(prepared))
    if len(found) != 1:
        return parsed
    said = found[0].group(1)
    if not _a_number(said):
        return parsed
    rating = read(said)
    return guess(rating.value) if rating.status == ANSWERED else parsed
