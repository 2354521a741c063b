"""Commissioner accounts: organisations, users and signing in (with lock-out)."""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Optional

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.commissioner import credentials, lockout
from bot.commissioner.passwords import hash_password, password_problem, verify_password
from bot.commissioner.permissions import ROLES
from bot.config import CommissionerSettings
from bot.db.models import CommissionerUser, Organisation
from bot.db.repository import record_audit

EXAMPLE_ORGANISATION = "NHS Example Integrated Care Board"  # the example scripts' organisation
EXAMPLE_EMAIL = "admin@example.nhs.uk"
# One "@" with something either side, and none of the spaces, brackets or separators of
# "Jane Smith <jane@x.nhs.uk>" or a list pasted from a mail client.
EMAIL_SHAPE = re.compile(r"[^@\s<>()\[\],;:\"]+@[^@\s<>()\[\],;:\"]+")
SIGN_IN_FAILED = "That email and password do not match an account, or it is locked for now."


class AccountError(ValueError):
    """A request about accounts that cannot be done; the message says why."""


@dataclass(frozen=True)
class SignIn:
    user: Optional[CommissionerUser]
    message: str = ""


def organisation_named(session: Session, name: str) -> Organisation:
    found = session.scalar(select(Organisation).where(Organisation.name == name.strip()))
    if found is None:
        found = Organisation(name=name.strip()[:200])
        session.add(found)
        session.flush()
    return found  # type: ignore[no-any-return]


def normal_email(email: str) -> str:
    return email.strip().lower()[:254]


def create_user(session: Session, organisation: Organisation, email: str, role: str,
                password: str, must_change_password: bool = False) -> CommissionerUser:
    """`must_change_password`: the password is one someone else chose and saw (an admin's),
    so it signs in once, to choose their own, as after a reset."""
    email = normal_email(email)
    if not EMAIL_SHAPE.fullmatch(email):  # what someone can type to sign in with
        raise AccountError(f"{email!r} is not an email address")
    if role not in ROLES:
        raise AccountError(f"role must be one of {', '.join(ROLES)}")
    problem = password_problem(password, email)
    if problem:
        raise AccountError(problem)
    if session.scalar(select(CommissionerUser).where(CommissionerUser.email == email)):
        raise AccountError(f"there is already an account for {email}")
    user = CommissionerUser(organisation=organisation, email=email, role=role,
                            password_hash=hash_password(password), failed_sign_ins=0,
                            disabled=False, must_change_password=must_change_password)
    session.add(user)
    try:
        session.flush()
    except IntegrityError:  # added a moment ago (a double-clicked "Add", two admins)
        raise AccountError(f"there is already an account for {email}") from None
    return user


def any_users(session: Session) -> bool:
    return bool(session.scalar(select(func.count()).select_from(CommissionerUser)))


def generated_password() -> str:
    return secrets.token_urlsafe(15)  # 20 characters, ~120 bits


def sign_in(session: Session, email: str, password: str, settings: CommissionerSettings,
            now: datetime) -> SignIn:
    """Check a password, counting failures; one message for every refusal, so a caller
    learns nothing about which accounts exist or are locked."""
    user = session.scalar(select(CommissionerUser)
                          .where(CommissionerUser.email == normal_email(email)))
    matches = verify_password(user.password_hash if user else None, password)
    if user is None:
        return SignIn(None, SIGN_IN_FAILED)
    audit = dict(organisation_id=user.organisation_id)
    if user.disabled or lockout.is_locked(user.locked_until, now):
        record_audit(session, user.email, "sign_in_refused", "locked or disabled", **audit)
        return SignIn(None, SIGN_IN_FAILED)
    if not matches:
        policy = lockout.LockoutPolicy(settings.lockout_attempts, settings.lockout_minutes)
        user.failed_sign_ins, user.locked_until = lockout.after_failure(
            user.failed_sign_ins, now, policy)
        locked = user.locked_until is not None
        record_audit(session, user.email, "sign_in_failed", "locked" if locked else "", **audit)
        return SignIn(None, SIGN_IN_FAILED)
    user.failed_sign_ins, user.locked_until, user.last_sign_in_at = 0, None, now
    if user.must_change_password:  # a one-time password: spent now, whatever comes next
        user.password_hash = hash_password(generated_password())
    record_audit(session, user.email, "sign_in",
                 "one-time password" if user.must_change_password else "", **audit)
    return SignIn(user)


def new_password_problem(new: str, again: str, current: Optional[str] = None,
                         email: Optional[str] = None) -> Optional[str]:
    """Why a new password typed twice is refused, as a sentence, or None. Pure: checks
    nothing stored (the current password is checked apart, as it costs a hash)."""
    if new != again:
        return "The new passwords do not match. Type the same new password in both boxes."
    problem = password_problem(new, email)
    if problem:
        return f"Choose a stronger new password: {problem}."
    if current is not None and new == current:
        return "Your new password must be different from your current one."
    return None


def set_password(session: Session, user: CommissionerUser, password: str) -> None:
    """The user's own new password: every session of theirs ends (the caller starts the
    one it goes on with), and any one-time password is spent."""
    problem = password_problem(password, user.email)
    if problem:
        raise AccountError(problem)
    user.password_hash = hash_password(password)
    user.must_change_password = False
    user.failed_sign_ins, user.locked_until = 0, None
    credentials.end_sessions_of(session, user.id)


def reset_password(session: Session, user: CommissionerUser) -> str:
    """A one-time password for someone who cannot sign in: returned to be shown once.
    Their sessions end, a lock-out is lifted, and their first sign-in with it allows
    nothing but choosing their own password."""
    password = generated_password()
    user.password_hash = hash_password(password)
    user.must_change_password = True
    user.failed_sign_ins, user.locked_until = 0, None
    credentials.end_sessions_of(session, user.id)
    return password
