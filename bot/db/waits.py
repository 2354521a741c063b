"""A limit on how long a serving process waits for PostgreSQL to answer.

libpq waits for an answer as long as the connection stays open, and a database whose
host hangs (a storage freeze) or a proxy that stops forwarding keeps it open: a
patient's turn, and the worker thread under it, waited for ever, and once the Rasa
server's few worker threads were all waiting, nothing that needs one (the spool that
would hold the message, the next patient's check) ran either. `statement_timeout`
cannot help, as the server is what is stuck. So the serving processes (the action
server, the Rasa server's channels, the patient web process) wait through this
instead: a connection that gives nothing for `seconds` is closed and its statement
fails with "could not receive data from server", which SQLAlchemy reads as a lost
connection (the pool replaces it) and `database_unavailable` as "not now" (the message
is held and replayed; a survey link or published page answers "try again in a minute").

psycopg2's wait callback is one per process, so it is installed by the processes
that serve patients, as they start (never by building an app, which tests do in their
own process), and never by the commissioner app or the command line, whose reports
and retention runs may legitimately take longer.
"""

from __future__ import annotations

import select
from typing import Any, Callable

import psycopg2
from psycopg2 import extensions

from bot.db.session import CONNECT_TIMEOUT_SECONDS

# A turn's statements take milliseconds; a stuck one is given up well inside the 15 s
# Twilio waits for a webhook's answer, with room for the database under heavy load.
STATEMENT_WAIT_SECONDS = 10.0
# A connection's states once open; while it opens psycopg2 reports others (its own
# "connecting", 20, that the module does not name).
_OPENED = (extensions.STATUS_READY, extensions.STATUS_BEGIN, extensions.STATUS_PREPARED)


def bound_database_waits(seconds: float = STATEMENT_WAIT_SECONDS) -> None:
    """From now on, in this process, no wait for PostgreSQL lasts longer than `seconds`
    without a byte moving."""
    extensions.set_wait_callback(waiting_at_most(seconds))


def bound_waits_on(database_url: str) -> None:
    """`bound_database_waits` for a process whose database is `database_url`, if it is
    PostgreSQL (SQLite is a file: no network to hang on)."""
    if database_url.startswith("postgresql"):
        bound_database_waits()


def waiting_at_most(seconds: float,
                    connecting: float = CONNECT_TIMEOUT_SECONDS) -> Callable[[Any], None]:
    """A wait callback; a connection still being opened waits `connecting`, as libpq's
    own `connect_timeout` would (which no longer applies once a callback waits): a pooled
    connection found dead and replaced is then given up in 10 + 5 s, not 10 + 10."""
    def wait(connection: Any) -> None:
        while True:
            state = connection.poll()
            limit = seconds if connection.status in _OPENED else connecting
            if state == extensions.POLL_OK:
                return
            if state == extensions.POLL_READ:
                events = select.POLLIN
            elif state == extensions.POLL_WRITE:
                events = select.POLLOUT
            else:
                raise psycopg2.OperationalError(f"unexpected poll state {state}")
            poller = select.poll()  # not select(): a busy process may hold fd 1024 and up
            poller.register(connection.fileno(), events)
            if not poller.poll(limit * 1000):
                # psycopg2 closes a connection whose wait failed (its state is unknown);
                # closing it here first would wait for the statement's answer.
                raise psycopg2.OperationalError(
                    f"could not receive data from server: no answer in {limit:g} s")
    return wait
