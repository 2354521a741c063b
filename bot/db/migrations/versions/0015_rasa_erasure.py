"""Conversations to forget in Rasa's record, queued by an erasure until a Rasa server has
emptied them (the commissioner app and `bot erase` hold no Rasa token)

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-05
"""
import sqlalchemy as sa
from alembic import op

revision = "0015"
down_revision = "0014"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "rasa_erasure",
        sa.Column("conversation", sa.String(120), nullable=False),
        sa.Column("requested_at", TZ, nullable=False),
        sa.Column("claimed_until", TZ),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("conversation", name="pk_rasa_erasure"),
    )


def downgrade() -> None:
    op.drop_table("rasa_erasure")
