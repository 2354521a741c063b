"""Failed sign-ins per client address: after too many, whichever accounts they named, the
address is refused for a while (429 with Retry-After). The per-account lock-out is apart
from this: it stops guessing one password, this stops trying one password on many.

Shared by every replica through Redis when SB_REDIS_URL is set. The address is never
kept: the bucket, the audit log and Redis know only an HMAC of it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Tuple

from sanic.request import Request

from bot.config import Settings
from bot.limits.addresses import requester_key
from bot.limits.rate_limit import Decision, SharedRateLimiter

THROTTLED = ("There have been too many failed sign-ins from your network. "
             "Please wait {wait} and try again.")


@dataclass(frozen=True)
class AddressThrottle:
    limiter: SharedRateLimiter
    secret: str
    trusted_proxies: Tuple[str, ...]

    def key(self, request: Request) -> str:
        forwarded = request.headers.getall("x-forwarded-for", [])
        return requester_key(self.secret, request.ip, forwarded, self.trusted_proxies)

    async def check(self, key: str) -> Decision:
        """May this address try to sign in now? Uses nothing up."""
        return await self.limiter.peek(key)

    async def failed(self, key: str) -> Decision:
        """Count a failed sign-in; `wait` > 0 when it used the address's last one."""
        return await self.limiter.take(key)


def address_throttle(settings: Settings) -> AddressThrottle:
    limits = settings.commissioner
    limiter = SharedRateLimiter("sign-in", per_minute=limits.address_failures_per_hour / 60,
                                burst=limits.address_failures, redis_url=settings.redis_url,
                                secret=settings.pseudonym_secret)
    return AddressThrottle(limiter, settings.pseudonym_secret, limits.trusted_proxies)


def waiting_time(seconds: float) -> str:
    """How long to wait, as a person would say it ("a minute", "5 minutes")."""
    minutes = max(1, math.ceil(seconds / 60))
    return "a minute" if minutes == 1 else f"{minutes} minutes"


def retry_after(seconds: float) -> str:
    return str(max(1, math.ceil(seconds)))
