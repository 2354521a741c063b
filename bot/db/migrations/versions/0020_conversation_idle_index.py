"""conversation (channel, updated_at): the expiry sweeps find idle conversations by index

Revision ID: 0020
Revises: 0019
Create Date: 2026-12-07

Every Rasa replica's web-chat expiry sweep asks once a minute for one channel's
conversations idle since before a time, the longest idle first; without an index
that is a scan of every conversation in progress and a sort, on every replica, every
minute. An index adds no column and changes no row.
"""
from alembic import op

revision = "0020"
down_revision = "0019"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_conversation_channel_updated_at", "conversation",
                    ["channel", "updated_at"])


def downgrade() -> None:
    op.drop_index("ix_conversation_channel_updated_at", table_name="conversation")
