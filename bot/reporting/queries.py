"""Read-only queries behind the commissioner CLI (and, later, the app)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Dict, Iterator, List, Sequence

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from bot.db.models import Consultation, Participation, SafeguardingEvent
from bot.reporting.results import QuestionResult, question_result
from bot.scripts import store

EXPORT_COLUMNS = (
    "consultation_code", "question_position", "question_key", "question_type",
    "question_text", "participation_id", "respondent_ref", "channel", "age_band",
    "area", "participation_status", "answer_status", "value", "value_number",
    "attempts", "answered_at", "started_at", "completed_at",
)


@dataclass(frozen=True)
class ConsultationSummary:
    code: str
    title: str
    status: str
    participations: int
    completed: int
    withdrawn: int
    signposted: int

    @property
    def completion_percent(self) -> float:
        return 100.0 * self.completed / self.participations if self.participations else 0.0


def consultation_summaries(session: Session) -> List[ConsultationSummary]:
    counts = (
        select(
            Participation.consultation_id,
            func.count().label("n"),
            func.sum(case((Participation.status == "completed", 1), else_=0)).label("done"),
            func.sum(case((Participation.status == "withdrawn", 1), else_=0)).label("gone"),
        )
        .group_by(Participation.consultation_id)
        .subquery()
    )
    signposted = (
        select(SafeguardingEvent.consultation_id, func.count().label("n"))
        .group_by(SafeguardingEvent.consultation_id)
        .subquery()
    )
    rows = session.execute(
        select(Consultation, counts.c.n, counts.c.done, counts.c.gone, signposted.c.n)
        .outerjoin(counts, counts.c.consultation_id == Consultation.id)
        .outerjoin(signposted, signposted.c.consultation_id == Consultation.id)
        .order_by(Consultation.code)
    )
    return [
        ConsultationSummary(c.code, c.title, c.status, int(n or 0), int(done or 0),
                            int(gone or 0), int(crisis or 0))
        for c, n, done, gone, crisis in rows
    ]


def results_for(session: Session, consultation: Consultation, threshold: int) -> List[QuestionResult]:
    script = store.script_of(consultation)
    values: Dict[str, List[Any]] = {q.key: [] for q in script.questions}
    rows = session.execute(
        text(
            "SELECT question_key, question_type, value, value_number, value_choices "
            "FROM answers_flat "
            "WHERE consultation_code = :code AND answer_status = 'answered'"
        ),
        {"code": consultation.code},
    )
    for key, question_type, value, number, choices in rows:
        if key not in values:
            continue  # a question a newer script version dropped
        values[key].append(_typed(question_type, value, number, choices))
    return [question_result(q, values[q.key], threshold) for q in script.questions]


def _typed(question_type: str, value: Any, number: Any, choices: Any) -> Any:
    if question_type == "multi_choice":
        # SQLite hands JSON back through a view as text; PostgreSQL as a list.
        return json.loads(choices) if isinstance(choices, str) else list(choices or [])
    if number is not None:
        return int(number) if float(number).is_integer() else float(number)
    return value


def export_rows(session: Session, code: str) -> Iterator[Sequence[Any]]:
    columns = ", ".join(EXPORT_COLUMNS)
    result = session.execute(
        text(
            f"SELECT {columns} FROM answers_flat WHERE consultation_code = :code "
            "ORDER BY participation_id, question_position"
        ),
        {"code": code.upper()},
    )
    yield from result
