"""The answer counts the database keeps (result_tally, migration 0012) always equal the
counts recomputed from the answers, on SQLite and PostgreSQL, whatever changes them:
new answers and re-answers through the engine, withdrawal, expiry, erasure, retention,
deletions and edits made by hand, a question's type changed, a rolled-back turn."""

from __future__ import annotations

import json
import random
from collections import Counter
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, Tuple

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.orm import Session, sessionmaker

from bot.db import migrate
from bot.db.models import Consultation, Participation, ResultTally
from bot.db.repository import respondent_for
from bot.db.session import make_engine, make_session_factory, unit_of_work
from bot.engine.answers import record_answer
from bot.engine.reply import withdraw
from bot.reporting import tallies
from bot.scripts import store
from bot.scripts.script import load_script
from bot.trust.erasure import apply_retention, erase_respondent
from bot.trust.identity import respondent_ref
from tests.conftest import PROJECT_ROOT

FREE_TEXT = """
  - id: say_more
    type: free_text
    text: Anything else?
    optional: true
"""
SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text() + FREE_TEXT
NOW = datetime(2026, 12, 1, tzinfo=timezone.utc)
VALUES: Dict[str, Any] = {
    "used_service": ["Yes", "No"],
    "where": ["GP surgery", "Walk-in centre", "Pharmacy", "A&E"],
    "ease": [1, 2, 3, 4, 5],
    "contact": [["Text"], ["Email", "App"], ["Phone call", "Text", "App"], []],
    "wait_days": [0, 2.5, 7, 60],
    "fft": ["Very good", "Good", "Poor", "Don't know"],
    "say_more": ["it was fine", "call me on 07700 900123", "long wait"],
}


def consultation(factory: sessionmaker, code: str) -> int:
    with unit_of_work(factory) as db:
        script_text = SCRIPT.replace("code: TEST1", f"code: {code}")
        return int(store.save_script(db, load_script(script_text), script_text).id)


def recounted(db: Session, consultation_id: int) -> Dict[str, Tuple[Counter, Counter]]:
    """What the results should count, worked out answer by answer in Python."""
    rows = db.execute(text(
        "SELECT q.key, q.type, p.channel, p.age_band, p.area, a.value_text, a.value_number, "
        "a.value_choices FROM answer a JOIN participation p ON p.id = a.participation_id "
        "JOIN question q ON q.id = a.question_id "
        "WHERE a.status = 'answered' AND p.consultation_id = :c"), {"c": consultation_id})
    found: Dict[str, Tuple[Counter, Counter]] = {}
    for key, kind, channel, age, area, value_text, number, choices in rows:
        values, people = found.setdefault(key, (Counter(), Counter()))
        profile = (channel, age or tallies.NOT_GIVEN, area or tallies.NOT_GIVEN)
        people[profile] += 1
        if isinstance(choices, str):  # SQLite hands JSON back as text through text()
            choices = json.loads(choices)
        if kind == "free_text":
            given = [""]
        elif kind == "multi_choice":
            given = list(choices or [])
        elif number is not None:
            given = [int(number) if float(number).is_integer() else number]
        else:
            given = [value_text or ""]
        for value in given:
            values[profile + (value,)] += 1
    return found


def assert_kept_equals_recounted(factory: sessionmaker, consultation_ids: Any) -> None:
    with unit_of_work(factory) as db:
        for consultation_id in consultation_ids:
            organisation = db.get(Consultation, consultation_id).organisation_id
            kept = tallies.answer_counts(db, organisation, consultation_id)
            assert kept == recounted(db, consultation_id)
        assert db.scalar(select(func.count()).select_from(ResultTally)
                         .where(ResultTally.n <= 0)) == 0


class World:
    """Random people answering two consultations, and everything that changes answers."""

    def __init__(self, factory: sessionmaker, rng: random.Random) -> None:
        self.factory, self.rng = factory, rng
        self.consultations = [consultation(factory, "TALLY1"), consultation(factory, "TALLY2")]
        self.people = 0

    def populate(self, people: int, answers_each: int) -> None:
        """`people` join, each answering `answers_each` times, a transaction each."""
        for _ in range(people):
            with unit_of_work(self.factory) as db:
                self.join(db)
                for _ in range(answers_each):
                    self.answer(db, self.participations(db)[-1])

    def participations(self, db: Session) -> list:
        return list(db.scalars(select(Participation).order_by(Participation.id)))

    def join(self, db: Session) -> None:
        self.people += 1
        respondent = respondent_for(db, f"{self.people:064d}")
        started = NOW - timedelta(days=self.rng.randint(0, 400))
        taking_part = db.get(Consultation, self.rng.choice(self.consultations))
        db.add(Participation(
            consultation_id=taking_part.id, respondent_id=respondent.id,
            respondent_ref=respondent_ref(respondent.pseudonym, taking_part.organisation_id),
            channel=self.rng.choice(["rest", "twilio", "telegram"]),
            age_band=self.rng.choice(["16-17", "18-24", None]),
            area=self.rng.choice(["LS6", "BD1", None]), consented_at=started,
            notice_version="2026-11", started_at=started))

    def answer(self, db: Session, taking_part: Participation) -> None:
        key = self.rng.choice(sorted(VALUES))
        status = self.rng.choices(["answered", "skipped", "unanswered"], [8, 1, 1])[0]
        record_answer(db, taking_part, key, status, self.rng.choice(VALUES[key]),
                      self.rng.randint(1, 3))

    def step(self) -> None:
        """One transaction of a random kind."""
        with unit_of_work(self.factory) as db:
            everyone = self.participations(db)
            one = self.rng.choice(everyone) if everyone else None
            kind = self.rng.choices(
                ["join", "answer", "withdraw", "expire", "erase", "retention", "delete answer",
                 "delete participation", "move", "retype"], [10, 50, 4, 4, 4, 1, 4, 3, 4, 1])[0]
            if kind == "join" or one is None:
                self.join(db)
            elif kind == "answer":
                for _ in range(self.rng.randint(1, 3)):
                    self.answer(db, one)
            elif kind == "withdraw":
                withdraw(db, one.id)
            elif kind == "expire":  # as the SMS sweep does
                one.status = "expired"
            elif kind == "erase":
                erase_respondent(db, _pseudonym(db, one), "test")
            elif kind == "retention":
                apply_retention(db, self.rng.randint(200, 400), dry_run=False, now=NOW)
            elif kind == "delete answer":
                db.execute(text("DELETE FROM answer WHERE id IN (SELECT MIN(id) FROM answer "
                                "WHERE participation_id = :p)"), {"p": one.id})
            elif kind == "delete participation":
                db.execute(text("DELETE FROM participation WHERE id = :p"), {"p": one.id})
            elif kind == "move":  # a profile corrected by hand
                db.execute(text("UPDATE participation SET area = :a, age_band = :b, "
                                "channel = :c WHERE id = :p"),
                           {"a": self.rng.choice(["HX1", None]), "b": self.rng.choice(
                               ["25-34", None]), "c": "sms", "p": one.id})
            else:  # a newer version of the script asks "where" as free text, or back
                db.execute(text("UPDATE question SET type = CASE type WHEN 'single_choice' "
                                "THEN 'free_text' ELSE 'single_choice' END WHERE key = 'where'"))


def _pseudonym(db: Session, taking_part: Participation) -> str:
    return str(db.scalar(text("SELECT pseudonym FROM respondent WHERE id = :r"),
                         {"r": taking_part.respondent_id}))


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_kept_counts_always_equal_recomputed_ones(database_url: str, seed: int) -> None:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    world = World(factory, random.Random(seed))
    for _ in range(160):
        world.step()
        assert_kept_equals_recounted(factory, world.consultations)
    engine.dispose()


def test_a_rolled_back_turn_counts_nothing(database_url: str) -> None:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    world = World(factory, random.Random(7))
    with unit_of_work(factory) as db:
        world.join(db)
    with pytest.raises(RuntimeError), unit_of_work(factory) as db:
        record_answer(db, world.participations(db)[0], "where", "answered", "Pharmacy", 1)
        raise RuntimeError("the turn failed after storing the answer")
    with unit_of_work(factory) as db:
        assert db.scalar(select(func.count()).select_from(ResultTally)) == 0
    engine.dispose()


def test_erasing_everyone_leaves_no_count_behind(database_url: str) -> None:
    engine = make_engine(database_url)
    factory = make_session_factory(engine)
    world = World(factory, random.Random(11))
    world.populate(40, answers_each=2)
    with unit_of_work(factory) as db:
        assert db.scalar(select(func.count()).select_from(ResultTally)) > 0
        for taking_part in world.participations(db):
            erase_respondent(db, _pseudonym(db, taking_part), "test")
    with unit_of_work(factory) as db:
        assert db.scalar(select(func.count()).select_from(ResultTally)) == 0
    engine.dispose()


def test_the_migration_counts_answers_already_there(database_url: str) -> None:
    migrate.downgrade(database_url, "0012")
    engine = make_engine(database_url)
    # The model writes respondent_ref (0018): the table has it while the world is made.
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE participation ADD COLUMN respondent_ref VARCHAR(12)"))
    factory = make_session_factory(engine)
    world = World(factory, random.Random(5))
    world.populate(30, answers_each=4)
    with engine.begin() as connection:
        connection.execute(text("ALTER TABLE participation DROP COLUMN respondent_ref"))
    engine.dispose()
    migrate.upgrade(database_url)
    engine = make_engine(database_url)
    assert_kept_equals_recounted(make_session_factory(engine), world.consultations)
    engine.dispose()
