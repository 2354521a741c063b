"""Replies that are numbers: scales, counts and ages.

Patients hedge ("about 3", "3ish"), spell numbers out ("twenty one") and answer
scales as scores ("8/10"). A reply is accepted when it holds exactly one number
and nothing that changes its meaning ("not 3", "more than 3", "3 or 4").
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from fractions import Fraction
from typing import List, Sequence, Tuple, Union

from rapidfuzz import fuzz

from bot.scripts.questions import AGE_BAND_LABELS, AGE_BANDS, Question, age_band_for
from bot.understanding.amounts import (
    DAY_PHRASES,
    KNOWN_WORDS,
    MINUS,
    UNIT_VOCABULARY,
    amounts,
    convert,
    merge_number_words,
    number_tokens,
    unit_of,
)
from bot.understanding.choices import bare_number, parse_choice
from bot.understanding.result import (
    AMBIGUOUS,
    NOT_WHOLE,
    OUT_OF_RANGE,
    UNRECOGNISED,
    Parsed,
    answered,
    guess,
    invalid,
)
from bot.understanding.text import canon, prepare, strip_edges, words
from bot.understanding.words import EDGE_FILLERS, NEGATORS, NUMBER_WORDS, ORDINALS

_LIMIT = Fraction(10**12)  # beyond any real answer; also keeps float() safe
_MAX_OTHER_WORDS = 8  # more than this is a sentence, not a number with hedging
_FRACTION_WORDS = frozenset({"/", "out", "of", "outta"})
# These change what the number means: "more than 3" is not 3.
_QUALIFIERS = NEGATORS | frozenset(
    "more over less under fewer above below between least most than up upto plus max "
    "min maximum minimum within nearly almost every per each bit odd".split()
)
_VAGUE_COUNTS = frozenset(tuple(p.split()) for p in (
    "a few|few|several|some|loads|lots|lots of times|loads of times|many|a lot|a few times|"
    "a bunch|a bunch of times|quite a few|a handful|countless|too many|ages|forever|a while|"
    "not long|long time|a long time|a long while").split("|"))
_COUPLE = frozenset(tuple(p.split()) for p in ("a couple|couple|a couple of times|a pair").split("|"))
_HEDGE_WORDS = frozenset("about around roughly approx approximately like ish or so just only "
                         "it was i think guess lol haha tbh".split())
_UNIT_WORDS_ALL = UNIT_VOCABULARY | frozenset("a an of and".split())
_ZERO_WORDS = frozenset(
    tuple(p.split()) for p in ("none", "never", "nothing", "not once", "not any", "no times",
                               "never been", "never have", "none at all", "zero times",
                               "never had one", "none yet", "not yet", "not even once",
                               "never ever", "none so far", "not at all", "nowt",
                               "i dont drink", "dont drink", "none i dont drink", "i dont smoke",
                               "i dont vape", "teetotal", "tee total", "havent been",
                               "i havent been", "not been", "never gone", "none at all really")
)
# To "how many times…?", a plain no means none.
_ZERO_COUNT = frozenset(tuple(p.split()) for p in ("no", "nope", "nah", "i havent", "havent",
                                                   "no never", "nah never", "i have not"))


@dataclass(frozen=True)
class Reading:
    value: Fraction
    out_of: Fraction | None  # the denominator of "4/5" or "4 out of 5"
    others: Tuple[str, ...]  # the words around the number


def extract(prepared: str) -> Union[Reading, str]:
    """The single number in a reply, or the reason there isn't one."""
    tokens = number_tokens(prepared)
    positions = [i for i, token in enumerate(tokens) if isinstance(token, Fraction)]
    others = tuple(t for t in tokens if isinstance(t, str) and t not in MINUS)
    if not positions:
        return UNRECOGNISED
    if any(abs(Fraction(tokens[i])) > _LIMIT for i in positions):
        return OUT_OF_RANGE
    if any(word in _QUALIFIERS for word in others):
        return UNRECOGNISED
    first = Fraction(tokens[positions[0]])
    if len(positions) == 2:
        between = tokens[positions[0] + 1:positions[1]]
        if not between or not all(isinstance(t, str) and t in _FRACTION_WORDS for t in between):
            return AMBIGUOUS
        rest = tuple(word for word in others if word not in _FRACTION_WORDS)
        return Reading(first, Fraction(tokens[positions[1]]), rest)
    if len(positions) > 2:
        return AMBIGUOUS
    if len(others) > _MAX_OTHER_WORDS:
        return UNRECOGNISED
    return Reading(first, None, others)


def _round_half_up(value: Fraction) -> int:
    return math.floor(value + Fraction(1, 2))


def _in_range(value: Fraction, question: Question) -> bool:
    low, high = question.minimum, question.maximum
    return (low is None or value >= Fraction(low)) and (high is None or value <= Fraction(high))


def _rescaled(reading: Reading, question: Question) -> Union[Fraction, str]:
    """ "8/10" on a 1-5 scale is 4: scores out of something else are scaled to fit."""
    value, out_of, top = reading.value, reading.out_of, question.maximum
    if out_of is None or top is None or out_of == Fraction(top):
        return value
    if out_of <= 0 or not 0 <= value <= out_of:
        return OUT_OF_RANGE
    scaled = Fraction(_round_half_up(value * Fraction(top) / out_of))
    low = Fraction(question.minimum) if question.minimum is not None else scaled
    return max(low, scaled)  # "0/10" on a 1-5 scale is the bottom of the scale


def _scale_label(question: Question, prepared: str) -> int | None:
    """End-label words: with labels {5: "Very good"}, "very good" means 5."""
    text = " ".join(words(prepared))
    if not text or len(text) > 100:
        return None
    named = {point: " ".join(words(prepare(label))) for point, label in question.labels.items()}
    exact = [point for point, label in named.items() if label == text]
    if exact:
        return exact[0]
    close = [point for point, label in named.items()
             if len(text) >= 4 and fuzz.ratio(text, label) >= 88]
    return close[0] if len(close) == 1 else None


_STRONG = frozenset("very really extremely super totally so".split())
_MILD = frozenset("quite fairly pretty bit a reasonably kind of kinda sort".split())
_MIDDLE = frozenset(tuple(p.split()) for p in (
    "middle|the middle|in the middle|in between|inbetween|somewhere in between|neither|"
    "average|in the middle really|halfway|half way|50 50").split("|"))


def _scale_words(question: Question, prepared: str) -> int | None:
    """ "easy" when the ends are "Very hard" and "Very easy": one step in from that end.
    "in the middle": the middle point. Only ever a guess."""
    low, high = question.minimum, question.maximum
    if low is None or high is None or not question.labels:
        return None
    reply = tuple(strip_edges(words(prepared), (EDGE_FILLERS - _STRONG) | {"the", "a", "it", "was"}))
    if reply in _MIDDLE:
        middle = Fraction(int(low) + int(high), 2)
        return int(middle) if middle.denominator == 1 else None
    plain = tuple(word for word in reply if word not in _MILD)
    for point, step in ((int(low), 1), (int(high), -1)):
        label = tuple(words(prepare(question.labels.get(point, ""))))
        if len(label) >= 2 and label[0] in _STRONG and plain == label[1:]:
            return point + step
    return None


def _strong_label(question: Question, prepared: str) -> int | None:
    """ "really hard" is the end labelled "Very hard"."""
    reply = tuple(strip_edges(words(prepared), (EDGE_FILLERS - _STRONG) | {"the", "it", "was"}))
    for point, text in question.labels.items():
        label = tuple(words(prepare(text)))
        if (len(label) >= 2 and len(reply) == len(label) and label[0] in _STRONG
                and reply[0] in _STRONG and reply[1:] == label[1:]):
            return int(point)
    return None


def parse_scale(question: Question, prepared: str) -> Parsed:
    point = _scale_label(question, prepared)
    if point is None:
        point = _strong_label(question, prepared)
    if point is not None:
        return answered(int(point))
    near = _scale_words(question, prepared)
    if near is not None:
        return guess(near)
    reading = extract(prepared)
    if isinstance(reading, str):
        return invalid(reading)
    value = _rescaled(reading, question)
    if isinstance(value, str):
        return invalid(value)
    if value.denominator != 1:
        return invalid(NOT_WHOLE)
    if not _in_range(value, question):
        return invalid(OUT_OF_RANGE)
    return answered(int(value))


def _day_phrase_inside(core: Sequence[str]) -> int | None:
    """A "same day" / "next day" phrase inside a sentence with no number or qualifier."""
    if any(word in _QUALIFIERS or word[:1].isdigit() or (word,) in NUMBER_WORDS for word in core):
        return None
    found = {days for size in (4, 3, 2) for start in range(len(core) - size + 1)
             if (days := DAY_PHRASES.get(tuple(core[start:start + size]))) is not None}
    return found.pop() if len(found) == 1 else None


def _in_unit(unit: str, prepared: str) -> Union[Tuple[Fraction, bool], str, None]:
    """An amount with a unit ("a fortnight", "same day", "twice"), in the question's unit."""
    core = tuple(canon(strip_edges(words(prepared), EDGE_FILLERS | _HEDGE_WORDS), KNOWN_WORDS))
    durations = unit not in ("", "times", "people", "visits", "appointments")
    if core in DAY_PHRASES and durations:
        return convert([(Fraction(DAY_PHRASES[core]), "days", False)], unit)
    said = _day_phrase_inside(core) if durations else None
    if said is not None:  # "they saw me the next day"
        return convert([(Fraction(said), "days", False)], unit)
    if core in _VAGUE_COUNTS:
        return UNRECOGNISED
    if core in _COUPLE:
        return Fraction(2), False
    tokens = number_tokens(prepared)
    found = amounts(tokens)
    if found is None or isinstance(found, str):
        return found
    loose = [t for t in tokens if isinstance(t, str) and t not in _UNIT_WORDS_ALL]
    if any(word in _QUALIFIERS for word in loose) or len(loose) > 2 * _MAX_OTHER_WORDS:
        return UNRECOGNISED
    return convert(found, unit)


_ZERO_FIRST = frozenset("none never zero nothing nowt".split())
_COMMENT_WORDS = frozenset("thank god thankfully luckily yet so far at all ever mate lol haha".split())


def _zero_first(core: Sequence[str]) -> bool:
    """ "none thankfully", "never thank god": a zero with only a comment after it."""
    return len(core) > 1 and core[0] in _ZERO_FIRST and all(w in _COMMENT_WORDS for w in core[1:])


def parse_number(question: Question, prepared: str) -> Parsed:
    core = tuple(strip_edges(words(prepared), EDGE_FILLERS))
    rough = False
    unit = unit_of(question.unit, question.text)
    counting = unit in ("times", "visits", "appointments", "people")
    if core in _ZERO_WORDS or (counting and core in _ZERO_COUNT) or _zero_first(core):
        value = Fraction(0)  # "How many times…?" "never", "none thankfully"
    else:
        amount = _in_unit(unit, prepared)
        if isinstance(amount, str):
            return invalid(amount)
        if amount is not None:
            value, rough = amount
            if rough:  # "a month" in weeks: about 4, offered as a guess
                value = Fraction(_round_half_up(value))
            if value.denominator != 1:
                return invalid(NOT_WHOLE)  # "a week and a half" in weeks: ask
        else:
            reading = extract(prepared)
            if isinstance(reading, str):
                return invalid(reading)
            value = reading.value  # "4 out of 5" for a count: the 4 is the answer
    if not _in_range(value, question):
        return invalid(OUT_OF_RANGE)
    number = int(value) if value.denominator == 1 else float(value)
    return guess(number) if rough else answered(number)


# --- age band --------------------------------------------------------------

_AGE_WORDS = frozenset("im i am aged age years year yrs yr yo old y o".split())
_MIN_AGE, _MAX_AGE = 7, 120  # "ages under 7 are not plausible" in a youth survey
_NO_TOP = 10**6
# How patients write a band: "18 to 24", "under 13", "12 or under", "over 35", "35+".
_BETWEEN = re.compile(r"(?:between )?([0-9]+) (?:to |and |or )?([0-9]+)")
_BELOW = re.compile(r"(?:under|below|younger than|less than) ([0-9]+)")
_AT_MOST = re.compile(r"([0-9]+) (?:or|and) (?:under|below|younger|less)")
_ABOVE = re.compile(r"(?:over|above|older than|more than) ([0-9]+)")
_AT_LEAST = re.compile(r"([0-9]+) (?:plus|or over|and over|or above|and above|or older|or more)")


def _numberised(tokens: Sequence[str]) -> List[str]:
    return [str(t) for t in merge_number_words(list(tokens))]


def _span(tokens: Sequence[str]) -> Tuple[int, int] | None:
    """An age range as (lowest, highest), or None when the reply is not a range."""
    text = " ".join(token for token in tokens if token not in _AGE_WORDS)
    between = _BETWEEN.fullmatch(text)
    if between:
        low, high = int(between.group(1)), int(between.group(2))
        # "17 5" is "17.5" after punctuation went, and "2 3" is two option numbers
        return (low, high) if _MIN_AGE <= low < high else None
    below = _BELOW.fullmatch(text) or _AT_MOST.fullmatch(text)
    if below:
        number = int(below.group(1))
        return 0, (number - 1 if below.re is _BELOW else number)
    above = _ABOVE.fullmatch(text) or _AT_LEAST.fullmatch(text)
    if above:
        number = int(above.group(1))
        return (number + 1 if above.re is _ABOVE else number), _NO_TOP
    return None


def _band_for_span(low: int, high: int, options: Sequence[str]) -> Parsed:
    for band_low, band_high, label in AGE_BANDS:
        top = _NO_TOP if band_high is None else band_high
        if band_low <= low and high <= top and label in options:
            return answered(label)
    return invalid(AMBIGUOUS if low <= high else UNRECOGNISED)


def _band_for_age(age: Fraction, options: Sequence[str]) -> Parsed:
    if not _MIN_AGE <= age <= _MAX_AGE:
        return invalid(OUT_OF_RANGE)
    label = age_band_for(math.floor(age))  # 17.5 is still 17
    return answered(label) if label in options else invalid(OUT_OF_RANGE)


def parse_age_band(question: Question, prepared: str) -> Parsed:
    """An age ("19", "I'm 17", "nineteen"), a band ("18 to 24") or an option number."""
    options = question.options or AGE_BAND_LABELS
    tokens = _numberised(strip_edges(words(prepared), EDGE_FILLERS - _AGE_WORDS))
    span = _span(tokens)
    if span is not None:
        return _band_for_span(span[0], span[1], options)
    number = bare_number(tokens)
    if number is not None and 1 <= number <= len(options):
        return answered(options[number - 1])
    if any(token in ORDINALS for token in tokens):  # "the last one" is not age 1
        return parse_choice(options, prepared)
    reading = extract(prepared)
    if isinstance(reading, Reading) and reading.out_of is None:
        return _band_for_age(reading.value, options)
    if reading in (OUT_OF_RANGE, AMBIGUOUS):
        return invalid(str(reading))
    return parse_choice(options, prepared)
