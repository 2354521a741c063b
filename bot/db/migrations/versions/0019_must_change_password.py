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
    with op.batch_alter_table("commissioner_user") as batch:
        batch.add_column(sa.Column("must_change_password", sa.Boolean(), nullable=False,
                                   server_default=sa.false()))


def downgrade() -> None:
    with op.batch_alter_table("commissioner_user") as batch:
        batch.drop_column("must_change_password")
