"""Telegram sessions: the chat id of a conversation in progress, for its reminder; and
when each kept number or chat id was written (a quiet spell's start; retention)

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "0014"
down_revision = "0013"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "telegram_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(64), nullable=False),
        sa.Column("chat_id", sa.String(32), nullable=False),
        sa.Column("reminder_sent_at", TZ),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_telegram_session"),
        sa.UniqueConstraint("pseudonym", name="uq_telegram_session_pseudonym"),
    )
    # Numbers kept before this count as written now: their conversations are in progress.
    # Batch mode: SQLite rebuilds the table to make the column NOT NULL.
    with op.batch_alter_table("sms_session") as batch:
        batch.add_column(sa.Column("created_at", TZ))
    op.execute("UPDATE sms_session SET created_at = CURRENT_TIMESTAMP")
    with op.batch_alter_table("sms_session") as batch:
        batch.alter_column("created_at", existing_type=TZ, nullable=False)


def downgrade() -> None:
    with op.batch_alter_table("sms_session") as batch:
        batch.drop_column("created_at")
    op.drop_table("telegram_session")
