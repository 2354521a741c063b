"""views for BI tools: answers_flat gains the organisation; participation_summary

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02
"""
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

COLUMNS = """c.code AS consultation_code,
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
       p.completed_at AS completed_at"""
JOINS = """FROM answer a
JOIN participation p ON p.id = a.participation_id
JOIN respondent r ON r.id = p.respondent_id
JOIN question q ON q.id = a.question_id
JOIN consultation c ON c.id = p.consultation_id"""
# New columns go last, so queries written against the old view keep working.
ANSWERS_FLAT = f"""CREATE VIEW answers_flat AS
SELECT {COLUMNS},
       c.organisation_id AS organisation_id,
       o.name AS organisation
{JOINS}
JOIN organisation o ON o.id = c.organisation_id"""
PARTICIPATION_SUMMARY = """CREATE VIEW participation_summary AS
SELECT c.code AS consultation_code,
       c.title AS consultation_title,
       p.id AS participation_id,
       substr(r.pseudonym, 1, 12) AS respondent_ref,
       p.channel AS channel,
       p.age_band AS age_band,
       p.area AS area,
       p.status AS status,
       p.last_step AS last_step,
       (SELECT count(*) FROM answer a WHERE a.participation_id = p.id
          AND a.status = 'answered') AS answered,
       (SELECT count(*) FROM answer a WHERE a.participation_id = p.id
          AND a.status = 'skipped') AS skipped,
       (SELECT count(*) FROM answer a WHERE a.participation_id = p.id
          AND a.attempts > 1) AS reasked,
       p.started_at AS started_at,
       p.completed_at AS completed_at,
       c.organisation_id AS organisation_id,
       o.name AS organisation
FROM participation p
JOIN respondent r ON r.id = p.respondent_id
JOIN consultation c ON c.id = p.consultation_id
JOIN organisation o ON o.id = c.organisation_id"""


def upgrade() -> None:
    op.execute("DROP VIEW answers_flat")
    op.execute(ANSWERS_FLAT)
    op.execute(PARTICIPATION_SUMMARY)


def downgrade() -> None:
    op.execute("DROP VIEW participation_summary")
    op.execute("DROP VIEW answers_flat")
    op.execute(f"CREATE VIEW answers_flat AS\nSELECT {COLUMNS}\n{JOINS}")
