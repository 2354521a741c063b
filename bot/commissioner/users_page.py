"""Admins manage their organisation's accounts: add one or reset a password (either way a
one-time password shown once, which signs in once, to choose their own), switch one off
or on. Never another organisation's, never their own switched off or reset."""

from __future__ import annotations

from typing import Any, Callable, Dict, List, Tuple, TypeVar

from sanic import Blueprint, response
from sanic.request import Request
from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.commissioner import accounts, credentials, service
from bot.commissioner.guard import Principal, requires
from bot.commissioner.html import csrf_field, e, message_page, page
from bot.commissioner.permissions import MANAGE_USERS, ROLES
from bot.db.models import CommissionerUser, Organisation
from bot.db.repository import record_audit
from bot.reporting.dates import moment_text

blueprint = Blueprint("users")
T = TypeVar("T")


class NoSuchAccount(LookupError):
    """No account with that number in the admin's organisation (another's, or nobody's)."""


def _users(db: Session, who: Principal) -> List[Dict[str, Any]]:
    rows = db.scalars(select(CommissionerUser)
                      .where(CommissionerUser.organisation_id == who.organisation_id)
                      .order_by(CommissionerUser.email))
    return [{"id": u.id, "email": u.email, "role": u.role, "disabled": u.disabled,
             "last": moment_text(u.last_sign_in_at) if u.last_sign_in_at else "never"}
            for u in rows]


def _add(db: Session, who: Principal, email: str, role: str) -> str:
    password = accounts.generated_password()
    organisation = db.get(Organisation, who.organisation_id)
    # The admin has seen it: like a reset's, it signs in once, to choose their own.
    user = accounts.create_user(db, organisation, email, role, password,
                                must_change_password=True)
    record_audit(db, who.email, "user_created", f"{user.email} {role}",
                 organisation_id=who.organisation_id)
    return password


def _switch(db: Session, who: Principal, user_id: int) -> None:
    user = db.scalar(select(CommissionerUser).where(
        CommissionerUser.id == user_id, CommissionerUser.organisation_id == who.organisation_id))
    if user is None or user.id == who.user_id:
        return
    user.disabled = not user.disabled
    if user.disabled:
        credentials.end_sessions_of(db, user.id)
    record_audit(db, who.email, "user_disabled" if user.disabled else "user_enabled",
                 user.email, organisation_id=who.organisation_id)


def _reset(db: Session, who: Principal, user_id: int) -> Tuple[str, str]:
    """(their email, a one-time password) for an account of the admin's own organisation;
    NoSuchAccount for any other number, AccountError for the admin's own."""
    user = db.scalar(select(CommissionerUser).where(
        CommissionerUser.id == user_id, CommissionerUser.organisation_id == who.organisation_id))
    if user is None:
        raise NoSuchAccount(user_id)
    if user.id == who.user_id:
        raise accounts.AccountError("To change your own password, use Change your password "
                                    "at the top of the page.")
    password = accounts.reset_password(db, user)
    # Which account by its number and role: no password, no name or email in the detail.
    record_audit(db, who.email, "password_reset", f"account {user.id} {user.role}",
                 organisation_id=who.organisation_id)
    return user.email, password


def _listed(work: Callable[..., T]) -> Callable[..., Tuple[T, List[Dict[str, Any]]]]:
    """`work`, then the accounts as they are after it, in one transaction: a form's writes
    are its last (bot/commissioner/failure_pages.py)."""
    def both(db: Session, who: Principal, *args: Any) -> Tuple[T, List[Dict[str, Any]]]:
        return work(db, who, *args), _users(db, who)
    return both


async def _hashing(request: Request, work: Callable[..., T], *args: Any) -> T:
    """`work` hashes a password: it waits its turn with sign-ins and password changes
    (bot/commissioner/sign_in.py), so a burst of adds and resets cannot hog the CPU."""
    async with request.app.ctx.password_checks:
        return await service.run_db(request, work, *args)


def _page(request: Request, who: Principal, users: List[Dict[str, Any]], notice: str = "",
          status: int = 200) -> response.HTTPResponse:
    rows = "".join(
        f'<tr><td>{e(u["email"])}</td><td>{e(u["role"])}</td><td>{e(u["last"])}</td>'
        f'<td>{"switched off" if u["disabled"] else "active"}</td><td>'
        + ("" if u["id"] == who.user_id else
           f'<form method="post" action="/users/{u["id"]}/switch">{csrf_field(who.csrf)}'
           f'<button type="submit" class="secondary">{"Switch on" if u["disabled"] else "Switch off"}'
           f'<span class="skip"> {e(u["email"])}</span></button></form>'
           f'<form method="post" action="/users/{u["id"]}/reset">{csrf_field(who.csrf)}'
           f'<button type="submit" class="secondary">Reset password'
           f'<span class="skip"> of {e(u["email"])}</span></button></form>')
        + "</td></tr>" for u in users)
    options = "".join(f'<option value="{r}">{r}</option>' for r in ROLES)
    body = (f'{notice}<table><caption>Accounts at {e(who.organisation_name)}</caption><thead><tr>'
            f'<th scope="col">Email</th><th scope="col">Role</th><th scope="col">Last sign-in</th>'
            f'<th scope="col">State</th><th scope="col">Change</th></tr></thead>'
            f'<tbody>{rows}</tbody></table><h2>Add someone</h2>'
            f'<form method="post" action="/users">{csrf_field(who.csrf)}'
            f'<label for="email">Email</label><input type="email" id="email" name="email" '
            f'required maxlength="254"><label for="role">Role</label>'
            f'<select id="role" name="role">{options}</select>'
            f'<p><button type="submit">Add</button></p></form>')
    return page(request, "Accounts", body, status=status)


@blueprint.get("/users")
@requires(MANAGE_USERS)
async def users(request: Request, who: Principal) -> response.HTTPResponse:
    return _page(request, who, await service.run_db(request, _users, who))


@blueprint.post("/users")
@requires(MANAGE_USERS)
async def add(request: Request, who: Principal) -> response.HTTPResponse:
    form = request.form or {}
    email, role = str(form.get("email", ""))[:254], str(form.get("role", ""))
    try:
        password, listed = await _hashing(request, _listed(_add), who, email, role)
    except accounts.AccountError as error:
        notice = f'<div class="error-summary" role="alert"><p>{e(error)}</p></div>'
        return _page(request, who, await service.run_db(request, _users, who), notice, 422)
    notice = (f'<div class="notice" role="status"><p>Added {e(accounts.normal_email(email))}. '
              f'Their one-time password (give it to them safely; it is not shown again, and '
              f'it signs in once, to choose their own):</p>'
              f'<p><code id="new-password">{e(password)}</code></p></div>')
    return _page(request, who, listed, notice)


@blueprint.post("/users/<user_id:int>/reset")
@requires(MANAGE_USERS)
async def reset(request: Request, who: Principal, user_id: int) -> response.HTTPResponse:
    try:
        if not 0 < user_id < 2**31:
            raise NoSuchAccount(user_id)
        (email, password), listed = await _hashing(request, _listed(_reset), who, user_id)
    except NoSuchAccount:  # another organisation's, or nobody's: the same answer
        return message_page(request, "Not found", "No account with that number here.", 404)
    except accounts.AccountError as error:
        notice = f'<div class="error-summary" role="alert"><p>{e(error)}</p></div>'
        return _page(request, who, await service.run_db(request, _users, who), notice, 422)
    notice = (f'<div class="notice" role="status"><p>Reset the password of {e(email)}: they '
              f'are signed out everywhere. Their one-time password (give it to them safely; '
              f'it is not shown again, and it signs in once, to choose their own):</p>'
              f'<p><code id="new-password">{e(password)}</code></p></div>')
    return _page(request, who, listed, notice)


@blueprint.post("/users/<user_id:int>/switch")
@requires(MANAGE_USERS)
async def switch(request: Request, who: Principal, user_id: int) -> response.HTTPResponse:
    if 0 < user_id < 2**31:
        await service.run_db(request, _switch, who, user_id)
    return response.redirect("/users", status=303)
