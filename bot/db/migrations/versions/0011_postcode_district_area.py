"""postcode_district_area: postcode district -> ICB and sub-ICB location (England)

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-02

Kept in its own file: another branch adds a migration at the same time, and one of
the two will be renumbered when they merge.
"""
import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "postcode_district_area",
        sa.Column("district", sa.String(4), nullable=False),
        sa.Column("icb_code", sa.String(9), nullable=False),
        sa.Column("icb_name", sa.String(200), nullable=True),
        sa.Column("sub_icb_code", sa.String(9), nullable=False),
        sa.Column("sub_icb_name", sa.String(200), nullable=True),
        sa.Column("postcodes", sa.Integer(), nullable=False),
        sa.Column("icb_share", sa.Float(), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("loaded_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("district", name="pk_postcode_district_area"),
    )


def downgrade() -> None:
    op.drop_table("postcode_district_area")
