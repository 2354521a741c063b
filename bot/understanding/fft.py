"""Replies to the NHS Friends and Family Test ("Overall, how was your experience?").

Patients answer in their own words far more than by option number, so a
vocabulary ("brilliant", "meh", "not great") comes first, with negation handled:
"not good" is Poor, "not bad" is Neither good nor poor.
"""

from __future__ import annotations

from typing import Sequence, Set, Tuple

from rapidfuzz import fuzz

from bot.understanding.choices import (
    FUZZY_CUTOFF,
    FUZZY_MAX_TOKENS,
    FUZZY_MIN_CHARS,
    by_position,
    parse_choice,
    positional,
)
from bot.understanding.result import AMBIGUOUS, Parsed, answered, invalid
from bot.understanding.text import canon, longest_at, words
from bot.understanding.words import (
    FFT_EMOJI,
    FFT_INTENSIFIERS,
    FFT_NEGATED,
    FFT_PHRASES,
    FFT_WORDS,
    NEGATORS,
)


def _negated_fft(tokens: Sequence[str], start: int) -> Tuple[int, str] | None:
    """After "not": skip intensifiers ("not too bad") and flip the answer that follows."""
    while start < len(tokens):
        hit = longest_at(tokens, start, FFT_PHRASES)
        if hit is not None:
            return hit[0], FFT_NEGATED.get(hit[1], "")
        if tokens[start] not in FFT_INTENSIFIERS:
            return None
        start += 1
    return None


def _fft_labels(tokens: Sequence[str]) -> Set[str]:
    found = set()
    index = 0
    while index < len(tokens):
        hit = longest_at(tokens, index, FFT_PHRASES)
        if hit is None and tokens[index] in NEGATORS:
            hit = _negated_fft(tokens, index + 1)
        if hit is None:
            index += 1
            continue
        index = hit[0]
        if hit[1]:
            found.add(hit[1])
    return found


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


def parse_fft(options: Sequence[str], prepared: str) -> Parsed:
    tokens = canon(words(prepared), FFT_WORDS)
    found = _fft_labels(tokens) | {label for emoji, label in FFT_EMOJI.items() if emoji in prepared}
    if not found:
        position = positional(tokens, len(options))
        if position is not None:
            return by_position(options, position)
        found = _fft_fuzzy(tokens)
    if len(found) > 1:
        return invalid(AMBIGUOUS)
    if found and next(iter(found)) in options:
        return answered(next(iter(found)))
    return parse_choice(options, prepared)
