"""Sign-in sessions and API tokens: random secrets, of which only a SHA-256 is stored."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta
from typing import Optional

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.commissioner.lockout import as_utc
from bot.config import CommissionerSettings
from bot.db.models import ApiToken, CommissionerUser, WebSession

TOKEN_PREFIX = "sb_"  # so a leaked token is recognisable (secret scanners, logs)


def digest(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def new_secret() -> str:
    return secrets.token_urlsafe(32)


def start_session(session: Session, user: CommissionerUser, settings: CommissionerSettings,
                  now: datetime) -> str:
    """A new signed-in session; returns the token for the cookie."""
    token = new_secret()
    session.add(WebSession(user_id=user.id, token_hash=digest(token), created_at=now,
                           last_used_at=now,
                           expires_at=now + timedelta(hours=settings.session_max_hours)))
    return token


def session_user(session: Session, token: str, settings: CommissionerSettings,
                 now: datetime) -> Optional[CommissionerUser]:
    """The user of a live session (and it is kept alive), or None: unknown, idle too long,
    too old, or the user disabled. An expired session is deleted."""
    row = session.scalar(select(WebSession).where(WebSession.token_hash == digest(token)))
    if row is None:
        return None
    idle_since = as_utc(row.last_used_at)
    expires = as_utc(row.expires_at)
    if (idle_since is None or now - idle_since > timedelta(minutes=settings.session_idle_minutes)
            or (expires is not None and now >= expires) or row.user.disabled):
        session.delete(row)
        return None
    row.last_used_at = now
    return row.user  # type: ignore[no-any-return]


def end_session(session: Session, token: str) -> None:
    session.execute(delete(WebSession).where(WebSession.token_hash == digest(token)))


def end_sessions_of(session: Session, user_id: int) -> None:
    session.execute(delete(WebSession).where(WebSession.user_id == user_id))


def create_api_token(session: Session, user: CommissionerUser, name: str, now: datetime,
                     days: Optional[int] = None) -> str:
    """A new API token acting as `user`; shown once, never stored."""
    token = TOKEN_PREFIX + new_secret()
    session.add(ApiToken(user_id=user.id, token_hash=digest(token), name=name[:100],
                         created_at=now, last_used_at=now,
                         expires_at=now + timedelta(days=days) if days else None))
    return token


def token_user(session: Session, token: str, now: datetime) -> Optional[CommissionerUser]:
    if not token.startswith(TOKEN_PREFIX) or len(token) > 100:
        return None
    row = session.scalar(select(ApiToken).where(ApiToken.token_hash == digest(token)))
    if row is None or row.user.disabled:
        return None
    expires = as_utc(row.expires_at)
    if expires is not None and now >= expires:
        return None
    row.last_used_at = now
    return row.user  # type: ignore[no-any-return]
