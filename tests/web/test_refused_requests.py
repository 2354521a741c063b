"""Requests Sanic itself refuses get the patient web's own page in plain words (or the
chat API's JSON, which the widget shows), with Sanic's status and headers (Allow on a
405) and the security headers, never its bare text."""

from __future__ import annotations

import json
from typing import Iterator

import pytest

from bot.cli.stack import free_port
from bot.config import load_settings
from bot.web.app import create_app
from tests.commissioner.conftest import sqlite_only
from tests.commissioner.live import serve_app
from tests.commissioner.raw_http import Answer, send_raw

TOO_LARGE = b"Content-Type: application/json\r\nContent-Length: 3000000\r\n"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    port = free_port()
    app = create_app(load_settings({
        "SB_DATABASE_URL": sqlite_only(tmp_path_factory.mktemp("refused")),
        "SB_PATIENT_WEB_URL": f"http://127.0.0.1:{port}", "SB_RASA_URL": "http://127.0.0.1:9"}))
    app.config.REQUEST_TIMEOUT = 1  # for the 408: headers that never end
    # And a body that never ends; time enough for any other answer on a busy machine.
    app.config.RESPONSE_TIMEOUT = 6
    try:
        with serve_app(app, port) as served:
            yield served
    finally:
        app.ctx.factory.kw["bind"].dispose()


def refused(base: str, how: str, path: str) -> Answer:
    end = "\r\n" if how != "too slow" else ""
    extra = {"broken header": "no colon\r\n", "too large": TOO_LARGE.decode(),
             "malformed length": "Content-Length: -6\r\n",
             "gzip coding": "Transfer-Encoding: gzip\r\n",
             "body too slow": "Content-Length: 40\r\n"}.get(how, "")
    body = {"malformed length": '{"a":1}', "body too slow": '{"a":',
            "gzip coding": '{"a":1}'}.get(how, "")
    method = {"broken header": "GET", "too large": "POST", "too slow": "GET",
              "malformed length": "POST", "body too slow": "POST",
              "gzip coding": "POST"}.get(how, how)
    return send_raw(base, f"{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                    f"{extra}{end}{body}".encode())


@pytest.mark.parametrize("how, path, status, heading, words", [
    ("broken header", "/c/LIVE1", 400, "Sorry, we couldn't read that",
     "Something went wrong sending that. Please try again."),
    ("POST", "/c/LIVE1", 405, "This link doesn't work like that",
     "This address can't be used that way."),
    ("GET", "/no/such/page", 404, "We couldn't find that page", "The link may be wrong."),
    ("too slow", "/c/LIVE1", 408, "That took too long", "It took too long to get here."),
])
def test_a_refused_request_gets_a_page_in_plain_words(
        base: str, how: str, path: str, status: int, heading: str, words: str) -> None:
    answer = refused(base, how, path)
    assert answer.status == status
    assert answer.headers["content-type"].startswith("text/html")
    assert '<link rel="stylesheet" href="/static/page.' in answer.text
    assert "<header><p>Sounding Board</p></header>" in answer.text
    assert f"<title>{heading}</title>" in answer.text.replace("&#x27;", "'")
    assert f"<h1>{heading}</h1>" in answer.text.replace("&#x27;", "'")
    assert words in answer.text.replace("&#x27;", "'")
    assert "script-src 'self'" in answer.headers["content-security-policy"]
    assert answer.headers["x-content-type-options"] == "nosniff"
    assert "LIVE1" not in answer.text and "no/such" not in answer.text


def test_a_method_not_taken_keeps_the_allow_header(base: str) -> None:
    assert set(refused(base, "POST", "/c/LIVE1").headers["allow"].split(", ")) == {
        "GET", "HEAD"}
    assert set(refused(base, "GET", "/api/message").headers["allow"].split(", ")) == {
        "POST", "OPTIONS"}


@pytest.mark.parametrize("how, path, status, error", [
    ("GET", "/api/message", 405, "This address can't be used that way. Please go back and "
     "try again."),
    ("too large", "/api/message", 413, "What you sent is too big. Please send something "
     "shorter."),
    ("broken header", "/api/message", 400, "Something went wrong sending that. Please try "
     "again."),
    ("malformed length", "/api/message", 400, "Something went wrong sending that. Please "
     "try again."),
    ("gzip coding", "/api/message", 400, "Something went wrong sending that. Please "
     "try again."),
    ("body too slow", "/api/message", 408, "It took too long to get here. Please try again."),
])
def test_a_refused_chat_api_request_gets_json_the_widget_shows(
        base: str, how: str, path: str, status: int, error: str) -> None:
    answer = refused(base, how, path)
    assert answer.status == status
    assert answer.headers["content-type"] == "application/json"
    assert json.loads(answer.text) == {"error": error}
    assert answer.headers["cache-control"] == "no-store"
