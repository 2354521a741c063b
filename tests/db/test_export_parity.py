"""The answers export (`bot export`, the app's CSV, the BI view's order) is the same file
on SQLite and on PostgreSQL for the same answers: the same rows in the same order, and
times written the same way."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timezone

from sqlalchemy import select

from bot.cli.commands import _write_export
from bot.db.models import Answer, Participation, QuestionRow
from bot.db.repository import respondent_for
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.scripts import store
from bot.scripts.script import load_script
from bot.trust.identity import respondent_ref
from tests.conftest import PROJECT_ROOT

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()
# Version 2 drops the wait question: its answers stay, and are still exported.
DROPPED = SCRIPT.replace("""  - id: wait_days
    type: number
    text: How many days did you wait?
    min: 0
    max: 60
""", "")


def exported(url: str) -> str:
    engine = make_engine(url)
    factory = make_session_factory(engine)
    at = datetime(2026, 9, 1, 10, 15, 30, 250000, tzinfo=timezone.utc)
    with unit_of_work(factory) as db:
        consultation = store.save_script(db, load_script(SCRIPT), SCRIPT)
        rows = {key: qid for key, qid in db.execute(
            select(QuestionRow.key, QuestionRow.id)
            .where(QuestionRow.consultation_id == consultation.id))}
        for n in range(2):
            taking_part = Participation(consultation_id=consultation.id,
                                        respondent_id=respondent_for(db, f"{n:064d}").id,
                                        channel="sms", consented_at=at, notice_version="2026-11",
                                        started_at=at, status="completed", completed_at=at,
                                        respondent_ref=respondent_ref(
                                            f"{n:064d}", consultation.organisation_id))
            db.add(taking_part)
            db.flush()
            for key, text, number in (("used_service", "Yes", None), ("ease", "4", 4.0),
                                      ("wait_days", "12", 12.0)):
                db.add(Answer(participation_id=taking_part.id, question_id=rows[key],
                              status="answered", value_text=text, value_number=number,
                              answered_at=at))
    with unit_of_work(factory) as db:
        store.save_script(db, load_script(DROPPED), DROPPED)
    out = io.StringIO()
    with unit_of_work(factory) as db:
        _write_export(db, "TEST1", out)
    engine.dispose()
    return out.getvalue()


def test_the_export_is_the_same_file_on_both_databases(sqlite_url: str,
                                                       postgres_url: str) -> None:
    on_sqlite, on_postgres = exported(sqlite_url), exported(postgres_url)
    assert on_sqlite.splitlines() == on_postgres.splitlines()
    lines = on_sqlite.splitlines()
    # each person's answers in the order asked, a dropped question's last
    assert [line.split(",")[2] for line in lines[1:4]] == ["used_service", "ease", "wait_days"]
    assert lines[1].endswith(",2026-09-01 10:15:30,2026-09-01 10:15:30,2026-09-01 10:15:30")


def test_the_export_s_times_say_they_are_utc(sqlite_url: str) -> None:
    """Opened in a spreadsheet, a time's heading says its zone: 10:15:30 UTC is 11:15:30 in
    the UK on 1 September (BST), so a bare "answered_at" would be read an hour wrong."""
    rows = list(csv.DictReader(io.StringIO(exported(sqlite_url))))
    header = list(rows[0])
    assert header[-3:] == ["answered_at_utc", "started_at_utc", "completed_at_utc"]
    assert not {"answered_at", "started_at", "completed_at"} & set(header)
    assert {rows[0][name] for name in header[-3:]} == {"2026-09-01 10:15:30"}
