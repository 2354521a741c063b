"""Replies to choice questions: single choice and multi choice.

A patient can name an option by number ("2", "option 2"), letter ("b"),
ordinal ("the second one"), its label or part of it ("gp"), or a near-miss
spelling ("pharmacey"). Anything that could mean two options is refused rather
than guessed, because a wrong answer is worse than asking again.
"""

from __future__ import annotations

import re
from typing import List, Sequence, Set, Tuple, Union

from rapidfuzz import fuzz

from bot.understanding.result import (
    AMBIGUOUS,
    NONE_NOT_OPTION,
    OUT_OF_RANGE,
    UNRECOGNISED,
    Parsed,
    answered,
    invalid,
)
from bot.understanding.text import prepare, strip_edges, words
from bot.understanding.words import (
    ALL_PHRASES,
    ARTICLES,
    EDGE_FILLERS,
    LAST,
    NEGATORS,
    NONE_PHRASES,
    NUMBER_PREFIXES,
    NUMBER_WORDS,
    ORDINAL_FILLERS,
    ORDINALS,
    SEPARATORS,
    STOPWORDS,
)

Labels = List[Tuple[str, ...]]

# Conservative fuzzy matching: catches typos, not different words.
FUZZY_CUTOFF = 85.0
FUZZY_MARGIN = 5.0  # two labels this close to each other are a tie
FUZZY_MIN_CHARS = 4  # below this every short word is "close" to something
FUZZY_MAX_CHARS = 100  # longer text is a sentence, not a misspelt label
FUZZY_MAX_TOKENS = 30
_HUGE = 10**9  # stands in for absurd option numbers ("99999999999")
_RANGE = re.compile(r"\b([0-9]{1,2}) ?(?:-|to) ?([0-9]{1,2})\b")


def _unplus(tokens: Sequence[str]) -> List[str]:
    """Treat "A+E" and "A&E" (both normalised by `words`) as the same label."""
    return ["and" if token == "plus" else token for token in tokens]


def label_tokens(options: Sequence[str]) -> Labels:
    return [tuple(_unplus(words(prepare(option)))) for option in options]


def exact_label(options: Sequence[str], prepared: str) -> int | None:
    """The option whose label is exactly the reply (ignoring case and punctuation)."""
    tokens = tuple(_unplus(words(prepared)))
    for index, option in enumerate(options):
        if prepare(option) == prepared:  # emoji-only labels have no word tokens
            return index
    for index, label in enumerate(label_tokens(options)):
        if label and label == tokens:
            return index
    return None


def bare_number(core: Sequence[str]) -> int | None:
    """A reply that is just a whole number, in digits or words."""
    if len(core) == 1 and core[0].isascii() and core[0].isdigit():
        return int(core[0]) if len(core[0]) <= 9 else _HUGE
    return NUMBER_WORDS.get(tuple(core))


def positional(tokens: Sequence[str], count: int) -> int | None:
    """An option named by position: "2", "option 2", "b", "the second one". 1-based."""
    core = strip_edges(tokens, EDGE_FILLERS)
    if len(core) > 1 and core[0] in NUMBER_PREFIXES:
        core = core[1:]
    number = bare_number(core)
    if number is not None:
        return number
    if len(core) == 1 and len(core[0]) == 1 and "a" <= core[0] <= "z":
        return ord(core[0]) - ord("a") + 1
    ordinal = [token for token in core if token not in ORDINAL_FILLERS]
    if len(ordinal) == 1 and ordinal[0] in ORDINALS:
        value = ORDINALS[ordinal[0]]
        return count if value == LAST else value
    return None


def _occurrences(labels: Labels, tokens: Sequence[str]) -> Tuple[Set[int], Set[int]]:
    """Labels appearing whole in the reply, as (option indexes, covered token positions).

    A label inside a longer matched label ("good" in "very good") does not count.
    """
    spans = []
    for index, label in enumerate(labels):
        size = len(label)
        for start in range(len(tokens) - size + 1 if size else 0):
            if tuple(tokens[start:start + size]) == label:
                spans.append((start, start + size, index))
    kept = [
        (a, b, i) for a, b, i in spans
        if not any(c <= a and b <= d and d - c > b - a for c, d, _ in spans)
    ]
    covered = {position for a, b, _ in spans for position in range(a, b)}
    return {i for _, _, i in kept}, covered


def _negated(tokens: Sequence[str], covered: Set[int]) -> bool:
    """A negation outside the matched labels ("not the GP") makes any match untrustworthy."""
    for position, token in enumerate(tokens):
        if position in covered or token not in NEGATORS:
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        if not (token == "no" and following.isdigit()):  # "no. 2" means number 2
            return True
    return False


def _contains(label: Tuple[str, ...], part: Sequence[str]) -> bool:
    size = len(part)
    return any(label[k:k + size] == tuple(part) for k in range(len(label) - size + 1))


def _partial(labels: Labels, core: Sequence[str]) -> Set[int]:
    """Reply is a whole-word piece of a label ("gp"), or the start of one ("walkin")."""
    if not core or all(token in STOPWORDS for token in core):
        return set()
    found = {i for i, label in enumerate(labels) if _contains(label, core)}
    compact = "".join(core)
    if found or len(compact) < FUZZY_MIN_CHARS:
        return found
    return {i for i, label in enumerate(labels) if "".join(label).startswith(compact)}


def _fuzzy_whole(labels: Labels, core: Sequence[str]) -> Set[int]:
    text = " ".join(core)
    if not FUZZY_MIN_CHARS <= len(text) <= FUZZY_MAX_CHARS:
        return set()
    scores = [fuzz.ratio(text, " ".join(label)) for label in labels]
    best = max(scores, default=0.0)
    floor = max(FUZZY_CUTOFF, best - FUZZY_MARGIN)
    return {i for i, score in enumerate(scores) if score >= floor}


def _fuzzy_tokens(labels: Labels, core: Sequence[str]) -> Set[int]:
    """A misspelt distinctive word inside a sentence ("I went to the pharmacey")."""
    if len(core) > FUZZY_MAX_TOKENS:
        return set()
    found = set()
    for token in core:
        if len(token) <= FUZZY_MIN_CHARS or token in STOPWORDS:
            continue
        for index, label in enumerate(labels):
            if any(len(word) > FUZZY_MIN_CHARS and fuzz.ratio(token, word) >= FUZZY_CUTOFF
                   for word in label):
                found.add(index)
    return found


def _names_another(labels: Labels, tokens: Sequence[str], covered: Set[int], found: int) -> bool:
    """ "pharmacy or gp": one label is there whole, but another is named in part."""
    ignored = STOPWORDS | EDGE_FILLERS | ARTICLES
    other_words = {
        word for index, label in enumerate(labels) if index != found
        for word in label if word not in ignored and word not in labels[found]
    }
    return any(
        token in other_words for position, token in enumerate(tokens) if position not in covered
    )


def match_label(labels: Labels, tokens: Sequence[str]) -> Union[int, str]:
    """The one option the reply names by label, else a reason."""
    hits, covered = _occurrences(labels, tokens)
    if _negated(tokens, covered):
        return UNRECOGNISED
    if len(hits) == 1:
        hit = hits.pop()
        return AMBIGUOUS if _names_another(labels, tokens, covered, hit) else hit
    if hits:
        return AMBIGUOUS
    core = strip_edges(tokens, EDGE_FILLERS | ARTICLES)
    for finder in (_partial, _fuzzy_whole, _fuzzy_tokens):
        found = finder(labels, core)
        if found:
            return found.pop() if len(found) == 1 else AMBIGUOUS
    return UNRECOGNISED


def by_position(options: Sequence[str], position: int) -> Parsed:
    if 1 <= position <= len(options):
        return answered(options[position - 1])
    return invalid(OUT_OF_RANGE)


def parse_choice(options: Sequence[str], prepared: str) -> Parsed:
    if not options:
        return invalid(UNRECOGNISED)
    exact = exact_label(options, prepared)
    if exact is not None:
        return answered(options[exact])
    tokens = _unplus(words(prepared))
    position = positional(tokens, len(options))
    if position is not None:
        return by_position(options, position)
    found = match_label(label_tokens(options), tokens)
    return answered(options[found]) if isinstance(found, int) else invalid(found)


# --- multi choice ----------------------------------------------------------


def _expand_ranges(prepared: str) -> str:
    """ "1-3" in a tick-all-that-apply reply means 1, 2 and 3."""
    def expand(match: re.Match[str]) -> str:
        low, high = int(match.group(1)), int(match.group(2))
        return " ".join(map(str, range(low, high + 1))) if low < high else match.group(0)
    return _RANGE.sub(expand, prepared)


def _segments(tokens: Sequence[str], covered: Set[int]) -> List[List[str]]:
    """The parts of the reply between matched labels and separators ("and", ",")."""
    segments: List[List[str]] = [[]]
    for position, token in enumerate(tokens):
        if position in covered or token in SEPARATORS:
            segments.append([])
        else:
            segments[-1].append(token)
    return [segment for segment in segments if segment]


def _item(token: str, count: int) -> int | None:
    """One list item: "3", "c", "third", "three". 1-based."""
    if token.isascii() and token.isdigit():
        return int(token) if len(token) <= 9 else _HUGE
    if len(token) == 1 and "a" <= token <= "z":
        return ord(token) - ord("a") + 1
    if token in ORDINALS:
        return count if ORDINALS[token] == LAST else ORDINALS[token]
    return NUMBER_WORDS.get((token,))


def _segment_items(labels: Labels, segment: Sequence[str], labelled: bool) -> Union[Set[int], str]:
    count = len(labels)
    core = strip_edges(segment, EDGE_FILLERS | NUMBER_PREFIXES | {"the", "both"})
    if labelled:  # "the bus and a train": "a" is an article here, not option a
        core = [token for token in core if token not in ("a", "an")]
    if any(token in ORDINALS for token in core):
        core = [token for token in core if token not in ("one", "ones")]
    if not core:
        return set()
    items = [_item(token, count) for token in core]
    if all(item is not None for item in items):
        if any(item is None or not 1 <= item <= count for item in items):
            return OUT_OF_RANGE
        return {item - 1 for item in items if item is not None}
    found = match_label(labels, core)
    return {found} if isinstance(found, int) else found


def _none_option(options: Sequence[str], labels: Labels) -> Parsed:
    nones = [i for i, label in enumerate(labels) if "none" in label]
    if len(nones) == 1:
        return answered([options[nones[0]]])
    return invalid(NONE_NOT_OPTION if not nones else AMBIGUOUS)


def parse_multi(options: Sequence[str], prepared: str) -> Parsed:
    """A list of option labels, in option order, without duplicates."""
    if not options:
        return invalid(UNRECOGNISED)
    exact = exact_label(options, prepared)
    if exact is not None:
        return answered([options[exact]])
    labels = label_tokens(options)
    tokens = _unplus(words(_expand_ranges(prepared)))
    core = tuple(strip_edges(tokens, EDGE_FILLERS))
    if core in ALL_PHRASES or (core == ("both",) and len(options) == 2):
        return answered(list(options))
    if core in NONE_PHRASES:
        return _none_option(options, labels)
    hits, covered = _occurrences(labels, tokens)
    if _negated(tokens, covered):
        return invalid(UNRECOGNISED)
    chosen = set(hits)
    for segment in _segments(tokens, covered):
        items = _segment_items(labels, segment, labelled=bool(hits))
        if isinstance(items, str):
            if items == UNRECOGNISED and hits:
                continue  # chatter around named options ("I use the bus and train")
            return invalid(items)
        chosen |= items
    if not chosen:
        return invalid(UNRECOGNISED)
    if len(chosen) > 1 and any("none" in labels[i] for i in chosen):
        return invalid(AMBIGUOUS)  # "bus and none of these" contradicts itself
    return answered([options[i] for i in sorted(chosen)])
