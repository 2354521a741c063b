"""What the commissioner app and the patient web process answer when a request fails,
and their readiness.

The answers database unavailable (down, restarting, out of connections, SQLite locked
past its busy timeout: `database_unavailable`) is nobody's mistake and loses nothing:
503 with Retry-After, the app's own page or JSON saying to try again in a minute, and
one log line naming the error's type. Any other fault: 500, the app's own page, and the
traceback logged. Either way by bot/logs.py, which writes an exception's type and frames,
never its text (hide_parameters keeps SQL values out of that text too). A request Sanic
itself refused (a 4xx: malformed, too large, too slow, a method the address does not
take, no such address) keeps its status and Sanic's headers (Allow on a 405) and gets the
app's own page or JSON too, rather than Sanic's bare text; nothing is logged for it.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Awaitable, Callable, Optional

from sanic import Sanic, response
from sanic.exceptions import SanicException
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy.orm import sessionmaker

from bot.db.session import database_answers, database_unavailable

UNAVAILABLE = 503
FAULT = 500
RETRY_AFTER_SECONDS = 60  # the pages say "in a minute"

logger = logging.getLogger(__name__)
# (request, UNAVAILABLE, FAULT or the 4xx Sanic refused it with) -> the app's own page or
# JSON, with that status. Never echo the request's data (it may be anything).
Answer = Callable[[Request, int], HTTPResponse]


def status_for(error: BaseException) -> int:
    """503 for the database unavailable, 500 for any other fault, and Sanic's own status
    for a request it refused (a 4xx)."""
    if isinstance(error, SanicException) and error.status_code < FAULT:
        return int(error.status_code)
    return UNAVAILABLE if database_unavailable(error) else FAULT


def answer_failures(app: Sanic, answer: Answer) -> None:
    """One handler for every exception a request of `app` lets out."""
    @app.exception(Exception)
    async def failed(request: Request, error: Exception) -> HTTPResponse:
        status = status_for(error)
        if status < FAULT:  # Sanic refused the request: nothing of ours failed, nothing to log
            refused = answer(request, status)
            for name, value in (getattr(error, "headers", None) or {}).items():
                refused.headers[name] = value
            return refused
        # The route's pattern, never the request's values (a search, an email).
        where = f"{request.method} /{request.route.path}" if request.route else request.method
        if status == UNAVAILABLE:
            logger.error("database unavailable: %s on %s", type(error).__name__, where)
        else:
            logger.error("request failed on %s", where, exc_info=error)
        failure = answer(request, status)
        if status == UNAVAILABLE:
            failure.headers["Retry-After"] = str(RETRY_AFTER_SECONDS)
        return failure


async def database_problem(check: Awaitable[object]) -> Optional[str]:
    """The type of the error `check` (a database round trip) failed with; None if it answered."""
    try:
        await check
    except Exception as error:  # noqa: BLE001 - any failure: the database is unavailable
        return type(error).__name__
    return None


async def readiness(factory: sessionmaker) -> HTTPResponse:
    """`/ready`: whether the answers database answers (503 naming the error's type if not)."""
    problem = await database_problem(asyncio.to_thread(database_answers, factory))
    if problem is not None:
        return response.json({"status": "not ready", "database": problem}, 503)
    return response.json({"status": "ready"})


async def ready_while_holding(database_check: Awaitable[object]) -> HTTPResponse:
    """`/ready` of a process patients' messages pass through (a Rasa server, an action
    server), once its model and lexicons are in: ready whether or not the answers
    database answers, which the body says. With the database down the channels hold
    each message on disk and answer it when it returns (bot/channels/spool.py); a probe
    that failed then took every replica out of service at once, so the edge refused
    Twilio's and Telegram's webhooks (Twilio does not send an SMS again) and nothing
    reached the spool at all."""
    problem = await database_problem(database_check)
    if problem is not None:
        return response.json({"status": "ready", "database": problem,
                              "messages": "held until the database answers"})
    return response.json({"status": "ready"})
