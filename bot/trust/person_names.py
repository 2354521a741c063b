"""Given names and surnames, for finding the names nobody introduced in free text.

The names are Faker's person lists (a maintained list, pinned; written into
``person_names.txt.gz`` by bench/person_names.py, so that no process imports Faker: its
modules alone took 30 MiB): every locale's given names and surnames written in letters, each
also without its accents ("Zoë" as "zoe"), lower case. Taken out: the names that are also
everyday English words ("will", "hope", "brown", "king": ``everyday_words``) and the words a
caller says are never names. The hand-kept ``GIVEN_NAMES`` are added back. Read on first use
(0.1 s, ~20 MiB with the word list), not at import.
"""

from __future__ import annotations

import functools
import gzip
import unicodedata
from pathlib import Path

from bot.trust.everyday_words import everyday_words
from bot.trust.given_names import GIVEN_NAMES

NAMES_FILE = Path(__file__).with_name("person_names.txt.gz")
# Letters NFKD does not take apart: "Yılmaz" is typed "yilmaz", "Łukasz" "lukasz".
_UNFOLDED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def plain(name: str) -> str:
    """Lower case, accents folded away: "Zoë" -> "zoe"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_UNFOLDED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@functools.cache
def faker_names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames): Faker's person lists of every locale, in the forms `plain`
    gives, as bench/person_names.py wrote them into ``person_names.txt.gz``."""
    given: set[str] = set()
    surnames: set[str] = set()
    with gzip.open(NAMES_FILE, "rt", encoding="utf-8") as handle:
        for line in handle:
            kind, _, name = line.rstrip("\n").partition("\t")
            (given if kind == "given" else surnames).add(name)
    return frozenset(given), frozenset(surnames)


@functools.cache
def given_names(never: frozenset[str] = frozenset()) -> frozenset[str]:
    """Known given names, less the everyday words and `never`."""
    given, _ = faker_names()
    return (given - everyday_words() - never) | GIVEN_NAMES


@functools.cache
def surnames(never: frozenset[str] = frozenset()) -> frozenset[str]:
    """Known surnames, less the everyday words and `never`."""
    _, found = faker_names()
    return found - everyday_words() - never
