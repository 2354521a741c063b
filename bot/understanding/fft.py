"""Replies to the NHS Friends and Family Test ("Overall, how was your experience?").

Patients answer in their own words far more than by option number, so a
vocabulary ("brilliant", "meh", "not great") comes first, with negation handled:
"not good" is Poor; "not bad" may be Good or Neither good nor poor, so it asks which.
"""

from __future__ import annotations

import re
from typing import Sequence, Set

from rapidfuzz import fuzz

from bot.scripts.questions import FFT_OPTIONS
from bot.understanding.choices import bare_number, by_position, parse_choice, positional
from bot.understanding.fft_words import (
    FFT_COMPLAINTS,
    FFT_EMOJI,
    FFT_FACES,
    FFT_PHRASES,
    FFT_PRAISE,
    FFT_WORDS,
)
from bot.understanding.matching import FUZZY_CUTOFF, FUZZY_MAX_TOKENS, FUZZY_MIN_CHARS
from bot.understanding.result import (
    AMBIGUOUS,
    ANSWERED,
    OUT_OF_RANGE,
    Parsed,
    answered,
    choose,
    guess,
    invalid,
)
from bot.understanding.text import SPACES, canon, count_stars, said_last, strip_edges, words
from bot.understanding.verdicts import verdicts
from bot.understanding.words import (
    DONT_KNOW,
    EDGE_FILLERS,
    GOOD,
    NEGATORS,
    NEITHER,
    POOR,
    VERY_GOOD,
    VERY_POOR,
)


def _fft_fuzzy(tokens: Sequence[str]) -> Set[str]:
    """Misspelt single words ("excelent", "terible"); never near a negation."""
    if len(tokens) > FUZZY_MAX_TOKENS or any(token in NEGATORS for token in tokens):
        return set()
    return {
        label
        for token in tokens if len(token) > FUZZY_MIN_CHARS
        for key, label in FFT_PHRASES.items()
        if len(key) == 1 and len(key[0]) > FUZZY_MIN_CHARS
        and fuzz.ratio(token, key[0]) >= FUZZY_CUTOFF
    }


_SCORE = re.compile(r"^\D*?([0-9]{1,2}) ?(?:/|out of|outta) ?(5|10)\b")


def _score(prepared: str) -> Parsed | None:
    """ "8/10" or "4 out of 5": a score, not an option number. Only /5 and the ends of
    /10 map onto the FFT for sure; a middle /10 is offered as a guess."""
    found = _SCORE.match(prepared)
    if found is None:
        return None
    score, top = int(found.group(1)), int(found.group(2))
    if score > top:
        return invalid(OUT_OF_RANGE)
    if top == 5:
        return answered(FFT_OPTIONS[5 - max(score, 1)])
    band = (VERY_POOR, VERY_POOR, VERY_POOR, POOR, POOR, NEITHER, NEITHER, GOOD, GOOD,
            VERY_GOOD, VERY_GOOD)[score]
    return answered(band) if score in (0, 1, 10) else guess(band)


# "mixed", "a bit of both": the middle, most likely, but the writer may mean good and bad.
_TWO_SIDED = frozenset(tuple(p.split()) for p in (
    "mixed|mixed bag|a mixed bag|bit of both|a bit of both|"
    "half and half|mixed experience|a mixed experience|mixed feelings").split("|"))


# "not bad": said as praise ("Good") as often as shrugged ("Neither"); which one?
_UNDERSTATED = frozenset((("not", "bad"), ("not", "bad", "tbh"), ("not", "bad", "actually")))
# "rubbish" alone: Very poor to some, Poor to others; offered.
_BLUNT = frozenset((("rubbish",), ("crap",)))
# "ok", "alright" alone: the middle to some, a mild "good" to others, a shrug to more.
_SHRUGS = frozenset((("ok",), ("okay",), ("k",), ("alright",), ("all", "right")))
_ASIDE = frozenset("it was its lol tbh honestly".split())  # "really rubbish" is not bare


def _bare_number(options: Sequence[str], tokens: Sequence[str]) -> Parsed | None:
    """A bare 1, 2, 4 or 5 to the national FFT list (OA-28): the option number and a score
    out of 5 point opposite ways ("5" is option 5, Very poor, or 5/5, Very good), so the
    patient picks between the two in words; a bare 3 means the middle either way, offered
    as "Did you mean…?". "option 5" and "5/5" say which; a narrowed list ("which one?")
    is numbered as shown."""
    if tuple(options) != FFT_OPTIONS:
        return None
    number = bare_number(strip_edges(tokens, EDGE_FILLERS))
    if number is None or not 1 <= number <= 5:
        return None
    as_option, as_score = FFT_OPTIONS[number - 1], FFT_OPTIONS[5 - number]
    if as_option == as_score:
        return guess(as_option)
    return choose(option for option in FFT_OPTIONS if option in (as_option, as_score))


def parse_fft(options: Sequence[str], prepared: str, aliases: object = None) -> Parsed:
    stars = count_stars(prepared)
    if 2 <= stars <= 5:  # "⭐⭐⭐⭐" is four out of five
        prepared = f"{stars}/5"
    scored = _score(prepared)
    if scored is not None and tuple(options) == FFT_OPTIONS:
        asked_back = scored.status == ANSWERED and prepared.rstrip().endswith("?")
        return guess(scored.value) if asked_back else scored  # "3 out of 5?" is unsure
    concluded = _concluded(options, prepared)
    if concluded is not None:
        return concluded
    tokens = canon(words(prepared), FFT_WORDS)
    number = _bare_number(options, tokens)
    if number is not None:
        return number
    core = tuple(strip_edges(tokens, EDGE_FILLERS | {"it", "was", "a"}))
    if tuple(t for t in tokens if t not in _ASIDE) in _SHRUGS and NEITHER in options:
        return guess(NEITHER)  # "ok" alone: so-so to some, fine-and-good to others; offered
    if core in _TWO_SIDED:
        return guess(NEITHER)
    if core in _UNDERSTATED and {GOOD, NEITHER} <= set(options):
        return choose(option for option in options if option in (GOOD, NEITHER))
    if tuple(t for t in tokens if t not in _ASIDE) in _BLUNT and VERY_POOR in options:
        return guess(VERY_POOR)  # "rubbish" alone: Very poor to most, Poor to some
    found = verdicts(tokens) | {label for emoji, label in FFT_EMOJI.items() if emoji in prepared}
    if not found:
        position = positional(tokens, len(options))
        if position is not None:
            return by_position(options, position)
        found = _fft_fuzzy(tokens)
    if not found:
        faces = {label for face, label in FFT_FACES.items() if face in prepared}
        if len(faces) == 1 and not any(ch.isalnum() for ch in prepared):
            label = faces.pop()
            return guess(label) if label in options else invalid(AMBIGUOUS)
    if len(found) == 2 and found <= set(options):
        return choose(option for option in options if option in found)  # "good but slow"
    if len(found) > 1:
        return invalid(AMBIGUOUS)
    if found and next(iter(found)) in options:
        label = next(iter(found))
        return invalid(AMBIGUOUS) if _mixed(prepared, label) else answered(label)
    # A star rating is not an option number: "5 stars" is not option 5 (Very poor).
    read = parse_choice(options, prepared, numbered_comments=False)
    if read.value == DONT_KNOW and not set(tokens) & _NOT_KNOWING:
        return guess(DONT_KNOW)  # "never been": no experience to rate; only offered
    return read


# "the staff were kind, but I waited hours, so I'd say poor": the verdict a reply ends on.
_VERDICT_LAST = re.compile(r"(?:^|[\s,.;:])(?:so\s+)?(?:i'?d say|id say|i would say|i'll say|"
                           r"overall|all in all|on the whole|in the end)\s+(?:it was\s+|its\s+|"
                           r"it's\s+)?([a-z' ]{2,25}?)\W*$")


def _concluded(options: Sequence[str], prepared: str) -> Parsed | None:
    """The verdict after a comment on parts of a visit, when it is one plain verdict."""
    found = said_last(_VERDICT_LAST, prepared)
    if found is None:
        return None
    said = tuple(canon(words(found.group(1)), FFT_WORDS))
    label = FFT_PHRASES.get(said)
    return answered(label) if label in options and label != DONT_KNOW else None


_NOT_KNOWING = frozenset("know knw sure idea clue remember say dunno idk unsure ken".split())


_CONTRAST = re.compile(SPACES + r"(?:,|;|\bbut\b|\bthough\b|\btho\b|\bhowever\b|\bwhereas\b|"
                       r"\balthough\b|\bexcept\b)\s*")
_SIDES = {VERY_GOOD: FFT_COMPLAINTS, GOOD: FFT_COMPLAINTS, POOR: FFT_PRAISE, VERY_POOR: FFT_PRAISE,
          NEITHER: FFT_COMPLAINTS}  # "long wait but fine": fine despite it, or so-so?


def _mixed(prepared: str, label: str) -> bool:
    """ "the nurse was nice but the doctor was rude": praise and a complaint about different
    people, and no verdict on the whole. "good but slow" (the verdict first) is not mixed."""
    against = _SIDES.get(label)
    parts = [part for part in _CONTRAST.split(prepared) if part.strip()]
    if against is None or len(parts) < 2:
        return False
    if tuple(canon(words(parts[0]), FFT_WORDS)) in FFT_PHRASES:
        return False  # the verdict comes first, the rest is a comment
    for part in parts:
        said = canon(words(part), FFT_WORDS)
        if label not in verdicts(said) and set(said) & against:
            return True
    return False
