"""Messages held on local disk while the answers database is down.

A patient's message that arrives while the database cannot be reached is not
answered with an error and not lost: the channel writes it here (an SQLite file
on the replica's own disk, `SB_SPOOL_PATH`, synced on every write) and tells the
patient their reply is in. When the database returns, the channel hands each
held message to the engine in the order it arrived, and the patient gets the
next question. While a sender has held messages, their new ones are held behind
them, so nothing overtakes.

Why a local file and not the database or Redis: the database is what failed,
and this project's Redis keeps nothing on disk. Why SQLite and not a log file:
claiming, ordering and deleting are one statement each, several processes may
share one file safely, and `secure_delete` overwrites what was replayed (the
file holds phone numbers and words until then). It is not the answers
database, so it is not migrated by Alembic: its one table is created here, and
`PRAGMA user_version` marks its layout.

Nothing is held for longer than the retention period (SB_RETENTION_DAYS): a message
whose replay never succeeded goes, words and all, when the period has passed since it
came, at the next round of any channel's replay; the log says how many went, never
whose or what.
"""

from __future__ import annotations

import asyncio
import logging
import sqlite3
import threading
import time
from contextlib import closing
from dataclasses import dataclass
from pathlib import Path
from typing import Awaitable, Callable, Dict, List, Literal, Optional, Tuple

from bot.channels.held_order import HeldOrder
from bot.config import Settings
from bot.metrics import metrics

logger = logging.getLogger(__name__)

LAYOUT = 1
# A claimed message is offered again if its replay never ends: after a replica stopped
# part-way through a round (a deploy, a crash), its next start found the rest claimed
# and those patients waited two minutes (120 s). Only another process on the same file
# could take one sooner, and a second replay of a message does nothing (its key is
# claimed by the work it led to), so the lease is kept short: a turn, waits included
# (bot/db/waits.py), is well inside it.
LEASE_SECONDS = 30.0
CLAIM_BATCH = 100
DAY_SECONDS = 24 * 3600


@dataclass(frozen=True)
class Held:
    """One message held on disk. Its replay's work (the engine's turn, or the channel's
    own transaction) claims `key` in the answers database as it commits, so a replay after
    a crash, or of a message whose work did finish, does nothing again."""

    id: int
    channel: str
    key: str  # the provider's message id (Twilio MessageSid, Telegram update_id, web delivery id)
    sender: str  # whom to answer: a phone number, a chat id, a web conversation id
    text: str
    attempts: int  # times the engine itself was reached and could not finish
    seq: int  # its ticket in the order across replicas (0: this replica's own order)


BUSY_SECONDS = 15  # how long a step waits for another connection's lock on the file
_PREPARING = threading.Lock()


class Spool:
    def __init__(self, path: Path, order: Optional[HeldOrder] = None,
                 retention_days: Optional[int] = None) -> None:
        self.path = Path(path)
        self.order = order  # across replicas, when they share a Redis
        self.retention_days = retention_days  # held no longer than this (None: until replayed)
        self._ready = False
        self._maybe_held = True  # until the first look at the file says otherwise
        self.held_count = 0  # messages in the file at the last claim (the depth metric)

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        connection = sqlite3.connect(self.path, timeout=BUSY_SECONDS, isolation_level=None)
        try:
            if not self._ready:
                with _PREPARING:  # the webhook's look and the replay loop's claim, at once
                    if not self._ready:  # the other one may have prepared it meanwhile
                        self._prepare(connection)
            connection.execute("PRAGMA synchronous=FULL")  # a held message survives a crash
            connection.execute("PRAGMA secure_delete=ON")
        except BaseException:
            connection.close()
            raise
        return connection

    def _prepare(self, connection: sqlite3.Connection) -> None:
        """WAL (kept by the file from then on) and the table, once a process. Switching the
        journal mode does not wait for another connection's lock as statements do: it
        failed at once with "database is locked" when the replay loop was opening a new
        file as a message arrived (a 500 to the patient, seen in CI), so it is tried again."""
        deadline = time.monotonic() + BUSY_SECONDS
        while True:
            try:
                connection.execute("PRAGMA journal_mode=WAL")
                break
            except sqlite3.OperationalError as error:
                if "locked" not in str(error) or time.monotonic() > deadline:
                    raise
                time.sleep(0.01)
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        if version not in (0, LAYOUT):
            raise RuntimeError(f"{self.path} has spool layout {version}, expected {LAYOUT}")
        connection.execute(
            "CREATE TABLE IF NOT EXISTS held (id INTEGER PRIMARY KEY AUTOINCREMENT, "
            "channel TEXT NOT NULL, key TEXT NOT NULL, sender TEXT NOT NULL, "
            "text TEXT NOT NULL, received_at REAL NOT NULL, attempts INTEGER NOT NULL, "
            "seq INTEGER NOT NULL DEFAULT 0, "
            "claimed_until REAL NOT NULL DEFAULT 0, UNIQUE (channel, key))")
        connection.execute("CREATE INDEX IF NOT EXISTS held_sender ON held "
                           "(channel, sender, id)")
        connection.execute(f"PRAGMA user_version={LAYOUT}")
        self._ready = True

    # Each method below does blocking file work: call it through asyncio.to_thread.

    def put(self, channel: str, key: str, sender: str, text: str, attempts: int = 0) -> bool:
        """Hold one message; True when it is the first this sender has held on any
        replica (tell them it is in)."""
        self._maybe_held = True
        with closing(self._connect()) as connection:
            connection.execute("BEGIN IMMEDIATE")
            if connection.execute("SELECT 1 FROM held WHERE channel = ? AND key = ?",
                                  (channel, key)).fetchone():
                connection.execute("ROLLBACK")
                return False  # the provider sent it again: held already
            earlier = connection.execute(
                "SELECT 1 FROM held WHERE channel = ? AND sender = ? LIMIT 1",
                (channel, sender)).fetchone()
            seq, none_out = self.order.ticket(channel, sender) if self.order else (0, True)
            connection.execute(
                "INSERT INTO held (channel, key, sender, text, received_at, attempts, seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (channel, key, sender, text, time.time(), attempts, seq))
            connection.execute("COMMIT")
        metrics().spool_depth.inc()
        return earlier is None and none_out

    @property
    def maybe_held(self) -> bool:
        """False when nothing can be held for anyone, here or (with Redis) on another
        replica: no file or Redis work needed."""
        return self._maybe_held or self.order is not None

    def may_hold(self, elsewhere: Optional[bool] = None) -> bool:
        """False when, without looking, nothing can be held for this sender;
        `elsewhere`: whether another replica holds their messages, if already known."""
        return self.maybe_held if elsewhere is None else elsewhere or self._maybe_held

    def holds(self, channel: str, sender: str, elsewhere: Optional[bool] = None) -> bool:
        """Whether this sender has messages waiting, on this replica or another (theirs
        must wait behind them); `elsewhere` as for `may_hold`, else asked of Redis."""
        if elsewhere is None:
            elsewhere = self.order is not None and self.order.waiting(channel, sender)
        if elsewhere:
            return True
        if not self._maybe_held:
            return False
        with closing(self._connect()) as connection:
            return connection.execute("SELECT 1 FROM held WHERE channel = ? AND sender = ? "
                                      "LIMIT 1", (channel, sender)).fetchone() is not None

    def waiting(self, channel: str, sender: str) -> List[Tuple[str, str]]:
        """(key, text) of this sender's messages held in this replica's file, oldest first."""
        if not self._maybe_held and not self.path.exists():
            return []
        with closing(self._connect()) as connection:
            return [(str(key), str(text)) for key, text in connection.execute(
                "SELECT key, text FROM held WHERE channel = ? AND sender = ? ORDER BY id",
                (channel, sender))]

    def claim(self, channel: str, now: float | None = None) -> List[Held]:
        """The oldest held message of each sender nobody is replaying, leased to us;
        with Redis, only those no other replica holds an earlier message for."""
        if not self._maybe_held and not self.path.exists():
            return []
        now = time.time() if now is None else now
        with closing(self._connect()) as connection:
            connection.execute("BEGIN IMMEDIATE")
            dropped = self._drop_expired(connection, now)
            rows = connection.execute(
                "SELECT id, channel, key, sender, text, attempts, seq FROM held AS h "
                "WHERE channel = ? AND claimed_until < ? AND NOT EXISTS (SELECT 1 FROM held "
                "AS e WHERE e.channel = h.channel AND e.sender = h.sender AND e.id < h.id) "
                "ORDER BY id LIMIT ?", (channel, now, CLAIM_BATCH)).fetchall()
            if self.order is not None:
                rows = [row for row in rows if self.order.first_in_line(channel, row[3], row[6])]
            connection.executemany("UPDATE held SET claimed_until = ? WHERE id = ?",
                                   [(now + LEASE_SECONDS, row[0]) for row in rows])
            remaining = connection.execute("SELECT count(*) FROM held").fetchone()[0]
            connection.execute("COMMIT")
        self._maybe_held, self.held_count = remaining > 0, int(remaining)
        self._dropped(dropped)
        return [Held(*row) for row in rows]

    def _drop_expired(self, connection: sqlite3.Connection,
                      now: float) -> List[Tuple[str, str, int]]:
        """Delete every message, of any channel, held for longer than the retention
        period; (channel, sender, ticket) of each, in the caller's transaction."""
        if self.retention_days is None:
            return []
        cutoff = now - self.retention_days * DAY_SECONDS
        expired = [(str(channel), str(sender), int(seq)) for channel, sender, seq in
                   connection.execute("SELECT channel, sender, seq FROM held "
                                      "WHERE received_at < ?", (cutoff,))]
        if expired:
            connection.execute("DELETE FROM held WHERE received_at < ?", (cutoff,))
        return expired

    def _dropped(self, expired: List[Tuple[str, str, int]]) -> None:
        """Their tickets handed back (their senders' later messages wait no more), and
        how many went logged and counted by channel: never whose, never what."""
        by_channel: Dict[str, int] = {}
        for channel, sender, seq in expired:
            by_channel[channel] = by_channel.get(channel, 0) + 1
            if self.order is not None:
                self.order.done(channel, sender, seq)
        for channel, count in sorted(by_channel.items()):
            logger.warning("dropped %d held %s message(s) never replayed within the retention "
                           "period (%d days)", count, channel, self.retention_days)
            metrics().spooled.labels(channel, "expired").inc(count)

    def done(self, held: Held) -> None:
        """The message was handled (or cannot ever be): forget it, words and all."""
        with closing(self._connect()) as connection:
            connection.execute("DELETE FROM held WHERE id = ?", (held.id,))
        if self.order is not None:
            self.order.done(held.channel, held.sender, held.seq)

    def release(self, held: Held, attempts: int) -> None:
        """Not handled yet (the database is still down): offer it again next round."""
        with closing(self._connect()) as connection:
            connection.execute("UPDATE held SET claimed_until = 0, attempts = ? WHERE id = ?",
                               (attempts, held.id))

    def depth(self) -> int:
        """Messages held in the file now."""
        if not self.path.exists():
            return 0
        with closing(self._connect()) as connection:
            return int(connection.execute("SELECT count(*) FROM held").fetchone()[0])


def unusable(path: Path) -> Optional[str]:
    """Why a spool file cannot be used at `path` (a volume not mounted or read-only, a
    directory in its place), or None. Found as a server starts: a spool found unusable at
    the first message failed every message, database up or not, while /ready said ready."""
    try:
        with closing(Spool(path)._connect()):
            return None
    except (OSError, sqlite3.Error, RuntimeError) as error:
        return f"{type(error).__name__}: {error}"


def spool_for(settings: Settings) -> Spool:
    """This process's spool; ordered across replicas when they share a Redis."""
    order = HeldOrder(settings.redis_url, settings.pseudonym_secret) if settings.redis_url \
        else None
    return Spool(settings.spool_path, order, settings.retention_days)


# What replaying one held message came to: handled (or never can be), the database
# still unreachable, or reached and lost again part-way (counted as an attempt).
Outcome = Literal["done", "down", "interrupted"]
Replay = Callable[[Held], Awaitable[Outcome]]


async def replay_once(spool: Spool, channel: str, replay: Replay) -> int:
    """Offer each sender's oldest held message to `replay`, in arrival order; stop at
    the first that finds the database still down. Returns how many were handled."""
    handled = 0
    claimed = await asyncio.to_thread(spool.claim, channel)
    for index, held in enumerate(claimed):
        outcome = await replay(held)
        if outcome == "done":
            await asyncio.to_thread(spool.done, held)
            metrics().spooled.labels(channel, "replayed").inc()
            handled += 1
            continue
        await asyncio.to_thread(spool.release, held,
                                held.attempts + (outcome == "interrupted"))
        for rest in claimed[index + 1:]:
            await asyncio.to_thread(spool.release, rest, rest.attempts)
        break
    metrics().spool_depth.set(max(0, spool.held_count - handled))
    return handled


async def replay_forever(spool: Spool, channel: str, replay: Replay, every: float) -> None:
    """Runs beside the channel: every `every` seconds, and at once again after a round
    that handled something (a sender's next message waits only for the one before)."""
    while True:
        try:
            handled = await replay_once(spool, channel, replay)
        except Exception:  # noqa: BLE001 - keep trying; the next round starts afresh
            logger.exception("replaying held messages failed")
            handled = 0
        if not handled:
            await asyncio.sleep(every)
