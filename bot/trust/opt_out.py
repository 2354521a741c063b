"""Opt-outs, held only as pseudonyms: outreach checks a number by hashing it."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Select
from sqlalchemy.sql.elements import BindParameter

from bot.db.models import OptOut


def opt_out_of(pseudonym: str | BindParameter[str]) -> Select:
    """The opt-out row's id for a pseudonym (none: not opted out), to ask alone or inside
    another query."""
    return select(OptOut.id).where(OptOut.pseudonym == pseudonym)


def is_opted_out(session: Session, pseudonym: str) -> bool:
    return session.scalar(opt_out_of(pseudonym)) is not None


def opt_out(session: Session, pseudonym: str) -> None:
    if is_opted_out(session, pseudonym):
        return
    try:
        with session.begin_nested():
            session.add(OptOut(pseudonym=pseudonym))
    except IntegrityError:
        pass  # another replica recorded it at the same moment


def opt_in(session: Session, pseudonym: str) -> None:
    session.execute(delete(OptOut).where(OptOut.pseudonym == pseudonym))
