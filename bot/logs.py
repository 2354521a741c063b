"""Logs: one line per record, JSON or plain text, and never personal data.

Every process calls `configure` as it starts. A line carries the time, level,
logger and message, and for an exception only its type and where it was raised:
an exception's text and a traceback's values can hold what a patient wrote, so
neither is written. Records' extra fields (Sanic's access log puts the request
there) are dropped. Long runs of digits in a message (a phone number, a chat id)
are masked as a last net; the code's own messages never carry either.
"""

from __future__ import annotations

import logging
import re
import sys
import sysconfig
import threading
import time
import traceback
from datetime import datetime, timezone
from types import TracebackType
from typing import IO, Any, Dict, Iterable, List, Optional, Type

from pythonjsonlogger.json import JsonFormatter

from bot.config import PROJECT_ROOT

# Nine or more digits, single spaces allowed: "07700 900982", "+447700900982", a chat id.
# Dates, times, ports and IP addresses never have nine digits in a row.
LONG_NUMBER = re.compile(r"\+?\d(?: ?\d){8,}")
# A URL's query, as Sanic logs it with an error ("handling uri: '…/comments?q=…'"): a
# search's words, a token. The path stays, so the engineer still sees which route.
QUERY = re.compile(r"(?<=[\w/]\?)[^\s'\"<>]+")
MAX_MESSAGE = 2000
MAX_FRAMES = 8
STDLIB = sysconfig.get_paths()["stdlib"]
# Libraries whose INFO lines name URLs (httpx: the Telegram Bot API's carries the token),
# and python-telegram-bot, whose DEBUG lines carry every call's chat id and text, and the
# token in its API URL.
QUIET = ("httpx", "httpcore", "urllib3", "asyncio", "apscheduler", "sqlalchemy.engine",
         "telegram")
# Rasa's DEBUG lines carry each message as the patient wrote it, its entities and every
# event of the turn ("processor.message.parse", "processor.actions.log"): a process run
# with LOG_LEVEL=DEBUG or --debug keeps Rasa's own loggers at INFO, and ours at DEBUG.
WORDY = ("rasa", "rasa_sdk")
# Sanic's own handlers (installed by every Sanic app that configures logging).
SANIC_LOGGERS = ("sanic.root", "sanic.error", "sanic.access", "sanic.server")


def scrubbed(message: str) -> str:
    """The message, capped, with long digit runs and URLs' queries masked."""
    if len(message) > MAX_MESSAGE:
        message = message[:MAX_MESSAGE] + "…"
    return LONG_NUMBER.sub("[number]", QUERY.sub("[query]", message))


def frames(tb: Optional[TracebackType]) -> List[str]:
    """Where an exception went, innermost last: `path:line function`, no values."""
    walked = traceback.StackSummary.extract(traceback.walk_tb(tb), lookup_lines=False)
    return [f"{_short(frame.filename)}:{frame.lineno} {frame.name}" for frame in walked[-MAX_FRAMES:]]


def _short(path: str) -> str:
    """A frame's file as a module path: no machine's directories in a log line."""
    at = path.rfind("site-packages/")
    if at >= 0:
        return path[at + len("site-packages/"):]
    for root in (f"{PROJECT_ROOT}/", f"{STDLIB}/"):
        if path.startswith(root):
            return path[len(root):]
    return path


def fields(record: logging.LogRecord) -> Dict[str, Any]:
    """What a line says about a record: nothing else of it is ever written."""
    line: Dict[str, Any] = {
        "time": datetime.fromtimestamp(record.created, timezone.utc)
        .isoformat(timespec="milliseconds").replace("+00:00", "Z"),
        "level": record.levelname,
        "logger": record.name,
        "message": scrubbed(_message(record)),
    }
    if record.exc_info and record.exc_info[0] is not None:
        kind = record.exc_info[0]
        line["exception"] = kind.__name__ if kind.__module__ == "builtins" \
            else f"{kind.__module__}.{kind.__qualname__}"
        line["trace"] = frames(record.exc_info[2])
    return line


def _message(record: logging.LogRecord) -> str:
    if not isinstance(record.msg, str):
        return type(record.msg).__name__  # a dict or object logged as is: its contents stay out
    try:
        return record.getMessage()
    except (TypeError, ValueError):  # arguments that don't fit the format
        return record.msg


class JsonLines(JsonFormatter):
    """One JSON object a line (python-json-logger), holding only `fields`."""

    def add_fields(self, log_data: Dict[str, Any], record: logging.LogRecord,
                   message_dict: Dict[str, Any]) -> None:
        log_data.update(fields(record))

    def formatException(self, ei: Any) -> str:  # noqa: N802 - logging's name
        return ""  # only the type is written, by `fields`; skip formatting the traceback


class TextLines(logging.Formatter):
    """The same fields as one readable line, for a developer's terminal."""

    def format(self, record: logging.LogRecord) -> str:
        line = fields(record)
        text = f"{line['time']} {line['level']:<7} {line['logger']}: {line['message']}"
        if "exception" in line:
            text += f" [{line['exception']} at {' < '.join(reversed(line['trace'])) or '?'}]"
        return text


def configure(log_format: str, level: int = logging.INFO, stream: Optional[IO[str]] = None) -> None:
    """Send every record of this process to one stream (stderr) in `log_format`."""
    handler = logging.StreamHandler(stream or sys.stderr)
    handler.setFormatter(JsonLines() if log_format == "json" else TextLines())
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in QUIET:
        logging.getLogger(name).setLevel(max(level, logging.WARNING))
    for name in WORDY:
        logging.getLogger(name).setLevel(max(level, logging.INFO))
    route_to_root(SANIC_LOGGERS)
    logging.captureWarnings(True)  # warnings as records, not loose lines on stderr
    sys.excepthook = _log_uncaught
    threading.excepthook = _log_uncaught_in_thread


def route_to_root(names: Iterable[str]) -> None:
    """Let these loggers' records reach the root's handler instead of their own."""
    for name in names:
        found = logging.getLogger(name)
        for old in list(found.handlers):
            found.removeHandler(old)
        found.propagate = True


def _log_uncaught(kind: Type[BaseException], error: BaseException,
                  tb: Optional[TracebackType]) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    logging.getLogger("uncaught").critical("the process stopped on an error",
                                           exc_info=(kind, error, tb))


def _log_uncaught_in_thread(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit or args.exc_value is None:
        return
    logging.getLogger("uncaught").error("a thread stopped on an error",
                                        exc_info=(args.exc_type, args.exc_value, args.exc_traceback))


class AtMostEvery:
    """Whether a line that every failing request would write is due again: the first time,
    then once each `seconds` (a wrong secret, an unreachable Rasa server: every message
    fails alike, and one line a minute says so without flooding the log)."""

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self._last = float("-inf")

    def due(self) -> bool:
        now = time.monotonic()
        if now - self._last < self.seconds:
            return False
        self._last = now
        return True
