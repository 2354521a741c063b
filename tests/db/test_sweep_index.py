"""The web chat's expiry sweep, run by every replica once a minute, reads idle
conversations by an index (0020), not by scanning and sorting every conversation."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import Any, List, Tuple

from sqlalchemy import event, text

from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.engine import expiry

INDEX = "ix_conversation_channel_updated_at"


def sweep_statement(database_url: str) -> Tuple[Any, str, Any]:
    """The sweep's own query as it runs, with its parameters."""
    engine = make_engine(database_url)
    seen: List[Tuple[str, Any]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if "FROM conversation" in statement:
            seen.append((statement, parameters))

    event.listen(engine, "before_cursor_execute", note)
    with unit_of_work(make_session_factory(engine)) as session:
        assert expiry.idle_conversations(session, "rest", datetime.now(timezone.utc), 200) == []
    event.remove(engine, "before_cursor_execute", note)
    [(statement, parameters)] = seen
    return engine, statement, parameters


def test_the_sweep_finds_idle_conversations_by_index_without_sorting(database_url: str) -> None:
    engine, statement, parameters = sweep_statement(database_url)
    with engine.connect() as connection:
        cursor = connection.connection.cursor()
        if engine.dialect.name == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            plan = " | ".join(str(row[-1]) for row in cursor.fetchall())
            assert INDEX in plan and "TEMP B-TREE" not in plan, plan
        else:
            # On an empty table PostgreSQL rightly prefers a scan: ask whether the index
            # serves the query at all, in order.
            connection.execute(text("SET enable_seqscan = off"))
            cursor.execute(f"EXPLAIN {statement}", parameters)
            plan = " | ".join(row[0] for row in cursor.fetchall())
            assert INDEX in plan and "Sort" not in plan, plan
        cursor.close()
    engine.dispose()
