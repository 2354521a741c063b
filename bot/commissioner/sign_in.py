"""Signing in and out of the commissioner app."""

from __future__ import annotations

import asyncio
from typing import Any, Optional, Tuple

from sanic import Blueprint, response
from sanic.request import Request

from bot.commissioner import accounts, credentials
from bot.commissioner.cookies import PRESESSION, SESSION, clear_cookie, read, set_cookie
from bot.commissioner.csrf import FIELD, csrf_ok, csrf_token
from bot.commissioner.guard import PASSWORD_PAGE, Principal, requires
from bot.commissioner.html import e, page
from bot.commissioner.permissions import READ
from bot.commissioner.throttle import (
    THROTTLED,
    AddressThrottle,
    retry_after,
    waiting_time,
)
from bot.db.models import utcnow
from bot.db.repository import record_audit
from bot.db.session import unit_of_work

blueprint = Blueprint("sign_in")


def safe_next(target: str) -> str:
    """Only a path on this site (never //elsewhere or a full URL) after signing in."""
    if target.startswith("/") and not target.startswith("//") and "\\" not in target:
        return target[:500]
    return "/consultations"


def _form(presession: str, next_path: str, message: str = "", email: str = "") -> str:
    error = (f'<div class="error-summary" role="alert"><p>{e(message)}</p></div>'
             if message else "")
    return (f'{error}<form method="post" action="/sign-in">'
            f'<input type="hidden" name="{FIELD}" value="{e(csrf_token(presession))}">'
            f'<input type="hidden" name="next" value="{e(next_path)}">'
            f'<label for="email">Email</label>'
            f'<input type="email" id="email" name="email" autocomplete="username" required '
            f'value="{e(email)}">'
            f'<label for="password">Password</label>'
            f'<input type="password" id="password" name="password" '
            f'autocomplete="current-password" required>'
            f'<p><button type="submit">Sign in</button></p></form>')


@blueprint.get("/sign-in")
async def sign_in_page(request: Request) -> response.HTTPResponse:
    presession = read(request, PRESESSION)
    if len(presession) < 20 or len(presession) > 100:
        presession = credentials.new_secret()
    next_path = safe_next(request.args.get("next", ""))
    resp = page(request, "Sign in", _form(presession, next_path), who=False)
    set_cookie(request, resp, PRESESSION, presession, 3600)
    return resp


@blueprint.post("/sign-in")
async def sign_in(request: Request) -> response.HTTPResponse:
    form = request.form or {}
    presession = read(request, PRESESSION)
    next_path = safe_next(str(form.get("next", "")))
    # One password check at a time: each holds 64 MiB (argon2id), and an address's
    # allowance is read only once the checks before it have been counted, so a burst
    # sent at the same moment gets no more checks than the allowance.
    async with request.app.ctx.password_checks:
        return await _attempt(request, form, presession, next_path)


async def _attempt(request: Request, form: Any, presession: str,
                   next_path: str) -> response.HTTPResponse:
    throttle: AddressThrottle = request.app.ctx.sign_in_throttle
    address = throttle.key(request)
    held = await throttle.check(address)
    if not held.allowed:  # before the password is even hashed
        return _throttled(request, presession, next_path, held.wait)
    if not csrf_ok(presession, str(form.get(FIELD, ""))):
        return page(request, "Sign in", _form(presession or credentials.new_secret(), next_path,
                    "The sign-in form had expired. Please try again."), status=403, who=False)
    email, password = str(form.get("email", ""))[:254], str(form.get("password", ""))
    settings = request.app.ctx.settings
    loop = asyncio.get_running_loop()
    previous = read(request, SESSION)[:100]
    token, forced = await loop.run_in_executor(
        None, _check, request.app.ctx.session_factory, email, password, settings, previous)
    if token is None:
        counted = await throttle.failed(address)
        if counted.wait > 0:  # that was this address's last try for now
            await loop.run_in_executor(None, audit_throttled, request.app.ctx.session_factory,
                                       address, counted.wait)
        body = _form(presession, next_path, accounts.SIGN_IN_FAILED, email)
        return page(request, "Sign in", body, status=401, who=False)
    resp = response.redirect(PASSWORD_PAGE if forced else next_path, status=303)
    set_cookie(request, resp, SESSION, token, settings.commissioner.session_max_hours * 3600)
    clear_cookie(request, resp, PRESESSION)
    return resp


def _throttled(request: Request, presession: str, next_path: str,
               wait: float) -> response.HTTPResponse:
    message = THROTTLED.format(wait=waiting_time(wait))
    resp = page(request, "Sign in", _form(presession or credentials.new_secret(), next_path,
                                          message), status=429, who=False)
    resp.headers["Retry-After"] = retry_after(wait)
    return resp


def audit_throttled(factory: Any, address: str, wait: float) -> None:
    with unit_of_work(factory) as db:  # the address only as its HMAC, never itself
        record_audit(db, "sign-in", "sign_in_throttled",
                     f"address {address[:16]} refused for {waiting_time(wait)}")


def _check(factory: Any, email: str, password: str, settings: Any,
           previous: str) -> Tuple[Optional[str], bool]:
    """(a new session for a right password, whether it must choose a new password
    first); the browser's session from before, if it had one, is ended: a sign-in never
    carries on a session id someone else could know."""
    with unit_of_work(factory) as db:
        now = utcnow()
        result = accounts.sign_in(db, email, password, settings.commissioner, now)
        if result.user is None:
            return None, False
        if previous:
            credentials.end_session(db, previous)
        token = credentials.start_session(db, result.user, settings.commissioner, now)
        return token, bool(result.user.must_change_password)


@blueprint.post("/sign-out")
@requires(READ, before_new_password=True)
async def sign_out(request: Request, who: Principal) -> response.HTTPResponse:
    with unit_of_work(request.app.ctx.session_factory) as db:
        if who.session_token:
            credentials.end_session(db, who.session_token)
        record_audit(db, who.email, "sign_out", "", organisation_id=who.organisation_id)
    resp = response.redirect("/sign-in", status=303)
    clear_cookie(request, resp, SESSION)
    return resp
