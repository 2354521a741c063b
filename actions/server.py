"""The action server: rasa-sdk's executor inside our own Sanic app.

`rasa run actions` binds 0.0.0.0, checks nothing and believes any tracker it is
sent, so anyone who reached the port could answer, stop or erase someone
else's consultation. This app listens on loopback by default, serves only
callers that send the secret Rasa has (endpoints.yml sends it as a header),
caps the body (after any decompression) and never echoes a request in an error.
"""

from __future__ import annotations

import hmac
import json
import logging
import zlib
from typing import Any, Dict, Optional, Tuple

from rasa_sdk.executor import ActionExecutor
from rasa_sdk.interfaces import ActionExecutionRejection, ActionNotFoundException
from sanic import Sanic, response
from sanic.request import Request
from sanic.response import HTTPResponse

from actions.engine import on_database, resources
from bot.config import Settings
from bot.db.session import database_answers
from bot.failures import check_heads, ready_while_holding
from bot.logs import AtMostEvery
from bot.metrics import CONTENT_TYPE, exposition, metrics
from bot.runtime import is_warm, warm_up

logger = logging.getLogger(__name__)
SECRET_HEADER = "X-Action-Secret"


def create_app(settings: Settings, name: str = "sounding_board_actions") -> Sanic:
    app = Sanic(name, configure_logging=False)
    # Sanic answers 413 itself past this; a deflated body is checked after inflating.
    app.config.REQUEST_MAX_SIZE = settings.action_max_body
    executor = ActionExecutor()
    executor.register_package("actions")

    check_heads(app)

    async def warm(started: Sanic, _loop: object) -> None:
        warm_up(started)  # not on the first patient's turn

    app.register_listener(warm, "after_server_start")

    @app.get("/health")
    async def health(request: Request) -> HTTPResponse:
        """Alive (the process answers); see /ready for whether it can do its work."""
        return response.json({"status": "ok", "warm": is_warm(request.app)})

    @app.get("/ready")
    async def ready(request: Request) -> HTTPResponse:
        """Ready once warmed up (bot/runtime.py), saying whether the answers database
        answers; without it a turn tells Rasa to hold the message (bot/failures.py
        ready_while_holding says why that keeps it ready). No secret: it says nothing else."""
        if not is_warm(request.app):
            return response.json({"status": "not ready", "warm_up": "running"}, 503)
        return await ready_while_holding(on_database(lambda: database_answers(resources()[1])))

    @app.get("/metrics")
    async def prometheus(_request: Request) -> HTTPResponse:
        return response.raw(exposition(), content_type=CONTENT_TYPE)

    @app.post("/webhook")
    async def webhook(request: Request) -> HTTPResponse:
        refused = _refusal(request, settings.action_secret)
        if refused is not None:
            return refused
        action_call, problem = _decode(request, settings.action_max_body)
        if action_call is None:
            return response.json({"error": problem[1]}, problem[0])
        try:
            result = await executor.run(action_call)
        except ActionNotFoundException as error:
            return response.json({"error": "unknown action", "action_name": error.action_name}, 404)
        except ActionExecutionRejection as error:
            return response.json({"error": "rejected", "action_name": error.action_name}, 400)
        return response.json(result)

    @app.exception(Exception)
    async def failed(_request: Request, error: Exception) -> HTTPResponse:
        status = getattr(error, "status_code", 500)
        if status >= 500:
            logger.error("action call failed: %s", type(error).__name__)
        # Never the request body or the exception text: either may hold what a patient wrote.
        return response.json({"error": "request failed"}, status)

    return app


# A refused call is logged at most this often: a Rasa server with another secret (a
# rotation half done) refuses every patient's turn, and nothing said so (Rasa logs only
# "RasaException" and points at this server's log, which was empty).
REFUSALS_SAID = AtMostEvery(60.0)


def _refusal(request: Request, secret: str) -> Optional[HTTPResponse]:
    given = request.headers.get(SECRET_HEADER, "")
    if not given:
        _refused("unauthorised", f"no {SECRET_HEADER}")
        return response.json({"error": f"missing {SECRET_HEADER}"}, 401)
    if not secret or not hmac.compare_digest(given.encode(), secret.encode()):
        _refused("forbidden", f"a wrong {SECRET_HEADER}")
        return response.json({"error": "wrong secret"}, 403)
    return None


def _refused(reason: str, what: str) -> None:
    """Counted (SoundingBoardWebhookForbidden pages on it) and logged, not too often."""
    metrics().rejected.labels("action_server", reason).inc()
    if REFUSALS_SAID.due():
        logger.warning("refused action calls with %s: if they come from Rasa, its "
                       "SB_ACTION_SECRET differs from this server's, and no patient is "
                       "answered (docs/runbook.md#secrets)", what)


def _decode(request: Request, limit: int) -> Tuple[Optional[Dict[str, Any]], Tuple[int, str]]:
    """The action call, or None and (status, reason)."""
    encoding = request.headers.get("Content-Encoding", "identity").strip().lower()
    body = request.body
    if encoding == "deflate":
        inflater = zlib.decompressobj()
        try:
            body = inflater.decompress(body, limit + 1)
        except zlib.error:
            return None, (400, "body is not valid deflate data")
        if len(body) > limit or inflater.unconsumed_tail:
            return None, (413, "body too large once inflated")
    elif encoding != "identity":
        return None, (415, "unsupported Content-Encoding")
    try:
        call = json.loads(body)
    except (ValueError, RecursionError):  # RecursionError: nested deeper than the parser goes
        return None, (400, "body must be JSON")
    if not isinstance(call, dict) or not isinstance(call.get("next_action"), str):
        return None, (400, "body must be an action call")
    return call, (200, "")
