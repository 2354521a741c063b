"""SMS: outreach contacts, SMS sessions for reminders, handled inbound message ids

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "contact",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("message_sid", sa.String(64)),
        sa.Column("error_code", sa.Integer()),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_contact"),
        sa.UniqueConstraint("consultation_id", "phone", name="uq_contact_consultation_id"),
        sa.UniqueConstraint("message_sid", name="uq_contact_message_sid"),
        sa.ForeignKeyConstraint(["consultation_id"], ["consultation.id"],
                                name="fk_contact_consultation_id_consultation"),
    )
    op.create_table(
        "sms_session",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(64), nullable=False),
        sa.Column("phone", sa.String(20), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("last_activity", TZ, nullable=False),
        sa.Column("reminder_sent_at", TZ),
        sa.PrimaryKeyConstraint("id", name="pk_sms_session"),
        sa.UniqueConstraint("pseudonym", name="uq_sms_session_pseudonym"),
        sa.ForeignKeyConstraint(["consultation_id"], ["consultation.id"],
                                name="fk_sms_session_consultation_id_consultation"),
    )
    op.create_table(
        "inbound_message",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("provider_id", sa.String(64), nullable=False),
        sa.Column("received_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_inbound_message"),
        sa.UniqueConstraint("provider_id", name="uq_inbound_message_provider_id"),
    )


def downgrade() -> None:
    for table in ("inbound_message", "sms_session", "contact"):
        op.drop_table(table)
