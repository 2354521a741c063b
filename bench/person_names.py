"""Write bot/trust/person_names.txt.gz: the given names and surnames of Faker's person lists,
every locale, in letters, each also without its accents, lower case ("given\tzoe"), sorted.

    .venv/bin/python bench/person_names.py

Faker is pinned in requirements.lock; run again when its pin changes, and commit the file
(written byte for byte the same from the same Faker). Redaction reads the file, so no serving
process imports Faker (its person modules alone took 30 MiB).
"""

from __future__ import annotations

import argparse
import gzip
import importlib
import pkgutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.trust.person_names import NAMES_FILE, plain  # noqa: E402

GIVEN_FIELDS = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                "first_romanized_names")
SURNAME_FIELDS = ("last_names", "last_names_male", "last_names_female", "male_last_names",
                  "female_last_names", "unisex_last_names", "last_romanized_names")


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        value = list(value)
    if not isinstance(value, (list, tuple, set, frozenset)):
        return []  # a property or a method: nothing listed
    return [item for item in value if isinstance(item, str)]


def _looks_like_a_name(name: str) -> bool:
    return len(name) >= 2 and name.replace("'", "").replace("-", "").isalpha()


def faker_names() -> tuple[set[str], set[str]]:
    """(given names, surnames) over every Faker person locale, forms as `plain` gives."""
    import faker.providers.person as person

    given: set[str] = set()
    surnames: set[str] = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = getattr(importlib.import_module(f"{person.__name__}.{module.name}"),
                           "Provider", None)
        for fields, found in ((GIVEN_FIELDS, given), (SURNAME_FIELDS, surnames)):
            for field in fields:
                for name in _strings(getattr(provider, field, ())):
                    for form in {name.casefold(), plain(name)}:
                        if _looks_like_a_name(form):
                            found.add(form)
    return given, surnames


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=NAMES_FILE)
    args = parser.parse_args(argv)
    given, surnames = faker_names()
    lines = [f"given\t{name}" for name in sorted(given)] + [
        f"surname\t{name}" for name in sorted(surnames)]
    # mtime 0: the same names give the same bytes.
    args.out.write_bytes(gzip.compress(("\n".join(lines) + "\n").encode("utf-8"), mtime=0))
    print(f"{len(given)} given names, {len(surnames)} surnames -> {args.out} "
          f"({args.out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
