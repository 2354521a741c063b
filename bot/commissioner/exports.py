"""CSV exports, streamed a batch of rows at a time (constant memory), audited, and
safe to open in a spreadsheet (cells that would run as formulas are text)."""

from __future__ import annotations

import asyncio
import csv
import io
from typing import Any, Iterable, Iterator, List, Sequence

from sanic import Blueprint, response
from sanic.request import Request
from sqlalchemy.orm import Session

from bot.commissioner import service
from bot.commissioner.guard import Principal, requires
from bot.commissioner.permissions import EXPORT
from bot.db.repository import record_audit
from bot.db.session import unit_of_work
from bot.reporting import queries, scope
from bot.reporting.spreadsheet import safe_row

blueprint = Blueprint("exports", url_prefix="/api/v1")
BATCH = 2000
AGGREGATE_COLUMNS = ("section", "question_key", "breakdown", "group", "label", "count",
                     "percent")


def csv_text(rows: Iterable[Sequence[Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow(safe_row(row))
    return buffer.getvalue()


def _found(db: Session, who: Principal, code: str, what: str) -> bool:
    """Whether the organisation has this consultation; if so the export is audited."""
    consultation = scope.consultation_of(db, who.organisation_id, code)
    if consultation is None:
        return False
    record_audit(db, who.email, "export", f"{what} {consultation.code}",
                 organisation_id=who.organisation_id)
    return True


async def _stream(request: Request, code: str, what: str, batches: Iterator[List[Any]],
                  header: Sequence[str]) -> Any:
    loop = asyncio.get_running_loop()
    resp = await request.respond(content_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="{code.upper()}-{what}.csv"'})
    try:
        await resp.send(csv_text([header]))
        while True:
            batch = await loop.run_in_executor(None, next, batches, None)
            if batch is None:
                break
            await resp.send(csv_text(batch))
        await resp.eof()
    finally:
        close = getattr(batches, "close", None)
        if close is not None:  # a client that went away: release the database at once
            await loop.run_in_executor(None, close)


def _answer_batches(request: Request, code: str) -> Iterator[List[Any]]:
    with unit_of_work(request.app.ctx.session_factory) as db:
        rows = queries.export_rows(db, code)
        batch: List[Any] = []
        for row in rows:
            batch.append(row)
            if len(batch) >= BATCH:
                yield batch
                batch = []
        if batch:
            yield batch


@blueprint.get("/consultations/<code:str>/export/answers.csv")
@requires(EXPORT)
async def answers(request: Request, who: Principal, code: str) -> Any:
    if not await service.run_db(request, _found, who, code, "answers"):
        return response.json({"error": "no consultation with that code"}, status=404)
    return await _stream(request, code, "answers", _answer_batches(request, code),
                         queries.EXPORT_COLUMNS)


def aggregate_rows(detail: dict, questions: List[dict], funnel: dict,
                   timeline: dict) -> Iterator[List[Any]]:
    """Every number the dashboard shows, as rows (the same values the API gives)."""
    yield ["participation", "", "", "", "participations", detail["participations"], ""]
    for row in detail["by_status"]:
        yield ["participation", "", "status", "", row["label"], row["count"], row["percent"]]
    for dimension, rows in detail["breakdowns"].items():
        for row in rows:
            yield ["participation", "", dimension, row["label"], "", row["count"], row["percent"]]
    for q in questions:
        yield ["question", q["key"], "", "", "answered", q["answered"], ""]
        for row in q["options"]:
            yield ["question", q["key"], "", "", row["label"], row["count"], row["percent"]]
        for name, value in q["summary"].items():
            yield ["question", q["key"], "", "", name, "", value]
        for dimension, groups in q["breakdowns"].items():
            for group in groups:
                yield ["question", q["key"], dimension, group["label"], "answered",
                       group["answered"], ""]
                for row in group["options"]:
                    yield ["question", q["key"], dimension, group["label"], row["label"],
                           row["count"], row["percent"]]
    for point in timeline["points"]:
        for name in ("started", "completed"):
            yield ["timeline", "", timeline["period"], point["start"], name, point[name], ""]
    for row in funnel["stopped_after"]:
        yield ["stopped_after", row["key"], "", "", row["label"], row["count"], row["percent"]]
    for row in funnel["reasks"]:
        yield ["asked_again", row["key"], "", "", "asked again", row["reasked"],
               row["reasked_percent"]]


@blueprint.get("/consultations/<code:str>/export/aggregates.csv")
@requires(EXPORT)
async def aggregates(request: Request, who: Principal, code: str) -> Any:
    if not await service.run_db(request, _found, who, code, "aggregates"):
        return response.json({"error": "no consultation with that code"}, status=404)
    detail = await service.run_db(request, service.consultation_detail, who, code)
    questions = await service.run_db(request, service.question_results, who, code)
    funnel = await service.run_db(request, service.funnel, who, code)
    timeline = await service.run_db(request, service.timeline, who, code)
    rows = list(aggregate_rows(detail, questions, funnel, timeline))
    batches = iter([rows[i:i + BATCH] for i in range(0, len(rows), BATCH)])
    return await _stream(request, code, "aggregates", batches, AGGREGATE_COLUMNS)
