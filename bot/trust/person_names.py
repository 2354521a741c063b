"""Given names and surnames, for finding the names nobody introduced in free text.

The names are Faker's person lists (a maintained list, pinned; written into
``person_names.txt.gz`` by bench/person_names.py, so that no process imports Faker: its
modules alone took 30 MiB): every locale's given names and surnames written in letters, each
also without its accents ("Zoë" as "zoe"), lower case. Taken out: the names that are also
everyday English words ("will", "hope", "brown", "king": ``everyday_words``); the hand-kept
``GIVEN_NAMES`` are added back. What else is never a name is the caller's to say. Read on first use
(0.1 s, ~20 MiB with the word list), not at import.
"""

from __future__ import annotations

import functools
import gzip
from pathlib import Path

from bot.trust.everyday_words import everyday_words
from bot.trust.given_names import GIVEN_NAMES
from bot.trust.text_forms import without_accents

NAMES_FILE = Path(__file__).with_name("person_names.txt.gz")
# Letters NFKD does not take apart: "Yılmaz" is typed "yilmaz", "Łukasz" "lukasz".
_UNFOLDED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def plain(name: str) -> str:
    """Lower case, accents folded away: "Zoë" -> "zoe"."""
    return without_accents(name.casefold().translate(_UNFOLDED))


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
def given_names() -> frozenset[str]:
    """Known given names: Faker's less the everyday words, the hand-kept ones added."""
    given, _ = faker_names()
    return (given - everyday_words()) | GIVEN_NAMES


@functools.cache
def surnames() -> frozenset[str]:
    """Known surnames: Faker's less the everyday words."""
    _, found = faker_names()
    return found - everyday_words()
