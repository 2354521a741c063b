"""participation.respondent_ref: each organisation's own reference for a respondent

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-06

respondent_ref was the first 12 characters of the pseudonym, which is the same for a
person in every organisation, so two organisations could join their exports and BI
views on one person. It is now a hash of the organisation and the pseudonym
(bot.trust.identity.respondent_ref), kept with each participation: written when it is
made, backfilled here for those already held. answers_flat and participation_summary
show it, in the same column as before.

On SQLite the column is added NOT NULL with an empty default rather than made NOT
NULL afterwards: that would rebuild the participation table, and with foreign keys on,
dropping the old table deletes every answer (ON DELETE CASCADE) and its triggers
(0013). The application always writes the reference (the model has no default).

On PostgreSQL the views are replaced in place (CREATE OR REPLACE), since an
organisation's BI schema holds views over them (bot.reporting.bi_access) that a DROP
would refuse; so the column keeps the type it had (text).

During a rolling upgrade (deploy/: the migrate job runs while the old pods still
serve, for minutes) the old code inserts participations without a respondent_ref. On
PostgreSQL a BEFORE INSERT trigger (participation_respondent_ref) fills a missing or
empty one with the same hash, computed in SQL, so consent does not fail the NOT NULL
for the whole rollout; the new code always writes it, so the trigger then does
nothing. SQLite has no trigger: it is served by one process, stopped to upgrade, so
old code never runs against the migrated schema.
"""
import hashlib
from typing import Dict

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None

BATCH = 1000
PARTICIPATION = sa.table("participation", sa.column("id", sa.Integer()),
                         sa.column("respondent_id", sa.Integer()),
                         sa.column("consultation_id", sa.Integer()),
                         sa.column("respondent_ref", sa.String(12)))
RESPONDENT = sa.table("respondent", sa.column("id", sa.Integer()),
                      sa.column("pseudonym", sa.String(64)))
CONSULTATION = sa.table("consultation", sa.column("id", sa.Integer()),
                        sa.column("organisation_id", sa.Integer()))


def respondent_ref(pseudonym: str, organisation_id: int) -> str:
    """bot.trust.identity.respondent_ref as it was when this ran (a migration keeps its
    own copy: it must backfill what it backfilled, whatever the code becomes)."""
    message = f"respondent-ref:{int(organisation_id)}:{pseudonym}".encode()
    return hashlib.sha256(message).hexdigest()[:12]


def views(respondent_ref: str, respondents: str) -> Dict[str, str]:
    """The two views' SELECTs (as 0009 made them), with the respondent_ref given."""
    answers = f"""SELECT c.code AS consultation_code,
       c.title AS consultation_title,
       q.key AS question_key,
       q.position AS question_position,
       q.type AS question_type,
       q.text AS question_text,
       p.id AS participation_id,
       {respondent_ref} AS respondent_ref,
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
       p.completed_at AS completed_at,
       c.organisation_id AS organisation_id,
       o.name AS organisation
FROM answer a
JOIN participation p ON p.id = a.participation_id
{respondents}JOIN question q ON q.id = a.question_id
JOIN consultation c ON c.id = p.consultation_id
JOIN organisation o ON o.id = c.organisation_id"""
    summary = f"""SELECT c.code AS consultation_code,
       c.title AS consultation_title,
       p.id AS participation_id,
       {respondent_ref} AS respondent_ref,
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
{respondents}JOIN consultation c ON c.id = p.consultation_id
JOIN organisation o ON o.id = c.organisation_id"""
    return {"answers_flat": answers, "participation_summary": summary}


PER_ORGANISATION = views("CAST(p.respondent_ref AS TEXT)", "")
SERVICE_WIDE = views("substr(r.pseudonym, 1, 12)", "JOIN respondent r ON r.id = p.respondent_id\n")


def _create_views(selects: Dict[str, str]) -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, select in selects.items():
        if not postgres:
            op.execute(f"DROP VIEW {name}")
        op.execute(f"CREATE {'OR REPLACE ' if postgres else ''}VIEW {name} AS\n{select}")


# bot.trust.identity.respondent_ref in SQL, for the old code's inserts (see above).
TRIGGER = "participation_respondent_ref"
FILL_REF = f"""CREATE FUNCTION {TRIGGER}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NEW.respondent_ref IS NULL OR NEW.respondent_ref = '' THEN
    SELECT substr(encode(sha256(convert_to(
             'respondent-ref:' || c.organisation_id || ':' || r.pseudonym, 'UTF8')),
           'hex'), 1, 12)
      INTO NEW.respondent_ref
      FROM respondent r, consultation c
     WHERE r.id = NEW.respondent_id AND c.id = NEW.consultation_id;
  END IF;
  RETURN NEW;
END $$"""


def _backfill() -> None:
    bind = op.get_bind()
    last = 0
    while True:
        rows = bind.execute(
            sa.select(PARTICIPATION.c.id, RESPONDENT.c.pseudonym, CONSULTATION.c.organisation_id)
            .join(RESPONDENT, RESPONDENT.c.id == PARTICIPATION.c.respondent_id)
            .join(CONSULTATION, CONSULTATION.c.id == PARTICIPATION.c.consultation_id)
            .where(PARTICIPATION.c.id > last).order_by(PARTICIPATION.c.id).limit(BATCH)).all()
        if not rows:
            return
        refs = {row.id: respondent_ref(row.pseudonym, row.organisation_id) for row in rows}
        # One statement a batch (an executemany of UPDATEs is a round trip a row).
        bind.execute(sa.update(PARTICIPATION).where(PARTICIPATION.c.id.in_(list(refs)))
                     .values(respondent_ref=sa.case(refs, value=PARTICIPATION.c.id)))
        last = rows[-1].id


def upgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    # SQLite: NOT NULL at once, the rows already there empty until backfilled (see above).
    op.add_column("participation", sa.Column("respondent_ref", sa.String(12)) if postgres else
                  sa.Column("respondent_ref", sa.String(12), nullable=False, server_default=""))
    _backfill()
    if postgres:
        op.alter_column("participation", "respondent_ref", existing_type=sa.String(12),
                        nullable=False)
        op.execute(FILL_REF)
        op.execute(f"CREATE TRIGGER {TRIGGER} BEFORE INSERT ON participation FOR EACH ROW "
                   f"EXECUTE FUNCTION {TRIGGER}()")
    op.create_index("ix_participation_respondent_ref", "participation", ["respondent_ref"])
    _create_views(PER_ORGANISATION)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        # Before the column goes: plpgsql does not record that it reads it.
        op.execute(f"DROP TRIGGER {TRIGGER} ON participation")
        op.execute(f"DROP FUNCTION {TRIGGER}()")
    _create_views(SERVICE_WIDE)
    op.drop_index("ix_participation_respondent_ref", "participation")
    # Not in batch mode: SQLite (3.35+) drops the column itself (see 0012).
    op.drop_column("participation", "respondent_ref")
