"""Finding which options a reply names, by label, alias or near-miss spelling.

The outcome is a `Match`: one option, a best guess ("maybe"), a choice between
several ("choose"), or a reason why none. Anything that could mean two options is
never read as one: a wrong answer is worse than asking again.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Dict, FrozenSet, List, Sequence, Set, Tuple

from rapidfuzz import fuzz

from bot.understanding.lexicon import Name, contains, contested_words, names_of_others
from bot.understanding.related import related_options, stem
from bot.understanding.result import AMBIGUOUS, UNRECOGNISED
from bot.understanding.text import canon, find_phrases, phrase_tokens, strip_edges, words
from bot.understanding.words import (
    ALL_WORDS,
    ARTICLES,
    EDGE_FILLERS,
    GENERIC_WORDS,
    NEGATORS,
    NUMBER_PREFIXES,
    NUMBER_WORDS,
    ORDINALS,
    SEPARATORS,
    STOPWORDS,
)

Labels = List[Tuple[str, ...]]

# Conservative fuzzy matching: catches typos, not different words.
FUZZY_CUTOFF = 85.0  # at or above: read as that option
FUZZY_GUESS = 75.0  # from here to the cutoff: offered as "Did you mean…?"
FUZZY_MARGIN = 5.0  # two labels this close to each other are a tie
FUZZY_MIN_CHARS = 4  # below this every short word is "close" to something
FUZZY_MAX_CHARS = 100  # longer text is a sentence, not a misspelt label
FUZZY_MAX_TOKENS = 30
MAX_CHOICES = 3  # "which one?" offers at most this many
# Words between a negation and the option it negates ("didn't go to the GP").
_NEGATION_GAP = ARTICLES | frozenset("been gone used use going really even ever".split())
_LETTER_ITEM = re.compile(r"^\W*(?:option |letter )?([a-l])\s*[).:\-]")


@dataclass(frozen=True)
class Match:
    kind: str = ""  # "one" | "maybe" | "choose"; "" with a reason
    indexes: FrozenSet[int] = frozenset()
    reason: str = ""
    spelling: bool = False  # found only by a near-miss spelling


def none_found(reason: str = UNRECOGNISED) -> Match:
    return Match(reason=reason)


def label_tokens(options: Sequence[str]) -> Labels:
    return list(_label_tokens(tuple(options)))


@lru_cache(maxsize=512)
def _label_tokens(options: Tuple[str, ...]) -> Tuple[Tuple[str, ...], ...]:
    return tuple(phrase_tokens(option) for option in options)


@lru_cache(maxsize=512)
def _known(names: Tuple[Name, ...]) -> Tuple[FrozenSet[str], FrozenSet[Tuple[str, str]]]:
    """The words a question's replies are read against, and each word of a label with the
    number after it (("year", "10") of "Year 10"): one cache, looked up once a reply."""
    vocabulary = {word for name in names for word in name.tokens}
    vocabulary |= {word for key in NUMBER_WORDS for word in key} | set(ORDINALS)
    numbered = frozenset((label[k], label[k + 1])
                         for label in (n.tokens for n in names if n.is_label)
                         for k in range(len(label) - 1) if label[k + 1].isdigit())
    return frozenset(vocabulary | EDGE_FILLERS | NUMBER_PREFIXES | SEPARATORS | ALL_WORDS), numbered


# "y11", "yr10", "year10": a year and its number, run together or shortened.
_YEAR = re.compile(r"^(?:y|yr|yrs|year)([0-9]{1,2})$")
_YEAR_SHORT = frozenset(("y", "yr", "yrs"))


def _numbers_as_labels(tokens: List[str], pairs: FrozenSet[Tuple[str, str]]) -> List[str]:
    """ "year ten", "yr 10", "y11" to Year 10 | Year 11: the label's own word and digits."""
    if not pairs:
        return tokens
    heads = {head for head, _ in pairs}
    result: List[str] = []
    for token in tokens:
        run = _YEAR.match(token) if "year" in heads else None
        if run:
            result += ["year", run.group(1)]
            continue
        digits = NUMBER_WORDS.get((token,))
        if result and digits is not None and (result[-1], str(digits)) in pairs:
            token = str(digits)
        elif token in _YEAR_SHORT and "year" in heads:
            token = "year"
        result.append(token)
    return result


@lru_cache(maxsize=512)
def _longest(known: FrozenSet[str]) -> int:
    return max(map(len, known), default=0)


def _letters_joined(tokens: List[str], known: FrozenSet[str]) -> List[str]:
    """ "g.p." and "G P" are "gp": single letters run together into a known word.

    Linear in the reply: a run of single letters is found once, not again from each of its
    letters, and no more letters are joined than the longest known word has ("a a a …")."""
    result: List[str] = []
    index = end = 0
    longest = _longest(known)
    while index < len(tokens):
        if end <= index:  # the run of single letters starting here (none: end == index)
            end = index
            while end < len(tokens) and len(tokens[end]) == 1 and tokens[end].isalpha():
                end += 1
        joined = "".join(tokens[index:end]) if 2 <= end - index <= longest else ""
        if joined and joined in known:
            result.append(joined)
            index = end
        else:
            result.append(tokens[index])
            index += 1
    return result


def reply_tokens(prepared: str, names: Tuple[Name, ...]) -> List[str]:
    """Word tokens with stretched spellings undone ("fourr", "pharmaccyyy")."""
    known, numbered = _known(names)
    tokens = canon(["and" if token == "plus" else token for token in words(prepared)], known)
    tokens = _numbers_as_labels(_letters_joined(tokens, known), numbered)
    # "pharmacies", "dentists": a plural of a known word reads as that word.
    return [_singular(token, known) for token in tokens]


# Degree words: "pretty confident" is "quite confident", "really easy" is "very easy",
# when the options use those words.
_MILD_WORDS = ("quite", "fairly", "pretty", "reasonably", "rather", "somewhat", "moderately")
_DEGREES = {"pretty": "quite", "fairly": "quite", "reasonably": "quite", "rather": "quite",
            "somewhat": "quite", "really": "very", "super": "very", "extremely": "very",
            "totally": "very", "proper": "very", "v": "very", "so": "very"}


# "totally agree", "100% agree", "really disagree": "strongly", when the options use it.
_STRONGLY = frozenset("totally completely fully absolutely really very definitely def defo deffo "
                      "100 massively so extremely entirely wholly".split())


# Words that mean the same in a label: "hard" where the options say "Difficult".
_SAME = {"hard": "difficult", "tricky": "difficult", "tough": "difficult", "difficult": "hard",
         "simple": "easy", "straightforward": "easy", "easier": "easy", "harder": "difficult",
         "unhappy": "dissatisfied", "happy": "satisfied", "likely": "probably"}


def _singular(token: str, known: FrozenSet[str]) -> str:
    if token in _STRONGLY and "strongly" in known and token not in known:
        return "strongly"
    same = _SAME.get(token)
    if same in known and token not in known:
        return str(same)
    degree = _DEGREES.get(token)
    if degree in known:
        return str(degree)
    if token in _MILD_WORDS and token not in known:  # "pretty clean" for "Fairly clean"
        used = [word for word in _MILD_WORDS if word in known]
        if len(used) == 1:
            return used[0]
    if token in known or len(token) < 2:
        return token
    if len(token) >= 4 and token + "s" in known:  # "saturday" for "Saturdays"
        return token + "s"
    if len(token) < 4 or not token.endswith("s"):
        return token
    bases = (token[:-1], token[:-2] if token.endswith("es") else "",
             token[:-3] + "y" if token.endswith("ies") else "")  # gps, boxes, pharmacies
    for base in bases:  # never "shy" of "shuts"
        if base in known and len(base) >= 3:
            return base
    return token


def name_spans(names: Sequence[Name], tokens: Sequence[str]) -> List[Tuple[int, int, int]]:
    """(start, end, option) of every name in the reply, minus those inside a longer one.

    Linear in the reply: a name is tried only where its first word is, and a span is
    checked only against the spans starting close enough before it to hold it (no name is
    longer than `longest`), not against every other one ("gp gp gp …" x 1,000)."""
    where: Dict[str, List[int]] = {}
    for position, token in enumerate(tokens):
        where.setdefault(token, []).append(position)
    spans = []
    for name in names:
        size = len(name.tokens)
        starts = where.get(name.tokens[0], []) if size else range(len(tokens) + 1)
        for start in starts:
            if tuple(tokens[start:start + size]) == name.tokens:
                spans.append((start, start + size, name.index))
    ends: Dict[int, List[int]] = {}
    for c, d, _ in spans:
        ends.setdefault(c, []).append(d)
    longest = max((len(name.tokens) for name in names), default=0)
    return [(a, b, i) for a, b, i in spans
            if not any(b <= d and d - c > b - a
                       for c in range(max(0, b - longest), a + 1) for d in ends.get(c, ()))]


def _negators(tokens: Sequence[str], covered: Set[int]) -> List[int]:
    found = []
    for position, token in enumerate(tokens):
        if position in covered or token not in NEGATORS:
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        if not (token == "no" and following.isdigit()):  # "no. 2" means number 2
            found.append(position)
    return found


# A negation in a clause of its own comments on something else ("i walk, its not far");
# one that hedges ("not sure", "dont know") or comes before an option it does not reach
# ("i didnt want to go to the gp") blurs the whole reply.
_CLAUSE_ENDS = SEPARATORS | frozenset("but so because cos coz cuz though tho".split())
_HEDGED = frozenset("sure certain really 100 positive confident totally entirely completely "
                    "exactly know remember recall think say mind".split())


_NOR = frozenset(("or", "nor"))


def _listed_after(tokens: Sequence[str], spans: Sequence[Tuple[int, int, int]], start: int
                  ) -> Set[int]:
    """ "not monday or friday": the negation reaches every option listed after "or"."""
    found: Set[int] = set()
    end = max((b for a, b, _ in spans if a == start), default=start)
    while end < len(tokens) and tokens[end] in _NOR:
        gap = end + 1
        while gap < len(tokens) and tokens[gap] in ARTICLES:
            gap += 1
        following = [(b, i) for a, b, i in spans if a == gap]
        if not following:
            break
        found |= {i for _, i in following}
        end = max(b for b, _ in following)
    return found


def negated_options(tokens: Sequence[str], spans: Sequence[Tuple[int, int, int]], covered: Set[int],
                    labels: Sequence[Tuple[str, ...]] = ()) -> Set[int] | None:
    """Options a negation points at ("not the GP"); None if a negation blurs the reply.
    A negation that is a label's own words ("didnt know" of "Didn't know where to go") is not."""
    negated: Set[int] = set()
    for position in _negators(tokens, covered):
        pair = tokens[position:position + 2]
        if len(pair) == 2 and any(contains(label, pair) for label in labels):
            continue
        after = position + 1
        while after < len(tokens) and tokens[after] in _NEGATION_GAP:
            after += 1
        targets = {i for a, _, i in spans if position < a <= after}
        if targets:
            negated |= targets | _listed_after(tokens, spans, after)
            continue
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        end = next((k for k in range(position + 1, len(tokens)) if tokens[k] in _CLAUSE_ENDS),
                   len(tokens))
        if not following or following in _HEDGED or any(position < a < end for a, _, _ in spans):
            return None
    return negated


# "the nasal spray one": a word standing for a thing, never the "one" of "I haven't had one".
_PRONOUNS = frozenset(("one", "ones"))


def _others_named(labels: Labels, tokens: Sequence[str], covered: Set[int], found: int) -> Set[int]:
    """ "pharmacy or gp": one option is there whole, others are named in part ("mine i phone
    them" names "Phoned…" by another form of its word); "not the clinic" names none."""
    # a bare "no" ("…no probs") names no "No time"; the label's own thing would
    ignored = STOPWORDS | EDGE_FILLERS | ARTICLES | _PRONOUNS | NEGATORS
    said = {token for position, token in enumerate(tokens) if position not in covered}
    loose = {token for position, token in enumerate(tokens)
             if position not in covered and not _denied(tokens, position)}
    loose_stems = {stem(token) for token in loose if len(token) > 3}
    negating = bool(set(tokens) & NEGATORS)

    def named(label: Sequence[str]) -> bool:
        saying_no = bool(set(label) & NEGATORS)  # "No time": its "no time" is not denied
        if saying_no and not negating:
            return False  # "view them" is not "I don't view them"
        words_ = said if saying_no else loose
        return any(word in words_ for word in label if word not in ignored
                   and word not in labels[found]) or verb_led(label, loose_stems)

    return {index for index, label in enumerate(labels) if index != found and named(label)}


def verb_led(label: Sequence[str], loose_stems: Set[str]) -> bool:
    """A label that opens with what was done ("Phoned the surgery"), named by another form of
    that word ("i phone them")."""
    return len(label) > 1 and len(label[0]) > 3 and label[0].endswith("ed") and stem(
        label[0]) in loose_stems


def _denied(tokens: Sequence[str], position: int) -> bool:
    """The word follows a negation, across articles: "not the clinic"."""
    before = position - 1
    while before >= 0 and tokens[before] in ARTICLES:
        before -= 1
    return before >= 0 and tokens[before] in ("not", "no")


def _several(indexes: Set[int]) -> Match:
    if len(indexes) == 1:
        return Match("one", frozenset(indexes))
    if len(indexes) <= MAX_CHOICES:
        return Match("choose", frozenset(indexes))
    return none_found(AMBIGUOUS)


_PLACE_WORDS = frozenset("place one ones thing bit service people lot".split())


def _partial(labels: Labels, core: Sequence[str]) -> Set[int]:
    """Reply is a whole-word piece of a label ("gp"), or the start of one ("walkin")."""
    if not core or all(token in STOPWORDS for token in core):
        return set()
    found = {i for i, label in enumerate(labels) if contains(label, core)}
    if not found and len(core) > 1 and core[-1] in _PLACE_WORDS:  # "the sexual health place"
        found = {i for i, label in enumerate(labels) if contains(label, core[:-1])}
    compact = "".join(core)
    if found or len(compact) < FUZZY_MIN_CHARS:
        return found
    return {i for i, label in enumerate(labels) if "".join(label).startswith(compact)}


def _fuzzy_whole(names: Sequence[Name], core: Sequence[str]) -> Match:
    """The whole reply is a misspelt label (stored) or alias (offered)."""
    text = " ".join(core)
    if not FUZZY_MIN_CHARS <= len(text) <= FUZZY_MAX_CHARS or any(t in NEGATORS for t in core):
        return none_found()  # "not really" is not a misspelt "not ever"
    scored = [(fuzz.ratio(text, " ".join(name.tokens)), name) for name in names
              if len(" ".join(name.tokens)) >= FUZZY_MIN_CHARS
              and not any(t in NEGATORS for t in name.tokens)]  # "kinda nervous", "not nervous"
    best = max((score for score, _ in scored), default=0.0)
    if best < FUZZY_GUESS:
        return none_found()
    top = [name for score, name in scored if score >= max(FUZZY_GUESS, best - FUZZY_MARGIN)]
    indexes = {name.index for name in top}
    if len(indexes) > 1:
        return _several(indexes) if best >= FUZZY_CUTOFF else none_found(AMBIGUOUS)
    sure = best >= FUZZY_CUTOFF and any(name.is_label for name in top)
    return Match("one" if sure else "maybe", frozenset(indexes), spelling=True)


def _another_form(token: str, word: str) -> bool:
    """One word is the other with an ending added ("schooled", "booking"): another word, not
    a typo, so never stored on the strength of the spelling alone."""
    short, long = sorted((token, word), key=len)
    return len(long) - len(short) >= 2 and long.startswith(short)


def _shared_label_words(names: Sequence[Name]) -> Set[str]:
    """Negations that open the labels of two options or more ("didnt" of "Didn't have time"
    and "Didn't think I needed it"): said, they point at neither."""
    seen: Dict[str, Set[int]] = {}
    for name in names:
        if name.is_label:
            for word in name.tokens:
                seen.setdefault(word, set()).add(name.index)
    return {word for word, indexes in seen.items() if len(indexes) > 1 and word in NEGATORS}


_SAYING_NO = NEGATORS | frozenset("without nowhere nobody none nothing noone".split())


def _related(labels: Labels, core: Sequence[str]) -> FrozenSet[int]:
    """Options sharing a word with the reply; a word a negation denies ("no phone") only
    relates to a label saying no itself."""
    kept = [token for at, token in enumerate(core) if not (at and core[at - 1] in NEGATORS)]
    plain = related_options(labels, kept)
    return frozenset(i for i in related_options(labels, core)
                     if i in plain or set(labels[i]) & _SAYING_NO)


def _fuzzy_tokens(names: Sequence[Name], core: Sequence[str]) -> Match:
    """A misspelt distinctive word inside a sentence ("I went to the pharmacey")."""
    if len(core) > FUZZY_MAX_TOKENS:
        return none_found()
    sure: Set[int] = set()
    maybe: Set[int] = set()
    shared = _shared_label_words(names)
    for at, token in enumerate(core):
        if len(token) <= FUZZY_MIN_CHARS or token in STOPWORDS or token in GENERIC_WORDS:
            continue
        negated = at > 0 and core[at - 1] in NEGATORS
        for name in names:
            if not name.is_label and len(name.tokens) > 1:
                continue  # "clinic" of "walk in clinic" names nothing on its own
            if negated and not set(name.tokens) & _SAYING_NO:
                continue  # "no phone" is not a misspelt "Phoned the practice"
            for word in name.tokens:
                if len(word) <= FUZZY_MIN_CHARS or word in STOPWORDS or word in GENERIC_WORDS:
                    continue
                if word in shared:
                    continue  # "didnt" of "Didn't have time" and "Didn't think…": not distinctive
                score = fuzz.ratio(token, word)
                if score >= FUZZY_CUTOFF and _another_form(token, word):
                    maybe.add(name.index)  # "schooled" is not a misspelt "school"
                elif score >= FUZZY_CUTOFF and name.is_label and len(name.tokens) <= 3:
                    sure.add(name.index)
                elif score >= FUZZY_GUESS:
                    maybe.add(name.index)
    if sure:
        return replace(_several(sure), spelling=True)
    if len(maybe) == 1:
        return Match("maybe", frozenset(maybe), spelling=True)
    return none_found(AMBIGUOUS if maybe else UNRECOGNISED)


def match_names(names: Sequence[Name], labels: Labels, tokens: Sequence[str]) -> Match:
    """The option(s) a reply names, or a best guess, or the reason there is none."""
    core = strip_edges(tokens, EDGE_FILLERS | ARTICLES)
    inside = [i for i, label in enumerate(labels) if core and contains(label, core)]
    if len(inside) == 1 and any(t in NEGATORS for t in core):  # "not very" of "Not very sure"
        return Match("one", frozenset(inside))
    sure_spans = name_spans([n for n in names if n.sure], tokens)
    elsewhere = other_spans(names, labels, tokens)
    maybe_spans = [(a, b, i) for a, b, i in name_spans([n for n in names if not n.sure], tokens)
                   if not any(c <= a and b <= d and d - c > b - a for c, d in elsewhere)]
    covered = {p for a, b, _ in sure_spans + maybe_spans for p in range(a, b)}
    negated = negated_options(tokens, sure_spans + maybe_spans, covered, labels)
    if negated is None:
        return none_found()
    hits = {i for _, _, i in sure_spans} - negated
    if len(hits) == 1:
        hit = next(iter(hits))
        sure_covered = {p for a, b, _ in sure_spans for p in range(a, b)}
        others = _others_named(labels, tokens, sure_covered, hit) - negated
        return _several({hit} | others) if others else Match("one", frozenset(hits))
    if hits:
        return _several(hits)
    guesses = {i for _, _, i in maybe_spans} - negated
    if guesses:
        return Match("maybe", frozenset(guesses)) if len(guesses) == 1 else _several(guesses)
    if negated:
        return none_found()
    if _said_something_else(tokens, elsewhere):
        # "school nurse", "my girlfriend": named, and not an option here; where the list has a
        # catch-all ("Somewhere else", "Other"), that is offered
        catch_all = _catch_all(labels)
        return Match("maybe", frozenset({catch_all})) if catch_all is not None else none_found()
    partial = _partial(labels, core)
    if len(partial) == 1 and tuple(core) in contested_words(tuple(tuple(lb) for lb in labels)):
        return Match("maybe", frozenset(partial))  # "counsellor": the school or college one?
    if partial:
        return _several(partial)
    whole = _fuzzy_whole(names, core)
    if whole.kind == "one" or whole.reason == AMBIGUOUS:
        return whole
    in_words = _fuzzy_tokens(names, core)
    if in_words.kind == "one" and (not whole.kind or whole.indexes == in_words.indexes):
        return in_words
    found = whole if whole.kind else in_words
    related = _related(labels, core) if found.reason == UNRECOGNISED else frozenset()
    return Match("maybe", related) if len(related) == 1 else found  # "the wait": Waiting times?


def other_spans(names: Sequence[Name], labels: Labels, tokens: Sequence[str]
                ) -> List[Tuple[int, int]]:
    """Where the reply uses an everyday name of something that is not an option here."""
    found = find_phrases(tokens, names_of_others(tuple(tuple(label) for label in labels)))
    if not found:
        return []
    own = {name.tokens for name in names}
    # A word of an option's own label ("work" of "School or work") is that option's word.
    return [(start, end) for start, end, _ in found if tuple(tokens[start:end]) not in own
            and not any(contains(label, tokens[start:end]) for label in labels)]


_CATCH_ALL_STARTS = (("someone", "else"), ("somewhere", "else"), ("something", "else"),
                     ("other",), ("another",), ("elsewhere",), ("anywhere", "else"),
                     ("someone", "different"), ("somewhere", "different"), ("other", "people"))


def _catch_all(labels: Labels) -> int | None:
    """The one option that takes whatever the others do not ("Somewhere else", "Other")."""
    found = [i for i, label in enumerate(labels)
             if any(tuple(label[:len(start)]) == start and len(label) <= len(start) + 1
                    for start in _CATCH_ALL_STARTS)]  # "Someone else booked it" is not one
    return found[0] if len(found) == 1 else None


def _said_something_else(tokens: Sequence[str], elsewhere: Sequence[Tuple[int, int]]) -> bool:
    covered = {i for start, end in elsewhere for i in range(start, end)}
    quiet = EDGE_FILLERS | ARTICLES | STOPWORDS
    return bool(covered) and all(i in covered or token in quiet for i, token in enumerate(tokens))
