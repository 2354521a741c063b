"""What a turn's per-patient lock (bot/db/turn_lock.py) costs: the engine's turn, as the
action server runs it (handle_message in one transaction), with the lock and with it
replaced by nothing, interleaved over rounds, on a SQLite file and on PostgreSQL.

Whole TEST1 consultations (11 turns each), one patient at a time, in this process, one
with the lock and one without in turn (so a busy machine's drift falls on both); each
turn's wall time and this process's CPU. The action server's own costs (the SDK, its
thread hop) and Rasa's are not in it: a turn here is the engine and its SQL only.

Run: .venv/bin/python bench/turn_lock_cost.py [--consultations 40] [--rounds 3]
[--database sqlite|postgres] (default both; PostgreSQL on 127.0.0.1 as the tests use,
or SB_TEST_POSTGRES_URL; a database of its own, dropped afterwards).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Dict, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import create_engine, text  # noqa: E402

from bot.config import load_settings  # noqa: E402
from bot.db import migrate  # noqa: E402
from bot.db.session import make_engine, make_session_factory, unit_of_work  # noqa: E402
from bot.db.waits import bound_database_waits  # noqa: E402
from bot.engine import conversation  # noqa: E402
from bot.engine.turns import Inbound  # noqa: E402
from bot.scripts import store  # noqa: E402
from bot.scripts.script import load_script  # noqa: E402

SCRIPT = (ROOT / "tests" / "data" / "test-consultation.yml").read_text()
MESSAGES = ("TEST1", "yes", "19", "LS6", "yes", "pharmacy", "4", "skip", "3", "good", "quick")
ADMIN_URL = os.environ.get("SB_TEST_POSTGRES_URL",
                           "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres")


def consultations(url: str, count: int) -> Dict[bool, Tuple[List[float], List[float]]]:
    """(wall ms, CPU ms) of every turn, with the lock and without, of `count` whole
    consultations each way, taken in turn (one with, one without), on one engine."""
    settings = load_settings({"SB_DATABASE_URL": url})
    engine = make_engine(url)
    factory = make_session_factory(engine)
    real = conversation.lock_conversation
    seen: Dict[bool, Tuple[List[float], List[float]]] = {True: ([], []), False: ([], [])}
    try:
        for n in range(2 * count):
            locked = n % 2 == (n // 2) % 2  # with, without, without, with, ...
            conversation.lock_conversation = (  # type: ignore[assignment]
                real if locked else lambda _session, _who: None)
            wall, cpu = seen[locked]
            who = uuid.uuid4().hex * 2
            for message in MESSAGES:
                started, used = time.perf_counter(), time.process_time()
                with unit_of_work(factory) as session:
                    conversation.handle_message(session, settings, Inbound(message, "sms", who))
                wall.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - used) * 1000)
    finally:
        conversation.lock_conversation = real  # type: ignore[assignment]
        engine.dispose()
    return seen


def prepared(url: str) -> None:
    migrate.upgrade(url)
    engine = make_engine(url)
    with unit_of_work(make_session_factory(engine)) as session:
        store.save_script(session, load_script(SCRIPT), SCRIPT)
    engine.dispose()


def measure(kind: str, url: str, count: int, rounds: int) -> None:
    prepared(url)
    consultations(url, 2)  # warm: imports, the script's cache, first connections
    for round_ in range(rounds):
        seen = consultations(url, count)
        for locked in (False, True):
            wall, cpu = seen[locked]
            print(f"{kind} round {round_ + 1} {'lock   ' if locked else 'no lock'}: "
                  f"median {statistics.median(wall):.2f} ms, "
                  f"p95 {statistics.quantiles(wall, n=20)[18]:.2f} ms wall; "
                  f"CPU {statistics.mean(cpu):.3f} ms a turn ({len(wall)} turns)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--consultations", type=int, default=40)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--database", choices=("sqlite", "postgres"), action="append")
    arguments = parser.parse_args()
    for kind in arguments.database or ["sqlite", "postgres"]:
        if kind == "sqlite":
            with tempfile.TemporaryDirectory() as folder:
                measure(kind, f"sqlite:///{folder}/bench.db", arguments.consultations,
                        arguments.rounds)
            continue
        bound_database_waits()  # as the action server on PostgreSQL
        name = f"sb_bench_{uuid.uuid4().hex[:8]}"
        admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", future=True)
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        try:
            measure(kind, ADMIN_URL.rsplit("/", 1)[0] + f"/{name}", arguments.consultations,
                    arguments.rounds)
        finally:
            with admin.connect() as connection:
                connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
