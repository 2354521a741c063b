"""The order of held messages across replicas (Redis).

Each replica keeps the messages it holds during a database outage on its own disk
(bot/channels/spool.py), but one person's messages may reach both replicas in
turn. So each held message also takes a ticket from one counter in Redis, filed
under its sender: a replica replays a message only when its ticket is the
sender's lowest, and a replica that sees a sender with tickets out holds that
sender's new message too. The words stay on disk; Redis holds only numbers
under a keyed hash of the sender (no phone number or chat id in Redis).

If Redis cannot be reached, each replica keeps its own order (and says so in
the log): nothing is lost, only the order across replicas is no longer kept.
"""

from __future__ import annotations

import logging
from typing import Any, Optional, Tuple

import redis

from bot.limits.keys import keyed_hash

logger = logging.getLogger(__name__)
COUNTER = "sb:held:seq"
# A sender's tickets are forgotten after a day of no new ones: a replica lost with
# its disk must not hold that person's messages back for ever.
TICKETS_KEPT = 24 * 3600


class HeldOrder:
    def __init__(self, url: str, secret: str) -> None:
        self.url, self._secret = url, secret
        self._client: Optional[Any] = None

    @property
    def client(self) -> Any:
        if self._client is None:
            self._client = redis.Redis.from_url(self.url, socket_timeout=2,
                                                socket_connect_timeout=2)
        return self._client

    def key(self, channel: str, sender: str) -> str:
        """The Redis key of this sender's tickets (exists while any are out)."""
        return "sb:held:" + keyed_hash(self._secret, channel, sender)

    def ticket(self, channel: str, sender: str) -> Tuple[int, bool]:
        """(this message's ticket, whether the sender had none out); (0, True) if Redis
        is unreachable."""
        key = self.key(channel, sender)
        try:
            seq = int(self.client.incr(COUNTER))
            pipe = self.client.pipeline()
            pipe.zcard(key).zadd(key, {str(seq): seq}).expire(key, TICKETS_KEPT)
            earlier = pipe.execute()[0]
            return seq, int(earlier) == 0
        except redis.RedisError as error:
            logger.warning("held-message order unavailable (%s): keeping this replica's own",
                           type(error).__name__)
            return 0, True

    def waiting(self, channel: str, sender: str) -> bool:
        """Whether any replica holds a message of this sender."""
        try:
            return bool(self.client.exists(self.key(channel, sender)))
        except redis.RedisError:
            return False

    def first_in_line(self, channel: str, sender: str, seq: int) -> bool:
        """Whether ticket `seq` is the sender's oldest out (replay it now)."""
        if not seq:
            return True
        try:
            lowest = self.client.zrange(self.key(channel, sender), 0, 0)
        except redis.RedisError:
            return True
        return not lowest or int(lowest[0]) >= seq

    def done(self, channel: str, sender: str, seq: int) -> None:
        if seq:
            try:
                self.client.zrem(self.key(channel, sender), str(seq))
            except redis.RedisError:
                pass  # the day's expiry forgets it
