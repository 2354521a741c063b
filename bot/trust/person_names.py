"""Given names and surnames, for finding the names nobody introduced in free text.

The names are Faker's person lists (a maintained, pinned dependency): every locale's given
names and surnames written in letters, each also without its accents ("Zoë" as "zoe"), lower
case. Taken out: the names that are also everyday English words ("will", "hope", "brown",
"king": ``everyday_words``) and the words a caller says are never names. The hand-kept
``GIVEN_NAMES`` are added back. Read on first use, not at import.
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
import unicodedata

from bot.trust.everyday_words import everyday_words
from bot.trust.given_names import GIVEN_NAMES

_GIVEN_FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                 "first_romanized_names")
_SURNAME_FIELDS = ("last_names", "last_names_male", "last_names_female", "male_last_names",
                   "female_last_names", "unisex_last_names", "last_romanized_names")
# Letters NFKD does not take apart: "Yılmaz" is typed "yilmaz", "Łukasz" "lukasz".
_UNFOLDED = str.maketrans({"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe"})


def plain(name: str) -> str:
    """Lower case, accents folded away: "Zoë" -> "zoe"."""
    decomposed = unicodedata.normalize("NFKD", name.casefold().translate(_UNFOLDED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        value = list(value)
    if not isinstance(value, (list, tuple, set, frozenset)):
        return []  # a property or a method: nothing listed
    return [item for item in value if isinstance(item, str)]


def _looks_like_a_name(name: str) -> bool:
    return len(name) >= 2 and name.replace("'", "").replace("-", "").isalpha()


@functools.cache
def faker_names() -> tuple[frozenset[str], frozenset[str]]:
    """(given names, surnames) over every Faker person locale, forms as `plain` gives."""
    import faker.providers.person as person  # about 0.4 s, once

    given: set[str] = set()
    surnames: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"),
                           "Provider", None)
        for fields, found in ((_GIVEN_FIELDS, given), (_SURNAME_FIELDS, surnames)):
            for field in fields:
                for name in _strings(getattr(provider, field, ())):
                    for form in {name.casefold(), plain(name)}:
                        if _looks_like_a_name(form):
                            found.add(form)
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
