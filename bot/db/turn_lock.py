"""One turn of a conversation at a time, across threads, processes and replicas.

Rasa's lock store serialises one conversation's messages, but when its lock lapses (a
slow turn, a Redis lock expiring, a webhook retried, two replicas) two turns of one
patient ran at once: both read where the conversation was, the later commit put its
answer and place over the earlier one's, and two first messages both inserted the
conversation's row (a unique violation: an error for the patient). So a turn takes its
patient's lock first, inside its own transaction, which lets it go at commit or rollback.
"""

from __future__ import annotations

import functools
import hashlib
from typing import Optional

from sqlalchemy import text
from sqlalchemy.orm import Session
from sqlalchemy.sql.elements import TextClause

# A turn takes milliseconds. One still waiting after this gives up with "lock not
# available", which `database_unavailable` reads as "not now": the channel holds the
# message and replays it. Well inside the serving processes' 10 s wait for a statement
# (bot/db/waits.py), so the lock's own error comes first and the connection is kept.
TURN_LOCK_WAIT_SECONDS = 5.0


def lock_conversation(session: Session, who: str) -> None:
    """Wait until no other transaction is in a turn of respondent `who`, then hold that
    until this transaction ends. Call before the turn's first statement.

    PostgreSQL: a transaction-level advisory lock on a key of the pseudonym (it needs no
    row, so it covers a conversation's first message too), waited for at most
    TURN_LOCK_WAIT_SECONDS. Turns of other patients never wait for it.
    SQLite: the transaction begins IMMEDIATE, taking the database's one write lock
    before the turn reads anything (SQLite has one writer at a time, whoever the
    patient). A turn that finds it taken waits up to the connection's busy timeout
    (bot/db/session.py), then fails with "database is locked": "not now" too.
    """
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        connection.execute(_postgres_lock(round(TURN_LOCK_WAIT_SECONDS * 1000)),
                           {"key": conversation_key(who)})
    elif connection.dialect.name == "sqlite":
        # pysqlite begins a transaction only before a write, so a transaction already
        # open holds the write lock (a second turn in one session, or a write before).
        if not connection.connection.dbapi_connection.in_transaction:
            connection.exec_driver_sql("BEGIN IMMEDIATE")


@functools.lru_cache(maxsize=2)
def _postgres_lock(milliseconds: int) -> TextClause:
    # One round trip (psycopg2 sends the three as one query); the bound is for this wait
    # only, not the rest of the turn. Built once, as every turn sends it.
    return text(f"SET LOCAL lock_timeout = '{milliseconds}ms'; "
                "SELECT pg_advisory_xact_lock(:key); SET LOCAL lock_timeout = DEFAULT")


def kept_waiting(error: BaseException) -> bool:
    """Whether `error` is PostgreSQL giving up on this lock after TURN_LOCK_WAIT_SECONDS:
    a turn of the same patient is still under way (stuck), and the database is up."""
    seen: set = set()
    current: Optional[BaseException] = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if type(current).__name__ == "LockNotAvailable":  # psycopg2.errors, SQLSTATE 55P03
            return True
        current = (getattr(current, "orig", None) or current.__cause__
                   or current.__context__)
    return False


def conversation_key(who: str) -> int:
    """A signed 64-bit key for a pseudonym (PostgreSQL's advisory lock keys). Two
    pseudonyms sharing one only makes their turns take turns."""
    digest = hashlib.blake2b(who.encode(), digest_size=8, person=b"sb-conversation").digest()
    return int.from_bytes(digest, "big", signed=True)
