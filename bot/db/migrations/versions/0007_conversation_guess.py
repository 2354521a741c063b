"""A conversation may wait on "Did you mean…?": the guess is kept until the patient answers

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("conversation") as batch:
        batch.add_column(sa.Column("guess", sa.Text(), nullable=True))


def downgrade() -> None:
    # A pending guess is dropped: that patient is asked the question again.
    with op.batch_alter_table("conversation") as batch:
        batch.drop_column("guess")
