"""SMS invitations from an uploaded CSV, with progress: the command line's outreach code
(bot.outreach), not a second copy. Numbers are shown masked; progress is read from the
contact table, so it survives a restart, and a new run settles an interrupted one."""

from __future__ import annotations

import asyncio
import threading
from typing import Any, Dict, Optional

from sanic import Blueprint, response
from sanic.request import Request
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from bot.commissioner import service
from bot.commissioner.guard import Principal, requires
from bot.commissioner.html import csrf_field, e, message_page, page
from bot.commissioner.permissions import AUTHOR_SCRIPTS
from bot.db.models import Contact, utcnow
from bot.outreach.contacts import ContactsError, mask, parse_contacts
from bot.outreach.invitations import ALREADY, InvitationError, prepare_invitations, send_invitations
from bot.outreach.pacing import outside_window
from bot.reporting import scope
from bot.sms.twilio_client import TwilioSender

blueprint = Blueprint("invitations")
MAX_CSV_BYTES = 1_500_000  # under the app's request limit; the command line takes bigger files


def _progress(db: Session, who: Principal, code: str) -> Optional[Dict[str, int]]:
    consultation = scope.consultation_of(db, who.organisation_id, code)
    if consultation is None:
        return None
    rows = db.execute(select(Contact.status, func.count()).where(
        Contact.consultation_id == consultation.id).group_by(Contact.status))
    return {status: int(n) for status, n in rows}


def _running(request: Request) -> Dict[str, threading.Thread]:
    if not hasattr(request.app.ctx, "invitation_runs"):
        request.app.ctx.invitation_runs = {}
    return request.app.ctx.invitation_runs  # type: ignore[no-any-return]


def _page(request: Request, who: Principal, code: str, progress: Dict[str, int],
          report: str = "", status: int = 200) -> response.HTTPResponse:
    twilio, window = request.app.ctx.settings.twilio, request.app.ctx.settings.send_window
    run = _running(request).get(code.upper())
    sending = run is not None and run.is_alive()
    now = utcnow()
    closed = not window.allows(now)  # a run stops at the window: the rest wait here
    counts = "".join(f'<tr><th scope="row">{e(s)}</th><td class="num">{n}</td></tr>'
                     for s, n in sorted(progress.items()))
    waiting = progress.get("pending", 0) + progress.get("sending", 0)
    send = (f'<form method="post" action="/consultations/{e(code)}/invitations/send">'
            f'{csrf_field(who.csrf)}<p><button type="submit">Send {waiting} invitation(s), '
            f'{twilio.send_rate:g} a second</button></p></form>'
            if waiting and twilio.configured and not sending and not closed else "")
    state = ("<p role=\"status\">Sending now: reload to see progress.</p>" if sending else
             f'<p role="status">{e(outside_window(window, now, waiting, "press Send"))}</p>'
             if waiting and twilio.configured and closed else "")
    setup = ("" if twilio.configured else "<p>SMS is not set up (TWILIO_* settings), so "
             "nothing can be sent from here.</p>")
    body = (f'{report}{setup}{state}<table><caption>Invitations by status</caption><thead><tr>'
            f'<th scope="col">Status</th><th scope="col" class="num">Numbers</th></tr></thead>'
            f'<tbody>{counts}</tbody></table>{send}<h2>Add numbers</h2>'
            f'<form method="post" action="/consultations/{e(code)}/invitations" '
            f'enctype="multipart/form-data">{csrf_field(who.csrf)}<label for="file">A CSV file '
            f'(a phone, mobile or number column, or one number a line)</label>'
            f'<input type="file" id="file" name="file" accept=".csv,text/csv" required>'
            f'<p><button type="submit">Check and add</button></p></form>')
    return page(request, f"{code.upper()}: SMS invitations", body, status=status)


@blueprint.get("/consultations/<code:str>/invitations")
@requires(AUTHOR_SCRIPTS)
async def invitations(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    progress = await service.run_db(request, _progress, who, code)
    if progress is None:
        return message_page(request, "Not found", "No consultation with that code.", 404)
    return _page(request, who, code, progress)


def _prepare(db: Session, who: Principal, code: str, text: str, settings: Any) -> Any:
    """(the report, the progress after it), in one transaction: a form's writes are its
    last (bot/commissioner/failure_pages.py); None for no such consultation."""
    if scope.consultation_of(db, who.organisation_id, code) is None:
        return None
    report = prepare_invitations(db, settings, code, parse_contacts(text), actor=who.email)
    return report, _progress(db, who, code)


@blueprint.post("/consultations/<code:str>/invitations")
@requires(AUTHOR_SCRIPTS)
async def add(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    upload = (request.files or {}).get("file")
    body = upload.body if upload is not None else b""
    settings = request.app.ctx.settings
    try:
        if len(body) > MAX_CSV_BYTES:
            raise ContactsError("the file is too big for the browser: split it, or use "
                                "python -m bot invite")
        prepared = await service.run_db(request, _prepare, who, code,
                                        body.decode("utf-8-sig", "replace"), settings)
    except (ContactsError, InvitationError) as error:
        found = await service.run_db(request, _progress, who, code)
        problem = f'<div class="error-summary" role="alert"><p>{e(error)}</p></div>'
        return _page(request, who, code, found or {}, problem, status=422)
    if prepared is None:
        return message_page(request, "Not found", "No consultation with that code.", 404)
    report, found = prepared
    lines = "".join(f"<li>line {s.line}: {e(mask(s.value))}: {e(s.reason)}</li>"
                    for s in report.skipped if s.reason != ALREADY)
    summary = (f'<div class="notice" role="status"><p>{report.queued} new number(s) added; '
               f'{report.count(ALREADY)} already invited.</p><ul>{lines}</ul></div>')
    return _page(request, who, code, found or {}, summary)


def _send(factory: Any, settings: Any, code: str, actor: str) -> None:
    async def run() -> None:
        sender = TwilioSender(settings.twilio)
        try:
            await send_invitations(factory, settings, code, sender, actor=actor)
        finally:
            await sender.close()
    asyncio.run(run())  # its own loop on its own thread: the app's loop is never held up


@blueprint.post("/consultations/<code:str>/invitations/send")
@requires(AUTHOR_SCRIPTS)
async def send(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    if await service.run_db(request, _progress, who, code) is None:
        return message_page(request, "Not found", "No consultation with that code.", 404)
    runs = _running(request)
    current = runs.get(code.upper())
    settings = request.app.ctx.settings
    if settings.twilio.configured and (current is None or not current.is_alive()):
        runs[code.upper()] = thread = threading.Thread(
            target=_send, args=(request.app.ctx.session_factory, settings, code.upper(),
                                who.email), daemon=True)
        thread.start()
    return response.redirect(f"/consultations/{code.upper()}/invitations", status=303)
