"""A statistical second net beside the crisis rules: a linear model over word and
letter n-grams of the normalised text.

The weights are trained by hand (``bench/safeguarding_model_build.py``, scikit-learn,
on the tuning phrases) and shipped in ``safeguarding_model.json.gz``; nothing is
trained or downloaded when the bot runs, and scoring is plain Python (no numpy or
scikit-learn in the servers' start-up). The score is scikit-learn's: TF-IDF with
sublinear term counts and L2 norm, then a logistic regression of crisis or not; a
second regression over the five crisis kinds names the kind of a flagged message. The
threshold ships with the weights; it was chosen on out-of-fold scores of the
training files, never on a test file.
"""

from __future__ import annotations

import gzip
import json
import math
from collections import Counter
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

WEIGHTS = Path(__file__).with_name("safeguarding_model.json.gz")
# Letter n-grams are taken inside each word padded with spaces, so "kms" gives
# " km", "kms", "ms " and words run together still share most of their n-grams.
CHAR_SIZES = (3, 4, 5)
WORD_SIZES = 2  # words, and runs of words up to this many (2: word pairs)
# No word in the training phrases is longer than 24 letters; a longer one is cut, so a
# message of one 5,000-letter "word" costs no more than one of 24 and the cache stays small.
LONGEST_WORD = 24


def features(normalised: str, words: int = WORD_SIZES,
             letters: tuple[int, ...] = CHAR_SIZES) -> list[str]:
    """The n-grams the model reads: words, runs of 2 to `words` words and the letter
    n-grams of each word of the sizes in `letters`."""
    grams: list[str] = []
    # "#" marks where the rules cut an idiom out: no run of words spans it.
    for stretch in normalised.split("#"):
        tokens = stretch.split()
        for size in range(2, words + 1):
            grams += ["w " + " ".join(tokens[i:i + size]) for i in range(len(tokens) - size + 1)]
        for word in tokens:
            grams += _word_grams(word[:LONGEST_WORD], letters)
    return grams


@lru_cache(maxsize=20_000)
def _word_grams(word: str, letters: tuple[int, ...]) -> tuple[str, ...]:
    """The word itself and its letter n-grams (cached: most messages reuse common words)."""
    padded = f" {word} "
    return (f"w {word}",) + tuple(
        f"c{padded[i:i + size]}" for size in letters for i in range(len(padded) - size + 1)
    )


@dataclass(frozen=True)
class Model:
    intercept: float  # of the crisis-or-not score
    kinds: tuple[str, ...]  # the crisis kinds, in the order of each n-gram's kind weights
    kind_intercepts: tuple[float, ...]
    # n-gram -> (idf, crisis weight, weight for each kind)
    vocabulary: dict[str, tuple[float, float, tuple[float, ...]]]
    threshold: float  # crisis score at or above which the net flags
    words: int = WORD_SIZES  # the n-grams it reads (``features``)
    letters: tuple[int, ...] = CHAR_SIZES
    # 2: the word n-grams and the letter n-grams are L2-normalised apart (scikit-learn's
    # FeatureUnion of two TF-IDFs), so long words do not drown the words; 1: together.
    blocks: int = 1
    # What the net reads: "cleaned" (normalised, the rules' idioms and denials cut out) or
    # "normalised" (normalised only: the net learns those itself).
    reads: str = "cleaned"
    # None: the rules decide first and the net only flags what they let through. A number
    # ("classifier first"): a rule hit stands only at a crisis score of at least this.
    gate: float | None = None

    def _known(self, normalised: str
               ) -> tuple[list[tuple[float, float, tuple[float, ...]]], float]:
        """(TF-IDF value, crisis weight, kind weights) of each known n-gram, and what the
        values are to be divided by: their L2 norm (0 when none is known) or, with two
        blocks, 1 (each value already divided by its own block's norm)."""
        known, letters = [], []
        for gram, count in Counter(features(normalised, self.words, self.letters)).items():
            entry = self.vocabulary.get(gram)
            if entry is not None:
                idf, weight, kinds = entry
                known.append((idf if count == 1 else idf * (1.0 + math.log(count)), weight, kinds))
                letters.append(gram[0] == "c")
        if self.blocks == 1:
            return known, math.sqrt(sum(value * value for value, _, _ in known))
        pairs = list(zip(known, letters, strict=True))
        norms = [math.sqrt(sum(value * value for (value, _, _), block in pairs if block == part))
                 for part in (False, True)]
        return [(value / norms[block], weight, kinds) for (value, weight, kinds), block in pairs], 1.0

    def score(self, normalised: str) -> float:
        """How likely the text is a crisis, 0 to 1 (a logistic regression over TF-IDF)."""
        return self._score(*self._known(normalised))

    def _score(self, known: list[tuple[float, float, tuple[float, ...]]], norm: float) -> float:
        linear = sum(value * weight for value, weight, _ in known)
        linear = self.intercept + (linear / norm if norm else 0.0)
        return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, linear))))

    def kind(self, normalised: str) -> str:
        """The most likely crisis kind (a second regression, fitted on crisis rows only)."""
        return self._kind(*self._known(normalised))

    def _kind(self, known: list[tuple[float, float, tuple[float, ...]]], norm: float) -> str:
        scores, scale = list(self.kind_intercepts), 1.0 / (norm or 1.0)
        for value, _, kinds in known:
            for i, weight in enumerate(kinds):
                scores[i] += value * scale * weight
        return max(zip(scores, self.kinds, strict=True))[1]

    def concern(self, normalised: str) -> str | None:
        """The crisis kind when the score reaches the threshold, else None (the message's
        n-grams are looked up once for both)."""
        known = self._known(normalised)
        return self._kind(*known) if self._score(*known) >= self.threshold else None

    def scored(self, normalised: str) -> tuple[float, str]:
        """The crisis score and the most likely kind, the n-grams looked up once."""
        known = self._known(normalised)
        return self._score(*known), self._kind(*known)


def from_json(data: dict) -> Model:
    """The model from its shipped form (see ``to_json``)."""
    return Model(
        intercept=data["intercept"],
        kinds=tuple(data["kinds"]),
        kind_intercepts=tuple(data["kind_intercepts"]),
        vocabulary={
            gram: (idf, weight, tuple(kinds))
            for gram, (idf, weight, kinds) in data["vocabulary"].items()
        },
        threshold=data["threshold"],
        words=data.get("words", WORD_SIZES),
        letters=tuple(data.get("letters", CHAR_SIZES)),
        blocks=data.get("blocks", 1),
        reads=data.get("reads", "cleaned"),
        gate=data.get("gate"),
    )


def to_json(model: Model) -> dict:
    return {
        "intercept": model.intercept,
        "kinds": list(model.kinds),
        "kind_intercepts": list(model.kind_intercepts),
        "threshold": model.threshold,
        "words": model.words,
        "letters": list(model.letters),
        **({} if model.blocks == 1 else {"blocks": model.blocks}),
        **({} if model.reads == "cleaned" else {"reads": model.reads}),
        **({} if model.gate is None else {"gate": model.gate}),
        "vocabulary": {
            gram: [idf, weight, list(kinds)]
            for gram, (idf, weight, kinds) in sorted(model.vocabulary.items())
        },
    }


@cache
def shipped() -> Model:
    """The shipped weights, read once on first use (the servers call it as they start)."""
    with gzip.open(WEIGHTS, "rt", encoding="utf-8") as handle:
        return from_json(json.load(handle))
