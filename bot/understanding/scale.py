"""Replies to scale questions ("How easy was it, 1 to 5?"): a number, a score out of
something else ("8/10" on 1 to 5 is 4), or the words of an end label ("very easy").
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Iterable, List, Sequence, Union

from rapidfuzz import fuzz

from bot.scripts.questions import Question
from bot.understanding.fft_words import FFT_WORDS
from bot.understanding.numbers import (
    Reading,
    extract,
    in_range,
    misspelt_number,
    round_half_up,
)
from bot.understanding.result import (
    NOT_WHOLE,
    OUT_OF_RANGE,
    UNRECOGNISED,
    Parsed,
    answered,
    guess,
    invalid,
)
from bot.understanding.text import (
    canon,
    count_stars,
    find_phrases,
    prepare,
    strip_edges,
    words,
)
from bot.understanding.verdicts import verdicts
from bot.understanding.words import (
    EDGE_FILLERS,
    GOOD,
    NEGATORS,
    NEITHER,
    NO,
    NUMBER_WORDS,
    POOR,
    VERY_GOOD,
    VERY_POOR,
    YES_NO_PHRASES,
)


def _rescaled(reading: Reading, question: Question) -> Union[Fraction, str]:
    """ "8/10" on a 1-5 scale is 4: scores out of something else are scaled to fit."""
    value, out_of, top = reading.value, reading.out_of, question.maximum
    if out_of is None or top is None or out_of == Fraction(top):
        return value
    if out_of <= 0 or not 0 <= value <= out_of:
        return OUT_OF_RANGE
    scaled = Fraction(round_half_up(value * Fraction(top) / out_of))
    low = Fraction(question.minimum) if question.minimum is not None else scaled
    return max(low, scaled)  # "0/10" on a 1-5 scale is the bottom of the scale


def _scale_label(question: Question, prepared: str) -> int | None:
    """End-label words: with labels {5: "Very good"}, "very good" means 5; the question's own
    words around them say nothing more ("not worried at all" for "Not at all")."""
    point = _label_read(question, prepared)
    if point is not None:
        return point
    labelled = {word for label in question.labels.values() for word in words(prepare(label))}
    asked = set(words(prepare(question.text or ""))) - labelled
    plain = [word for word in words(prepared) if word not in asked]
    return _label_read(question, " ".join(plain)) if 0 < len(plain) < len(words(prepared)) else None


def _label_read(question: Question, prepared: str) -> int | None:
    text = " ".join(words(prepared))
    if not text or len(text) > 100:
        return None
    named = {point: " ".join(words(prepare(label))) for point, label in question.labels.items()}
    exact = [point for point, label in named.items() if label == text]
    if exact:
        return exact[0]
    same = _in_label_words(text.split(), named.values())  # "hard. very." for "Very difficult"
    exact = [point for point, label in named.items() if sorted(label.split()) == same]
    if len(exact) == 1:
        return exact[0]
    reply = tuple(text.split())
    if len(reply) == 1 and reply[0] in _WHOLLY:  # "totally" for the end "Completely"
        wholly = [point for point, label in named.items() if label in _WHOLLY]
        if len(wholly) == 1:
            return wholly[0]
    shared = set.intersection(*(set(label.split()) for label in named.values())) - (
        _STRONG | _MILD) if len(named) >= 2 else set()
    if shared:  # "not at all" for "Not at all worried" when the other end is "Extremely worried"
        bare = [point for point, label in named.items()
                if tuple(w for w in label.split() if w not in shared) == reply]
        if len(bare) == 1:
            return bare[0]
    close = [point for point, label in named.items()
             if len(text) >= 4 and fuzz.ratio(text, label) >= 88]
    return close[0] if len(close) == 1 else None


_STRONG = frozenset("very really extremely super totally so dead proper mega v".split())
# Words a reply may use for a label's word: "hard" for "difficult", "fully" for "very".
_LABEL_SYNONYMS = {"hard": "difficult", "tough": "difficult", "difficult": "hard",
                   "simple": "easy", "straightforward": "easy"}
_WHOLLY_STRONG = _STRONG | frozenset("fully completely totally absolutely 100".split())


def _in_label_words(reply: Sequence[str], labels: Iterable[str]) -> List[str]:
    """The reply's words put in the labels' own words, sorted."""
    known = {word for label in labels for word in label.split()}
    said = []
    for word in reply:
        if word not in known and _LABEL_SYNONYMS.get(word) in known:
            word = _LABEL_SYNONYMS[word]
        elif word not in known and word in _WHOLLY_STRONG and "very" in known:
            word = "very"
        said.append(word)
    return sorted(said)
_MILD = frozenset("quite fairly pretty bit a reasonably kind of kinda sort".split())
_MIDDLE = frozenset(tuple(p.split()) for p in (
    "middle|the middle|in the middle|in between|inbetween|somewhere in between|neither|"
    "average|in the middle really|halfway|half way|50 50").split("|"))


_ROUGHLY = frozenset("the a it was right somewhere just about around slap bang smack".split())
_LOOSELY = frozenset("somewhere about around".split())
_BOTTOM = frozenset("lowest bottom minimum min".split())
_TOP = frozenset("highest top maximum max full".split())
_END_WORDS = frozenset("marks mark score possible you u can could give it goes there is of "
                       "scale number rock".split())


def _an_end(reply: Sequence[str], low: int, high: int) -> int | None:
    """ "top marks", "the lowest u can give", "rock bottom": an end of the scale, by position."""
    ends = {word for word in reply if word in _BOTTOM | _TOP}
    if len(ends) != 1 or not all(word in _BOTTOM | _TOP | _END_WORDS | _ROUGHLY for word in reply):
        return None
    return low if ends <= _BOTTOM else high


def _scale_words(question: Question, prepared: str) -> int | None:
    """ "easy" when the ends are "Very hard" and "Very easy": one step in from that end.
    "in the middle": the middle point. Only ever a guess."""
    low, high = question.minimum, question.maximum
    if low is None or high is None:
        return None
    said = words(prepared)
    reply = tuple(strip_edges(said, (EDGE_FILLERS - _STRONG) | _ROUGHLY))
    if reply in _MIDDLE:  # "somewhere in the middle": one point only on a short scale
        if set(said) & _LOOSELY and int(high) - int(low) > 4:
            return None
        middle = Fraction(int(low) + int(high), 2)
        return int(middle) if middle.denominator == 1 else None
    end = _an_end(reply, int(low), int(high))
    if end is not None or not question.labels:  # "top marks", "the lowest you can give"
        return end
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


# On a long scale "very" is not "extremely": the end is only offered.
_LONG_SCALE = 5


def _stronger_than_said(question: Question, prepared: str, point: int) -> bool:
    """The end's label has another strong word than the reply, on a scale of more than five
    points, where a step below the end is a point of its own."""
    low, high = question.minimum, question.maximum
    if low is None or high is None or int(high) - int(low) < _LONG_SCALE:
        return False
    label = words(prepare(question.labels.get(point, "")))
    said = [word for word in words(prepared) if word in _STRONG]
    return bool(label) and label[0] not in said


_COUNTS = frozenset(("once", "twice", "thrice"))  # "got lost twice" is not a score of 2
# "…so 2", "id give it a 4", "i'd say 3": the score a comment ends with.
_CONCLUDED = re.compile(r"\b(?:so|id say|i'd say|id give it|i'd give it|give it|call it|say|"
                        r"rate it|i rate it|overall)\s+(?:a\s+)?([0-9]{1,2})\W*$")
_NOT_LIKELY = frozenset(("not", "unlikely"))
# A score, a break ("-", ",", "!") and a comment with no other number in it.
_COMMENTED = re.compile(r"^\W*([0-9]{1,2})\s*(?:-|–|,|:|;|!+|\.)\s*([^\d]+)$")
# "2 couldnt find it": a score, then a clause of its own without a break before it.
_CLAUSE_START = NEGATORS | frozenset("i it its they she he we the but cos because as was were "
                                     "took got had".split())
_SPACED = re.compile(r"^\W*([0-9]{1,2})\s+([a-z][^\d]*)$")
# Words that mean the same as "completely" at the end of a scale.
_WHOLLY = frozenset("completely totally fully entirely absolutely wholly".split())


def _label_first(question: Question, prepared: str) -> int | None:
    """ "very easy its by the station", "very hard, got lost twice": an end label, then a
    comment with no other score in it."""
    tokens = words(prepared)
    for point, text in question.labels.items():
        label = words(prepare(text))
        size = len(label)
        if size < 2 or len(tokens) <= size:
            continue
        head = tokens[:size]
        if head == label or (head[0] in _STRONG and label[0] in _STRONG and head[1:] == label[1:]):
            rest = tokens[size:]
            if not any(t[:1].isdigit() or ((t,) in NUMBER_WORDS and t not in _COUNTS)
                       or t in NEGATORS for t in rest):
                return int(point)
    return None


def _label_start(question: Question, prepared: str) -> int | None:
    """ "very" when one end is "Very confident" and the other "Not at all"."""
    reply = strip_edges(words(prepared), EDGE_FILLERS - _STRONG)
    if not reply or reply[0] not in _STRONG:
        return None
    starting = [int(point) for point, text in question.labels.items()
                if words(prepare(text))[:len(reply)] == reply and len(words(prepare(text))) > len(reply)]
    return starting[0] if len(starting) == 1 else None


def _likely_ends(question: Question, prepared: str) -> int | None:
    """ "no chance" to a scale from "Not at all likely" is its bottom (a guess)."""
    low = question.minimum
    bottom = words(prepare(question.labels.get(int(low), ""))) if low is not None else []
    if not bottom or not set(bottom) & _NOT_LIKELY or "likely" not in " ".join(bottom):
        return None
    tokens = words(prepared)
    said = {value for start, end, value in find_phrases(tokens, YES_NO_PHRASES)
            if start == 0 and end == len(tokens)}
    return int(low) if said == {NO} and low is not None else None


def _plainer(question: Question, prepared: str) -> str:
    """Stretched words undone and a repeated word said once ("easyy", "very very easy"),
    for replies without a number."""
    if any(ch.isdigit() for ch in prepared):
        return prepared
    known = {word for label in question.labels.values() for word in words(prepare(label))}
    tokens = canon(words(prepared), known | _STRONG | _MILD)
    kept = [t for i, t in enumerate(tokens) if i == 0 or t != tokens[i - 1]]
    return " ".join(kept) if kept != words(prepared) else prepared


_LEVELS = (VERY_POOR, POOR, NEITHER, GOOD, VERY_GOOD)


def _rated(question: Question, prepared: str) -> int | None:
    """ "good" on a 1-5 scale from "Very poor" to "Very good": the FFT's five levels, one a
    point. Only ever offered."""
    low, high = question.minimum, question.maximum
    if low is None or high is None or int(high) - int(low) != 4 or any(
            ch.isdigit() for ch in prepared):
        return None
    ends = [verdicts(canon(words(prepare(question.labels.get(point, ""))), FFT_WORDS))
            for point in (int(low), int(high))]
    if ends != [{VERY_POOR}, {VERY_GOOD}]:
        return None
    said = verdicts(canon(words(prepared), FFT_WORDS))
    if len(said) != 1 or not said <= set(_LEVELS):
        return None
    return int(low) + _LEVELS.index(next(iter(said)))


_PERCENT = re.compile(r"^\W*([0-9]{1,3}) ?(?:%|percent|per cent)\W*$")


def _percent(question: Question, prepared: str) -> int | None:
    """ "100%" on a 0-10 scale: its top, offered."""
    found = _PERCENT.match(prepared)
    if found is None or question.minimum is None or question.maximum is None:
        return None
    share = Fraction(int(found.group(1)), 100)
    if share > 1:
        return None
    low, high = Fraction(question.minimum), Fraction(question.maximum)
    point = low + share * (high - low)
    return int(point) if point.denominator == 1 else None


def parse_scale(question: Question, prepared: str) -> Parsed:
    prepared = _plainer(question, prepared)
    point = _scale_label(question, prepared)
    if point is None:
        point = _strong_label(question, prepared)
        if point is not None and _stronger_than_said(question, prepared, point):
            return guess(point)  # "very likely" to a 0-10 scale up to "Extremely likely"
    if point is None:
        point = _label_first(question, prepared)
    if point is None:
        point = _label_start(question, prepared)
    if point is not None:
        return answered(int(point))
    near = _scale_words(question, prepared)
    if near is None:
        near = _likely_ends(question, prepared)
    if near is None:
        near = _rated(question, prepared)
    if near is None:
        near = _percent(question, prepared)
    if near is not None:
        return guess(near)
    if tuple(strip_edges(words(prepared), EDGE_FILLERS | _ROUGHLY)) in _MIDDLE:
        return invalid(UNRECOGNISED)  # "50/50" on 1 to 10: no middle point, and not 50 of 50
    stars = count_stars(prepared)
    if stars:  # "⭐⭐⭐⭐": four out of five
        prepared = f"{stars}/5"
    concluded = _CONCLUDED.search(prepared)
    if concluded and len(re.findall(r"[0-9]+", prepared)) == 1:
        prepared = concluded.group(1)  # "couldnt find it at first so 2"
    commented = _COMMENTED.match(prepared)
    spaced = _SPACED.match(prepared)
    if spaced and words(spaced.group(2))[:1] and words(spaced.group(2))[0] in _CLAUSE_START:
        commented = spaced
    if commented and not any((word,) in NUMBER_WORDS for word in words(commented.group(2))):
        prepared = commented.group(1)  # "4 - wasnt bad": the score, then a comment on it
    if any(token in _COUNTS for token in words(prepared)):
        return invalid(UNRECOGNISED)
    reading = extract(prepared)
    if isinstance(reading, str):
        near = misspelt_number(prepared) if reading == UNRECOGNISED else None
        if near is not None and in_range(Fraction(near), question):
            return guess(near)  # "fuor": Did you mean 4?
        return invalid(reading)
    value = _rescaled(reading, question)
    if isinstance(value, str):
        return invalid(value)
    if value.denominator != 1:
        return invalid(NOT_WHOLE)
    if not in_range(value, question):
        return invalid(OUT_OF_RANGE)
    return answered(int(value))
