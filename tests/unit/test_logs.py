"""Log lines: the fields written, what is masked, and what is never written."""

from __future__ import annotations

import json
import logging
import sys
from typing import Any, Dict

import pytest

from bot.logs import JsonLines, TextLines, fields, scrubbed


@pytest.mark.parametrize("message, expected", [
    ("call 07700 900982 now", "call [number] now"),
    ("from +447700900982", "from [number]"),
    ("chat 123456789 blocked", "chat [number] blocked"),
    ("nhs 943 476 5919", "nhs [number]"),
    # What operations logs are made of stays readable.
    ("started at 2026-12-02 11:42:01", "started at 2026-12-02 11:42:01"),
    ("listening on 10.0.12.200:5005", "listening on 10.0.12.200:5005"),
    ("invitations for MIND24: 1200 sent, 3 failed", "invitations for MIND24: 1200 sent, 3 failed"),
    ("HTTP 503 after 12345678 bytes", "HTTP 503 after 12345678 bytes"),
    # Sanic names the URI of a request that failed: a search's words are in its query.
    ("Exception occurred while handling uri: 'http://127.0.0.1:8000/consultations/MIND24/"
     "comments?q=jane+smith&offset=20'",
     "Exception occurred while handling uri: 'http://127.0.0.1:8000/consultations/MIND24/"
     "comments?[query]'"),
    ("GET /api/v1/consultations?token=sb_abc 500", "GET /api/v1/consultations?[query] 500"),
    ("why? because", "why? because"),
])
def test_long_numbers_and_queries_are_masked_and_nothing_else(message: str, expected: str) -> None:
    assert scrubbed(message) == expected


def test_a_message_is_capped() -> None:
    assert len(scrubbed("x" * 10_000)) == 2001


def record(msg: Any, *args: Any, exc: bool = False, **extra: Any) -> logging.LogRecord:
    exc_info = None
    if exc:
        try:
            raise ValueError("patient wrote: my number is 07700 900982")
        except ValueError:
            exc_info = sys.exc_info()
    made = logging.LogRecord("bot.channels.rest", logging.ERROR, __file__, 10, msg, args, exc_info)
    made.__dict__.update(extra)
    return made


def json_line(made: logging.LogRecord) -> Dict[str, Any]:
    line = JsonLines().format(made)
    assert "\n" not in line
    return dict(json.loads(line))


def test_a_line_has_time_level_logger_and_message() -> None:
    line = json_line(record("web turn failed: %s", "OperationalError"))
    assert set(line) == {"time", "level", "logger", "message"}
    assert line["level"] == "ERROR" and line["logger"] == "bot.channels.rest"
    assert line["message"] == "web turn failed: OperationalError"
    assert line["time"].endswith("Z") and "T" in line["time"]


def test_an_exception_is_its_type_and_where_never_its_text() -> None:
    made = record("turn failed", exc=True)
    line = json_line(made)
    assert line["exception"] == "ValueError"
    assert line["trace"] and line["trace"][-1].endswith(" record")
    assert line["trace"][-1].startswith("tests/unit/test_logs.py:")
    for formatted in (json.dumps(line), TextLines().format(made)):
        assert "patient wrote" not in formatted and "900982" not in formatted


def test_extra_fields_and_logged_objects_stay_out() -> None:
    # Sanic's access log carries the request in extra fields; some code logs a dict.
    line = json_line(record("", host="203.0.113.9", request="POST /webhooks/rest/webhook?x=1"))
    assert "host" not in line and "request" not in line and "203.0.113.9" not in json.dumps(line)
    line = json_line(record({"sender": "+447700900982", "text": "my worry"}))
    assert line["message"] == "dict"


def test_text_lines_say_the_same_on_one_line() -> None:
    text = TextLines().format(record("sms store unavailable: %s", "OperationalError", exc=True))
    assert "\n" not in text
    assert " ERROR   bot.channels.rest: sms store unavailable: OperationalError [ValueError at " in text


def test_arguments_that_do_not_fit_still_give_a_line() -> None:
    assert fields(record("%d answers", "many"))["message"] == "%d answers"
