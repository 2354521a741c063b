"""Replies to the age band question: an age ("19", "I'm 17", "nineteen"), a band
("18 to 24", "under 13") or an option number."""

from __future__ import annotations

import math
import re
from fractions import Fraction
from typing import List, Sequence, Tuple

from bot.scripts.questions import AGE_BAND_LABELS, AGE_BANDS, Question, age_band_for
from bot.understanding.amounts import merge_number_words
from bot.understanding.choices import bare_number, parse_choice
from bot.understanding.numbers import Reading, extract
from bot.understanding.result import (
    AMBIGUOUS,
    OUT_OF_RANGE,
    UNRECOGNISED,
    Parsed,
    answered,
    choose,
    guess,
    invalid,
)
from bot.understanding.text import strip_edges, words
from bot.understanding.words import EDGE_FILLERS, ORDINALS

_AGE_WORDS = frozenset("im i am aged age years year yrs yr yo old y o".split())
_MIN_AGE, _MAX_AGE = 7, 120  # "ages under 7 are not plausible" in a youth survey
_NO_TOP = 10**6
# How patients write a band: "18 to 24", "under 13", "12 or under", "over 35", "35+". Read
# whole (fullmatch); a number starts at its first digit all the same, so that a search would
# not read a run of n digits again from each of them (n² steps).
_BETWEEN = re.compile(r"(?<![0-9])(?:between )?([0-9]+) (?:to |and |or )?([0-9]+)")
_BELOW = re.compile(r"(?:under|below|younger than|less than) ([0-9]+)")
_AT_MOST = re.compile(r"(?<![0-9])([0-9]+) (?:or|and) (?:under|below|younger|less)")
_ABOVE = re.compile(r"(?:over|above|older than|more than) ([0-9]+)")
_AT_LEAST = re.compile(r"(?<![0-9])([0-9]+) (?:plus|or over|and over|or above|and above|or older|"
                       r"or more)")


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


# "year 9", "yr 10", "in year 11": a school year in England, not an age (Year 7 is 11-12).
_SCHOOL_YEAR = re.compile(r"\b(?:year|yr|y) ?([0-9]{1,2})\b(?! ?(?:old|years|yrs))")
_FIRST_AGE_OF_YEAR_1 = 5  # the age a Year 1 pupil turns; Year N holds ages N+4 to N+5


def _school_year(prepared: str, options: Sequence[str]) -> Parsed | None:
    """A school year is offered as the band its ages fall in ("Did you mean 13-15?"), or
    "which one?" between two bands; it is never read as an age."""
    found = _SCHOOL_YEAR.search(prepared)
    if found is None or not 1 <= int(found.group(1)) <= 13:
        return None
    low = int(found.group(1)) + _FIRST_AGE_OF_YEAR_1 - 1
    read = _band_for_span(low, low + 1, options)
    if read.status == "answered":
        return guess(read.value)
    bands = [label for band_low, band_high, label in AGE_BANDS if label in options
             and band_low <= low + 1 and low <= (_NO_TOP if band_high is None else band_high)]
    return choose(bands) if 2 <= len(bands) <= 3 else invalid(AMBIGUOUS)


def parse_age_band(question: Question, prepared: str) -> Parsed:
    """An age ("19", "I'm 17", "nineteen"), a band ("18 to 24") or an option number."""
    options = question.options or AGE_BAND_LABELS
    school = _school_year(prepared, options)
    if school is not None:
        return school
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
