"""Running a consultation: launch with dates, close, duplicate as a new draft, preview
it on each channel, and the launch kit (SMS keyword, Telegram link, web link, QR, embed)."""

from __future__ import annotations

import re
from datetime import date
from typing import Optional, Tuple

from sanic import Blueprint, response
from sanic.request import Request
from sqlalchemy.orm import Session

from bot.commissioner import service
from bot.commissioner.authoring import CODE_LINE, Refused, save, script_of
from bot.commissioner.guard import Principal, requires
from bot.commissioner.html import csrf_field, e, message_page, page
from bot.commissioner.launch_kit import launch_kit
from bot.commissioner.permissions import AUTHOR_SCRIPTS, READ
from bot.commissioner.preview import OptionNames, preview
from bot.db import repository
from bot.db.models import utcnow
from bot.db.repository import record_audit
from bot.reporting import scope
from bot.scripts import days, store

blueprint = Blueprint("launching")


def parse_day(raw: str) -> Optional[date]:
    try:
        return date.fromisoformat(raw.strip()) if raw.strip() else None
    except ValueError:
        return None


def launch_problem(opens: Optional[date], closes: Optional[date], opens_raw: str,
                   closes_raw: str, today: date) -> Optional[str]:
    """Why these launch dates are refused, or None. Pure."""
    if opens_raw.strip() and opens is None:
        return "the opening date must be a date (YYYY-MM-DD)"
    if closes_raw.strip() and closes is None:
        return "the closing date must be a date (YYYY-MM-DD)"
    if closes is not None and closes < today:
        return "the closing date has already passed"
    if opens is not None and closes is not None and closes < opens:
        return "the closing date is before the opening date"
    return None


def _set_status(db: Session, who: Principal, code: str, status: str,
                opens: Optional[date] = None, closes: Optional[date] = None) -> bool:
    consultation = scope.consultation_of(db, who.organisation_id, code)
    if consultation is None:
        return False
    if status == "closed":
        store.close(consultation)
    else:
        consultation.status = status
        if status == "live":
            consultation.opens_on = days.first_moment(opens or days.uk_today())
            consultation.closes_on = days.last_moment(closes) if closes else None
        consultation.updated_at = utcnow()
    detail = consultation.code + (f" {opens or ''}..{closes or ''}" if status == "live" else "")
    record_audit(db, who.email, "launch" if status == "live" else "close", detail,
                 organisation_id=who.organisation_id)
    return True


def _launch_form(request: Request, code: str, csrf: str, message: str = "") -> str:
    published = request.app.ctx.settings.web.published_link(code)
    error = f'<div class="error-summary" role="alert"><p>{e(message)}</p></div>' if message else ""
    return (f'{error}<h2>Launch</h2><form method="post" action="/consultations/{e(code)}/launch">'
            f'{csrf_field(csrf)}<label for="opens">Opens (empty: today)</label>'
            f'<input type="date" id="opens" name="opens"><label for="closes">Closes '
            f'(empty: until you close it)</label><input type="date" id="closes" name="closes">'
            f'<p><button type="submit">Launch</button></p></form>'
            f'<h2>Close</h2><form method="post" action="/consultations/{e(code)}/close">'
            f'{csrf_field(csrf)}<p><button type="submit" class="secondary">Close (stop taking '
            f'answers)</button></p></form>'
            f'<h2>Duplicate as a new draft</h2><form method="post" '
            f'action="/consultations/{e(code)}/duplicate">{csrf_field(csrf)}'
            f'<label for="new_code">New code (3–12 letters and digits)</label>'
            f'<input type="text" id="new_code" name="new_code" required maxlength="12">'
            f'<p><button type="submit" class="secondary">Duplicate</button></p></form>'
            f'<h2>Publish what people said</h2><p>Once closed, publish a summary (small '
            f'numbers hidden) with what you did. Patients see it at <a href="{e(published)}">'
            f'{e(published)}</a>: once the consultation is closed, the bot answers its code '
            f'with this link on the web chat, SMS and Telegram.</p>'
            f'<form method="post" action="/consultations/{e(code)}/publish">{csrf_field(csrf)}'
            f'<label for="we_did">What we did</label><textarea id="we_did" name="we_did" '
            f'rows="5" required maxlength="5000"></textarea>'
            f'<p><button type="submit">Publish</button></p></form>'
            f'<form method="post" action="/consultations/{e(code)}/unpublish">'
            f'{csrf_field(csrf)}<p><button type="submit" class="secondary">Unpublish</button>'
            f'</p></form>')


def names_html(names: Tuple[OptionNames, ...]) -> str:
    """The other names each option is understood by (aliases and everyday names)."""
    if not names:
        return ""
    items = "".join(
        f"<dt>{e(o.label)}</dt>"
        + (f"<dd>Also: {e(', '.join(o.also))}</dd>" if o.also else "")
        + (f"<dd>Asks \"Did you mean {e(o.label)}?\" for: {e(', '.join(o.asks))}</dd>"
           if o.asks else "")
        for o in names)
    return f'<h4>Also understood</h4><dl class="names">{items}</dl>'


def preview_html(text: str) -> str:
    """Each question as the web chat, SMS and Telegram show it, and every other name
    each option is understood by."""
    items = []
    for q in preview(store.script_from_yaml(text)):
        buttons = "".join(f"<li>{e(b)}</li>" for b in q.web_buttons)
        sms = "".join(f'<pre>{e(body)}</pre><p>{n} SMS segment{"s" if n > 1 else ""}</p>'
                      for body, n in q.sms_bodies)
        rows = "".join("<li>" + " | ".join(e(b) for b in row) + "</li>"
                       for row in q.telegram_rows)
        items.append(f'<section class="question"><h3>{e(q.key)}</h3><h4>Web chat</h4>'
                     f'<p>{e(q.web_text)}</p><ul>{buttons}</ul><h4>SMS</h4>{sms}'
                     f'<h4>Telegram</h4><p>{e(q.web_text)}</p><ul>{rows}</ul>'
                     f'{names_html(q.names)}</section>')
    # Under a heading of its own: the questions' h3s followed the page's h1 directly.
    return (f'<h2>Preview</h2><details><summary>Every question on each channel</summary>'
            f'{"".join(items)}</details>')


@blueprint.get("/consultations/<code:str>/launch")
@requires(AUTHOR_SCRIPTS)
async def launch_page(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    text = await service.run_db(request, script_of, who, code)
    if text is None:
        return message_page(request, "Not found", "No consultation with that code.", 404)
    body = (f'<p>Saved. <a href="/consultations/{e(code.upper())}">Results</a> · '
            f'<a href="/consultations/{e(code.upper())}/edit">Edit the script</a></p>'
            + preview_html(text) + _launch_form(request, code.upper(), who.csrf))
    return page(request, f"{code.upper()}: launch or close", body)


@blueprint.post("/consultations/<code:str>/launch")
@requires(AUTHOR_SCRIPTS)
async def launch(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    form = request.form or {}
    opens_raw, closes_raw = str(form.get("opens", ""))[:20], str(form.get("closes", ""))[:20]
    opens, closes = parse_day(opens_raw), parse_day(closes_raw)
    problem = launch_problem(opens, closes, opens_raw, closes_raw, days.uk_today())
    if problem:
        return page(request, f"{code.upper()}: launch or close",
                    _launch_form(request, code.upper(), who.csrf, problem), status=422)
    if not await service.run_db(request, _set_status, who, code, "live", opens, closes):
        return message_page(request, "Not found", "No consultation with that code.", 404)
    return response.redirect(f"/consultations/{code.upper()}/launch-kit", status=303)


@blueprint.post("/consultations/<code:str>/close")
@requires(AUTHOR_SCRIPTS)
async def close(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    if not await service.run_db(request, _set_status, who, code, "closed"):
        return message_page(request, "Not found", "No consultation with that code.", 404)
    return response.redirect(f"/consultations/{code.upper()}", status=303)


def with_code(text: str, code: str) -> str:
    """The script with its top-level code replaced."""
    if CODE_LINE.search(text):
        return CODE_LINE.sub(f"code: {code}", text, count=1)
    return f"code: {code}\n{text}"


def _duplicate(db: Session, who: Principal, code: str, new_code: str) -> Optional[str]:
    text = script_of(db, who, code)
    if text is None:
        return None
    return save(db, who, with_code(text, new_code), None)


@blueprint.post("/consultations/<code:str>/duplicate")
@requires(AUTHOR_SCRIPTS)
async def duplicate(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    new_code = str((request.form or {}).get("new_code", "")).strip().upper()[:12]
    if not re.fullmatch(r"[A-Z][A-Z0-9]{2,11}", new_code):
        return page(request, f"{code.upper()}: launch or close", _launch_form(
            request, code.upper(), who.csrf, "the new code must be 3–12 letters and digits, "
            "starting with a letter"), status=422)
    try:
        saved = await service.run_db(request, _duplicate, who, code, new_code)
    except Refused as refused:
        return page(request, f"{code.upper()}: launch or close", _launch_form(
            request, code.upper(), who.csrf, str(refused)), status=422)
    if saved is None:
        return message_page(request, "Not found", "No consultation with that code.", 404)
    return response.redirect(f"/consultations/{saved}/edit", status=303)


def _published(db: Session, who: Principal, code: str) -> bool:
    consultation = scope.consultation_of(db, who.organisation_id, code)
    return consultation is not None and repository.is_published(db, consultation.id)


@blueprint.get("/consultations/<code:str>/launch-kit")
@requires(READ)
async def kit(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    info = await service.run_db(request, service.consultation_detail_or_none, who, code)
    if info is None:
        return message_page(request, "Not found", "No consultation with that code.", 404)
    settings = request.app.ctx.settings
    k = launch_kit(info["code"], settings)
    published = (f'<dt>Published results</dt><dd><a href="{e(settings.web.published_link(k.code))}">'
                 f'{e(settings.web.published_link(k.code))}</a></dd>'
                 if await service.run_db(request, _published, who, k.code) else "")
    sms = (f"Text <strong>{e(k.sms_keyword)}</strong> to {e(k.sms_number)}" if k.sms_number
           else f"Text <strong>{e(k.sms_keyword)}</strong> to your SMS number (Twilio is not set up)")
    # A link to t.me/<TELEGRAM_BOT_USERNAME> leads nowhere: say so, as for SMS.
    telegram = (f'<a href="{e(k.telegram_link)}">{e(k.telegram_link)}</a>'
                if settings.telegram.bot_username
                else f"<code>/start {e(k.code)}</code> to your Telegram bot (Telegram is not set up)")
    body = (f'<p>Status: <strong>{e(info["status"])}</strong>.</p><dl>'
            f'<dt>SMS</dt><dd>{sms}</dd>'
            f'<dt>Telegram</dt><dd>{telegram}</dd>'
            f'<dt>Web link</dt><dd><a href="{e(k.web_link)}">{e(k.web_link)}</a></dd>'
            f'{published}</dl>'
            f'<figure>{k.qr_svg()}<figcaption>QR code for the web link</figcaption></figure>'
            f'<label for="embed">Embed the web chat on a page</label>'
            f'<textarea id="embed" rows="3" readonly>{e(k.embed_snippet)}</textarea>')
    return page(request, f'{info["code"]}: links and QR code', body)
