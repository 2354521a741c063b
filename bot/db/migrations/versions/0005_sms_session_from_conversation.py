"""SMS sessions keep only the number: activity comes from the engine's conversation row

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Batch mode: SQLite rebuilds the table to drop columns (and their foreign key).
    with op.batch_alter_table("sms_session") as batch:
        batch.drop_constraint("fk_sms_session_consultation_id_consultation", type_="foreignkey")
        batch.drop_column("consultation_id")
        batch.drop_column("last_activity")


def downgrade() -> None:
    # Sessions in progress are dropped: their numbers can no longer be tied to a
    # consultation here, and a missed reminder is the only consequence.
    op.execute("DELETE FROM sms_session")
    with op.batch_alter_table("sms_session") as batch:
        batch.add_column(sa.Column("consultation_id", sa.Integer(), nullable=False))
        batch.add_column(sa.Column("last_activity", sa.DateTime(timezone=True), nullable=False))
        batch.create_foreign_key("fk_sms_session_consultation_id_consultation", "consultation",
                                 ["consultation_id"], ["id"])
