"""commissioner_user.must_change_password: set by an admin's reset until the user chooses

Revision ID: 0019
Revises: 0018
Create Date: 2026-12-06

An admin's reset gives the user a one-time password; until they have chosen their own,
the app lets them do nothing else. No existing column says this: every account so far
has chosen its password (or been given one by whoever made it), so existing rows are
false.
"""
import sqlalchemy as sa
from alembic import op

revision = "0019"
down_revision = "0018"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Not in batch mode: a default that is an expression (false()) makes batch mode
    # rebuild the table on SQLite, which deleted every web session and API token (see
    # downgrade). ALTER TABLE ADD COLUMN takes it on both databases.
    op.add_column("commissioner_user", sa.Column("must_change_password", sa.Boolean(),
                                                 nullable=False, server_default=sa.false()))


def downgrade() -> None:
    # Not in batch mode: on SQLite that rebuilds commissioner_user, and with foreign keys
    # on, dropping the old table deletes every web session and API token (ON DELETE
    # CASCADE). SQLite (3.35+) drops the column itself (see 0012).
    op.drop_column("commissioner_user", "must_change_password")
