"""Conversation state owned by the engine (was Rasa slots)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "conversation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(64), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("consultation_code", sa.String(12)),
        sa.Column("step", sa.String(40)),
        sa.Column("participation_id", sa.Integer()),
        sa.Column("reasks", sa.Integer(), nullable=False),
        sa.Column("pending", sa.String(12), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_conversation"),
        sa.UniqueConstraint("pseudonym", name="uq_conversation_pseudonym"),
        sa.ForeignKeyConstraint(["participation_id"], ["participation.id"], ondelete="SET NULL",
                                name="fk_conversation_participation_id_participation"),
    )


def downgrade() -> None:
    op.drop_table("conversation")
