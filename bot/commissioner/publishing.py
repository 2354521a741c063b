"""Publish back: a closed consultation's summary page ("you said, we did"), public.

Authors publish and unpublish here; the patient web process serves the stored
snapshot at <SB_PATIENT_WEB_URL>/published/CODE (bot/web/published.py), where the
bot's replies on every channel link to it once the consultation has closed.
"""

from __future__ import annotations

from sanic import Blueprint, response
from sanic.request import Request
from sqlalchemy.orm import Session

from bot.commissioner import service
from bot.commissioner.guard import Principal, requires
from bot.commissioner.html import message_page
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
    return response.redirect(request.app.ctx.settings.web.published_link(code.upper()),
                             status=303)


@blueprint.post("/consultations/<code:str>/unpublish")
@requires(AUTHOR_SCRIPTS)
async def unpublish(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    if not await service.run_db(request, _unpublish, who, code):
        return message_page(request, "Not found", "No consultation with that code.", 404)
    return response.redirect(f"/consultations/{code.upper()}/launch", status=303)
