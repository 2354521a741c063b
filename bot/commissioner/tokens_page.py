"""API tokens for scripts and BI tools: made by their user, shown once, revocable."""

from __future__ import annotations

from typing import Any, Dict, List, Tuple

from sanic import Blueprint, response
from sanic.request import Request
from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from bot.commissioner import credentials, service
from bot.commissioner.api import whole_number
from bot.commissioner.guard import Principal, requires
from bot.commissioner.html import csrf_field, e, page
from bot.commissioner.permissions import READ
from bot.db.models import ApiToken, CommissionerUser, utcnow
from bot.db.repository import record_audit
from bot.reporting.dates import moment_text

blueprint = Blueprint("tokens")


def _tokens(db: Session, who: Principal) -> List[Dict[str, Any]]:
    rows = db.scalars(select(ApiToken).where(ApiToken.user_id == who.user_id)
                      .order_by(ApiToken.id))
    return [{"id": t.id, "name": t.name, "created": moment_text(t.created_at),
             # made, never used: its last use was stamped as its making ("Last used" then
             # said it had been used)
             "used": "never" if t.last_used_at == t.created_at else moment_text(t.last_used_at),
             "expires": moment_text(t.expires_at) if t.expires_at else "never"} for t in rows]


def _create(db: Session, who: Principal, name: str, days: int) -> str:
    user = db.get(CommissionerUser, who.user_id)
    token = credentials.create_api_token(db, user, name, utcnow(), days)
    record_audit(db, who.email, "token_created", name, organisation_id=who.organisation_id)
    return token


def _created(db: Session, who: Principal, name: str, days: int) -> Tuple[str, List[Dict[str, Any]]]:
    """A new token and the list with it, in one transaction: a form's writes are its last
    (bot/commissioner/failure_pages.py)."""
    return _create(db, who, name, days), _tokens(db, who)


def _revoke(db: Session, who: Principal, token_id: int) -> None:
    gone = db.execute(delete(ApiToken).where(ApiToken.id == token_id,
                                             ApiToken.user_id == who.user_id))
    if gone.rowcount:  # not someone else's id, which changes nothing and says nothing
        record_audit(db, who.email, "token_revoked", str(token_id),
                     organisation_id=who.organisation_id)


DAYS_REFUSED = "Expires after: give a whole number of days from 1 to 366, e.g. 90."


def _page(request: Request, who: Principal, tokens: List[Dict[str, Any]], new: str = "",
          status: int = 200, problem: str = "") -> response.HTTPResponse:
    error = (f'<div class="error-summary" role="alert"><p>{e(problem)}</p></div>'
             if problem else "")
    shown = (f'<div class="notice" role="status"><p>Your new token (copy it now; it is not '
             f'shown again):</p><p><code id="new-token">{e(new)}</code></p></div>'
             if new else "")
    rows = "".join(
        f'<tr><td>{e(t["name"])}</td><td>{e(t["created"])}</td><td>{e(t["used"])}</td>'
        f'<td>{e(t["expires"])}</td><td><form method="post" action="/tokens/{t["id"]}/revoke">'
        f'{csrf_field(who.csrf)}<button type="submit" class="secondary">Revoke'
        f'<span class="skip"> {e(t["name"])}</span></button></form></td></tr>' for t in tokens)
    table = (f'<table><caption>Your tokens</caption><thead><tr><th scope="col">Name</th>'
             f'<th scope="col">Made</th><th scope="col">Last used</th><th scope="col">Expires</th>'
             f'<th scope="col">Revoke</th></tr></thead><tbody>{rows}</tbody></table>'
             if tokens else "<p>No tokens yet.</p>")
    body = (f'{error}{shown}<p>A token acts as you ({e(who.role)}) on the read-only API: send '
            f'<code>Authorization: Bearer &lt;token&gt;</code> to <code>/api/v1/…</code> '
            f'(<a href="/api/v1/openapi.json">OpenAPI document</a>).</p>{table}'
            f'<h2>New token</h2><form method="post" action="/tokens">{csrf_field(who.csrf)}'
            f'<label for="name">What it is for</label><input type="text" id="name" name="name" '
            f'required maxlength="100"><label for="days">Expires after (days)</label>'
            f'<input type="text" id="days" name="days" inputmode="numeric" value="90">'
            f'<p><button type="submit">Make a token</button></p></form>')
    return page(request, "API tokens", body, status=status)


@blueprint.get("/tokens")
@requires(READ)
async def tokens(request: Request, who: Principal) -> response.HTTPResponse:
    return _page(request, who, await service.run_db(request, _tokens, who))


@blueprint.post("/tokens")
@requires(READ)
async def create(request: Request, who: Principal) -> response.HTTPResponse:
    form = request.form or {}
    name = str(form.get("name", "")).strip()[:100] or "API token"
    raw_days = str(form.get("days", "90")).strip()
    days = int(raw_days) if whole_number(raw_days, 4) else 0
    if not 1 <= days <= 366:
        listed = await service.run_db(request, _tokens, who)
        return _page(request, who, listed, status=422, problem=DAYS_REFUSED)
    token, listed = await service.run_db(request, _created, who, name, days)
    return _page(request, who, listed, new=token)


@blueprint.post("/tokens/<token_id:int>/revoke")
@requires(READ)
async def revoke(request: Request, who: Principal, token_id: int) -> response.HTTPResponse:
    if not 0 < token_id < 2**31:  # beyond any id the database can hold
        return response.redirect("/tokens", status=303)
    await service.run_db(request, _revoke, who, token_id)
    return response.redirect("/tokens", status=303)
