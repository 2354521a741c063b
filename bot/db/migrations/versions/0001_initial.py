"""initial schema and the answers_flat view

Revision ID: 0001
Revises:
Create Date: 2026-11-30
"""
import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)

ANSWERS_FLAT = """
CREATE VIEW answers_flat AS
SELECT c.code AS consultation_code,
       c.title AS consultation_title,
       q.key AS question_key,
       q.position AS question_position,
       q.type AS question_type,
       q.text AS question_text,
       p.id AS participation_id,
       substr(r.pseudonym, 1, 12) AS respondent_ref,
       p.channel AS channel,
       p.age_band AS age_band,
       p.area AS area,
       p.status AS participation_status,
       a.status AS answer_status,
       a.value_text AS value,
       a.value_number AS value_number,
       a.value_choices AS value_choices,
       a.attempts AS attempts,
       a.answered_at AS answered_at,
       p.started_at AS started_at,
       p.completed_at AS completed_at
FROM answer a
JOIN participation p ON p.id = a.participation_id
JOIN respondent r ON r.id = p.respondent_id
JOIN question q ON q.id = a.question_id
JOIN consultation c ON c.id = p.consultation_id
"""


def upgrade() -> None:
    op.create_table(
        "organisation",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.String(200), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_organisation"),
        sa.UniqueConstraint("name", name="uq_organisation_name"),
    )
    op.create_table(
        "consultation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("organisation_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(12), nullable=False),
        sa.Column("title", sa.String(300), nullable=False),
        sa.Column("status", sa.String(10), nullable=False),
        sa.Column("opens_on", TZ),
        sa.Column("closes_on", TZ),
        sa.Column("min_age", sa.Integer(), nullable=False),
        sa.Column("script_yaml", sa.Text(), nullable=False),
        sa.Column("version_hash", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_consultation"),
        sa.UniqueConstraint("code", name="uq_consultation_code"),
        sa.ForeignKeyConstraint(
            ["organisation_id"], ["organisation.id"],
            name="fk_consultation_organisation_id_organisation",
        ),
    )
    op.create_table(
        "question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("key", sa.String(40), nullable=False),
        sa.Column("position", sa.Integer()),
        sa.Column("type", sa.String(20), nullable=False),
        sa.Column("text", sa.String(300), nullable=False),
        sa.Column("options", sa.JSON(), nullable=False),
        sa.Column("optional", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_question"),
        sa.UniqueConstraint("consultation_id", "key", name="uq_question_consultation_id"),
        sa.ForeignKeyConstraint(
            ["consultation_id"], ["consultation.id"],
            name="fk_question_consultation_id_consultation",
        ),
    )
    op.create_table(
        "respondent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_respondent"),
        sa.UniqueConstraint("pseudonym", name="uq_respondent_pseudonym"),
    )
    _participation_and_answer()
    _opt_out_and_audit()
    op.execute(ANSWERS_FLAT)


def _participation_and_answer() -> None:
    op.create_table(
        "participation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("respondent_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("age_band", sa.String(20)),
        sa.Column("area", sa.String(4)),
        sa.Column("consented_at", TZ, nullable=False),
        sa.Column("notice_version", sa.String(20), nullable=False),
        sa.Column("last_step", sa.String(40)),
        sa.Column("started_at", TZ, nullable=False),
        sa.Column("updated_at", TZ, nullable=False),
        sa.Column("completed_at", TZ),
        sa.PrimaryKeyConstraint("id", name="pk_participation"),
        sa.ForeignKeyConstraint(
            ["consultation_id"], ["consultation.id"],
            name="fk_participation_consultation_id_consultation",
        ),
        sa.ForeignKeyConstraint(
            ["respondent_id"], ["respondent.id"], ondelete="CASCADE",
            name="fk_participation_respondent_id_respondent",
        ),
    )
    op.create_index(
        "ix_participation_lookup", "participation", ["consultation_id", "respondent_id"]
    )
    op.create_table(
        "answer",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("participation_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(12), nullable=False),
        sa.Column("value_text", sa.Text()),
        sa.Column("value_number", sa.Float()),
        sa.Column("value_choices", sa.JSON()),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("answered_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_answer"),
        sa.UniqueConstraint(
            "participation_id", "question_id", name="uq_answer_participation_id"
        ),
        sa.ForeignKeyConstraint(
            ["participation_id"], ["participation.id"], ondelete="CASCADE",
            name="fk_answer_participation_id_participation",
        ),
        sa.ForeignKeyConstraint(
            ["question_id"], ["question.id"], name="fk_answer_question_id_question"
        ),
    )


def _opt_out_and_audit() -> None:
    op.create_table(
        "opt_out",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pseudonym", sa.String(64), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_opt_out"),
        sa.UniqueConstraint("pseudonym", name="uq_opt_out_pseudonym"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("actor", sa.String(100), nullable=False),
        sa.Column("action", sa.String(50), nullable=False),
        sa.Column("detail", sa.Text(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_audit_log"),
    )


def downgrade() -> None:
    op.execute("DROP VIEW IF EXISTS answers_flat")
    for table in ("audit_log", "opt_out", "answer", "participation", "respondent",
                  "question", "consultation", "organisation"):
        op.drop_table(table)
