"""result_tally: answer counts kept by triggers; indexes for retention and erasure

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-02

Per-question results read every answer of a consultation with a GROUP BY (0.55 s on
SQLite, 0.89 s on PostgreSQL at 279,000 answers). `result_tally` keeps the same
counts, keyed as that GROUP BY was: (consultation, question, channel, age band, area,
answer value) -> answers. Database triggers keep it, in the transaction that writes
the answer, whatever writes it (the engine, erasure, retention, a hand-made DELETE),
so the engine is unchanged and the counts cannot drift from the answers.

The value key: "" for free text (never its words), "c" + the JSON list for multiple
choice, "n" + the number, "t" + the text otherwise (`bot.reporting.tallies` reads it).
A row that falls to 0 is deleted, so an erased answer leaves no trace here.

Also indexes on participation.respondent_id and conversation.participation_id
(deleting a respondent or a participation scanned those tables without them), and one
that covers the GROUP BYs of a consultation's participations (the consultation list,
participation breakdowns).
"""
from typing import List, Tuple

import sqlalchemy as sa
from alembic import op

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None

COLUMNS = ("consultation_id", "question_id", "channel", "age_band", "area", "value")
KEY = ", ".join(COLUMNS)
Source = Tuple[str, str]  # FROM … JOIN …, WHERE …


def key_of(a: str) -> List[str]:
    """The tally key of answer `a` (a table alias, or NEW / OLD) of participation p,
    question q."""
    value = f"""CASE WHEN q.type = 'free_text' THEN ''
        WHEN q.type = 'multi_choice' THEN 'c' || COALESCE(CAST({a}.value_choices AS TEXT), '')
        WHEN {a}.value_number IS NOT NULL THEN 'n' || CAST({a}.value_number AS TEXT)
        ELSE 't' || COALESCE({a}.value_text, '') END"""
    return ["p.consultation_id", f"{a}.question_id", "p.channel", "COALESCE(p.age_band, '')",
            "COALESCE(p.area, '')", value]


def answers(where: str) -> Source:
    """The answered answers matching `where` (a set: participation's, question's, all)."""
    return ("FROM answer a JOIN participation p ON p.id = a.participation_id "
            "JOIN question q ON q.id = a.question_id", f"a.status = 'answered' AND {where}")


def answer(row: str) -> Source:
    """One answer, the row a trigger fires for (NEW or OLD), if answered."""
    return (f"FROM participation p JOIN question q ON q.id = {row}.question_id",
            f"p.id = {row}.participation_id AND {row}.status = 'answered'")


def added(key: List[str], source: Source, sign: str = "") -> str:
    """Count (or with sign "-", take away) the answers `source` gives, keyed by `key`."""
    joins, where = source
    keyed = ", ".join(key)
    selected = (f"SELECT {keyed}, {sign}COUNT(*) {joins} WHERE {where} GROUP BY {keyed}"
                if joins.startswith("FROM answer ") else
                f"SELECT {keyed}, {sign}1 {joins} WHERE {where}")
    return (f"INSERT INTO result_tally ({KEY}, n) {selected}\n"
            f"ON CONFLICT ({KEY}) DO UPDATE SET n = result_tally.n + excluded.n;\n")


def taken(key: List[str], source: Source) -> str:
    """Take them away; a count that falls to 0 goes, found by its whole key (so by the
    unique index; `n` is in no index, so PostgreSQL can rewrite a count in place)."""
    joins, where = source
    match = " AND ".join(f"t.{column} = {part}" for column, part in zip(COLUMNS, key, strict=True))
    return added(key, source, "-") + (
        f"DELETE FROM result_tally WHERE id IN (SELECT t.id {joins} "
        f"JOIN result_tally t ON {match} WHERE {where} AND t.n = 0);\n")


ANSWER_CHANGED = ("OLD.status <> NEW.status OR OLD.question_id <> NEW.question_id"
                  " OR OLD.participation_id <> NEW.participation_id"
                  " OR COALESCE(OLD.value_text, '') <> COALESCE(NEW.value_text, '')"
                  " OR COALESCE(OLD.value_number, -1.5e300) <> COALESCE(NEW.value_number, -1.5e300)"
                  " OR COALESCE(CAST(OLD.value_choices AS TEXT), '')"
                  " <> COALESCE(CAST(NEW.value_choices AS TEXT), '')")
PROFILE_CHANGED = ("OLD.consultation_id <> NEW.consultation_id OR OLD.channel <> NEW.channel"
                   " OR COALESCE(OLD.age_band, '') <> COALESCE(NEW.age_band, '')"
                   " OR COALESCE(OLD.area, '') <> COALESCE(NEW.area, '')")
A = key_of("a")
# (name, table, BEFORE/AFTER, event, WHEN (SQLite and PostgreSQL), body). A turn's
# answer costs one upsert; a change to many answers is taken away before it, added after.
TRIGGERS = [
    ("tally_answer_added", "answer", "AFTER", "INSERT", "NEW.status = 'answered'",
     added(key_of("NEW"), answer("NEW"))),
    ("tally_answer_removed", "answer", "AFTER", "DELETE", "OLD.status = 'answered'",
     taken(key_of("OLD"), answer("OLD"))),
    ("tally_answer_changed", "answer", "AFTER", "UPDATE", ANSWER_CHANGED,
     taken(key_of("OLD"), answer("OLD")) + added(key_of("NEW"), answer("NEW"))),
    ("tally_profile_changing", "participation", "BEFORE", "UPDATE", PROFILE_CHANGED,
     taken(A, answers("a.participation_id = OLD.id"))),
    ("tally_profile_changed", "participation", "AFTER", "UPDATE", PROFILE_CHANGED,
     added(A, answers("a.participation_id = NEW.id"))),
    # Its answers go first, while the participation still says whose they were (a
    # cascade would delete them after it, when the answer trigger could not tell).
    ("tally_participation_removed", "participation", "BEFORE", "DELETE", "1 = 1",
     "DELETE FROM answer WHERE participation_id = OLD.id;"),
    ("tally_type_changing", "question", "BEFORE", "UPDATE", "OLD.type <> NEW.type",
     taken(A, answers("a.question_id = OLD.id"))),
    ("tally_type_changed", "question", "AFTER", "UPDATE", "OLD.type <> NEW.type",
     added(A, answers("a.question_id = NEW.id"))),
]


def upgrade() -> None:
    op.create_table(
        "result_tally",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("consultation_id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("channel", sa.String(20), nullable=False),
        sa.Column("age_band", sa.String(20), nullable=False),
        sa.Column("area", sa.String(4), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("n", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name="pk_result_tally"),
        sa.UniqueConstraint("consultation_id", "question_id", "channel", "age_band", "area",
                            "value", name="uq_result_tally_consultation_id"),
    )
    op.create_index("ix_participation_respondent_id", "participation", ["respondent_id"])
    op.create_index("ix_participation_results", "participation",
                    ["consultation_id", "channel", "age_band", "area", "status"])
    op.create_index("ix_conversation_participation_id", "conversation", ["participation_id"])
    postgres = op.get_bind().dialect.name == "postgresql"
    if postgres:  # room on each page to rewrite a count in place (a HOT update)
        op.execute("ALTER TABLE result_tally SET (fillfactor = 70)")
    for name, table, when, event, condition, body in TRIGGERS:
        if postgres:
            returned = "OLD" if when == "BEFORE" and event == "DELETE" else "NEW"
            op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$\n"
                       f"BEGIN\n{body}\nRETURN {returned};\nEND $$")
            op.execute(f"CREATE TRIGGER {name} {when} {event} ON {table} FOR EACH ROW "
                       f"WHEN ({condition}) EXECUTE FUNCTION {name}()")
        else:
            op.execute(f"CREATE TRIGGER {name} {when} {event} ON {table} FOR EACH ROW "
                       f"WHEN {condition} BEGIN\n{body}\nEND")
    op.execute(added(A, answers("1 = 1")))  # the answers already there


def downgrade() -> None:
    postgres = op.get_bind().dialect.name == "postgresql"
    for name, table, *_ in reversed(TRIGGERS):
        op.execute(f"DROP TRIGGER {name} ON {table}" if postgres else f"DROP TRIGGER {name}")
        if postgres:
            op.execute(f"DROP FUNCTION {name}()")
    op.drop_index("ix_conversation_participation_id", "conversation")
    op.drop_index("ix_participation_results", "participation")
    op.drop_index("ix_participation_respondent_id", "participation")
    op.drop_table("result_tally")
