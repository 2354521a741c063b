"""Who may call the widget's API, and the headers on what we serve."""

from __future__ import annotations

import socket
from pathlib import Path
from typing import Optional, Tuple

import pytest
import requests

from bot.db import migrate
from bot.web.security import PAGE_CSP, cors_headers, origin_allowed, security_headers
from tests.commissioner.live import serve_web

OWN = "https://chat.example.nhs.uk"


@pytest.mark.parametrize("origin,allowed,expected", [
    (None, (), True),  # not a cross-site browser call (curl, a same-origin GET)
    (OWN, (), True),
    ("https://chat.example.nhs.uk/", (), True),
    ("HTTPS://CHAT.EXAMPLE.NHS.UK", (), True),
    ("https://www.school.example", (), False),
    ("https://www.school.example", ("https://www.school.example",), True),
    ("http://www.school.example", ("https://www.school.example",), False),
    ("https://www.school.example:8443", ("https://www.school.example",), False),
    ("https://evil.school.example", ("https://school.example",), False),
    ("null", ("https://www.school.example",), False),  # sandboxed iframes, file: pages
    ("https://anything.example", ("*",), True),
])
def test_origin_allowed(origin: Optional[str], allowed: Tuple[str, ...], expected: bool) -> None:
    assert origin_allowed(origin, OWN, allowed) is expected


def test_cors_headers_echo_the_origin_and_never_a_wildcard() -> None:
    simple = cors_headers("https://www.school.example", preflight=False)
    assert simple == {"Vary": "Origin", "Access-Control-Allow-Origin": "https://www.school.example"}
    preflight = cors_headers("https://www.school.example", preflight=True)
    assert preflight["Access-Control-Allow-Methods"] == "POST, OPTIONS"
    assert preflight["Access-Control-Allow-Headers"] == "Content-Type"
    assert cors_headers(None, preflight=True) == {"Vary": "Origin"}


@pytest.mark.parametrize("content_type,csp", [
    ("text/html; charset=utf-8", PAGE_CSP),
    ("application/json", "default-src 'none'; frame-ancestors 'none'"),
    ("", "default-src 'none'; frame-ancestors 'none'"),
])
def test_every_response_is_hardened(content_type: str, csp: str) -> None:
    headers = security_headers(content_type)
    assert headers["Content-Security-Policy"] == csp
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "no-referrer"


def test_our_pages_allow_nothing_inline_or_third_party() -> None:
    assert "'unsafe-inline'" not in PAGE_CSP and "'unsafe-eval'" not in PAGE_CSP
    for rule in PAGE_CSP.split("; "):
        assert rule.split()[1:] in (["'none'"], ["'self'"]), rule


@pytest.mark.parametrize("public_url, expected", [
    ("https://chat.example.nhs.uk", "max-age=31536000"),
    ("http://127.0.0.1:8080", None),  # no TLS in front (make run): nothing to pin
])
def test_behind_tls_every_answer_tells_browsers_to_stay_on_https(
        tmp_path: Path, public_url: str, expected: Optional[str]) -> None:
    """A patient who once reached the chat over https is never sent to plain http again (a
    network on the way could read or change the chat there): HSTS on every answer."""
    url = f"sqlite:///{tmp_path / 'sb.db'}"
    migrate.upgrade(url)
    with serve_web(url, SB_PATIENT_WEB_URL=public_url,
                   SB_RASA_URL="http://127.0.0.1:9") as base:
        answers = [requests.get(base + "/c/NOPE1", timeout=30),
                   requests.get(base + "/widget.js", timeout=30),
                   requests.get(base + "/published/NOPE1", timeout=30),
                   requests.post(base + "/api/webhook", data=b"{}", timeout=30,
                                 headers={"Origin": "https://elsewhere.example"})]
        for answer in answers:
            assert answer.headers.get("strict-transport-security") == expected, answer.url


def test_a_huge_body_is_refused_before_it_is_read(tmp_path: Path) -> None:
    """The process faces the internet with ~100 MB of memory: a request announcing a
    50 MB body is answered 413 at once, never read into memory (before, Sanic's 100 MB
    default let it wait for and hold every byte, a few such requests at a time)."""
    url = f"sqlite:///{tmp_path / 'sb.db'}"
    migrate.upgrade(url)
    with serve_web(url, SB_RASA_URL="http://127.0.0.1:9") as base:
        host, port = base.removeprefix("http://").split(":")
        with socket.create_connection((host, int(port)), timeout=10) as connection:
            connection.sendall(b"POST /api/webhook HTTP/1.1\r\nHost: x\r\n"
                               b"Content-Type: application/json\r\n"
                               b"Content-Length: 50000000\r\n\r\n" + b"{" * 1000)
            answer = connection.recv(200)
        assert answer.startswith(b"HTTP/1.1 413"), answer
        ordinary = requests.post(base + "/api/webhook", data=b'{"sender": "x"}', timeout=30)
        assert ordinary.status_code != 413  # a real message still goes through
