"""Requests Sanic itself refuses (unreadable, a method the address does not take, too
large, too slow) get the commissioner app's own page in its layout, or the API's JSON,
with Sanic's status and headers and the app's security headers, never its bare text."""

from __future__ import annotations

import json
from typing import Iterator

import pytest
import requests

from bot.commissioner.app import create_app
from bot.config import load_settings
from tests.commissioner.conftest import sqlite_only
from tests.commissioner.live import serve_app
from tests.commissioner.raw_http import Answer, send_raw

LAYOUT = ('<link rel="stylesheet" href="/static/app.css">',
          '<a class="skip" href="#main">Skip to content</a>', "– Sounding Board</title>")
MALFORMED_LENGTHS = {
    "length in words": "Content-Length: six",
    "negative length": "Content-Length: -6",
    "signed length": "Content-Length: +6",
    "spaced length": "Content-Length: 6 6",
    "length of 5,000 digits": "Content-Length: " + "9" * 5000,
    "two lengths": "Content-Length: 6\r\nContent-Length: 7",
    "gzip coding": "Transfer-Encoding: gzip",
}
TOO_LARGE = b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 3000000\r\n"


@pytest.fixture(scope="module")
def base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    app = create_app(load_settings({
        "SB_DATABASE_URL": sqlite_only(tmp_path_factory.mktemp("refused"))}))
    app.config.REQUEST_TIMEOUT = 1  # for the 408: headers that never end
    # And a body that never ends; time enough for any other answer on a busy machine.
    app.config.RESPONSE_TIMEOUT = 6
    try:
        with serve_app(app) as served:
            yield served
    finally:
        app.ctx.session_factory.kw["bind"].dispose()


def refused(base: str, how: str, path: str) -> Answer:
    if how == "broken header":
        return send_raw(base, f"POST {path} HTTP/1.1\r\nHost: x\r\nno colon\r\n\r\n".encode())
    if how == "too large":  # a body announced, never sent: refused on its size
        return send_raw(base, f"POST {path} HTTP/1.1\r\nHost: x\r\n".encode() + TOO_LARGE
                        + b"\r\n")
    if how == "too slow":
        return send_raw(base, f"GET {path} HTTP/1.1\r\nHost: x\r\n".encode())
    if how in MALFORMED_LENGTHS:  # Sanic answered these 500, a fault of ours
        return send_raw(base, f"POST {path} HTTP/1.1\r\nHost: x\r\n"
                        f"{MALFORMED_LENGTHS[how]}\r\n\r\nname=x".encode())
    if how == "body too slow":  # a body announced and only part of it sent
        return send_raw(base, f"POST {path} HTTP/1.1\r\nHost: x\r\nContent-Length: 40\r\n"
                        "Content-Type: application/x-www-form-urlencoded\r\n\r\nname=x".encode())
    answer = requests.request(how, base + path, timeout=10, allow_redirects=False)
    return Answer(answer.status_code, {k.lower(): v for k, v in answer.headers.items()},
                  answer.text)


@pytest.mark.parametrize("how, path, status, title, words", [
    ("broken header", "/consultations/new", 400, "The request could not be read",
     "could not be read, so nothing was done"),
    ("DELETE", "/consultations", 405, "This address does not take that request",
     "does not take that kind of request"),
    ("PUT", "/sign-in", 405, "This address does not take that request",
     "does not take that kind of request"),
    ("too large", "/consultations/new", 413, "What you sent is too large",
     "larger than the 2 MB this app takes at once, so nothing was saved. A consultation "
     "script can be at most 100 KB"),
    ("too large", "/consultations/OWN1/edit", 413, "What you sent is too large",
     "A consultation script can be at most 100 KB"),
    ("too large", "/sign-in", 413, "What you sent is too large",
     "larger than the 2 MB this app takes at once, so nothing was saved."),
    ("too slow", "/consultations", 408, "That took too long", "took too long to arrive"),
    ("body too slow", "/sign-in", 408, "That took too long", "took too long to arrive"),
    *[(how, "/sign-in", 400, "The request could not be read",
       "could not be read, so nothing was done") for how in MALFORMED_LENGTHS],
])
def test_a_refused_request_gets_a_page_in_the_apps_layout(
        base: str, how: str, path: str, status: int, title: str, words: str) -> None:
    answer = refused(base, how, path)
    assert answer.status == status
    assert answer.headers["content-type"].startswith("text/html")
    assert all(part in answer.text for part in LAYOUT), answer.text[:300]
    assert f"<h1>{title}</h1>" in answer.text and words in answer.text
    assert '<a href="/consultations">Consultations</a>' in answer.text
    assert answer.headers["content-security-policy"].startswith("default-src 'none'")
    assert answer.headers["x-frame-options"] == "DENY"
    assert answer.headers["cache-control"] == "no-store"
    if status != 413:
        assert "script can be" not in answer.text


def test_a_method_not_taken_keeps_the_allow_header(base: str) -> None:
    assert set(refused(base, "DELETE", "/consultations").headers["allow"].split(", ")) == {"GET"}
    assert "POST" in refused(base, "PUT", "/sign-in").headers["allow"]
    api = refused(base, "POST", "/api/v1/consultations")
    assert api.status == 405 and "GET" in api.headers["allow"]


@pytest.mark.parametrize("how, path, status, error", [
    ("broken header", "/api/v1/consultations", 400, "the request could not be read"),
    ("length in words", "/api/v1/consultations", 400, "the request could not be read"),
    ("POST", "/api/v1/consultations", 405,
     "this address does not take that kind of request (see the Allow header)"),
])
def test_a_refused_api_request_gets_json(base: str, how: str, path: str, status: int,
                                        error: str) -> None:
    answer = refused(base, how, path)
    assert answer.status == status
    assert answer.headers["content-type"] == "application/json"
    assert json.loads(answer.text) == {"error": error}
    assert answer.headers["x-content-type-options"] == "nosniff"


def test_nothing_the_request_carried_is_shown(base: str) -> None:
    answer = refused(base, "broken header", "/consultations/%3Cscript%3Ealert(1)%3C/script%3E")
    assert answer.status == 400
    assert "script" not in answer.text.lower().replace("a consultation script", "")
    assert "alert" not in answer.text
