"""The rows of the safeguarding unit tests' tables, as rule R8-29d's bound reads them.

Run: .venv/bin/python bench/safeguarding_tables.py   (counts only)

The tables are the rules' tuning cases, written inline in tests/unit/test_safeguarding*.py:
crises that must be signposted and look-alikes that must stay clear. `rows()` collects every
text a table test is parametrised with (pytest's own collection, nothing run) and sorts it by
what the shipped detector makes of it today: flagged (a crisis row) or clear (a row that must
stay clear), leaving out rows marked as expected failures. The replies of the spent answer
sets that tests/unit/test_safeguarding_concepts.py holds clear (``CLEAR_ANSWERS``, which that
test reads) are clear rows too. The held-out floors, the weights file's own tests and the
benchmarks' tests are not tables.

Rows accepted as the shipped net's false alarms become expected failures
(tests/unit/crisis_reading.NET_FALSE_ALARMS) and so leave the clear rows: after R8-29d's five
were marked, its bound on STOP_29D fell from 0.5835 to 0.4471. The choice itself is
reproduced at the commit that made it (bd015af); a rebuild keeps its fixed threshold.

Rule R8-30 (docs/experiments/rule-r8-30.md) has the net learn the tables: `learnt()` gives
the rows flagged today as crises of the kind the detector gives, and as ordinary rows the
rows held clear and the accepted false alarms (``Tables.known``: the texts of strict expected
failures named in tests/unit/crisis_reading.NET_FALSE_ALARMS);
never the spent answer sets held clear, which stay unseen. Its bound counts the known rows
among those that must stay clear (``Tables.must_stay_clear``), so accepting a false alarm no
longer moves the bound.
"""

from __future__ import annotations

import contextlib
import io
import sys
from functools import cache
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.answers_eval import DATA, read_csv  # noqa: E402
from tests.unit.crisis_reading import NET_FALSE_ALARMS  # noqa: E402

NOT_TABLES = {"test_safeguarding_heldout_frozen.py", "test_safeguarding_heldout.py",
              "test_safeguarding_heldout_v2.py", "test_safeguarding_eval.py",
              "test_safeguarding_net_choice.py", "test_safeguarding_utility.py",
              "test_safeguarding_veto_build.py"}
# Parameters that name an expected reading, not a message.
NOT_MESSAGES = {"category", "kind", "label", "reading", "expected", "word", "words", "name",
                "flagged", "emoji", "score", "gate", "threshold"}
CLEAR_ANSWERS = tuple(DATA / f"answers_heldout{v}.csv" for v in ("", "_v3", "_v4"))


class Tables(NamedTuple):
    crises: tuple[str, ...]  # signposted today
    clear: tuple[str, ...]  # must stay clear
    # accepted as the shipped net's false alarms (strict expected failures): must stay clear
    # too, whatever the detector makes of them today
    known: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()  # the kind each of `crises` is signposted for
    answers: frozenset[str] = frozenset()  # the replies of CLEAR_ANSWERS, among `clear`

    def must_stay_clear(self) -> tuple[str, ...]:
        """Every row that must stay clear, the accepted false alarms among them."""
        return self.clear + self.known


def table_files() -> list[Path]:
    return [path for path in sorted((ROOT / "tests" / "unit").glob("test_safeguarding*.py"))
            if path.name not in NOT_TABLES]


class _Collector:
    def __init__(self) -> None:
        self.texts: set[str] = set()
        self.expected_failures: set[str] = set()

    def pytest_collection_modifyitems(self, items) -> None:  # noqa: ANN001 (pytest's hook)
        for item in items:
            spec = getattr(item, "callspec", None)
            if spec is None:
                continue
            failing = item.get_closest_marker("xfail") is not None
            for key, value in spec.params.items():
                if isinstance(value, str) and key not in NOT_MESSAGES:
                    # An expected failure's text the net is known to flag; its other texts
                    # ("help, theres someone in the garden" beside it) read as they must.
                    known = failing and value in NET_FALSE_ALARMS
                    (self.expected_failures if known else self.texts).add(value)


@cache
def rows() -> Tables:
    """Every table text, sorted by the shipped detector's reading today."""
    import pytest

    from bot.trust.safeguarding import detect_concern

    collector = _Collector()
    with contextlib.redirect_stdout(io.StringIO()):  # pytest's own report of what it collected
        code = pytest.main(["--collect-only", "-q", "-p", "no:cacheprovider",
                            *map(str, table_files())], plugins=[collector])
    if code != 0:
        raise RuntimeError(f"collecting the tables failed ({code})")
    answers = frozenset(row["reply"] for path in CLEAR_ANSWERS for row in read_csv(path))
    known = tuple(sorted(collector.expected_failures - collector.texts))
    readings = [(text, detect_concern(text)) for text in sorted(collector.texts)]
    crises = [(text, concern.category) for text, concern in readings if concern is not None]
    clear = tuple(sorted({text for text, concern in readings if concern is None} | answers))
    return Tables(tuple(text for text, _ in crises), clear, known,
                  tuple(kind for _, kind in crises), answers)


@cache
def learnt() -> tuple[tuple[str, str], ...]:
    """The tables as training rows (R8-30): (text, kind) for each crisis row, (text, "none")
    for each row that must stay clear, the accepted false alarms among them; not the spent
    answer sets the tests hold clear."""
    tables = rows()
    crises = list(zip(tables.crises, tables.kinds, strict=True))
    clear = [(text, "none") for text in tables.must_stay_clear() if text not in tables.answers]
    # In one order whatever the split: a false alarm accepted today and cleared by the next net
    # is the same row in the same place, so the net rebuilds byte for byte once it ships.
    return tuple(sorted(crises + clear))


def main() -> int:
    tables = rows()
    print(f"{len(table_files())} table files: {len(tables.crises)} crisis rows, "
          f"{len(tables.clear)} rows that must stay clear, {len(tables.known)} more accepted "
          "as the net's false alarms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
