"""What the kept answer counts (result_tally, migration 0012) add to a turn that stores an
answer: the engine's `record_answer` and the commit, timed on a database with the
counting triggers and on one without (migrated to 0012), in alternating rounds so a
busy machine slows both alike.

Run: .venv/bin/python bench/tally_write_cost.py [--database sqlite|postgres] [--turns 4000]
     [--rounds 20]

Prints, elapsed and in CPU (this process, plus PostgreSQL's server processes), the median
per turn with and without, and the median over rounds of the difference within a round.
On a shared machine quote the CPU figures: elapsed time there measures the neighbours.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from datetime import datetime, timezone
from pathlib import Path
from typing import Dict, List, Tuple

from sqlalchemy import select, text
from sqlalchemy.engine import Engine
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
from bot.trust.identity import respondent_ref  # noqa: E402

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
                                 notice_version="2026-11", respondent_ref=respondent_ref(
                                     respondent.pseudonym, consultation.organisation_id)))
        db.flush()
        return list(db.scalars(select(Participation.id).order_by(Participation.id)))


def cpu_seconds(engine: Engine) -> float:
    """CPU used so far by this process and, on PostgreSQL, by the database's server
    processes (read from /proc: the server is on this machine). CPU, unlike elapsed
    time, hardly moves when other work shares the machine."""
    used = time.process_time()
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            pids = list(connection.scalars(text(
                "SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                "AND pid <> pg_backend_pid()")))
        for pid in pids:
            try:
                fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            used += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return used


def turns(engine: Engine, ids: List[int], first: int, count: int) -> Tuple[float, float]:
    """(elapsed, CPU) seconds per answer-storing transaction, over `count` of them."""
    factory = make_session_factory(engine)
    cpu, began = cpu_seconds(engine), time.perf_counter()
    for turn in range(first, first + count):
        person, question = divmod(turn, len(ANSWERS))
        key, value = ANSWERS[question]
        with unit_of_work(factory) as db:
            taking_part = db.get(Participation, ids[person])
            record_answer(db, taking_part, key, "answered", value, 1)
    elapsed = time.perf_counter() - began
    return elapsed / count, (cpu_seconds(engine) - cpu) / count


def run(kind: str, total: int, rounds: int) -> Dict[str, object]:
    urls, engines, people = [], {}, total // len(ANSWERS) + 1
    for name, revision in (("with", "head"), ("without", "0012")):
        folder = Path(tempfile.mkdtemp(prefix=f"sb-tally-{name}-"))
        url = database(kind, folder)
        migrate.upgrade(url, revision)
        engine = make_engine(url)
        engines[name] = (engine, prepared(make_session_factory(engine), people))
        urls.append((url, folder, engine))
    per_round = total // rounds
    taken: Dict[str, List[Tuple[float, float]]] = {"with": [], "without": []}
    try:
        for n in range(rounds):
            for name in (("with", "without") if n % 2 == 0 else ("without", "with")):
                engine, ids = engines[name]
                taken[name].append(turns(engine, ids, n * per_round, per_round))
    finally:
        for url, folder, engine in urls:
            engine.dispose()
            drop(url, folder)
    figures: Dict[str, object] = {"database": kind, "turns": per_round * rounds,
                                  "rounds": rounds}
    for at, what in ((0, "elapsed"), (1, "cpu")):
        mine, theirs = ([t[at] * 1000 for t in taken[name]] for name in ("with", "without"))
        figures[f"{what}_ms_with"] = round(statistics.median(mine), 3)
        figures[f"{what}_ms_without"] = round(statistics.median(theirs), 3)
        figures[f"{what}_ms_added"] = round(statistics.median(
            [w - o for w, o in zip(mine, theirs, strict=True)]), 3)
    return figures


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
