"""Requests no HTTP library sends (bad chunking, codings, protocol versions, bytes that
are not text in the request line, headers and cookies), written to a socket, to both
public apps: never a 5xx, and the app serves on. Found by writing them (stop 37): a
Transfer-Encoding other than chunked got 500 on every route of both apps."""

from __future__ import annotations

import socket
from typing import Iterator, Optional
from urllib.parse import urlsplit

import pytest
import requests

from bot.cli.stack import free_port
from bot.commissioner.app import create_app
from bot.config import load_settings
from bot.web.app import create_app as create_web_app
from tests.commissioner.conftest import sqlite_only
from tests.commissioner.live import serve_app

HEAD = b"Host: x\r\nConnection: close\r\n"
RAW = {
    "chunk size not hex": b"POST {p} HTTP/1.1\r\n" + HEAD
    + b"Transfer-Encoding: chunked\r\n\r\nzz\r\nabc\r\n0\r\n\r\n",
    "negative chunk": b"POST {p} HTTP/1.1\r\n" + HEAD
    + b"Transfer-Encoding: chunked\r\n\r\n-5\r\nabc\r\n0\r\n\r\n",
    "huge chunk": b"POST {p} HTTP/1.1\r\n" + HEAD
    + b"Transfer-Encoding: chunked\r\n\r\nffffffffffffffffffff\r\nabc\r\n0\r\n\r\n",
    "gzip coding": b"POST {p} HTTP/1.1\r\n" + HEAD + b"Transfer-Encoding: gzip\r\n\r\nabc",
    "Chunked in capitals": b"POST {p} HTTP/1.1\r\n" + HEAD
    + b"Transfer-Encoding: Chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
    "chunks and a length": b"POST {p} HTTP/1.1\r\n" + HEAD
    + b"Transfer-Encoding: chunked\r\nContent-Length: 3\r\n\r\n3\r\nabc\r\n0\r\n\r\n",
    "HTTP/1.2": b"GET {p} HTTP/1.2\r\n" + HEAD + b"\r\n",
    "HTTP/2.0 in text": b"GET {p} HTTP/2.0\r\n" + HEAD + b"\r\n",
    "HTTP/1.0": b"GET {p} HTTP/1.0\r\n\r\n",
    "bad percent-encoding": b"GET {p}%zz%E0%A4 HTTP/1.1\r\n" + HEAD + b"\r\n",
    "absolute URI": b"GET http://elsewhere.example{p} HTTP/1.1\r\n" + HEAD + b"\r\n",
    "OPTIONS *": b"OPTIONS * HTTP/1.1\r\n" + HEAD + b"\r\n",
    "unknown method": b"FOO {p} HTTP/1.1\r\n" + HEAD + b"\r\n",
    "lower-case method": b"get {p} HTTP/1.1\r\n" + HEAD + b"\r\n",
    "UTF-8 header": b"GET {p} HTTP/1.1\r\n" + HEAD + "X-A: \u00e9\u4e2d\r\n\r\n".encode(),
    "binary header": b"GET {p} HTTP/1.1\r\n" + HEAD + b"X-A: \xff\xfe\r\n\r\n",
    "space in a header name": b"GET {p} HTTP/1.1\r\n" + HEAD + b"X A: 1\r\n\r\n",
    "no Host": b"GET {p} HTTP/1.1\r\nConnection: close\r\n\r\n",
    "100 kB header": b"GET {p} HTTP/1.1\r\n" + HEAD + b"X-A: " + b"a" * 100_000 + b"\r\n\r\n",
    "5,000 headers": b"GET {p} HTTP/1.1\r\n" + HEAD + b"X-A: 1\r\n" * 5000 + b"\r\n",
    "unknown Expect": b"POST {p} HTTP/1.1\r\n" + HEAD
    + b"Expect: magic\r\nContent-Length: 3\r\n\r\nabc",
    "binary cookie": b"GET {p} HTTP/1.1\r\n" + HEAD + b"Cookie: sb_session=\xff\xfe; a=\x01\r\n\r\n",
    "percent-encoded bytes in the query": b"GET {p}?b=%ff&%%=1 HTTP/1.1\r\n" + HEAD + b"\r\n",
    "binary boundary": b"POST {p} HTTP/1.1\r\n" + HEAD
    + b"Content-Type: multipart/form-data; boundary=\xff\r\nContent-Length: 3\r\n\r\nabc",
    "multipart without a boundary": b"POST {p} HTTP/1.1\r\n" + HEAD
    + b"Content-Type: multipart/form-data\r\nContent-Length: 3\r\n\r\nabc",
    "JSON not UTF-8": b"POST {p} HTTP/1.1\r\n" + HEAD
    + b"Content-Type: application/json\r\nContent-Length: 4\r\n\r\n\"\xff\xfe\"",
    "unknown charset": b"POST {p} HTTP/1.1\r\n" + HEAD
    + b"Content-Type: application/x-www-form-urlencoded; charset=nonsense\r\n"
    b"Content-Length: 3\r\n\r\na=b",
    "binary forwarding headers": b"GET {p} HTTP/1.1\r\n" + HEAD
    + b"X-Forwarded-For: ::::zz, \xff\r\nX-Forwarded-Proto: \xff\r\n"
    b"Forwarded: for=\"[zz\";proto=\xff\r\n\r\n",
    "binary Accept": b"GET {p} HTTP/1.1\r\n" + HEAD + b"Accept: \xff/\xfe;q=abc\r\n\r\n",
    "Accept with a q in words": b"POST {p} HTTP/1.1\r\n" + HEAD
    + b"Accept: text/html;q=abc\r\nContent-Length: 0\r\n\r\n",
    "Range past the end": b"GET {p} HTTP/1.1\r\n" + HEAD + b"Range: bytes=999999-1\r\n\r\n",
    "bad conditional headers": b"GET {p} HTTP/1.1\r\n" + HEAD
    + b"If-Modified-Since: yesterday\r\nIf-None-Match: \xff\r\n\r\n",
    "binary Origin": b"GET {p} HTTP/1.1\r\n" + HEAD + b"Origin: http://\xff\xfe\r\n\r\n",
    "binary Host": b"GET {p} HTTP/1.1\r\nHost: \xff\xfe:99999\r\nConnection: close\r\n\r\n",
}
# Bytes that are not ASCII in the request line itself: Sanic 21.12 fails on them before
# any of our code runs, and again while answering, so it closes the connection without an
# answer (and logs its own traceback, which holds no part of the request). Not a 5xx, and
# the app serves on; a browser always sends such bytes percent-encoded.
CLOSED_UNANSWERED = {
    "bytes in the path": b"GET {p}\xff\xfe HTTP/1.1\r\n" + HEAD + b"\r\n",
    "bytes in the query": b"GET {p}?a=\xff HTTP/1.1\r\n" + HEAD + b"\r\n",
}
COMMISSIONER_PATHS = ["/sign-in", "/consultations", "/api/v1/consultations", "/static/app.css"]
WEB_PATHS = ["/c/LIVE1", "/api/message", "/api/conversation", "/widget.js"]


def status_of(base: str, request: bytes) -> Optional[int]:
    """The status of the final answer, or None when the server closed without one."""
    where = urlsplit(base)
    with socket.create_connection((where.hostname, where.port), timeout=15) as connection:
        connection.sendall(request)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    while received.startswith(b"HTTP/1.1 100 "):  # "go on" first, then the answer
        received = received.partition(b"\r\n\r\n")[2]
    return int(received.split(b" ", 2)[1]) if received else None


@pytest.fixture(scope="module", params=["commissioner app", "patient web"])
def served(request: pytest.FixtureRequest,
           tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple]:
    database = sqlite_only(tmp_path_factory.mktemp("raw"))
    if request.param == "commissioner app":
        app = create_app(load_settings({"SB_DATABASE_URL": database}))
        paths, port = COMMISSIONER_PATHS, None
    else:
        port = free_port()
        app = create_web_app(load_settings({
            "SB_DATABASE_URL": database, "SB_PATIENT_WEB_URL": f"http://127.0.0.1:{port}",
            "SB_RASA_URL": "http://127.0.0.1:9"}))
        paths = WEB_PATHS
    try:
        with serve_app(app, port) as base:
            yield base, paths
    finally:
        factory = getattr(app.ctx, "session_factory", None) or app.ctx.factory
        factory.kw["bind"].dispose()


@pytest.mark.parametrize("how", sorted(RAW))
def test_a_raw_malformed_request_never_gets_a_server_error(served: tuple, how: str) -> None:
    base, paths = served
    for path in paths:
        status = status_of(base, RAW[how].replace(b"{p}", path.encode()))
        assert status is not None and status < 500, (path, status)
    assert requests.get(base + "/health", timeout=10).status_code == 200


@pytest.mark.parametrize("how", sorted(CLOSED_UNANSWERED))
def test_bytes_in_the_request_line_close_the_connection_and_the_app_serves_on(
        served: tuple, how: str) -> None:
    base, paths = served
    for path in paths:
        status = status_of(base, CLOSED_UNANSWERED[how].replace(b"{p}", path.encode()))
        assert status is None or 400 <= status < 500, (path, status)
    assert requests.get(base + "/health", timeout=10).status_code == 200
