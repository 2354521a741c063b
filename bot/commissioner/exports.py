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
from bot.commissioner.dashboard import CHANNEL_NAMES
from bot.commissioner.guard import Principal, requires
from bot.commissioner.permissions import EXPORT
from bot.db.repository import record_audit
from bot.db.session import unit_of_work
from bot.reporting import number_summaries, queries, scope
from bot.reporting.spreadsheet import safe_row
from bot.scripts.days import uk_today

blueprint = Blueprint("exports", url_prefix="/api/v1")
BATCH = 2000
AGGREGATE_COLUMNS = ("section", "question_key", "breakdown", "group", "label", "count",
                     "percent", "percent_of", "note")


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


BOM = "\ufeff"


async def _stream(request: Request, code: str, what: str, batches: Iterator[List[Any]],
                  header: Sequence[str]) -> Any:
    loop = asyncio.get_running_loop()
    resp = await request.respond(content_type="text/csv; charset=utf-8", headers={
        # named with the UK day its figures are from: downloads of different days differ
        "Content-Disposition":
            f'attachment; filename="{code.upper()}-{what}-{uk_today().isoformat()}.csv"'})
    try:
        # The UTF-8 byte order mark first: without it Excel, which most commissioners open
        # a download in, reads the file as Windows-1252 ("16–25s" and "café" garbled).
        await resp.send(BOM + csv_text([header]))
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


TOOK_PART = "all who took part"
ANSWERED = "those who answered the question"
GROUP_ANSWERED = "those in the group who answered the question"
SUMMARY_BASES = {"positive_percent": "all responses, including \"Don't know\" (NHS England "
                                     "Friends and Family Test method)",
                 "negative_percent": "all responses, including \"Don't know\" (NHS England "
                                     "Friends and Family Test method)"}
FIGURES = {number_summaries.MEDIAN: ("the median answer", "the middle of the answers"),
           number_summaries.LOWER: ("the lower quartile", "a quarter of the answers lie below it"),
           number_summaries.UPPER: ("the upper quartile", "a quarter of the answers lie above it")}


def figure_note(name: str, unit: str) -> str:
    """What a number question's figure in the percent column is (never a percentage)."""
    if name not in FIGURES:
        return ""
    what, meaning = FIGURES[name]
    return (f"{what}{f', in {unit}' if unit else ''}, rounded to a whole number: {meaning} "
            f"(not a percentage)")


MORE_THAN_ONE = "people could choose more than one answer, so these add up to more than 100%"


def note_for(count: Any, percent: Any, base: str, threshold: int) -> str:
    """What a reader of one row needs told: what "*" is, or why a percentage is missing."""
    if count == "*":
        return (f"* hidden: a count from 1 to {threshold - 1}, or one that would let a "
                f"hidden count be worked out")
    if base and percent in (None, "") and count not in (None, ""):
        return "no percentage: the number it is out of is hidden, or is 0"
    return ""


def aggregate_rows(detail: dict, questions: List[dict], funnel: dict,
                   timeline: dict, threshold: int) -> Iterator[List[Any]]:
    """Every number the dashboard shows, as rows (the same values the API gives), each
    with what its percentage is of and a note saying what "*" or a gap means."""
    for row in _aggregate_rows(detail, questions, funnel, timeline):
        *cells, base, extra = row
        note = note_for(cells[5], cells[6], base, threshold)
        yield cells + [base, "; ".join(n for n in (note, extra) if n)]


def _group(dimension: str, label: Any) -> Any:
    """A group as the dashboard names it: the channel "rest" is the "Web chat" a board
    paper means (the JSON API and answers.csv keep the stored names)."""
    return CHANNEL_NAMES.get(label, label) if dimension == "channel" else label


def _aggregate_rows(detail: dict, questions: List[dict], funnel: dict,
                    timeline: dict) -> Iterator[List[Any]]:
    """Rows as (the seven columns, what the percentage is of, any note of the row's own)."""
    yield ["participation", "", "", "", "participations", detail["participations"], "", "", ""]
    for row in detail["by_status"]:
        yield ["participation", "", "status", "", row["label"], row["count"], row["percent"],
               TOOK_PART, ""]
    for dimension, rows in detail["breakdowns"].items():
        for row in rows:
            yield ["participation", "", dimension, _group(dimension, row["label"]), "",
                   row["count"], row["percent"], TOOK_PART, ""]
    for q in questions:
        several = MORE_THAN_ONE if q["type"] == "multi_choice" else ""
        yield ["question", q["key"], "", "", "answered", q["answered"], "", "", ""]
        for row in q["options"]:
            yield ["question", q["key"], "", "", row["label"], row["count"], row["percent"],
                   ANSWERED, several]
        unit = q.get("unit", "")
        for name, value in q["summary"].items():
            yield ["question", q["key"], "", "", name, "", value, SUMMARY_BASES.get(name, ""),
                   figure_note(name, unit)]
        for dimension, groups in q["breakdowns"].items():
            for group in groups:
                label = _group(dimension, group["label"])
                yield ["question", q["key"], dimension, label, "answered",
                       group["answered"], "", "", ""]
                for row in group["options"]:
                    yield ["question", q["key"], dimension, label, row["label"],
                           row["count"], row["percent"], GROUP_ANSWERED, several]
                for name, value in (group.get("summary") or {}).items():
                    yield ["question", q["key"], dimension, label, name, "", value, "",
                           figure_note(name, unit)]
    for point in timeline["points"]:
        for name in ("started", "completed"):
            yield ["timeline", "", timeline["period"], point["start"], name, point[name], "",
                   "", ""]
    for row in funnel["stopped_after"]:
        yield ["stopped_after", row["key"], "", "", row["label"], row["count"], row["percent"],
               TOOK_PART, ""]
    for row in funnel["reasks"]:
        yield ["asked_again", row["key"], "", "", "asked again", row["reasked"],
               row["reasked_percent"], "the question's answers recorded", ""]


@blueprint.get("/consultations/<code:str>/export/aggregates.csv")
@requires(EXPORT)
async def aggregates(request: Request, who: Principal, code: str) -> Any:
    if not await service.run_db(request, _found, who, code, "aggregates"):
        return response.json({"error": "no consultation with that code"}, status=404)
    detail = await service.run_db(request, service.consultation_detail, who, code)
    questions = await service.run_db(request, service.question_results, who, code)
    funnel = await service.run_db(request, service.funnel, who, code)
    timeline = await service.run_db(request, service.timeline, who, code)
    rows = list(aggregate_rows(detail, questions, funnel, timeline, who.threshold))
    batches = iter([rows[i:i + BATCH] for i in range(0, len(rows), BATCH)])
    return await _stream(request, code, "aggregates", batches, AGGREGATE_COLUMNS)
