"""participation.rasa_sender: a web chat's conversation id in Rasa, for erasure

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("participation", sa.Column("rasa_sender", sa.String(40), nullable=True))


def downgrade() -> None:
    # Not in batch mode: SQLite (3.35+) drops the column itself, where a batch copy of the
    # table would break the views over it (0009).
    op.drop_column("participation", "rasa_sender")
