"""Searching what people wrote finds the same answers on SQLite and PostgreSQL, whatever
the case of letters beyond A-Z (SQLite's own lower() changes only A-Z)."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from sqlalchemy import select

from bot.db.models import Answer, Participation, QuestionRow
from bot.db.repository import respondent_for
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.reporting.comments import comments
from bot.scripts import store
from bot.scripts.script import load_script
from bot.trust.identity import respondent_ref
from tests.conftest import PROJECT_ROOT

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()
WRITTEN = ["ZOË at the CAFÉ was kind", "Łukasz on reception explained everything",
           "ÉCOLE nurse was great", "the wait was too long"]


@pytest.mark.parametrize("search, found", [
    ("zoë", [WRITTEN[0]]), ("café", [WRITTEN[0]]), ("CAFÉ", [WRITTEN[0]]),
    ("łukasz", [WRITTEN[1]]), ("École", [WRITTEN[2]]), ("WAIT", [WRITTEN[3]]),
])
def test_a_search_finds_words_whatever_their_case(database_url: str, search: str,
                                                  found: list) -> None:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    now = datetime(2026, 9, 1, 12, tzinfo=timezone.utc)
    with unit_of_work(factory) as db:
        consultation = store.save_script(db, load_script(SCRIPT), SCRIPT)
        why = db.scalar(select(QuestionRow.id).where(QuestionRow.consultation_id == consultation.id,
                                                     QuestionRow.type == "free_text"))
        for n, words in enumerate(WRITTEN):
            taking_part = Participation(consultation_id=consultation.id,
                                        respondent_id=respondent_for(db, f"{n:064d}").id,
                                        channel="rest", consented_at=now,
                                        notice_version="2026-11", started_at=now,
                                        respondent_ref=respondent_ref(
                                            f"{n:064d}", consultation.organisation_id))
            db.add(taking_part)
            db.flush()
            db.add(Answer(participation_id=taking_part.id, question_id=why, status="answered",
                          value_text=words))
        organisation = consultation.organisation_id
    with unit_of_work(factory) as db:
        page = comments(db, organisation, consultation.id, search)
    engine.dispose()
    assert [c["text"] for c in page["comments"]] == found
    assert page["total"] == len(found)
