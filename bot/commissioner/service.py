"""What the API serves, as plain functions of (database session, who is asking).

The JSON API returns these values as they are and the dashboard draws them, so
every number on a page is one the API gives too. Scoping happens here, through
`bot.reporting.scope`: another organisation's consultation is "not found".
"""

from __future__ import annotations

import asyncio
from datetime import timezone
from typing import Any, Callable, Dict, List, Optional, TypeVar

from sanic.request import Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.commissioner.guard import Principal
from bot.db.models import AuditEntry
from bot.db.repository import record_audit
from bot.db.session import unit_of_work
from bot.reporting import comments, findings, scope

T = TypeVar("T")
AUDIT_PAGE = 200


class NotFound(LookupError):
    """No consultation with that code in the caller's organisation."""


async def run_db(request: Request, work: Callable[..., T], *args: Any) -> T:
    """Run `work(session, *args)` in one transaction on a worker thread."""
    def job() -> T:
        with unit_of_work(request.app.ctx.session_factory) as db:
            return work(db, *args)
    return await asyncio.get_running_loop().run_in_executor(None, job)


def me(_db: Session, who: Principal) -> Dict[str, Any]:
    return {"email": who.email, "role": who.role, "organisation": who.organisation_name,
            "suppression_threshold": who.threshold}


def consultation_list(db: Session, who: Principal) -> List[Dict[str, Any]]:
    found = []
    for consultation in scope.consultations_of(db, who.organisation_id):
        summary = findings.participation(db, who.organisation_id, consultation, who.threshold)
        found.append({**findings.consultation_info(consultation),
                      "participations": summary["participations"],
                      "completed": summary["completed"],
                      "completion_percent": summary["completion_percent"]})
    return found


def _consultation(db: Session, who: Principal, code: str) -> Any:
    consultation = scope.consultation_of(db, who.organisation_id, code)
    if consultation is None:
        raise NotFound(code)
    return consultation


def viewed(db: Session, who: Principal, code: str, what: str) -> None:
    """Audit a look at a consultation's `what` (results, comments...): by whom and of which
    consultation only, never a search's words. Raises NotFound as the look itself would."""
    consultation = _consultation(db, who, code)
    record_audit(db, who.email, "view", f"{what} {consultation.code}",
                 organisation_id=who.organisation_id)


def audited(what: str, work: Callable[..., T]) -> Callable[..., T]:
    """`work(db, who, code, ...)`, with the look audited in the same transaction."""
    def look(db: Session, who: Principal, code: str, *rest: Any) -> T:
        viewed(db, who, code, what)
        return work(db, who, code, *rest)
    return look


def consultation_detail(db: Session, who: Principal, code: str) -> Dict[str, Any]:
    consultation = _consultation(db, who, code)
    return {**findings.consultation_info(consultation),
            **findings.participation(db, who.organisation_id, consultation, who.threshold)}


def question_results(db: Session, who: Principal, code: str) -> List[Dict[str, Any]]:
    return findings.questions(db, who.organisation_id, _consultation(db, who, code),
                              who.threshold)


def timeline(db: Session, who: Principal, code: str) -> Dict[str, Any]:
    return findings.timeline(db, who.organisation_id, _consultation(db, who, code), who.threshold)


def funnel(db: Session, who: Principal, code: str) -> Dict[str, Any]:
    return findings.funnel(db, who.organisation_id, _consultation(db, who, code), who.threshold)


def free_text(db: Session, who: Principal, code: str, search: str, question: Optional[str],
              offset: int) -> Dict[str, Any]:
    consultation = _consultation(db, who, code)
    return comments.comments(db, who.organisation_id, consultation.id, search, question, offset)


def audit_log(db: Session, who: Principal, before: Optional[int] = None) -> List[Dict[str, Any]]:
    query = (select(AuditEntry).where(AuditEntry.organisation_id == who.organisation_id)
             .order_by(AuditEntry.id.desc()).limit(AUDIT_PAGE))
    if before is not None:
        query = query.where(AuditEntry.id < before)
    # With its offset: SQLite hands the time back without one, and a client in BST read
    # "11:52:51" an hour out (OpenAPI's date-time needs one).
    return [{"id": row.id, "at": row.at.replace(tzinfo=row.at.tzinfo or timezone.utc).isoformat(),
             "actor": row.actor,
             "action": row.action, "detail": row.detail} for row in db.scalars(query)]


def consultation_detail_or_none(db: Session, who: Principal, code: str) -> Optional[Dict[str, Any]]:
    consultation = scope.consultation_of(db, who.organisation_id, code)
    return None if consultation is None else findings.consultation_info(consultation)
