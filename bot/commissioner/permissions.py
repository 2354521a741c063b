"""Who may do what: three roles, each a superset of the one below."""

from __future__ import annotations

ADMIN, AUTHOR, ANALYST = "admin", "author", "analyst"
ROLES = (ADMIN, AUTHOR, ANALYST)

# What a role can do. Reading results and exporting them is every role's job;
# changing what patients are asked is an author's; people, the audit log and erasure an
# admin's.
READ = "read"
EXPORT = "export"
AUTHOR_SCRIPTS = "author"
MANAGE_USERS = "manage_users"
READ_AUDIT = "read_audit"
ERASE_DATA = "erase_data"  # a respondent's data, when they ask

_GRANTS = {
    ANALYST: {READ, EXPORT},
    AUTHOR: {READ, EXPORT, AUTHOR_SCRIPTS},
    ADMIN: {READ, EXPORT, AUTHOR_SCRIPTS, MANAGE_USERS, READ_AUDIT, ERASE_DATA},
}


def can(role: str, permission: str) -> bool:
    return permission in _GRANTS.get(role, set())
