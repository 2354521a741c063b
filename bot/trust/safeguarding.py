"""Recall-first detection of messages that suggest a young person is at risk.

Every inbound message is checked before anything else happens.  Missing a real
crisis is far worse than a false alarm (which only shows the signposting
message), so the lexicon errs towards flagging.  The wording lives in
``safeguarding_lexicon`` so clinicians can review it without reading code.

Steps: normalise the text the way young people type (full-width, styled and
look-alike letters, accents, invisible characters, case, apostrophes,
stretched letters, "d1e"/"su*cide", emoji that stand for a word, Scots and
text-speak spellings), cut out known idioms ("this survey is killing me") and
wording that names a crisis only to say it is not one ("i'm not suicidal",
"more overdose awareness in schools"), look for crisis phrases category by
category (and for a concept with its cue anywhere in the message: a person at
the door with "home alone", a weapon with a person), and finally look for
misspellings of a few key words.  What the rules let through is scored by a
statistical net (``safeguarding_model``: a linear model over word and letter
n-grams, trained on the tuning phrases, weights shipped) that flags wording the
rules have no phrase for.  A message that
only tells of suicidal feelings, self-harm or a medical scare that is over
("i used to self harm but i'm fine now") is not flagged for those categories,
unless it also says something about now ("again", "still", "want", "tonight").
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple, Pattern

from rapidfuzz.distance import OSA

from bot.trust import safeguarding_model
from bot.trust.alternatives import either, in_order
from bot.trust.pattern_parts import branches
from bot.trust.safeguarding_lexicon import (
    CRISIS,
    FUZZY_IGNORE,
    FUZZY_KEYWORDS,
    IDIOMS,
    NOT_A_CRISIS,
    PAIRED,
    RECOVERED,
    RESOLVABLE,
    RESPELT,
    SAFE_NOW,
    SPELLINGS,
    STILL_AT_RISK,
)
from bot.trust.text_forms import emoji_words, plain_latin


@dataclass(frozen=True)
class Concern:
    category: str  # "suicide" | "self_harm" | "abuse" | "danger" | "medical"


# Digits and symbols used in place of letters, only swapped inside words so
# "999", "24/7" and "help!" are left alone.
_LEET = str.maketrans(
    {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i"}
)
_LEET_RUN = re.compile(r"(?<=[a-z])[013457@$!]+(?=[a-z])|(?<![\w@$!])[@$5](?=[a-z]{2})")
_STAR_IN_WORD = re.compile(r"(?<=[a-z])\*+(?=[a-z])")
# One hidden letter is most often an i ("su*cide", "d*e", "k*ll").
_ONE_STAR = re.compile(r"(?<=[a-z])\*(?=[a-z])")
_APOSTROPHES = re.compile(r"['’‘`´]")
_NOT_WORD = re.compile(r"[^a-z0-9]+")
_STRETCHED = re.compile(r"([a-z])\1{2,}")
# "s.u.i.c.i.d.e" -> "s u i c i d e" -> "suicide" (four or more lone letters).
_SPELT_OUT = re.compile(r"\b(?:[a-z] ){3,}[a-z]\b")


def _with_but(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Each phrase (each of its alternatives) with the "but" or "and" before it ("..., but we
    moved out")."""
    return tuple(
        rf"(?:\b(?:but|and|though|tho)(?: i| we| ive| weve| the)? )?(?:{branch})"
        for phrase in phrases
        for branch in branches(phrase)
    )


class _Lexicon(NamedTuple):
    respelt: tuple[tuple[Pattern[str], str], ...]
    cut_out: Pattern[str]
    recovered: Pattern[str]
    safe_now: Pattern[str]
    still_at_risk: Pattern[str]
    crisis: tuple[tuple[str, Pattern[str]], ...]  # in the order categories are checked
    paired: dict[str, tuple[tuple[Pattern[str], Pattern[str]], ...]]  # category -> (cue, phrase)


_COMPILING = threading.Lock()


def _lexicon() -> _Lexicon:
    """The lexicon compiled once, on first use (~0.35 s), never at import. Two first
    callers at once (a server's warm-up thread and a message) wait for one compile:
    `functools.cache` alone let each compile its own copy, twice the CPU on a busy start."""
    with _COMPILING:
        return _compiled()


@cache
def _compiled() -> _Lexicon:
    return _Lexicon(
        respelt=tuple((re.compile(pattern), word) for pattern, word in RESPELT),
        cut_out=in_order(IDIOMS + NOT_A_CRISIS),
        recovered=in_order(_with_but(RECOVERED)),
        safe_now=in_order(_with_but(SAFE_NOW)),
        still_at_risk=either(STILL_AT_RISK),
        crisis=tuple((category, either(phrases)) for category, phrases in CRISIS),
        paired={category: _paired(category) for category, _ in CRISIS},
    )


def _paired(category: str) -> tuple[tuple[Pattern[str], Pattern[str]], ...]:
    """The category's paired rules, a cue shared by several rounds searched once (its
    phrases joined: "cue and (a or b)" is "(cue and a) or (cue and b)")."""
    by_cue: dict[str, list[str]] = {}
    for named, cue, phrase in PAIRED:
        if named == category:
            by_cue.setdefault(cue, []).append(phrase)
    return tuple((re.compile(cue), either(tuple(phrases))) for cue, phrases in by_cue.items())


def prepare() -> None:
    """Compile the lexicon and read the net's weights now (servers call it as they start),
    so the first patient does not wait for them."""
    _lexicon()
    safeguarding_model.shipped()


_WORD = re.compile(r"[a-z0-9]+")
# Where a removed idiom was: not a word, so no phrase can match across it.
_GAP = " # "


def normalise(text: str) -> str:
    """Plain Latin letters, lower case, no apostrophes or punctuation, stretched letters cut to two."""
    text = plain_latin(emoji_words(text)).casefold()
    text = _ONE_STAR.sub("i", text)
    text = _STAR_IN_WORD.sub("", text)
    text = _LEET_RUN.sub(lambda m: m.group(0).translate(_LEET), text)
    text = _APOSTROPHES.sub("", text)
    text = _NOT_WORD.sub(" ", text)
    text = _STRETCHED.sub(r"\1\1", text)
    text = _SPELT_OUT.sub(lambda m: m.group(0).replace(" ", ""), text)
    text = _WORD.sub(lambda m: SPELLINGS.get(m.group(0), m.group(0)), text)
    for pattern, word in _lexicon().respelt:
        text = pattern.sub(word, text)
    return text.strip()


def _fuzzy_category(text: str) -> str | None:
    """A category if a key word appears misspelt (one word, or two run together)."""
    words = [w for w in text.split() if w != "#"]
    candidates = words + [a + b for a, b in zip(words, words[1:], strict=False)]
    for word in candidates:
        if len(word) < 6 or word in FUZZY_IGNORE:
            continue
        for keyword, (category, slips) in FUZZY_KEYWORDS.items():
            if word[0] != keyword[0] or abs(len(word) - len(keyword)) > slips:
                continue
            if OSA.distance(word, keyword, score_cutoff=slips) <= slips:
                return category
    return None


_ALL = frozenset(category for category, _ in CRISIS)


def resolved_categories(cleaned: str) -> frozenset[str]:
    """Categories the message tells of only as over, with nothing said about them being back.

    Suicidal feelings, self-harm and medical scares are over when the message says so
    ("but i'm fine now", "years ago"); abuse and danger only when it says the person is
    safe now ("we moved out and we're safe now").
    """
    lexicon = _lexicon()
    if lexicon.safe_now.search(cleaned):
        over, rest = _ALL, lexicon.recovered.sub(_GAP, lexicon.safe_now.sub(_GAP, cleaned))
    elif lexicon.recovered.search(cleaned):
        over, rest = RESOLVABLE, lexicon.recovered.sub(_GAP, cleaned)
    else:
        return frozenset()
    return frozenset() if lexicon.still_at_risk.search(rest) else over


class Reading(NamedTuple):
    cleaned: str  # normalised, with idioms and "not a crisis" wording cut out
    concern: Concern | None  # what the rules find
    over: bool  # the rules found a crisis, but told only as over
    normalised: str = ""  # normalised, nothing cut out

    def for_net(self, reads: str) -> str:
        """The text as a net that reads `reads` ("cleaned" or "normalised") takes it."""
        return self.normalised if reads == "normalised" else self.cleaned


def detect_concern(text: str) -> Concern | None:
    """The kind of risk the message suggests, or None for an ordinary answer. Either the
    rules first, then the statistical net (``safeguarding_model``) for what they let through,
    or, when the net has a gate ("classifier first"), the net decides: a rule hit stands only
    at a crisis score of at least the gate, and the net flags on its own at its threshold.
    Either way a crisis the rules read as told only as over is not flagged by the net, and
    the kind is the rules' when they found one."""
    reading = read_by_rules(text)
    net = safeguarding_model.shipped()
    if net.gate is None:  # the rules first; the net flags only what they let through
        if reading.concern is not None or reading.over:
            return reading.concern
        kind = net.concern(reading.for_net(net.reads))
        return None if kind is None else Concern(kind)
    score, kind = net.scored(reading.for_net(net.reads))
    return classifier_first(reading, score, kind, net.threshold, net.gate)


def classifier_first(reading: Reading, score: float, kind: str, threshold: float,
                     gate: float) -> Concern | None:
    """The net decides: a rule hit stands at a crisis score of at least `gate`; otherwise the
    net flags at `threshold`, unless the rules read the crisis as told only as over."""
    if reading.concern is not None:
        return reading.concern if score >= gate else None
    return Concern(kind) if score >= threshold and not reading.over else None


def read_by_rules(text: str) -> Reading:
    """What the rules alone make of the message (the benchmarks compare them with the net)."""
    lexicon = _lexicon()
    normalised = normalise(text)
    cleaned = lexicon.cut_out.sub(_GAP, normalised)
    over: frozenset[str] | None = None  # worked out only once something is found
    for category, pattern in lexicon.crisis:
        if pattern.search(cleaned) or any(
            cue.search(cleaned) and phrase.search(cleaned)
            for cue, phrase in lexicon.paired[category]
        ):
            over = resolved_categories(cleaned) if over is None else over
            if category not in over:
                return Reading(cleaned, Concern(category), False, normalised)
    if over is not None:  # found, but only as something that is over
        return Reading(cleaned, None, True, normalised)
    misspelt = _fuzzy_category(cleaned)
    if misspelt is None:
        return Reading(cleaned, None, False, normalised)
    if misspelt in resolved_categories(cleaned):
        return Reading(cleaned, None, True, normalised)
    return Reading(cleaned, Concern(misspelt), False, normalised)


# The NLU model's "crisis" intent is a second net under the lexicon: recall
# first, so a modest confidence is enough to signpost.
CRISIS_INTENT = "crisis"
CRISIS_CONFIDENCE = 0.5


def is_crisis_intent(intent: str, confidence: float) -> bool:
    return intent == CRISIS_INTENT and confidence >= CRISIS_CONFIDENCE
