"""The JSON API under /api/v1 (documented in `openapi.py`; a test checks they agree).

Read-only. Send `Authorization: Bearer <token>` (tokens from the API tokens page),
or use it from a signed-in browser. Hidden small counts are the string "*".
"""

from __future__ import annotations

from typing import Any, Callable, Optional, Tuple

from sanic import Blueprint, response
from sanic.request import Request

from bot.commissioner import service
from bot.commissioner.guard import Principal, requires
from bot.commissioner.openapi import document
from bot.commissioner.permissions import READ, READ_AUDIT

blueprint = Blueprint("api", url_prefix="/api/v1")


async def _answer(request: Request, work: Callable[..., Any], *args: Any) -> response.HTTPResponse:
    try:
        return response.json(await service.run_db(request, work, *args))
    except service.NotFound:
        return response.json({"error": "no consultation with that code"}, status=404)


@blueprint.get("/openapi.json")
async def openapi(_request: Request) -> response.HTTPResponse:
    return response.json(document())


@blueprint.get("/me")
@requires(READ)
async def me(request: Request, who: Principal) -> response.HTTPResponse:
    return await _answer(request, service.me, who)


@blueprint.get("/consultations")
@requires(READ)
async def consultations(request: Request, who: Principal) -> response.HTTPResponse:
    return await _answer(request, service.consultation_list, who)


@blueprint.get("/consultations/<code:str>")
@requires(READ)
async def consultation(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    return await _answer(request, service.audited("results", service.consultation_detail), who, code)


@blueprint.get("/consultations/<code:str>/questions")
@requires(READ)
async def questions(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    return await _answer(request, service.audited("questions", service.question_results), who, code)


@blueprint.get("/consultations/<code:str>/timeline")
@requires(READ)
async def timeline(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    return await _answer(request, service.audited("timeline", service.timeline), who, code)


@blueprint.get("/consultations/<code:str>/funnel")
@requires(READ)
async def funnel(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    return await _answer(request, service.audited("funnel", service.funnel), who, code)


def whole_number(raw: str, most_digits: int) -> bool:
    """Plain digits 0-9 only: `str.isdigit` also passes "²" and other scripts' digits,
    which `int` then refuses or reads as a number nobody typed."""
    return raw.isascii() and raw.isdigit() and len(raw) <= most_digits


def comment_filters(request: Request) -> Optional[Tuple[str, Optional[str], int]]:
    """(search, question key, offset) from the query string, or None when malformed."""
    search = request.args.get("q", "")[:100]
    question = request.args.get("question") or None
    raw = request.args.get("offset", "0")
    if not whole_number(raw, 8) or (question and len(question) > 40):
        return None
    return search, question, int(raw)


@blueprint.get("/consultations/<code:str>/comments")
@requires(READ)
async def comments(request: Request, who: Principal, code: str) -> response.HTTPResponse:
    filters = comment_filters(request)
    if filters is None:
        return response.json({"error": "offset must be a whole number; question a key"},
                             status=400)
    return await _answer(request, service.audited("comments", service.free_text), who, code,
                         *filters)


@blueprint.get("/audit")
@requires(READ_AUDIT)
async def audit(request: Request, who: Principal) -> response.HTTPResponse:
    raw = request.args.get("before", "")
    if raw and not whole_number(raw, 11):
        return response.json({"error": "before must be an audit entry id"}, status=400)
    return await _answer(request, service.audit_log, who, int(raw) if raw else None)
