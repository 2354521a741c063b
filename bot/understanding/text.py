"""Text normalisation shared by the answer parsers.

Replies come from phones: smart quotes, emoji, shouting, stray punctuation,
stretched words ("yesss"). Text is normalised once here so that every parser
compares like with like, and vocabulary tables can be written plainly.
"""

from __future__ import annotations

import re
import unicodedata
from typing import AbstractSet, List, Mapping, Sequence, Tuple, TypeVar

V = TypeVar("V")

# Phone keyboards send typographic apostrophes and dashes; parsers expect ASCII.
_TRANSLATE = str.maketrans(
    {"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'",
     "\u2212": "-", "\u2013": "-", "\u2014": "-"}
)
# Vocabulary phrases are at most this many words ("one hundred and twenty one").
MAX_PHRASE_WORDS = 6
_NON_WORD = re.compile(r"[\W_]+")
_RUNS_OF_TWO = re.compile(r"([^\W\d_])\1+")
_RUNS_OF_THREE = re.compile(r"([^\W\d_])\1{2,}")

# Spaces around a separator, in patterns that search (split, sub): `\s*` first in a pattern
# is tried again from every space of a run, each try reading to the run's end, so n spaces
# cost n² steps. SPACES takes spaces only from a run's first one (a start inside a run takes
# none), which finds the same matches: a search tries the run's first space before the
# others, a match from inside a run is one from its first space too, and the next search of
# a split or sub starts after the last match's own trailing spaces (each pattern using these
# ends on `\s*`, `\s+` or a word). SPACE_RUN is `\s+` from a run's first space only.
SPACES = r"(?:(?<!\s)\s*|(?<=\s))"
SPACE_RUN = r"(?<!\s)\s+"
# `\s+` after a lazy `^(.+?)`: the shortest group never ends inside a run of spaces (one
# space at the very start apart), so `\s+` is tried only where a run starts, not from each
# of its spaces.
SPACES_AFTER = r"(?:(?<!\s)|(?<=^\s))\s+"


def is_blank(text: str) -> bool:
    """Nothing but whitespace, punctuation or invisible characters.

    Symbols (emoji included) count as content: "👍" is a real reply.
    """
    return all(unicodedata.category(ch)[0] in "PZCM" for ch in text)


def strip_controls(text: str) -> str:
    """Drop control and format characters (NUL, bidi marks); keep line breaks as spaces."""
    return "".join(
        " " if ch in "\n\r\t" else ch
        for ch in text
        if ch in "\n\r\t" or unicodedata.category(ch)[0] != "C"
    )


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


def prepare(text: str) -> str:
    """NFKC, case-folded, single-spaced. Punctuation is kept for parsers that need it."""
    text = unicodedata.normalize("NFKC", text).translate(_TRANSLATE).casefold()
    return collapse_spaces(strip_controls(text))


# Shortenings read as the word: "appt", "rly", "gr8", "tmrw", "wknd".
ABBREVIATIONS = {
    "appt": "appointment", "appts": "appointments", "rly": "really", "rlly": "really",
    "gr8": "great", "b4": "before", "tmrw": "tomorrow", "tmr": "tomorrow", "2moro": "tomorrow",
    "nite": "night", "tonite": "tonight", "nxt": "next", "wknd": "weekend", "wkend": "weekend",
    "wknds": "weekends", "wkends": "weekends", "xmas": "christmas", "ystrday": "yesterday",
    "yday": "yesterday", "ppl": "people", "sumtimes": "sometimes", "somtimes": "sometimes",
    "evry": "every", "evrything": "everything", "nthn": "nothing", "nuthin": "nothing",
    "nothin": "nothing", "anythin": "anything", "somethin": "something", "gd": "good",
}


def words(prepared: str) -> List[str]:
    """Word tokens of prepared text: apostrophes dropped ("don't" -> "dont"), no punctuation,
    shortenings spelled out ("appt" -> "appointment")."""
    text = prepared.replace("'", "").replace("&", " and ").replace("+", " plus ")
    return [ABBREVIATIONS.get(token, token) for token in _NON_WORD.sub(" ", text).split()]


def said_last(pattern: re.Pattern[str], prepared: str) -> re.Match[str] | None:
    """Where `pattern` (written to end the reply) is found after something said before it:
    the total, verdict or answer a reply ends on ("…, so 4", "…, so I'd say poor", "… so no")."""
    found = pattern.search(prepared)
    return found if found is not None and prepared[:found.start()].strip() else None


def phrase_tokens(text: str) -> Tuple[str, ...]:
    """A label or alias as word tokens; "A+E" and "A&E" read alike ("a and e")."""
    return tuple("and" if token == "plus" else token for token in words(prepare(text)))


def canon(tokens: Sequence[str], known: AbstractSet[str]) -> List[str]:
    """Undo stretched spellings ("yesss", "gooood") when that yields a known word."""
    result = []
    for token in tokens:
        if token not in known:
            variants = (_RUNS_OF_TWO.sub(r"\1", token), _RUNS_OF_THREE.sub(r"\1\1", token))
            token = next((v for v in variants if v in known), token)
        result.append(token)
    return result


def strip_edges(tokens: Sequence[str], fillers: AbstractSet[str]) -> List[str]:
    """Remove filler words from both ends ("please", "um"), keeping the middle intact."""
    start, end = 0, len(tokens)
    while start < end and tokens[start] in fillers:
        start += 1
    while end > start and tokens[end - 1] in fillers:
        end -= 1
    return list(tokens[start:end])


def phrase_table(groups: Mapping[V, str]) -> dict[Tuple[str, ...], V]:
    """Build a lookup from `{value: "phrase|phrase"}`; pipes keep vocab tables compact."""
    table: dict[Tuple[str, ...], V] = {}
    for value, phrases in groups.items():
        for phrase in phrases.split("|"):
            table[tuple(phrase.split())] = value
    return table


def longest_at(
    tokens: Sequence[str], start: int, table: Mapping[Tuple[str, ...], V]
) -> Tuple[int, V] | None:
    """The longest phrase from `table` starting at `start`, as (end, value)."""
    for size in range(min(MAX_PHRASE_WORDS, len(tokens) - start), 0, -1):
        value = table.get(tuple(tokens[start:start + size]))
        if value is not None:
            return start + size, value
    return None


def find_phrases(
    tokens: Sequence[str], table: Mapping[Tuple[str, ...], V]
) -> List[Tuple[int, int, V]]:
    """Leftmost-longest, non-overlapping phrase matches as (start, end, value)."""
    found: List[Tuple[int, int, V]] = []
    index = 0
    while index < len(tokens):
        hit = longest_at(tokens, index, table)
        if hit is None:
            index += 1
            continue
        found.append((index, hit[0], hit[1]))
        index = hit[0]
    return found


_STARS = "⭐🌟★"


def count_stars(text: str) -> int:
    """ "⭐⭐⭐⭐": four stars, when the reply is nothing but stars (0 otherwise)."""
    stars = sum(text.count(star) for star in _STARS)
    rest = [ch for ch in text if ch not in _STARS and not ch.isspace()
            and unicodedata.category(ch)[0] not in "PCM"]
    return stars if stars and not rest else 0
