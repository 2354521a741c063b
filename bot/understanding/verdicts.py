"""How good people say something was, in the Friends and Family Test's six levels:
"brilliant" (Very good), "decent" (Good), "meh" (Neither good nor poor), "not great"
(Poor), "a joke" (Very poor), "dunno" (Don't know). Used by the FFT and by any
single-choice question whose options are such a rating ("Very good | Good | OK | Poor |
Very poor", "Excellent | Good | Fair | Poor").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Dict, Optional, Sequence, Set, Tuple

from bot.understanding.fft_words import (
    FFT_BOOSTERS,
    FFT_INTENSIFIERS,
    FFT_NEGATED,
    FFT_PHRASES,
    FFT_WORDS,
)
from bot.understanding.result import Parsed, answered, choose
from bot.understanding.text import canon, longest_at, phrase_tokens, words
from bot.understanding.words import (
    GOOD,
    NEGATORS,
    POOR,
    VERY_GOOD,
    VERY_POOR,
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


def _boosted(tokens: Sequence[str], index: int) -> Tuple[int, str] | None:
    """ "very gud", "proper bad": Good and Poor, lifted one step."""
    if tokens[index] not in FFT_BOOSTERS:
        return None
    hit = longest_at(tokens, index + 1, FFT_PHRASES)
    if hit is None or hit[1] not in (GOOD, POOR):
        return None
    return hit[0], VERY_GOOD if hit[1] == GOOD else VERY_POOR


def verdicts(tokens: Sequence[str]) -> Set[str]:
    """Every level the words say ("good but slow": Good; "good and bad": Good and Poor)."""
    found = set()
    index = 0
    while index < len(tokens):
        hit = longest_at(tokens, index, FFT_PHRASES) or _boosted(tokens, index)
        if hit is None and tokens[index] in NEGATORS:
            hit = _negated_fft(tokens, index + 1)
        if hit is None:
            index += 1
            continue
        index = hit[0]
        if hit[1]:
            found.add(hit[1])
    return found




@lru_cache(maxsize=512)
def _levels(options: Tuple[str, ...]) -> Dict[str, int]:
    """Each option's level when the options are a rating scale of at least four levels."""
    found: Dict[str, int] = {}
    for index, option in enumerate(options):
        said = verdicts(list(phrase_tokens(option)))
        if len(said) == 1:
            found.setdefault(next(iter(said)), index)
    return found if len(found) >= 4 and len(set(found.values())) == len(found) else {}


def rating_answer(options: Sequence[str], prepared: str) -> Optional[Parsed]:
    """ "shocking tbh" to "Very good | Good | OK | Poor | Very poor": Very poor."""
    levels = _levels(tuple(options))
    if not levels:
        return None
    said = verdicts(canon(words(prepared), FFT_WORDS))
    picked = [levels[level] for level in said if level in levels]
    if len(picked) == 1 and len(said) == 1:
        return answered(options[picked[0]])
    if len(picked) == 2:
        return choose(options[i] for i in sorted(picked))
    return None
