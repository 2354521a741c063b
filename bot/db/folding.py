"""Lower case in SQL that means the same on SQLite as on PostgreSQL.

SQLite's own lower() changes only A-Z: "ZOË" became "zoË", so a search for "zoë" found
it on PostgreSQL and not on SQLite. On SQLite `lowered` calls Python's str.lower,
registered on every connection (bot/db/session.py); on PostgreSQL it is lower().
"""

from __future__ import annotations

from typing import Any, Optional

from sqlalchemy import Text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.functions import GenericFunction

SQLITE_NAME = "sb_lower"


class lowered(GenericFunction):  # noqa: N801 - named as SQL functions are
    type = Text()
    inherit_cache = True


@compiles(lowered)
def _lower(element: Any, compiler: Any, **kw: Any) -> str:
    return f"lower({compiler.process(element.clauses, **kw)})"


@compiles(lowered, "sqlite")
def _lower_sqlite(element: Any, compiler: Any, **kw: Any) -> str:
    return f"{SQLITE_NAME}({compiler.process(element.clauses, **kw)})"


def python_lower(value: Optional[str]) -> Optional[str]:
    """What SQLite runs for `lowered`."""
    return value.lower() if isinstance(value, str) else value
