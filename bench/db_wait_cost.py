"""What the serving processes' bounded wait for PostgreSQL (bot/db/waits.py) costs a
statement: `SELECT 1` on one pooled connection, N times, with psycopg2's default wait and
with ours, interleaved over rounds; this process's CPU and wall time a statement.

Run: .venv/bin/python bench/db_wait_cost.py [postgresql://…] (default: the test database
on 127.0.0.1, as the tests use). A turn runs about 20 statements.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from psycopg2 import extensions  # noqa: E402
from sqlalchemy import text  # noqa: E402

from bot.db.session import make_engine  # noqa: E402
from bot.db.waits import bound_database_waits  # noqa: E402

STATEMENTS = 4000
ROUNDS = 3


def per_statement(engine: object) -> Tuple[float, float]:
    """(CPU µs, wall µs) a statement."""
    with engine.connect() as connection:  # type: ignore[attr-defined]
        connection.execute(text("SELECT 1"))
        cpu, wall = time.process_time(), time.perf_counter()
        for _ in range(STATEMENTS):
            connection.execute(text("SELECT 1")).scalar()
        return ((time.process_time() - cpu) / STATEMENTS * 1e6,
                (time.perf_counter() - wall) / STATEMENTS * 1e6)


def main(argv: list[str]) -> int:
    url = argv[1] if len(argv) > 1 else "postgresql://postgres@127.0.0.1:5432/test"
    engine = make_engine(url)
    for round_ in range(ROUNDS):
        extensions.set_wait_callback(None)
        plain = per_statement(engine)
        bound_database_waits()
        bounded = per_statement(engine)
        print(f"round {round_ + 1}: default wait {plain[0]:.1f} µs CPU, {plain[1]:.1f} µs wall; "
              f"bounded wait {bounded[0]:.1f} µs CPU, {bounded[1]:.1f} µs wall")
    engine.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
