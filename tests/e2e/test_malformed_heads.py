"""A malformed Content-Length or Transfer-Encoding to the Rasa server or the action
server is the sender's mistake: 400, nothing logged as a fault, and the server serves on.
Sanic 21.12 reads the length with int(), and any coding but "chunked" as a length it then
does not find, and answered such a request 500 (a fault of ours, with a traceback). An
Accept header Sanic cannot read turned every error answer of the Rasa server into a 500
(it picks an error page's format by it): it now counts as no Accept."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from tests.commissioner.raw_http import send_raw

pytestmark = pytest.mark.e2e

MALFORMED = ["six", "-6", "+6", "6 6", "9" * 5000, "6\r\nContent-Length: 7",
             "6\r\nTransfer-Encoding: gzip"]


@pytest.mark.parametrize("length", MALFORMED, ids=["words", "negative", "signed", "spaced",
                                                   "5000 digits", "two lengths", "gzip"])
@pytest.mark.parametrize("where", ["/webhooks/rest/webhook", "/webhooks/twilio/webhook",
                                   "/webhooks/ops/ready", "action server"])
def test_a_malformed_length_is_refused_400(loaded: Any, where: str, length: str) -> None:
    base, path = ((loaded.action_url, "/webhook") if where == "action server"
                  else (loaded.rasa_url, where))
    answer = send_raw(base, f"POST {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                      f"Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
                      '{"sender": "x"}'.encode())
    assert answer.status == 400
    assert "Traceback" not in answer.text
    # Still serving.
    assert requests.get(f"{loaded.action_url}/health", timeout=10).status_code == 200
    assert requests.get(f"{loaded.rasa_url}/webhooks/ops/live", timeout=10).status_code == 200


def test_a_well_formed_length_still_reaches_the_action_server(loaded: Any) -> None:
    """The check refuses only what is malformed: a plain length passes on (here to the
    action server's own secret check, which refuses a caller without it)."""
    body = b'{"sender": "x"}'
    answer = send_raw(loaded.action_url, b"POST /webhook HTTP/1.1\r\nHost: x\r\n"
                      b"Connection: close\r\nContent-Type: application/json\r\n"
                      b"Content-Length: 0" + str(len(body)).encode() + b"\r\n\r\n" + body)
    assert answer.status == 401


@pytest.mark.parametrize("accept", ["text/html;q=abc", "\xff/\xfe;q=abc", "text/html;q=2", "a",
                                    ";;;"])
@pytest.mark.parametrize("where, method, status", [
    ("/webhooks/rest/webhook", "GET", 405),  # a method the address does not take
    ("/webhooks/rest/webhook", "POST", 400),  # no JSON
    ("/webhooks/twilio/webhook", "POST", 403),  # no signature
    ("/webhooks/telegram/webhook", "POST", 403),  # no secret token
    ("/no/such/address", "GET", 404),
])
def test_an_accept_header_that_cannot_be_read_counts_as_none(
        loaded: Any, accept: str, where: str, method: str, status: int) -> None:
    answer = send_raw(loaded.rasa_url, f"{method} {where} HTTP/1.1\r\nHost: x\r\n"
                      f"Connection: close\r\nAccept: {accept}\r\nContent-Length: 0\r\n\r\n"
                      .encode("latin-1"))
    assert answer.status == status
