"""Engines, sessions and the unit of work. Built by functions, never at import."""

from __future__ import annotations

import time
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Callable, Iterator, TypeVar

from sqlalchemy import create_engine, event, exc, text
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool, QueuePool

from bot.db import folding

T = TypeVar("T")
# A pooled connection idle this long is checked ("SELECT 1") before it is handed out.
PING_AFTER_IDLE_SECONDS = 2.0
# A PostgreSQL that accepts a connection and then answers nothing (its host hangs, a
# proxy or pooler stops forwarding) held a new connection for ever: the patient's
# message was neither answered nor held, and /ready never answered. libpq gives up
# after this, and the error means "not now" (`database_unavailable`): held, not lost.
CONNECT_TIMEOUT_SECONDS = 5
# A connection whose host vanished (a failover, a network cut) is noticed in about
# this long, not the kernel's 15 minutes: keepalives while idle, and a statement whose
# bytes the other end never acknowledges given up after 20 s.
_POSTGRES_CONNECT_ARGS = {
    "connect_timeout": CONNECT_TIMEOUT_SECONDS,
    "keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 3, "keepalives_count": 3,
    "tcp_user_timeout": 20_000,
}


def make_engine(url: str, pooled: bool = True, autocommit: bool = False,
                ping_after_idle: float = PING_AFTER_IDLE_SECONDS) -> Engine:
    """An engine for `url`; SQLite gets WAL, foreign keys and a busy timeout.

    `pooled=False` opens a connection per use and keeps none (migrations, one-shot CLIs).
    `autocommit=True`: each statement its own transaction, with no BEGIN or COMMIT
    round trips (for users whose every write is one statement).
    A URL for a database whose driver is not installed (mysql://, postgresql+asyncpg://)
    raises ArgumentError, as an unknown one does, not the driver's ImportError.
    """
    try:
        return _engine(url, pooled, autocommit, ping_after_idle)
    except ImportError as error:  # never the URL: it may hold a password
        raise exc.ArgumentError(f"no driver installed for this database ({error.name})") from None


def _engine(url: str, pooled: bool, autocommit: bool, ping_after_idle: float) -> Engine:
    options = {"isolation_level": "AUTOCOMMIT"} if autocommit else {}
    if url.startswith("sqlite:///"):
        Path(url[len("sqlite:///"):]).parent.mkdir(parents=True, exist_ok=True)
        # SQLAlchemy 1.4 opens a new SQLite connection per transaction (NullPool) and
        # our pragmas run on each; a small pool keeps them open, as 2.0 does by default.
        engine = create_engine(
            url, future=True, hide_parameters=True,
            connect_args={"timeout": 15, "check_same_thread": False},
            **({"poolclass": QueuePool, "pool_size": 5, "max_overflow": 10} if pooled
               else {"poolclass": NullPool}), **options,
        )
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    # hide_parameters: a failed statement's error (and log line) never shows the values,
    # which may be a patient's words or a phone number.
    connect_args = _POSTGRES_CONNECT_ARGS if url.startswith("postgresql") else {}
    if not pooled:
        return _in_utc(create_engine(url, future=True, poolclass=NullPool,
                                     hide_parameters=True, connect_args=connect_args,
                                     **options))
    if url.startswith("sqlite"):  # in memory (`sqlite://`): one connection, never dropped
        return create_engine(url, future=True, hide_parameters=True, **options)
    # LIFO: under load the same few connections serve every turn and the rest sit idle
    # (and are checked when next used).
    engine = create_engine(url, future=True, pool_use_lifo=True, hide_parameters=True,
                           connect_args=connect_args, **options)
    _ping_when_idle(engine, ping_after_idle)
    return _in_utc(engine)


def _in_utc(engine: Engine) -> Engine:
    """PostgreSQL hands times back in its server's time zone (a UK server's is often
    Europe/London): a summer consultation closing at 23:59 UTC on the 30th read back as
    00:59 on the 31st, a day late. In UTC they read back as SQLite's do (which stores
    them in UTC). Set once a connection, when it is opened."""
    if engine.dialect.name == "postgresql":
        @event.listens_for(engine, "connect")
        def _utc(dbapi_connection: Any, _record: Any) -> None:
            cursor = dbapi_connection.cursor()
            cursor.execute("SET TIME ZONE 'UTC'")
            cursor.close()
            # Not left open as a transaction of its own (isolation levels are set after
            # "connect", and psycopg2 refuses to change one inside a transaction).
            dbapi_connection.commit()
    return engine


def _ping_when_idle(engine: Engine, idle_seconds: float) -> None:
    """Check a connection before use only when it has sat idle in the pool.

    SQLAlchemy's `pool_pre_ping` sends "SELECT 1" at every checkout: on the replicas
    that was 4 of a turn's 20 statements to PostgreSQL, each a round trip (stop 19).
    A connection in steady use is known to work; one that sat idle may have been
    dropped (a restart, a proxy's idle timeout): it is checked, and a dead one is
    replaced before anyone uses it. A connection that dies while in steady use fails
    its statement, which SQLAlchemy reports as `connection_invalidated` and answers by
    replacing every connection older than the failure (reads retry once:
    `once_more_if_dropped`; a turn's transaction is held and replayed by the spool).
    """
    @event.listens_for(engine.pool, "checkin")
    def _idle_from(_dbapi_connection: Any, record: Any) -> None:
        if record is not None:
            record.info["idle_since"] = time.monotonic()

    @event.listens_for(engine.pool, "checkout")
    def _checked(dbapi_connection: Any, record: Any, _proxy: Any) -> None:
        since = record.info.get("idle_since")
        if since is None or time.monotonic() - since < idle_seconds:
            return  # new, or in steady use
        try:
            cursor = dbapi_connection.cursor()
            cursor.execute("SELECT 1")
            cursor.close()
        except Exception as error:  # noqa: BLE001 - any failure: the pool connects afresh
            raise exc.DisconnectionError() from error


def once_more_if_dropped(read: Callable[[], T]) -> T:
    """`read()`, tried again once if it failed because its connection had been dropped
    (the database restarted between two uses): for reads only, which are safe to repeat."""
    try:
        return read()
    except exc.DBAPIError as error:
        if not error.connection_invalidated:
            raise
        return read()


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    # WAL lets the commissioner app read while the action server writes.
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Erased rows are overwritten with zeros, not left readable in free pages.
    cursor.execute("PRAGMA secure_delete=ON")
    # No PRAGMA mmap_size: measured at 1,000,000 answers it made the consultation list
    # slower (0.52-0.75 s against 0.30 s) and retention's deletes too (40 s against 26 s),
    # and put the database file in the commissioner app's resident memory.
    cursor.close()
    dbapi_connection.create_function(folding.SQLITE_NAME, 1, folding.python_lower,
                                     deterministic=True)


def make_session_factory(engine: Engine) -> sessionmaker:
    return sessionmaker(bind=engine, future=True, expire_on_commit=False)


@contextmanager
def unit_of_work(factory: sessionmaker) -> Iterator[Session]:
    """A session that commits when the block succeeds and rolls back otherwise."""
    session: Session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()


def purge_freed_pages(engine: Engine) -> None:
    """After an erasure on SQLite: fold the WAL into the database and empty it.

    `secure_delete` zeroes erased rows in the database file, but earlier copies of
    their pages stay in the WAL file until it is checkpointed and truncated.
    Best effort: a checkpoint that finds readers busy leaves it for the next one.
    """
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")


def database_answers(factory: sessionmaker) -> None:
    """Raises unless the database answers a trivial query (readiness checks)."""
    with factory() as session:
        session.execute(text("SELECT 1"))


def database_unavailable(error: BaseException) -> bool:
    """Whether `error` (or what caused it) means the database could not be reached or
    used just now (down, restarting, out of connections, locked, disk full), as opposed
    to a fault in our own statement: only the first kind is worth trying again later."""
    seen: set = set()
    current: BaseException | None = error
    while current is not None and id(current) not in seen:
        seen.add(id(current))
        if isinstance(current, (exc.TimeoutError, exc.DisconnectionError)):
            return True  # no connection free in the pool, or one lost
        if isinstance(current, exc.DBAPIError) and current.connection_invalidated:
            return True
        if isinstance(current, (exc.OperationalError, exc.InterfaceError)):
            return _driver_unavailable(current.orig) if current.orig is not None else True
        if type(current).__module__.split(".")[0] in ("psycopg2", "sqlite3"):
            return _driver_unavailable(current)  # a driver's error SQLAlchemy did not wrap
        current = current.__cause__ or current.__context__
    return False


# SQLite reports a syntax error as an OperationalError too: only these mean "not now".
_SQLITE_UNAVAILABLE = ("locked", "unable to open", "disk i/o", "disk is full", "busy",
                       "readonly database")


def _driver_unavailable(error: BaseException) -> bool:
    kind = type(error).__name__
    if type(error).__module__.startswith("sqlite3"):
        return kind == "OperationalError" and any(
            part in str(error).lower() for part in _SQLITE_UNAVAILABLE)
    if type(error).__module__.startswith("psycopg2"):
        # Connection trouble, or a lock not granted within its bound (a turn waiting
        # for the same patient's turn before it, bot/db/turn_lock.py).
        return kind in ("OperationalError", "InterfaceError", "LockNotAvailable")
    return True  # another driver's operational error: the connection, not our statement
