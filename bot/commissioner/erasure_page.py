"""Admins erase a respondent's data when they ask (by phone, by letter): find them by
what staff can know (the number they texted from, or the respondent_ref its exports show),
see what is held for this organisation, then confirm with the request's case reference.

The same erasure as `python -m bot erase` (bot.trust.erasure_request), limited to this
organisation's consultations; audited by the respondent_ref and the case reference only.
"""

from __future__ import annotations

import asyncio
import re
from typing import Dict, Optional, Tuple

from sanic import Blueprint, response
from sanic.request import Request
from sqlalchemy.orm import Session

from bot.commissioner import service
from bot.commissioner.dashboard import CHANNEL_NAMES
from bot.commissioner.guard import Principal, requires
from bot.commissioner.html import csrf_field, e, page
from bot.commissioner.permissions import ERASE_DATA
from bot.outreach.contacts import phone_number
from bot.reporting.dates import day_text
from bot.trust import erasure, erasure_request, identity

blueprint = Blueprint("erasure")
TITLE = "Erase someone's data"
PSEUDONYM = re.compile(r"[0-9a-f]{64}")
REFERENCE = re.compile(f"[0-9a-fA-F]{{{identity.REFERENCE_LENGTH}}}")
NOBODY = ("Nobody with that {what} took part in, or was invited to, this organisation's "
          "consultations.")
# Exports made before migration 0018 showed another reference (the same for a person in
# every organisation), which this page does not take: it would link them.
NOBODY_BY_REFERENCE = (NOBODY.format(what="reference") + " A reference from an export made "
                       "before December 2026, when references changed, is not found here: "
                       "search by the number they texted from, or ask whoever runs the "
                       "service to erase them with python -m bot erase, which still finds it.")


def find(db: Session, who: Principal, secret: str, kind: str,
         value: str) -> Tuple[Optional[str], str, int]:
    """(pseudonym, "", 200) when this organisation holds something of theirs, else
    (None, why, status)."""
    if kind == "phone":
        number = phone_number(value)
        if number is None:
            return None, ("That is not a phone number. Type it as 07700 900123 or "
                          "+44 7700 900123."), 422
        found: Optional[str] = identity.phone_pseudonym(secret, number)
    else:
        if not REFERENCE.fullmatch(value.strip()):
            return None, (f"A respondent reference is the respondent_ref of this organisation's "
                          f"exports: {identity.REFERENCE_LENGTH} letters a-f and digits."), 422
        found = erasure.pseudonym_for_reference(db, value, who.organisation_id)
    if found is None or not erasure_request.held_for(db, found, secret,
                                                     who.organisation_id).anything:
        return None, NOBODY.format(what="number") if kind == "phone" else NOBODY_BY_REFERENCE, 404
    return found, "", 200


def _form(who: Principal, message: str = "") -> str:
    error = f'<div class="error-summary" role="alert"><p>{e(message)}</p></div>' if message else ""
    return (f'{error}<p>When someone asks for their answers to be erased, find them by what '
            f'you can know. Only what is held for {e(who.organisation_name)} is erased; an '
            f'opt-out is kept, so they are never texted again.</p>'
            f'<form method="post" action="/erasure">{csrf_field(who.csrf)}'
            f'<fieldset><legend>What do you have?</legend>'
            f'<p><input type="radio" id="kind-phone" name="kind" value="phone" checked> '
            f'<label for="kind-phone" class="inline">The mobile number they texted from (SMS)'
            f'</label></p><p><input type="radio" id="kind-reference" name="kind" '
            f'value="reference"> <label for="kind-reference" class="inline">Their respondent '
            f'reference (respondent_ref in your exports)</label></p></fieldset>'
            f'<label for="value">Number or reference</label>'
            f'<input type="text" id="value" name="value" required maxlength="64" '
            f'autocomplete="off"><p><button type="submit">Find</button></p></form>')


def _confirm(who: Principal, pseudonym: str, held: erasure_request.Held, message: str = "") -> str:
    error = f'<div class="error-summary" role="alert"><p>{e(message)}</p></div>' if message else ""
    rows = "".join(f'<tr><td>{e(t.code)}</td><td>{e(CHANNEL_NAMES.get(t.channel, t.channel))}'
                   f'</td><td>{e(t.status)}</td>'
                   f'<td>{e(day_text(t.started))}</td></tr>' for t in held.participations)
    table = (f'<table><caption>Their participations</caption><thead><tr>'
             f'<th scope="col">Consultation</th><th scope="col">Channel</th>'
             f'<th scope="col">Status</th><th scope="col">Started</th></tr></thead>'
             f'<tbody>{rows}</tbody></table>' if rows else "<p>No answers.</p>")
    invited = (f"<p>Invitations to their number: {held.invitations}.</p>"
               if held.invitations else "")
    reference = identity.respondent_ref(pseudonym, who.organisation_id)  # as its exports show
    return (f'{error}<p>Respondent <code>{e(reference)}</code>: what {e(who.organisation_name)} '
            f'holds.</p>{table}{invited}'
            f'<form method="post" action="/erasure/confirm">{csrf_field(who.csrf)}'
            f'<input type="hidden" name="respondent" value="{e(pseudonym)}">'
            f'<label for="reason">Case reference of the request (e.g. SAR-2026-17; no names)'
            f'</label><input type="text" id="reason" name="reason" required maxlength="40" '
            f'autocomplete="off"><p><button type="submit">Erase all of this</button> '
            f'<a href="/erasure">Cancel</a></p></form>')


@blueprint.get("/erasure")
@requires(ERASE_DATA)
async def erasure_form(request: Request, who: Principal) -> response.HTTPResponse:
    return page(request, TITLE, _form(who))


@blueprint.post("/erasure")
@requires(ERASE_DATA)
async def erasure_find(request: Request, who: Principal) -> response.HTTPResponse:
    form = request.form or {}
    kind = "reference" if form.get("kind") == "reference" else "phone"
    secret = request.app.ctx.settings.pseudonym_secret
    found, problem, status = await service.run_db(request, find, who, secret, kind,
                                                  str(form.get("value", ""))[:64])
    if found is None:
        return page(request, TITLE, _form(who, problem), status=status)
    held = await service.run_db(request, erasure_request.held_for, found, secret,
                                who.organisation_id)
    return page(request, TITLE, _confirm(who, found, held))


@blueprint.post("/erasure/confirm")
@requires(ERASE_DATA)
async def erasure_confirm(request: Request, who: Principal) -> response.HTTPResponse:
    form = request.form or {}
    pseudonym, reason = str(form.get("respondent", "")), str(form.get("reason", "")).strip()
    settings = request.app.ctx.settings
    held = (await service.run_db(request, erasure_request.held_for, pseudonym,
                                 settings.pseudonym_secret, who.organisation_id)
            if PSEUDONYM.fullmatch(pseudonym) else None)
    if held is None or not held.anything:
        return page(request, TITLE, _form(who, NOBODY.format(what="reference")), status=404)
    if not erasure_request.CASE.fullmatch(reason):
        return page(request, TITLE, _confirm(who, pseudonym, held, (
            "Give the request's case reference: 2 to 40 letters, digits and - / _ . : #, with "
            "at least one digit, and no names.")), status=422)
    try:
        erased = await asyncio.get_running_loop().run_in_executor(
            None, erasure_request.erase_on_request, request.app.ctx.session_factory, pseudonym,
            who.email, reason, settings.pseudonym_secret, who.organisation_id)
    except erasure_request.TurnUnderWay as busy:
        return page(request, TITLE, _confirm(who, pseudonym, held, str(busy)), status=409)
    forgotten = await erasure_request.forget_in_rasa(
        request.app.ctx.session_factory, settings.rasa_url, settings.rasa_api_token, erased)
    return page(request, TITLE, _done(erased, held, forgotten))


def _done(erased: erasure_request.Erased, held: erasure_request.Held,
          forgotten: Dict[str, bool]) -> str:
    chats = "".join(f"<li>Their {e(CHANNEL_NAMES.get(channel, channel))} conversation in the assistant: "
                    f"{'erased' if done else erasure_request.LATER}</li>"
                    for channel, done in forgotten.items())
    if erased.rasa_conversations and not forgotten:
        chats += f"<li>Their conversations in the assistant: {erasure_request.LATER}</li>"
    return (f'<div class="notice" role="status"><p>Erased {erased.participations} '
            f'participation(s) and {held.invitations} invitation(s). The audit log has the '
            f'request.</p></div><ul>{chats}</ul>'
            f'<p><a href="/erasure">Erase someone else\'s data</a></p>')
