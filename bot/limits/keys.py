"""Keys for Redis (and other shared stores) that stand for a phone number, chat id or
client address without being it.

An HMAC with the pseudonym secret, never a plain hash: there are few enough UK mobile
numbers (and IPv4 addresses) to hash them all and look the key up.
"""

from __future__ import annotations

import hashlib
import hmac


def keyed_hash(secret: str, label: str, value: str) -> str:
    """32 hex digits of HMAC-SHA256(secret, "label:value"); the label keeps one use's keys
    apart from another's made with the same secret."""
    message = f"{label}:{value}".encode()
    return hmac.new(secret.encode(), message, hashlib.sha256).hexdigest()[:32]
