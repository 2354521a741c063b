"""audit_log.actor holds a whole email address (254 characters, as commissioner_user.email)

Revision ID: 0016
Revises: 0015
Create Date: 2026-12-05

An account's email may be up to 254 characters, and the audit log names the user by it.
At 100, PostgreSQL refused the entry of a user whose email was longer (SQLite stores any
length): such a user could be created but never sign in.
"""
import sqlalchemy as sa
from alembic import op

revision = "0016"
down_revision = "0015"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log") as batch:
        batch.alter_column("actor", existing_type=sa.String(100), type_=sa.String(254),
                           existing_nullable=False)


def downgrade() -> None:
    op.execute("UPDATE audit_log SET actor = substr(actor, 1, 100) WHERE length(actor) > 100")
    with op.batch_alter_table("audit_log") as batch:
        batch.alter_column("actor", existing_type=sa.String(254), type_=sa.String(100),
                           existing_nullable=False)
