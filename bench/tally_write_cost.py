"""What the kept answer counts (result_tally, migration 0012) add to a turn that stores an
answer: the engine's `record_answer` and the commit, timed on a database with the
counting triggers and on one without (migrated to 0011), in alternating rounds so a
busy machine slows both alike.

Run: .venv/bin/python bench/tally_write_cost.py [--database sqlite|postgres] [--turns 4000]
     [--rounds 20]

Prints the median time of a turn's answer with and without, and the median over rounds
of the difference within a round (the figure to quote on a shared machine).
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.results_data import SCRIPT  # noqa: E402
from bench.results_speed import database, drop  # noqa: E402
from bot.db import migrate  # noqa: E402
from bot.db.models import Participation  # noqa: E402
from bot.db.repository import respondent_for  # noqa: E402
from bot.db.session import make_engine, make_session_factory, unit_of_work  # noqa: E402
from bot.engine.answers import record_answer  # noqa: E402
from bot.scripts import store  # noqa: E402
from bot.scripts.script import load_script  # noqa: E402

ANSWERS = [("used_service", "Yes"), ("where", "Pharmacy"), ("ease", 4),
           ("contact", ["Text", "App"]), ("wait_days", 3), ("fft", "Good")]


def prepared(factory: sessionmaker, people: int) -> List[int]:
    """A live consultation and `people` participations ready to answer."""
    with unit_of_work(factory) as db:
        consultation = store.save_script(db, load_script(SCRIPT), SCRIPT, status="live")
        now = datetime.now(timezone.utc)
        for n in range(people):
            respondent = respondent_for(db, f"{n:064d}")
            db.add(Participation(consultation_id=consultation.id, respondent_id=respondent.id,
                                 channel="rest", age_band="18-24", area="LS6", consented_at=now,
                                 notice_version="2026-11"))
        db.flush()
        return list(db.scalars(select(Participation.id).order_by(Participation.id)))


def turns(factory: sessionmaker, ids: List[int], first: int, count: int) -> float:
    """Seconds per answer-storing transaction, over `count` of them."""
    began = time.perf_counter()
    for turn in range(first, first + count):
        person, question = divmod(turn, len(ANSWERS))
        key, value = ANSWERS[question]
        with unit_of_work(factory) as db:
            taking_part = db.get(Participation, ids[person])
            record_answer(db, taking_part, key, "answered", value, 1)
    return (time.perf_counter() - began) / count


def run(kind: str, total: int, rounds: int) -> Dict[str, object]:
    urls, factories, people = [], {}, total // len(ANSWERS) + 1
    for name, revision in (("with", "head"), ("without", "0011")):
        folder = Path(tempfile.mkdtemp(prefix=f"sb-tally-{name}-"))
        url = database(kind, folder)
        migrate.upgrade(url, revision)
        engine = make_engine(url)
        factory = make_session_factory(engine)
        factories[name] = (factory, prepared(factory, people))
        urls.append((url, folder, engine))
    per_round = total // rounds
    seconds: Dict[str, List[float]] = {"with": [], "without": []}
    try:
        for n in range(rounds):
            for name in (("with", "without") if n % 2 == 0 else ("without", "with")):
                factory, ids = factories[name]
                seconds[name].append(turns(factory, ids, n * per_round, per_round))
    finally:
        for url, folder, engine in urls:
            engine.dispose()
            drop(url, folder)
    added = [(w - o) * 1000 for w, o in zip(seconds["with"], seconds["without"], strict=True)]
    return {"database": kind, "turns": per_round * rounds, "rounds": rounds,
            "ms_per_turn_with_tallies": round(statistics.median(seconds["with"]) * 1000, 3),
            "ms_per_turn_without": round(statistics.median(seconds["without"]) * 1000, 3),
            "added_ms_median_of_rounds": round(statistics.median(added), 3),
            "added_ms_rounds": [round(a, 2) for a in added]}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--database", action="append", choices=["sqlite", "postgres"])
    parser.add_argument("--turns", type=int, default=4000)
    parser.add_argument("--rounds", type=int, default=20)
    args = parser.parse_args()
    for kind in args.database or ["sqlite", "postgres"]:
        print(json.dumps(run(kind, args.turns, args.rounds)), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
