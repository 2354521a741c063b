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
Some of those Sanic itself got wrong, as faults of ours (500, a traceback logged): a
malformed Content-Length or a Transfer-Encoding other than chunked, now 400 in every
server (`check_heads`, the Rasa server and the action server too); a body
announced and never finished, now 408 with the connection closed; and an Accept it
cannot read, which made the Rasa server's error answers 500, now taken as none.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Any, Awaitable, Callable, Optional, Sequence

from sanic import Sanic, response
from sanic.exceptions import InvalidUsage, SanicException, ServiceUnavailable
from sanic.headers import parse_accept
from sanic.request import Request
from sanic.response import HTTPResponse
from sqlalchemy.orm import sessionmaker

from bot.db.session import database_answers, database_unavailable

UNAVAILABLE = 503
FAULT = 500
REQUEST_TIMEOUT = 408
RETRY_AFTER_SECONDS = 60  # the pages say "in a minute"
MAX_LENGTH_DIGITS = 18  # a body of 10^18 bytes or more is no length anyone sends

logger = logging.getLogger(__name__)
# (request, UNAVAILABLE, FAULT or the 4xx Sanic refused it with) -> the app's own page or
# JSON, with that status. Never echo the request's data (it may be anything).
Answer = Callable[[Request, int], HTTPResponse]


def status_for(error: BaseException, body_unfinished: bool = False) -> int:
    """503 for the database unavailable, 500 for any other fault, and Sanic's own status
    for a request it refused (a 4xx). Sanic's response timeout that ran out while the
    request's own body was still arriving (`body_unfinished`) is the sender's slowness,
    not ours: 408, as when its headers are slow."""
    if isinstance(error, SanicException) and error.status_code < FAULT:
        return int(error.status_code)
    if isinstance(error, ServiceUnavailable) and body_unfinished:
        return REQUEST_TIMEOUT
    return UNAVAILABLE if database_unavailable(error) else FAULT


def body_unfinished(request: Request) -> bool:
    """Is part of the body this request announced still to come?"""
    return bool(getattr(request.stream, "request_bytes_left", 0))


def framing_is_malformed(lengths: Sequence[str], codings: Sequence[str] = ()) -> bool:
    """Do these Content-Length and Transfer-Encoding values (every one the request sent)
    say anything but one length in plain digits, or chunks? Python's int() would take
    " 12", "+12", "-5", "1_000" and other scripts' digits, and fails past 4,300 digits; a
    request that gives two different lengths is how request smuggling starts; Sanic reads
    only "chunked", in lower case, and took any other coding for a length it then did not
    find."""
    if codings:
        return list(codings) != ["chunked"]
    if any(not (value.isascii() and value.isdigit()) or len(value) > MAX_LENGTH_DIGITS
           for value in lengths):
        return True
    return len({value.lstrip("0") for value in lengths}) > 1


async def check_head(request: Request) -> None:
    """Sanic 21.12 answered a malformed Content-Length or Transfer-Encoding 500, as a
    fault of ours, logged with a traceback; it is the sender's: 400. And an Accept it
    cannot read ("text/html;q=abc") made every error answer of the Rasa server a 500
    (Sanic chooses an error page's format by it): it counts as no Accept (anything)."""
    headers = request.headers
    if framing_is_malformed(headers.getall("content-length", []),
                            headers.getall("transfer-encoding", [])):
        raise InvalidUsage("malformed Content-Length or Transfer-Encoding")
    try:
        request.parsed_accept = parse_accept(headers.getone("accept", ""))
    except (SanicException, ValueError):  # Sanic's own, and float() of a q it cannot read
        request.parsed_accept = parse_accept("")


def check_heads(app: Any) -> None:
    """Have the Sanic `app` (or blueprint) check each request's head with `check_head`:
    400 to a body's length or coding it cannot read, before Sanic itself reads them, and
    an unreadable Accept taken as none."""
    app.signal("http.lifecycle.request")(check_head)


def answer_failures(app: Sanic, answer: Answer) -> None:
    """One handler for every exception a request of `app` lets out."""
    check_heads(app)
    @app.exception(Exception)
    async def failed(request: Request, error: Exception) -> HTTPResponse:
        unfinished = body_unfinished(request)
        status = status_for(error, unfinished)
        if unfinished and status == REQUEST_TIMEOUT and request.stream is not None:
            # Sanic would wait for the rest of the body after answering, with no timeout
            # left: the connection held open for good (a slow-loris). Close it instead.
            request.stream.request_body = None
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


# A probe's own limit is 5 s (deploy/k8s, compose): a database that accepts a connection and
# then answers nothing (a hung host, a proxy that stops forwarding) held /ready for 5-15 s,
# so every replica was taken out of service at once, the outage the spool is there for.
PROBE_SECONDS = 2.0


async def database_problem(check: Awaitable[object]) -> Optional[str]:
    """The type of the error `check` (a database round trip) failed with, "TimeoutError"
    when it has not answered in PROBE_SECONDS; None if it answered."""
    try:
        await asyncio.wait_for(check, PROBE_SECONDS)
    except asyncio.TimeoutError:
        return "TimeoutError"
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
