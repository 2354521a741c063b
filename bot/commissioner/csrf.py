"""CSRF tokens: each form carries an HMAC of the browser's own secret cookie.

A page on another site can make the browser send our cookies, but cannot read
them, so it cannot compute the token. Signed-in forms use the session token;
the sign-in form (no session yet) a random cookie of its own.
"""

from __future__ import annotations

import hashlib
import hmac

FIELD = "csrf_token"


def csrf_token(secret: str) -> str:
    return hmac.new(secret.encode(), b"csrf-v1", hashlib.sha256).hexdigest()


def csrf_ok(secret: str, submitted: str) -> bool:
    # As bytes: compare_digest raises on a str with anything beyond ASCII in it.
    given = (submitted or "").encode("utf-8", "replace")
    return bool(secret) and hmac.compare_digest(csrf_token(secret).encode(), given)
