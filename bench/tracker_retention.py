"""Retention of Rasa's record on PostgreSQL: how long `retention apply` takes to find and
delete the conversations idle for longer than the period in Rasa's `events` table.

Run: .venv/bin/python bench/tracker_retention.py [--conversations 100000]

Builds Rasa's table (its columns and its index on sender_id) in a database of its own,
dropped afterwards: N conversations of 10 events, 7 in 10 last active 400 days ago and
the rest yesterday; then times a dry run and the deletion (bot/trust/tracker_retention.py)
and checks what is left.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
import uuid
from datetime import datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import create_engine, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bot.db.session import make_engine  # noqa: E402
from bot.trust.tracker_retention import prune_rasa_events  # noqa: E402

ADMIN_URL = os.environ.get("SB_TEST_POSTGRES_URL",
                           "postgresql+psycopg2://postgres@127.0.0.1:5432/postgres")
DAY = 86400
RASA_EVENTS = """CREATE TABLE events (id serial PRIMARY KEY, sender_id varchar(255) NOT NULL,
    type_name varchar(255) NOT NULL, timestamp float, intent_name varchar(255),
    action_name varchar(255), data text);
CREATE INDEX ix_events_sender_id ON events (sender_id)"""
FILL = """INSERT INTO events (sender_id, type_name, timestamp, data)
SELECT 'rest:' || md5(g::text), 'user', CASE WHEN g % 10 < 7 THEN :old ELSE :new END + e,
       '{"event": "user", "text": "what a patient wrote, about this long, give or take"}'
FROM generate_series(1, :n) g, generate_series(1, 10) e"""


def run(conversations: int, url: str) -> None:
    engine = make_engine(url)
    now = time.time()
    with engine.begin() as connection:
        for statement in RASA_EVENTS.split(";"):
            connection.execute(text(statement))
        connection.execute(text(FILL), {"n": conversations, "old": now - 400 * DAY,
                                        "new": now - DAY})
        connection.execute(text("ANALYZE events"))
    cutoff = datetime.now(timezone.utc) - timedelta(days=365)
    for dry_run in (True, False):
        started = time.perf_counter()
        found = prune_rasa_events(engine, cutoff, dry_run=dry_run)
        print(f"{'dry run' if dry_run else 'apply':8} {time.perf_counter() - started:6.1f} s  "
              f"{found}")
    with engine.connect() as connection:
        left = connection.execute(text("SELECT count(*), count(DISTINCT sender_id) FROM events"))
        rows, kept = left.one()
    print(f"rows at first {conversations * 10:,}; left {rows:,} rows of {kept:,} conversations "
          f"(expected {conversations * 3:,} of {conversations * 3 // 10:,})")
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--conversations", type=int, default=100_000)
    args = parser.parse_args()
    name = f"sb_bench_retention_{uuid.uuid4().hex[:8]}"
    admin = create_engine(ADMIN_URL, isolation_level="AUTOCOMMIT", future=True)
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        run(args.conversations, ADMIN_URL.rsplit("/", 1)[0] + f"/{name}")
    finally:
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


if __name__ == "__main__":
    main()
