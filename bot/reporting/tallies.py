"""Raw counts for one consultation's results, read with GROUP BY (never row by row).

Every function takes the organisation and the consultation: the consultation is
matched on both, so another organisation's consultation id counts nothing.
Small numbers are NOT hidden here; `bot.reporting.tables` does that.
"""

from __future__ import annotations

import json
from collections import Counter
from datetime import date, datetime, timezone
from typing import Any, Dict, List, Tuple

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from bot.db.models import Answer, Consultation, Participation, QuestionRow, ResultTally
from bot.scripts.days import UK

NOT_GIVEN = "Not given"
Profile = Tuple[str, str, str]  # channel, age band, area


def _of_consultation(organisation_id: int, consultation_id: int) -> Any:
    """Participations of this consultation if it is the organisation's (else none).

    A scalar subquery, evaluated once, so the participation index does the rest."""
    owned = (select(Consultation.id).where(Consultation.id == consultation_id,
                                           Consultation.organisation_id == organisation_id)
             .scalar_subquery())
    return Participation.consultation_id == owned


def _profile(channel: Any, age_band: Any, area: Any) -> Profile:
    return (channel or NOT_GIVEN, age_band or NOT_GIVEN, area or NOT_GIVEN)


def participation_counts(session: Session, organisation_id: int,
                         consultation_id: int) -> Counter:
    """(channel, age band, area, status) -> participations."""
    rows = session.execute(
        select(Participation.channel, Participation.age_band, Participation.area,
               Participation.status, func.count())
        .where(_of_consultation(organisation_id, consultation_id))
        .group_by(Participation.channel, Participation.age_band, Participation.area,
                  Participation.status))
    return Counter({(*_profile(c, a, r), status): int(n) for c, a, r, status, n in rows})


def answer_counts(session: Session, organisation_id: int,
                  consultation_id: int) -> Dict[str, Tuple[Counter, Counter]]:
    """question key -> (Counter of (channel, age band, area, value), Counter of (channel,
    age band, area) -> how many answered), for answered questions.

    A multiple choice answer counts once for each option chosen; a number or scale
    answer is keyed by its number; free text by "" (only how many answered). Read from
    the counts the database keeps as answers change (`ResultTally`, migration 0013):
    a few thousand rows, however many answers there are.
    """
    questions = {qid: (key, kind) for qid, key, kind in session.execute(
        select(QuestionRow.id, QuestionRow.key, QuestionRow.type)
        .join(Consultation, Consultation.id == QuestionRow.consultation_id)
        .where(Consultation.id == consultation_id,
               Consultation.organisation_id == organisation_id))}
    rows = session.execute(
        select(ResultTally.question_id, ResultTally.channel, ResultTally.age_band,
               ResultTally.area, ResultTally.value, ResultTally.n)
        .where(ResultTally.consultation_id == consultation_id, ResultTally.n > 0)
    ) if questions else []
    found: Dict[str, Tuple[Counter, Counter]] = {}
    for question_id, channel, age, area, value, n in rows:
        if question_id not in questions:
            continue
        key, kind = questions[question_id]
        values, people = found.setdefault(key, (Counter(), Counter()))
        profile = _profile(channel, age, area)
        people[profile] += int(n)
        for counted in _values(kind, *_kept_value(value)):
            values[profile + (counted,)] += int(n)
    return found


def _kept_value(value: str) -> Tuple[Any, Any, Any]:
    """(text, number, choices) from a kept value: "c" + JSON, "n" + number, "t" + text."""
    kind, rest = value[:1], value[1:]
    if kind == "c":
        return None, None, rest
    if kind == "n":
        return None, float(rest), None
    return rest, None, None  # "t", or "" for free text


def _values(kind: str, text: Any, number: Any, choices: Any) -> List[Any]:
    if kind == "multi_choice":
        try:
            chosen = json.loads(choices) if choices else []
        except ValueError:
            chosen = []
        return [str(c) for c in chosen] if isinstance(chosen, list) else []
    if number is not None:
        return [int(number) if float(number).is_integer() else float(number)]
    return [text if text is not None else ""]


def day_counts(session: Session, organisation_id: int,
               consultation_id: int) -> List[Tuple[date, int, int]]:
    """(UK day started, participations started, of them completed), oldest first.

    Days are UK days (GMT or BST), as a consultation's days are (`bot.scripts.days`),
    whatever time zone the database server or session is set to. The database counts
    by UTC hour (SQLite has no time zones); UK clocks are a whole number of hours from
    UTC, so each hour falls on one UK day."""
    hour: Any = func.strftime("%Y-%m-%d %H", Participation.started_at)
    if session.get_bind().dialect.name == "postgresql":  # SQLite stores UTC already
        hour = func.date_trunc("hour", func.timezone("UTC", Participation.started_at))
    done = func.sum(case((Participation.status == "completed", 1), else_=0))
    rows = session.execute(
        select(hour, func.count(), done)
        .where(_of_consultation(organisation_id, consultation_id))
        .group_by(hour))
    days: Dict[date, Tuple[int, int]] = {}
    for at, n, c in rows:
        if at is None:
            continue
        day = _as_utc_hour(at).astimezone(UK).date()
        started, completed = days.get(day, (0, 0))
        days[day] = (started + int(n), completed + int(c or 0))
    return [(day, n, c) for day, (n, c) in sorted(days.items())]


def _as_utc_hour(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value.replace(tzinfo=timezone.utc)
    return datetime.strptime(str(value)[:13], "%Y-%m-%d %H").replace(tzinfo=timezone.utc)


def stop_counts(session: Session, organisation_id: int,
                consultation_id: int) -> Counter:
    """(status, last step reached) -> participations: where people stopped."""
    rows = session.execute(
        select(Participation.status, Participation.last_step, func.count())
        .where(_of_consultation(organisation_id, consultation_id))
        .group_by(Participation.status, Participation.last_step))
    return Counter({(status, step or ""): int(n) for status, step, n in rows})


def reask_counts(session: Session, organisation_id: int,
                 consultation_id: int) -> Dict[str, Tuple[int, int, int]]:
    """question key -> (answers recorded, re-asked at least once, never understood)."""
    reasked = func.sum(case((Answer.attempts > 1, 1), else_=0))
    never = func.sum(case((Answer.status == "unanswered", 1), else_=0))
    rows = session.execute(
        select(QuestionRow.key, func.count(), reasked, never)
        .join(Answer, Answer.question_id == QuestionRow.id)
        .join(Participation, Participation.id == Answer.participation_id)
        .where(_of_consultation(organisation_id, consultation_id))
        .group_by(QuestionRow.key))
    return {key: (int(n), int(r or 0), int(u or 0)) for key, n, r, u in rows}
