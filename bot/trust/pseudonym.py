"""Respondent pseudonyms: the same person on the same channel always maps to the
same id, and the id cannot be turned back into a phone number or chat id."""

from __future__ import annotations

import hashlib
import hmac


def pseudonym(secret: str, channel: str, sender_id: str) -> str:
    message = f"{channel}:{sender_id}".encode()
    return hmac.new(secret.encode("utf-8"), message, hashlib.sha256).hexdigest()
