"""Writing consultations in the browser: upload or edit a script, checked by the same
validator as the command line (errors name the line and field)."""

from __future__ import annotations

import re
from typing import Any, List, Optional, Tuple

from sanic import Blueprint, response
from sanic.request import Request
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.commissioner import service
from bot.commissioner.guard import Principal, requires
from bot.commissioner.html import csrf_field, e, message_page, page
from bot.commissioner.permissions import AUTHOR_SCRIPTS
from bot.db.models import Organisation
from bot.db.repository import consultation_by_code, record_audit
from bot.reporting import scope
from bot.scripts import store
from bot.scripts.schema import MAX_SCRIPT_BYTES
from bot.scripts.script import ScriptError, ScriptInvalid, load_script

blueprint = Blueprint("authoring")
CODE_LINE = re.compile(r"^code:[^\n]*$", re.MULTILINE)


class Refused(ValueError):
    """The script cannot be saved; `errors` say where and why."""

    def __init__(self, errors: List[ScriptError]) -> None:
        super().__init__("; ".join(str(error) for error in errors))
        self.errors = errors


def _script_text(request: Request) -> Tuple[str, List[ScriptError]]:
    upload = (request.files or {}).get("file")
    raw: Any = upload.body if upload is not None and upload.body else (
        (request.form or {}).get("script", "") or "")
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "replace")
    if len(raw) > MAX_SCRIPT_BYTES:  # the same limit as the command line's (docs/scripts.md)
        return "", [ScriptError(1, "", f"the script is larger than {MAX_SCRIPT_BYTES // 1024} KB")]
    try:
        return raw.decode("utf-8-sig").replace("\r\n", "\n"), []
    except UnicodeDecodeError:
        return "", [ScriptError(1, "", "the file is not UTF-8 text (save it as UTF-8 and retry)")]


def save(db: Session, who: Principal, text: str, expected_code: Optional[str]) -> str:
    """Check and store a script for the user's organisation; returns its code."""
    try:
        script = load_script(text)
    except ScriptInvalid as invalid:
        raise Refused(invalid.errors) from None
    line = _line_of_code(text)
    if expected_code and script.code != expected_code.upper():
        raise Refused([ScriptError(line, "code", f"must stay {expected_code.upper()} when "
                                   "editing (duplicate the consultation to use a new code)")])
    own = scope.consultation_of(db, who.organisation_id, script.code)
    if own is None and consultation_by_code(db, script.code) is not None:
        raise Refused([ScriptError(line, "code", f"{script.code} is already in use; "
                                   "choose another code")])
    if own is not None and not expected_code:
        raise Refused([ScriptError(line, "code", f"{script.code} already exists: edit it or "
                                   "choose another code")])
    organisation = db.get(Organisation, who.organisation_id)
    try:
        consultation = store.save_script(db, script, text, organisation=organisation,
                                         status=own.status if own is not None else "draft")
    except ScriptInvalid as invalid:  # e.g. an answered question given another type
        raise Refused(invalid.errors) from None
    except IntegrityError:  # saved under this code a moment ago (a double click, two tabs)
        raise Refused([ScriptError(line, "code", f"{script.code} is already in use; choose "
                                   f"another code, or edit {script.code} if it is "
                                   "yours")]) from None
    record_audit(db, who.email, "edit" if own is not None else "upload",
                 f"{consultation.code} {script.version[:12]}", organisation_id=who.organisation_id)
    return str(consultation.code)


def _line_of_code(text: str) -> int:
    found = CODE_LINE.search(text)
    return text[: found.start()].count("\n") + 1 if found else 1


def _editor(action: str, text: str, errors: List[ScriptError], csrf: str) -> str:
    summary = ""
    if errors:
        items = "".join(f"<li>{e(str(error))}</li>" for error in errors)
        summary = (f'<div class="error-summary" role="alert" aria-labelledby="errors-title">'
                   f'<h2 id="errors-title">There {"is a problem" if len(errors) == 1 else "are problems"}'
                   f' in the script</h2><ul>{items}</ul></div>')
    return (f'{summary}<form method="post" action="{e(action)}" enctype="multipart/form-data">'
            f'{csrf_field(csrf)}<label for="script">Script (YAML, see docs/scripts.md)</label>'
            f'<textarea id="script" name="script" rows="24" spellcheck="false">{e(text)}</textarea>'
            f'<label for="file">Or upload a file</label>'
            f'<input type="file" id="file" name="file" accept=".yml,.yaml,text/yaml">'
            f'<p><button type="submit">Check and save</button></p></form>')


@blueprint.get("/consultations/new")
@requires(AUTHOR_SCRIPTS)
async def new_page(request: Request, who: Principal) -> response.HTTPResponse:
    return page(request, "New consultation", _editor("/consultations/new", "", [], who.csrf))


@blueprint.post("/consultations/new")
@requires(AUTHOR_SCRIPTS)
async def upload(request: Request, who: Principal) -> response.HTTPResponse:
    return await _save(request, who, None, "/consultations/new", "New consultation")


async def _save(request: Request, who: Principal, code: Optional[str], action: str,
                title: str) -> response.HTTPResponse:
    text, errors = _script_text(request)
    if not errors:
        try:
            saved = await service.run_db(request, save, who, text, code)
            return response.redirect(f"/consultations/{saved}/launch", status=303)
        except Refused as refused:
            errors = refused.errors
    return page(request, title, _editor(action, text, errors, who.csrf), status=422)


def script_of(db: Session, who: Principal, code: str) -> Optional[str]:
    consultation = scope.consultation_of(db, who.organisation_id, code)
    return None if consultation is None else str(consultation.script_yaml)


@blueprint.get("/consultations/<code:str>/edit")
@requires(AUTHOR_SCRIPTS)
async def edit_page(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    text = await service.run_db(request, script_of, who, code)
    if text is None:
        return message_page(request, "Not found", "No consultation with that code.", 404)
    return page(request, f"Edit {code.upper()}",
                _editor(f"/consultations/{code.upper()}/edit", text, [], who.csrf))


@blueprint.post("/consultations/<code:str>/edit")
@requires(AUTHOR_SCRIPTS)
async def edit(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    if await service.run_db(request, script_of, who, code) is None:
        return message_page(request, "Not found", "No consultation with that code.", 404)
    return await _save(request, who, code, f"/consultations/{code.upper()}/edit",
                       f"Edit {code.upper()}")
