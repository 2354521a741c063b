"""Passwords: argon2id hashes (argon2-cffi's defaults, RFC 9106's second choice)."""

from __future__ import annotations

import string
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


# The words the commonest passwords are made of (NCSC: refuse the most common; breach
# lists put these, with digits and a mark added, at their top). A password that is one of
# them with only digits or marks around it ("Password123!", "qwertyuiop12") is refused.
COMMON_WORDS = frozenset("""
password passw0rd passwd pass letmein welcome welcome1 admin administrator qwerty qwertyuiop
qwertyui asdfgh asdfghjkl zxcvbnm iloveyou monkey dragon football baseball sunshine princess
shadow master superman batman trustno changeme secret login abc abcdef abcdefgh abcdefghijkl
default guest user test testing hello hellothere starwars whatever freedom charlie nhs
nhsengland england london summer winter spring autumn january december christmas
soundingboard sounding board
""".split())
_LEET = str.maketrans("@4031!$57", "aaoeiisst")
# Runs along a keyboard or the alphabet, and digits in order: "123456789012", "abcdefghijkl".
_RUNS = ("01234567890123456789", "98765432109876543210", "abcdefghijklmnopqrstuvwxyz",
         "qwertyuiopasdfghjklzxcvbnm", "1qaz2wsx3edc4rfv5tgb")


def password_problem(password: str, email: Optional[str] = None) -> Optional[str]:
    """Why a new password is refused, or None (NCSC: length over complexity rules, and
    none of the commonest; `email`: the account's own address, not to be in it)."""
    if len(password) < MIN_LENGTH:
        return f"a password needs at least {MIN_LENGTH} characters"
    if len(password) > MAX_LENGTH:
        return f"a password may have at most {MAX_LENGTH} characters"
    if len(set(password)) < 4:
        return "a password needs more than a few different characters"
    folded = password.casefold()
    letters = "".join(ch for ch in folded if ch.isalpha())
    # "p@ssw0rd2026": marks and digits inside a word read as the letters they stand for
    core = folded.strip(string.digits + string.punctuation + " ")
    spelt = "".join(ch for ch in core.translate(_LEET) if ch.isalpha())
    if not letters or COMMON_WORDS & {letters, spelt} or any(
            folded.replace(" ", "") in run for run in _RUNS):
        return "that password is one of the first that people guess: try three random words"
    name = (email or "").casefold().split("@")[0]
    if len(name) >= 4 and (name in folded or "".join(c for c in name if c.isalpha()) in letters
                           and len(letters) <= len(name) + 2):
        return "a password must not be made from your email address"
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
