"""safeguarding events (counts only, never text)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "safeguarding_event",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer()),
        sa.Column("category", sa.String(20), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_safeguarding_event"),
        sa.ForeignKeyConstraint(
            ["consultation_id"], ["consultation.id"],
            name="fk_safeguarding_event_consultation_id_consultation",
        ),
    )


def downgrade() -> None:
    op.drop_table("safeguarding_event")
