"""A consultation's first and last days are UK days (docs/scripts.md): one closing on
31 July takes answers until midnight at the end of 31 July in the UK (BST in summer),
and none after; one opening on 1 July takes them from midnight UK time."""

from __future__ import annotations

from datetime import date, datetime, timezone

import pytest

from bot.commissioner.guard import Principal
from bot.commissioner.launching import _set_status
from bot.db.repository import consultation_by_code, is_open
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.reporting import publication
from bot.reporting.findings import consultation_info
from bot.scripts import store
from bot.scripts.script import load_script
from tests.conftest import PROJECT_ROOT

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()


def utc(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=timezone.utc)


# (opens, closes, a moment (UTC), open then?)
CASES = [
    ("2026-07-01", "2026-07-31", utc(2026, 7, 31, 22, 59), True),   # 23:59 BST on the last day
    ("2026-07-01", "2026-07-31", utc(2026, 7, 31, 23, 30), False),  # 00:30 BST on 1 August
    ("2026-07-01", "2026-07-31", utc(2026, 6, 30, 23, 30), True),   # 00:30 BST on the first day
    ("2026-07-01", "2026-07-31", utc(2026, 6, 30, 22, 30), False),  # 23:30 BST the day before
    ("2026-11-01", "2026-12-31", utc(2026, 12, 31, 23, 59), True),  # GMT: UTC days
    ("2026-11-01", "2026-12-31", utc(2027, 1, 1, 0, 0, 1), False),
    ("2026-03-01", "2026-03-29", utc(2026, 3, 29, 22, 59), True),   # the clocks went forward
    ("2026-03-01", "2026-03-29", utc(2026, 3, 29, 23, 0, 1), False),
]


@pytest.mark.parametrize("opens, closes, moment, open_then", CASES)
def test_a_consultation_is_open_on_its_uk_days(database_url: str, opens: str, closes: str,
                                                moment: datetime, open_then: bool) -> None:
    script = SCRIPT.replace("status: live", f"status: live\nopens: {opens}\ncloses: {closes}")
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        store.save_script(db, load_script(script), script)
    with unit_of_work(factory) as db:  # as read back from the database
        consultation = consultation_by_code(db, "TEST1")
        assert is_open(consultation, moment) is open_then
        info = consultation_info(consultation)
    engine.dispose()
    assert (info["opens"], info["closes"]) == (opens, closes)


def test_dates_set_at_launch_are_uk_days_too(database_url: str) -> None:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        saved = store.save_script(db, load_script(SCRIPT), SCRIPT)
        who = Principal(1, "author@example.nhs.uk", "author", saved.organisation_id,
                        "NHS Test ICB", 8)
    with unit_of_work(factory) as db:
        assert _set_status(db, who, "TEST1", "live", date(2026, 7, 1), date(2026, 7, 31))
    with unit_of_work(factory) as db:
        consultation = consultation_by_code(db, "TEST1")
        info = consultation_info(consultation)
        late = [is_open(consultation, m) for m in (utc(2026, 6, 30, 23, 30),
                                                  utc(2026, 7, 31, 22, 59),
                                                  utc(2026, 7, 31, 23, 30))]
    engine.dispose()
    assert (info["opens"], info["closes"]) == ("2026-07-01", "2026-07-31")
    assert late == [True, True, False]


def test_findings_published_just_after_midnight_bst_are_dated_that_day(
        database_url: str) -> None:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        consultation = store.save_script(db, load_script(SCRIPT), SCRIPT, status="closed")
        found = publication.publish(db, consultation.organisation_id, "TEST1",
                                    "We opened on Saturdays.", 8, "author@example.nhs.uk")
        assert found is not None
        found.published_at = utc(2026, 7, 31, 23, 30)  # 00:30 BST on 1 August
    with unit_of_work(factory) as db:
        shown = publication.published(db, "TEST1")
    engine.dispose()
    assert shown is not None and shown["published_at"] == "1 August 2026"
