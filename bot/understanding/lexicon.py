"""The names a patient may use for each option: its label, the script's aliases, and
the shipped lexicons of everyday names (services.yml, everyday.yml, topics.yml).

A name is *sure* (read as that option at once) or not (offered as "Did you mean…?").
A lexicon name applies only when it is unambiguous within the question: never when
another option's label uses it, and never when it would fit two options.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, FrozenSet, Iterable, List, Mapping, Sequence, Set, Tuple

from ruamel.yaml import YAML

from bot.understanding.text import phrase_tokens

LEXICONS = ("services.yml", "everyday.yml", "topics.yml")
Tokens = Tuple[str, ...]


@dataclass(frozen=True)
class Name:
    tokens: Tokens
    index: int  # the option it names
    sure: bool
    is_label: bool = False
    # Hashed once: a question's names are looked up in caches on every reply.
    _hash: int = field(init=False, repr=False, compare=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_hash", hash((self.tokens, self.index, self.sure, self.is_label)))

    def __hash__(self) -> int:
        return self._hash


@dataclass(frozen=True)
class Entry:
    names: Tuple[Tokens, ...]  # words in an option label that name the service
    aliases: Tuple[Tokens, ...]
    maybe: Tuple[Tokens, ...]
    unless: Tuple[Tokens, ...] = ()  # labels with these words are another service ("walk in")
    # Words for an option ("a bit", "totally", "my gp" for A professional), not the names of
    # things: where no option takes them they name nothing else either.
    vocabulary: bool = False

    def named_by(self, label: Tokens) -> bool:
        return (any(contains(label, name) for name in self.names)
                and not any(contains(label, other) for other in self.unless))


def _phrases(values: Iterable[object]) -> Tuple[Tokens, ...]:
    return tuple(t for t in (phrase_tokens(str(v)) for v in values or ()) if t)


@lru_cache(maxsize=1)
def lexicon() -> Tuple[Entry, ...]:
    """Every entry of the shipped lexicons, read once on first use."""
    folder = Path(__file__).resolve().parent
    entries = []
    for filename in LEXICONS:
        for item in YAML(typ="safe").load((folder / filename).read_text(encoding="utf-8")):
            entries.append(Entry(_phrases(item.get("names")), _phrases(item.get("aliases")),
                                 _phrases(item.get("maybe")), _phrases(item.get("unless")),
                                 bool(item.get("vocabulary", False))))
    return tuple(entries)


def contains(whole: Sequence[str], part: Sequence[str]) -> bool:
    """`part` appears in `whole` as consecutive words."""
    size = len(part)
    if size == 0 or size > len(whole) or part[0] not in whole:
        return False
    wanted = tuple(part)
    return any(whole[k] == wanted[0] and tuple(whole[k:k + size]) == wanted
               for k in range(len(whole) - size + 1))


# A label that says something about a service ("Cannot find an NHS dentist") is not
# that service: only short labels without a negation take the lexicon's names.
_NOT_A_NAME = frozenset("not no cannot cant dont didnt never without".split())
_FILLER = frozenset("a an the of in on at to for and or with my i".split())
MAX_NAMED_LABEL_WORDS = 4


def names_a_service(label: Tokens, entry: Entry) -> bool:
    """The label is the service itself ("Pharmacy", "No one"), not a remark about it."""
    if label in entry.names:  # the whole label is one of its names, however long
        return True
    content = {word for word in label if word not in _FILLER}  # "…centre or walk-in centre"
    if len(content) > MAX_NAMED_LABEL_WORDS or not entry.named_by(label):
        return False
    in_name = {word for name in entry.names if contains(label, name) for word in name}
    return all(word in in_name for word in label if word in _NOT_A_NAME)


def _found(labels: Sequence[Tokens]) -> Dict[Tuple[Tokens, bool], Set[int]]:
    """Each lexicon name (and whether it is sure) with the options whose labels it fits.

    A name several entries give goes with the most specific of them: "the app" is
    the NHS App's, not every option the broad "online" entry fits ("NHS App" and
    "Practice website")."""
    claims: Dict[Tuple[Tokens, bool], List[FrozenSet[int]]] = {}
    for entry in lexicon():
        fits = frozenset(i for i, label in enumerate(labels) if names_a_service(label, entry))
        if not fits:
            continue
        for alias in entry.aliases:
            claims.setdefault((alias, True), []).append(fits)
        for alias in entry.maybe:
            claims.setdefault((alias, False), []).append(fits)
    found: Dict[Tuple[Tokens, bool], Set[int]] = {}
    for key, sets in claims.items():
        smallest = min(len(fits) for fits in sets)
        narrowest = {fits for fits in sets if len(fits) == smallest}
        found[key] = set(next(iter(narrowest))) if len(narrowest) == 1 else set().union(*sets)
    return found


def _lexicon_names(labels: Sequence[Tokens]) -> List[Name]:
    found = _found(labels)
    names = []
    for (alias, sure), indexes in found.items():
        if len(indexes) != 1:
            continue  # fits two options: the patient must say which
        index = next(iter(indexes))
        if any(contains(label, alias) or contains(alias, label)
               for i, label in enumerate(labels) if i != index and label):
            continue  # another option's own words ("practice nurse" to Nurse): the label wins
        if not sure and (alias, True) in found:
            continue
        # A word of the option's own label is as good as the label ("app" in "NHS App …").
        names.append(Name(alias, index, sure or contains(labels[index], alias)))
    return names


@lru_cache(maxsize=512)
def contested_words(labels: Tuple[Tokens, ...]) -> FrozenSet[Tokens]:
    """Everyday names of one option that are words of another's label ("counsellor", a name
    of NHS talking therapies, in "School or college counsellor"): the label takes the name,
    but said alone it may mean either."""
    contested = set()
    for (alias, sure), indexes in _found(labels).items():
        if not sure:
            continue  # a name only offered anyway takes nothing from a label
        holders = {i for i, label in enumerate(labels) if label and contains(label, alias)}
        if holders and indexes - holders:
            contested.add(alias)
    return frozenset(contested)


@lru_cache(maxsize=512)
def _names(options: Tuple[str, ...], aliases: Tuple[Tuple[str, Tuple[str, ...]], ...]
           ) -> Tuple[Name, ...]:
    labels = [phrase_tokens(option) for option in options]
    names = [Name(label, index, True, True) for index, label in enumerate(labels) if label]
    own: Set[Tokens] = set()
    for label, others in aliases:
        if label in options:
            for alias in _phrases(others):
                names.append(Name(alias, options.index(label), True))
                own.add(alias)
    names += [name for name in _lexicon_names(labels) if name.tokens not in own]
    return tuple(names)


def option_names(options: Sequence[str], aliases: Mapping[str, Sequence[str]] | None = None
                 ) -> Tuple[Name, ...]:
    """Every name of every option of one question (cached per question)."""
    frozen = tuple(sorted((label, tuple(others)) for label, others in (aliases or {}).items()))
    return _names(tuple(options), frozen)


@lru_cache(maxsize=512)
def _groups(options: Tuple[str, ...]) -> Tuple[Tuple[Tokens, FrozenSet[int]], ...]:
    labels = [phrase_tokens(option) for option in options]
    return tuple((alias, frozenset(indexes)) for (alias, _), indexes in _found(labels).items()
                 if len(indexes) > 1 and not any(contains(label, alias) for label in labels))


def group_names(options: Sequence[str]) -> Dict[Tokens, FrozenSet[int]]:
    """Everyday names that fit several options at once ("weekends" for Saturday and Sunday):
    in a tick-all-that-apply reply they may mean all of those, so they are offered as a guess."""
    return dict(_groups(tuple(options)))


@lru_cache(maxsize=512)
def names_of_others(labels: Tuple[Tokens, ...]) -> Dict[Tokens, bool]:
    """The everyday names of services none of these labels names, as a phrase table: a reply
    that uses one ("discord") said what it meant, and it is not an option here."""
    return {alias: True for entry in lexicon() if not entry.vocabulary
            and not any(contains(label, name) for label in labels for name in entry.names)
            for alias in entry.aliases}
