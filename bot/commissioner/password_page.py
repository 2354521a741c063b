"""Changing your own password: the current one, then the new one twice. Signed in with
a one-time password (an admin's, for a new account or a reset), the new one alone, before
anything else.
Every other session of the user ends; this browser goes on in a new one."""

from __future__ import annotations

import asyncio
from typing import Any, Optional

from sanic import Blueprint, response
from sanic.request import Request

from bot.commissioner import accounts, credentials
from bot.commissioner.cookies import SESSION, set_cookie
from bot.commissioner.guard import PASSWORD_PAGE, Principal, requires
from bot.commissioner.html import csrf_field, e, page
from bot.commissioner.passwords import MAX_LENGTH, MIN_LENGTH, verify_password
from bot.commissioner.permissions import READ
from bot.commissioner.sign_in import audit_throttled
from bot.commissioner.throttle import AddressThrottle, retry_after, waiting_time
from bot.db.models import CommissionerUser, utcnow
from bot.db.repository import record_audit
from bot.db.session import unit_of_work

blueprint = Blueprint("password")

WRONG_CURRENT = "Your current password is not right, so nothing was changed. Try again."
THROTTLED = ("There have been too many wrong passwords from your network. "
             "Please wait {wait} and try again.")
CHANGED = ("Your password has been changed. Anywhere else you were signed in has been "
           "signed out.")
FIELD_LIMIT = MAX_LENGTH + 1  # one more than allowed, so that a long one is told it is


def _field(name: str, label: str, autocomplete: str, hint: str = "") -> str:
    described = f' aria-describedby="{name}-hint"' if hint else ""
    return (f'<label for="{name}">{label}</label>'
            + (f'<p class="hint" id="{name}-hint">{hint}</p>' if hint else "")
            + f'<input type="password" id="{name}" name="{name}" autocomplete="{autocomplete}" '
              f'required maxlength="{FIELD_LIMIT}"{described}>')


def _page(request: Request, who: Principal, error: str = "", notice: str = "",
          status: int = 200) -> response.HTTPResponse:
    forced = who.must_change_password
    shown = ""
    if error:
        shown = f'<div class="error-summary" role="alert"><p>{e(error)}</p></div>'
    elif notice:
        shown = (f'<div class="notice" role="status"><p>{e(notice)}</p>'
                 f'<p><a href="/consultations">Go on to Consultations</a></p></div>')
    intro = ("<p>An admin set the password you signed in with (for a new account, or a "
             "reset). Choose your own before you go on: that one-time password does not "
             "work again.</p>" if forced else "")
    current = "" if forced else _field("current", "Current password", "current-password")
    rules = (f"At least {MIN_LENGTH} characters. A few words you will remember, with "
             "spaces between them, make a good one.")
    body = (f'{shown}{intro}<form method="post" action="{PASSWORD_PAGE}">{csrf_field(who.csrf)}'
            f'{current}{_field("new", "New password", "new-password", rules)}'
            f'{_field("again", "New password again", "new-password")}'
            f'<p><button type="submit">Change password</button></p></form>')
    title = "Choose a new password" if forced else "Change your password"
    return page(request, title, body, status=status)


@blueprint.get(PASSWORD_PAGE)
@requires(READ, before_new_password=True)
async def password_page(request: Request, who: Principal) -> response.HTTPResponse:
    changed = request.args.get("changed") == "1" and not who.must_change_password
    return _page(request, who, notice=CHANGED if changed else "")


@blueprint.post(PASSWORD_PAGE)
@requires(READ, before_new_password=True)
async def change(request: Request, who: Principal) -> response.HTTPResponse:
    form = request.form or {}
    current = (None if who.must_change_password
               else str(form.get("current", ""))[:FIELD_LIMIT])
    new, again = (str(form.get(name, ""))[:FIELD_LIMIT] for name in ("new", "again"))
    problem = accounts.new_password_problem(new, again, current, who.email)
    if problem:  # before any hashing: nothing to guess here
        return _page(request, who, error=problem, status=422)
    # One password check at a time, as at sign-in (each holds 64 MiB).
    async with request.app.ctx.password_checks:
        return await _attempt(request, who, current, new)


async def _attempt(request: Request, who: Principal, current: Optional[str],
                   new: str) -> response.HTTPResponse:
    # A wrong current password counts against the address as a failed sign-in does: a
    # browser left signed in is no place to guess its owner's password from.
    throttle: AddressThrottle = request.app.ctx.sign_in_throttle
    address = throttle.key(request)
    if current is not None:
        held = await throttle.check(address)
        if not held.allowed:
            refused = _page(request, who, error=THROTTLED.format(wait=waiting_time(held.wait)),
                            status=429)
            refused.headers["Retry-After"] = retry_after(held.wait)
            return refused
    settings = request.app.ctx.settings
    factory = request.app.ctx.session_factory
    loop = asyncio.get_running_loop()
    token = await loop.run_in_executor(None, _change, factory, who, current, new, settings)
    if token is None:
        counted = await throttle.failed(address)
        if counted.wait > 0:
            await loop.run_in_executor(None, audit_throttled, factory, address, counted.wait)
        return _page(request, who, error=WRONG_CURRENT, status=422)
    resp = response.redirect(f"{PASSWORD_PAGE}?changed=1", status=303)
    set_cookie(request, resp, SESSION, token, settings.commissioner.session_max_hours * 3600)
    return resp


def _change(factory: Any, who: Principal, current: Optional[str], new: str,
            settings: Any) -> Optional[str]:
    """The new session's token once the password is changed, or None: the current
    password was wrong (audited, never what was typed)."""
    with unit_of_work(factory) as db:
        user = db.get(CommissionerUser, who.user_id)
        audit = dict(organisation_id=who.organisation_id)
        if user is None:
            return None
        forced = bool(user.must_change_password)
        if (current is None) != forced:
            return None  # a reset came (or was used) since this page was read
        if current is not None and not verify_password(user.password_hash, current):
            record_audit(db, who.email, "password_change_refused", "wrong current password",
                         **audit)
            return None
        accounts.set_password(db, user, new)
        record_audit(db, who.email, "password_changed",
                     "from a one-time password" if forced else "", **audit)
        return credentials.start_session(db, user, settings.commissioner, utcnow())
