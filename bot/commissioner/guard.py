"""Who is asking: a signed-in browser (session cookie) or a script (API token).

Handlers declare what they need with `requires(permission)`; a request without
it gets 401 (API) or the sign-in page (pages), and 403 when signed in without the
role. Forms posted from a browser must carry the CSRF token of its session. A browser
signed in with a one-time password (a new account, or after an admin's reset) is sent to
choose a new password from every page but that one and signing out; on the JSON API it
gets 403 (a script would not follow a redirect to a page). API tokens are not affected.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from functools import wraps
from typing import Any, Callable, Coroutine, Optional
from urllib.parse import quote

from sanic import response
from sanic.request import Request

from bot.commissioner import cookies, credentials
from bot.commissioner.csrf import FIELD, csrf_ok, csrf_token
from bot.commissioner.permissions import can
from bot.db.models import CommissionerUser, utcnow
from bot.db.session import unit_of_work
from bot.reporting.findings import threshold_for

PASSWORD_PAGE = "/account/password"
NEW_PASSWORD_FIRST = ("choose a new password first: this browser signed in with a one-time "
                      "password, so nothing else opens until you choose your own at "
                      + PASSWORD_PAGE)
Handler = Callable[..., Coroutine[Any, Any, Any]]


@dataclass(frozen=True)
class Principal:
    user_id: int
    email: str
    role: str
    organisation_id: int
    organisation_name: str
    threshold: int
    session_token: str = ""  # empty for API tokens (no cookie, so no CSRF to check)
    must_change_password: bool = False  # signed in with a one-time password

    @property
    def csrf(self) -> str:
        return csrf_token(self.session_token) if self.session_token else ""


def _principal(user: CommissionerUser, default_threshold: int, session_token: str) -> Principal:
    return Principal(user.id, user.email, user.role, user.organisation_id,
                     user.organisation.name, threshold_for(user.organisation, default_threshold),
                     session_token, bool(session_token and user.must_change_password))


def _resolve(request: Request) -> Optional[Principal]:
    settings = request.app.ctx.settings
    now = utcnow()
    header = request.headers.get("authorization", "")
    # A token is for the read-only API alone: on a page or form it would act with no CSRF
    # check (make itself a new token, add an admin, erase answers), so there it is ignored.
    bearer = is_api(request) and header[:7].lower() == "bearer "
    with unit_of_work(request.app.ctx.session_factory) as db:
        if bearer:
            user = credentials.token_user(db, header[7:].strip(), now)
            return _principal(user, settings.suppression_threshold, "") if user else None
        token = cookies.read(request, cookies.SESSION)
        if not token or len(token) > 100:
            return None
        user = credentials.session_user(db, token, settings.commissioner, now)
        return _principal(user, settings.suppression_threshold, token) if user else None


async def principal(request: Request) -> Optional[Principal]:
    if not hasattr(request.ctx, "principal"):
        request.ctx.principal = await asyncio.get_running_loop().run_in_executor(
            None, _resolve, request)
    return request.ctx.principal  # type: ignore[no-any-return]


def is_api(request: Request) -> bool:
    return request.path.startswith("/api/")


def unsaved_script(request: Request) -> str:
    """A script posted by a form that was refused (the session had ended, the form was
    from before the latest sign-in) or could not be saved (the database unavailable):
    given back to copy, since going back may lose it.
    Only to a form of ours: another site's would have our page offer its script to paste."""
    if request.method != "POST" or not request.content_type.startswith(
            ("application/x-www-form-urlencoded", "multipart/")):
        return ""
    if request.headers.get("sec-fetch-site", "same-origin") != "same-origin":
        return ""
    return str((request.form or {}).get("script", "") or "")


def denied(request: Request, status: int, message: str,
           give_back: bool = True) -> response.HTTPResponse:
    if is_api(request):
        return response.json({"error": message}, status=status)
    script = unsaved_script(request) if give_back else ""
    if status == 401 and not script:
        return response.redirect(f"/sign-in?next={quote(request.path)}", status=303)
    from bot.commissioner.html import e, given_back, message_page, page  # pages only

    if not script:
        return message_page(request, "Not allowed", message, status=status)
    if status == 401:
        why = ("You were signed out (30 minutes without using the app, or 8 hours after "
               "signing in), so nothing was saved.")
        then = f'<a href="/sign-in?next={e(quote(request.path))}">sign in again</a>'
    else:
        why, then = f"Nothing was saved: {message}.", f'<a href="{e(request.path)}">open the page again</a>'
    body = f'<p>{e(why)}</p>{given_back(script, then)}'
    title = "Signed out: script not saved" if status == 401 else "Script not saved"
    return page(request, title, body, status=status, who=False if status == 401 else None)


def submitted_csrf(request: Request) -> str:
    if not request.content_type.startswith(("application/x-www-form-urlencoded", "multipart/")):
        return ""
    return str((request.form or {}).get(FIELD, ""))


def requires(permission: str, before_new_password: bool = False) -> Callable[[Handler], Handler]:
    """`before_new_password`: open to a browser that must choose a new password first
    (the password page and signing out); every other page sends it there."""
    def decorate(handler: Handler) -> Handler:
        @wraps(handler)
        async def guarded(request: Request, *args: Any, **kwargs: Any) -> Any:
            who = await principal(request)
            if who is None:
                return denied(request, 401, "sign in first (or send an API token)")
            if not can(who.role, permission):
                return denied(request, 403, "your role does not allow this", give_back=False)
            # A browser's cookie comes with any request, so its forms must prove they are
            # ours; an API token is never sent by a browser on its own.
            if request.method == "POST" and who.session_token and not csrf_ok(
                    who.session_token, submitted_csrf(request)):
                return denied(request, 403, "the form had expired; go back, reload and try again")
            if who.must_change_password and not before_new_password:
                if is_api(request):
                    return denied(request, 403, NEW_PASSWORD_FIRST)
                return response.redirect(PASSWORD_PAGE, status=303)
            return await handler(request, who, *args, **kwargs)
        return guarded
    return decorate
