"""Telegram: subscribers' chat ids (kept apart from answers) and their invitations

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "telegram_chat",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(64), nullable=False),
        sa.Column("chat_id", sa.String(32), nullable=False),
        sa.Column("subscribed_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_telegram_chat"),
        sa.UniqueConstraint("pseudonym", name="uq_telegram_chat_pseudonym"),
    )
    op.create_table(
        "telegram_invitation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(64), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("error_code", sa.Integer()),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.ForeignKeyConstraint(["consultation_id"], ["consultation.id"],
                                name="fk_telegram_invitation_consultation_id_consultation"),
        sa.PrimaryKeyConstraint("id", name="pk_telegram_invitation"),
        sa.UniqueConstraint("consultation_id", "pseudonym",
                            name="uq_telegram_invitation_consultation_id"),
    )
    op.create_index("ix_telegram_invitation_pseudonym", "telegram_invitation", ["pseudonym"])


def downgrade() -> None:
    op.drop_index("ix_telegram_invitation_pseudonym", "telegram_invitation")
    op.drop_table("telegram_invitation")
    op.drop_table("telegram_chat")
