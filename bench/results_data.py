"""Realistic answers in bulk for the results benchmark: 20 consultations of every
question type, skewed choices, ages, areas (150 postcode districts, Zipf) and channels."""

from __future__ import annotations

import hashlib
import random
from datetime import datetime, timedelta, timezone
from typing import Any, Dict, List

from sqlalchemy import insert, select
from sqlalchemy.engine import Engine

from bot.commissioner import accounts
from bot.config import PROJECT_ROOT
from bot.db.models import Answer, Participation, QuestionRow, Respondent
from bot.db.session import make_session_factory, unit_of_work
from bot.scripts import store
from bot.scripts.script import load_script
from bot.trust.identity import respondent_ref

SCRIPT = (PROJECT_ROOT / "tests" / "data" / "test-consultation.yml").read_text()
AREAS = [f"{a}{n}" for a in ("LS", "BD", "WF", "HX", "HD", "YO") for n in range(1, 26)]
AGES = (("13-15", 8), ("16-17", 22), ("18-24", 50), ("25-34", 15), (None, 5))
CHANNELS = (("rest", 50), ("twilio", 35), ("telegram", 15))
STATUSES = (("completed", 80), ("started", 10), ("withdrawn", 5), ("expired", 5))
ORGANISATION = "NHS Bench ICB"
BATCH = 20_000


def pick(rng: random.Random, weighted: Any) -> Any:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


def _value(rng: random.Random, kind: str, options: List[str]) -> Dict[str, Any]:
    if kind == "yes_no":
        return {"value_text": pick(rng, (("Yes", 65), ("No", 35)))}
    if kind in ("single_choice", "fft"):
        weights = [max(1, 40 // (i + 1)) for i in range(len(options))]
        return {"value_text": rng.choices(options, weights=weights)[0]}
    if kind == "multi_choice":
        return {"value_choices": rng.sample(options, rng.randint(1, 2))}
    if kind == "scale":
        return {"value_number": float(pick(rng, ((1, 5), (2, 10), (3, 25), (4, 40), (5, 20))))}
    if kind == "number":
        return {"value_number": float(min(60, int(rng.expovariate(0.2))))}
    return {"value_text": rng.choice(["quick and kind", "long wait", "=SUM(A1)", "ok"])}


def generate(engine: Engine, answers: int, seed: int = 2026) -> str:
    """Fill the database; returns the code of the largest consultation."""
    rng = random.Random(seed)
    factory = make_session_factory(engine)
    with unit_of_work(factory) as db:
        organisation = accounts.organisation_named(db, ORGANISATION)
        organisation_id = organisation.id
        consultations = []
        for n in range(20):
            text = SCRIPT.replace("code: TEST1", f"code: BENCH{n:02d}")
            saved = store.save_script(db, load_script(text), text, organisation=organisation,
                                      status="live")
            rows = db.scalars(select(QuestionRow).where(QuestionRow.consultation_id == saved.id)
                              .order_by(QuestionRow.position))
            consultations.append((saved.id, [(q.id, q.key, q.type, list(q.options))
                                             for q in rows]))
    weights = [1 / (i + 1) for i in range(20)]  # the first consultation is the largest
    start = datetime(2026, 9, 1, tzinfo=timezone.utc)
    written, person = 0, 0
    with engine.begin() as connection:
        while written < answers:
            respondents, participations, rows = [], [], []
            for _ in range(BATCH // 7):
                person += 1
                consultation_id, questions = rng.choices(consultations, weights=weights)[0]
                status = pick(rng, STATUSES)
                reached = len(questions) if status == "completed" else rng.randint(0, len(questions))
                began = start + timedelta(minutes=rng.randint(0, 60 * 24 * 90))
                who = hashlib.sha256(str(person).encode()).hexdigest()
                respondents.append({"id": person, "pseudonym": who, "created_at": began})
                participations.append({
                    "id": person, "consultation_id": consultation_id, "respondent_id": person,
                    "respondent_ref": respondent_ref(who, organisation_id),
                    "channel": pick(rng, CHANNELS), "status": status,
                    "age_band": pick(rng, AGES),
                    "area": AREAS[min(int(rng.paretovariate(1.2)) - 1, len(AREAS) - 1)],
                    "consented_at": began, "notice_version": "2026-11",
                    "last_step": questions[reached - 1][1] if reached else "_area",
                    "started_at": began, "updated_at": began,
                    "completed_at": began + timedelta(minutes=4) if status == "completed"
                    else None})
                for question_id, _key, kind, options in questions[:reached]:
                    skipped = rng.random() < 0.04
                    rows.append({"participation_id": person, "question_id": question_id,
                                 "status": "skipped" if skipped else "answered",
                                 "attempts": 2 if rng.random() < 0.06 else 1,
                                 "answered_at": began, "value_text": None,
                                 "value_number": None, "value_choices": None,
                                 **({} if skipped else _value(rng, kind, options))})
            connection.execute(insert(Respondent), respondents)
            connection.execute(insert(Participation), participations)
            connection.execute(insert(Answer), rows)
            written += len(rows)
    return "BENCH00"
