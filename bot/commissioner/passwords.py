"""Passwords: argon2id hashes (argon2-cffi's defaults, RFC 9106's second choice)."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

MIN_LENGTH = 12
MAX_LENGTH = 256  # argon2 takes any length; a cap stops a megabyte "password" costing CPU


@lru_cache(maxsize=1)
def _hasher() -> PasswordHasher:
    return PasswordHasher()


@lru_cache(maxsize=1)
def _dummy_hash() -> str:
    return _hasher().hash("not-a-password-of-anyone")


def password_problem(password: str) -> Optional[str]:
    """Why a new password is refused, or None (NCSC: length over complexity rules)."""
    if len(password) < MIN_LENGTH:
        return f"a password needs at least {MIN_LENGTH} characters"
    if len(password) > MAX_LENGTH:
        return f"a password may have at most {MAX_LENGTH} characters"
    if len(set(password)) < 4:
        return "a password needs more than a few different characters"
    return None


def hash_password(password: str) -> str:
    return _hasher().hash(password)


def verify_password(stored: Optional[str], password: str) -> bool:
    """True when `password` matches; with no stored hash it still spends the same time,
    so a sign-in cannot tell whether an account exists by how long it takes."""
    if len(password) > MAX_LENGTH:
        return False
    try:
        return _hasher().verify(stored or _dummy_hash(), password) and stored is not None
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False
