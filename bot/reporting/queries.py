"""Read-only queries behind the commissioner CLI (and, later, the app)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any, Dict, Iterator, List, Sequence

from sqlalchemy import case, func, select, text
from sqlalchemy.orm import Session

from bot.db.models import Consultation, Participation, SafeguardingEvent
from bot.reporting import findings

# What the answers export reads from the BI view `answers_flat` (whose names stay as
# analysts know them)...
VIEW_COLUMNS = (
    "consultation_code", "question_position", "question_key", "question_type",
    "question_text", "participation_id", "respondent_ref", "channel", "age_band",
    "area", "participation_status", "answer_status", "value", "value_number",
    "attempts", "answered_at", "started_at", "completed_at",
)
# ...and its headings: the times are UTC, and their headings say so, or a commissioner
# opening the file in a spreadsheet reads 23:30 on a summer night as UK time (00:30 BST).
UTC_TIMES = ("answered_at", "started_at", "completed_at")
EXPORT_COLUMNS = tuple(f"{name}_utc" if name in UTC_TIMES else name for name in VIEW_COLUMNS)


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


def results_for(session: Session, consultation: Consultation, threshold: int) -> List[Dict[str, Any]]:
    """Per-question results, hidden exactly as the commissioner app and its API hide them."""
    return findings.questions(session, consultation.organisation_id, consultation, threshold)


TIMES = tuple(VIEW_COLUMNS.index(name) for name in UTC_TIMES)


def export_rows(session: Session, code: str) -> Iterator[Sequence[Any]]:
    """One row per answer: each person's in the order asked, then those to questions a
    later version dropped (no position; SQLite sorts NULL first, PostgreSQL last, so the
    order is said); times in UTC, written alike whichever database holds them."""
    columns = ", ".join(VIEW_COLUMNS)
    result = session.execute(
        text(
            f"SELECT {columns} FROM answers_flat WHERE consultation_code = :code "
            "ORDER BY participation_id, CASE WHEN question_position IS NULL THEN 1 ELSE 0 END,"
            " question_position, question_key"
        ),
        {"code": code.upper()},
        # A server-side cursor on PostgreSQL: the export streams in constant memory.
        execution_options={"stream_results": True},
    )
    for row in result:
        cells = list(row)
        for index in TIMES:
            cells[index] = utc_text(cells[index])
        yield cells


def utc_text(moment: Any) -> Any:
    """A stored time as "2026-09-01 10:15:30" (UTC): PostgreSQL hands a view's times back
    as datetimes with an offset, SQLite as the text it stored (UTC, no offset)."""
    if moment is None:
        return None
    if isinstance(moment, str):
        try:
            moment = datetime.fromisoformat(moment)
        except ValueError:
            return moment
    if not isinstance(moment, datetime):
        return moment
    if moment.tzinfo is not None:
        moment = moment.astimezone(timezone.utc)
    return moment.strftime("%Y-%m-%d %H:%M:%S")
