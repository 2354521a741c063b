"""Publish back: a closed consultation's summary page ("you said, we did"), public.

The commissioner app serves it at /published/CODE for checking and linking; the
patient-facing process can serve the same stored snapshot (bot.reporting.publication).
"""

from __future__ import annotations

from typing import Any, Dict

from sanic import Blueprint, response
from sanic.request import Request
from sqlalchemy.orm import Session

from bot.commissioner import service
from bot.commissioner.charts import bar_chart
from bot.commissioner.guard import Principal, requires
from bot.commissioner.html import e, message_page, page
from bot.commissioner.permissions import AUTHOR_SCRIPTS
from bot.db.repository import record_audit
from bot.reporting import publication

blueprint = Blueprint("publishing")


def _publish(db: Session, who: Principal, code: str, we_did: str) -> bool:
    found = publication.publish(db, who.organisation_id, code, we_did, who.threshold, who.email)
    if found is not None:
        record_audit(db, who.email, "publish", code.upper(), organisation_id=who.organisation_id)
    return found is not None


def _unpublish(db: Session, who: Principal, code: str) -> bool:
    done = publication.unpublish(db, who.organisation_id, code)
    if done:
        record_audit(db, who.email, "unpublish", code.upper(),
                     organisation_id=who.organisation_id)
    return done


@blueprint.post("/consultations/<code:str>/publish")
@requires(AUTHOR_SCRIPTS)
async def publish(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    we_did = str((request.form or {}).get("we_did", ""))
    try:
        found = await service.run_db(request, _publish, who, code, we_did)
    except publication.PublishError as error:
        return message_page(request, "Not published", str(error), 422)
    if not found:
        return message_page(request, "Not found", "No consultation with that code.", 404)
    return response.redirect(f"/published/{code.upper()}", status=303)


@blueprint.post("/consultations/<code:str>/unpublish")
@requires(AUTHOR_SCRIPTS)
async def unpublish(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    if not await service.run_db(request, _unpublish, who, code):
        return message_page(request, "Not found", "No consultation with that code.", 404)
    return response.redirect(f"/consultations/{code.upper()}/launch", status=303)


def _question(q: Dict[str, Any], index: int) -> str:
    bars = [(str(o["label"]), o["count"]) for o in q["options"]]
    parts = [f'<section class="question"><h3>{e(q["text"])}</h3>'
             f'<p>{e(q["answered"])} answered.</p>']
    if "positive_percent" in q["summary"] and q["summary"]["positive_percent"] is not None:
        parts.append(f'<p>{q["summary"]["positive_percent"]:.0f}% said their experience was '
                     f'good or very good.</p>')
    if bars:
        parts.append(bar_chart(f"pub-{index}", q["text"], bars))
    parts.append("</section>")
    return "".join(parts)


@blueprint.get("/published/<code:str>")
async def published(request: Request, code: str) -> response.HTTPResponse:
    found = await service.run_db(request, lambda db: publication.published(db, code))
    if found is None:
        return message_page(request, "Not found", "Nothing has been published with that code.",
                            404)
    summary = found["summary"]
    body = (f'<p>{e(summary["participations"])} people took part ({e(summary["completed"])} '
            f'answered every question). Numbers under {e(summary["threshold"])} are shown as * '
            f'so nobody can be picked out.</p><h2>What we did</h2>'
            + "".join(f"<p>{e(p)}</p>" for p in found["we_did"].split("\n") if p.strip())
            + "<h2>You said</h2>"
            + "".join(_question(q, i) for i, q in enumerate(summary["questions"]))
            + f'<p>Published {e(found["published_at"])}.</p>')
    return page(request, f'You said, we did: {summary["title"]}', body, who=False)
