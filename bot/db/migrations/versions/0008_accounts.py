"""commissioner accounts: users, API tokens, sign-in sessions; per-organisation threshold

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-02
"""
import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "commissioner_user",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("email", sa.String(254), nullable=False),
        sa.Column("role", sa.String(10), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("failed_sign_ins", sa.Integer(), nullable=False),
        sa.Column("locked_until", TZ),
        sa.Column("disabled", sa.Boolean(), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("last_sign_in_at", TZ),
        sa.PrimaryKeyConstraint("id", name="pk_commissioner_user"),
        sa.UniqueConstraint("email", name="uq_commissioner_user_email"),
        sa.ForeignKeyConstraint(["organisation_id"], ["organisation.id"],
                                name="fk_commissioner_user_organisation_id_organisation"),
    )
    for table in ("api_token", "web_session"):
        op.create_table(
            table,
            sa.Column("id", sa.Integer(), nullable=False),
            sa.Column("user_id", sa.Integer(), nullable=False),
            sa.Column("token_hash", sa.String(64), nullable=False),
            sa.Column("created_at", TZ, nullable=False),
            sa.Column("last_used_at", TZ, nullable=False),
            sa.Column("expires_at", TZ),
            *([sa.Column("name", sa.String(100), nullable=False)] if table == "api_token" else []),
            sa.PrimaryKeyConstraint("id", name=f"pk_{table}"),
            sa.UniqueConstraint("token_hash", name=f"uq_{table}_token_hash"),
            sa.ForeignKeyConstraint(["user_id"], ["commissioner_user.id"], ondelete="CASCADE",
                                    name=f"fk_{table}_user_id_commissioner_user"),
        )
    with op.batch_alter_table("organisation") as batch:
        batch.add_column(sa.Column("suppression_threshold", sa.Integer()))
    with op.batch_alter_table("audit_log") as batch:
        batch.add_column(sa.Column("organisation_id", sa.Integer()))
        batch.create_foreign_key("fk_audit_log_organisation_id_organisation", "organisation",
                                 ["organisation_id"], ["id"])
    op.create_index("ix_audit_log_organisation_id", "audit_log", ["organisation_id"])


def downgrade() -> None:
    op.drop_index("ix_audit_log_organisation_id", "audit_log")
    with op.batch_alter_table("audit_log") as batch:
        batch.drop_constraint("fk_audit_log_organisation_id_organisation", type_="foreignkey")
        batch.drop_column("organisation_id")
    with op.batch_alter_table("organisation") as batch:
        batch.drop_column("suppression_threshold")
    for table in ("web_session", "api_token", "commissioner_user"):
        op.drop_table(table)
