"""The order of held messages across replicas (Redis).

Each replica keeps the messages it holds during a database outage on its own disk
(bot/channels/spool.py), but one person's messages may reach both replicas in
turn. So each held message also takes a ticket from one counter in Redis, filed
under its sender: a replica replays a message only when its ticket is the
sender's lowest, and a replica that sees a sender with tickets out holds that
sender's new message too. The words stay on disk; Redis holds only numbers
under a keyed hash of the sender (no phone number or chat id in Redis).

If Redis cannot be reached, each replica keeps its own order (and says so in
the log): nothing is lost, only the order across replicas is no longer kept. For a
few seconds after a Redis step fails, none is tried (bot/limits/redis_breaker.py),
except giving a ticket back: a ticket left out would hold its sender's later
messages for a day.
"""

from __future__ import annotations

from typing import Any, ContextManager, Optional, Tuple

import redis

from bot.limits.keys import keyed_hash
from bot.limits.redis_breaker import (
    REDIS_TIMEOUT_SECONDS,
    REDIS_UNREACHABLE,
    StaleConnections,
    breaker_for,
)

COUNTER = "sb:held:seq"
# A sender's tickets are forgotten after a day of no new ones: a replica lost with
# its disk must not hold that person's messages back for ever.
TICKETS_KEPT = 24 * 3600


class HeldOrder:
    def __init__(self, url: str, secret: str) -> None:
        self.url, self._secret = url, secret
        self._client: Optional[Any] = None
        self._stale: Optional[StaleConnections] = None

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = redis.Redis.from_url(self.url, socket_timeout=REDIS_TIMEOUT_SECONDS,
                                                socket_connect_timeout=REDIS_TIMEOUT_SECONDS)
        return self._client

    def _step(self, even_if_down: bool = False) -> ContextManager[None]:
        """Around one use of the client (see RedisBreaker.step)."""
        if self._stale is None:
            self._stale = StaleConnections(breaker_for(self.url))
        elif self._stale.due():
            self.client.connection_pool.disconnect(inuse_connections=False)
        return self._stale.breaker.step(even_if_down)

    def key(self, channel: str, sender: str) -> str:
        """The Redis key of this sender's tickets (exists while any are out)."""
        return "sb:held:" + keyed_hash(self._secret, channel, sender)

    def ticket(self, channel: str, sender: str) -> Tuple[int, bool]:
        """(this message's ticket, whether the sender had none out); (0, True) if Redis
        is unreachable."""
        key = self.key(channel, sender)
        try:
            with self._step():
                seq = int(self.client.incr(COUNTER))
                pipe = self.client.pipeline()
                pipe.zcard(key).zadd(key, {str(seq): seq}).expire(key, TICKETS_KEPT)
                earlier = pipe.execute()[0]
            return seq, int(earlier) == 0
        except REDIS_UNREACHABLE:
            return 0, True  # this replica's own order (the breaker logs Redis going)

    def waiting(self, channel: str, sender: str) -> bool:
        """Whether any replica holds a message of this sender."""
        try:
            with self._step():
                return bool(self.client.exists(self.key(channel, sender)))
        except REDIS_UNREACHABLE:
            return False

    def first_in_line(self, channel: str, sender: str, seq: int) -> bool:
        """Whether ticket `seq` is the sender's oldest out (replay it now)."""
        if not seq:
            return True
        try:
            with self._step():
                lowest = self.client.zrange(self.key(channel, sender), 0, 0)
        except REDIS_UNREACHABLE:
            return True
        return not lowest or int(lowest[0]) >= seq

    def done(self, channel: str, sender: str, seq: int) -> None:
        if seq:
            try:
                with self._step(even_if_down=True):  # else it holds their next for a day
                    self.client.zrem(self.key(channel, sender), str(seq))
            except REDIS_UNREACHABLE:
                pass  # the day's expiry forgets it
