"""The fake speaks Twilio's API well enough for the official SDK, unmodified."""

from __future__ import annotations

import asyncio
import threading
import time
import urllib.parse
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Awaitable, Callable, Dict, Iterator, List, TypeVar

import pytest
from twilio.base.exceptions import TwilioRestException
from twilio.http.async_http_client import AsyncTwilioHttpClient
from twilio.request_validator import RequestValidator
from twilio.rest import Client

from tests.fakes.fake_twilio import FakeTwilio, signed_post

SID, TOKEN = "AC" + "a1" * 16, "secret-token"
FROM, ALICE, BOB = "+447700900001", "+447700900123", "+447700900456"
T = TypeVar("T")


@pytest.fixture
def fake() -> Iterator[FakeTwilio]:
    with FakeTwilio(SID, TOKEN) as running:
        yield running


def with_client(fake: FakeTwilio, use: Callable[[Client], Awaitable[T]],
                token: str = TOKEN) -> T:
    """Run `use(client)` with the SDK's async client pointed at the fake."""
    async def run() -> T:
        http = AsyncTwilioHttpClient()
        client = Client(SID, token, http_client=http)
        client.api.base_url = fake.base_url  # the documented Domain attribute: it works
        try:
            return await use(client)
        finally:
            await http.close()
    return asyncio.run(run())


def test_sdk_creates_and_lists_messages(fake: FakeTwilio) -> None:
    async def use(client: Client) -> Any:
        first = await client.messages.create_async(to=ALICE, from_=FROM, body="one",
                                                   status_callback="http://x/status")
        await client.messages.create_async(to=BOB, messaging_service_sid="MG" + "0" * 32,
                                           body="two")
        second = await client.messages.create_async(to=ALICE, from_=FROM, body="three")
        listed = await client.messages.list_async(to=ALICE)
        fetched = await client.messages(first.sid).fetch_async()
        return first, second, listed, fetched

    first, second, listed, fetched = with_client(fake, use)
    assert first.sid.startswith("SM") and len(first.sid) == 34
    assert (first.status, first.to, first.from_, first.body) == ("queued", ALICE, FROM, "one")
    assert first.date_created.tzinfo is not None and first.num_segments == "1"
    assert [m.sid for m in listed] == [second.sid, first.sid]  # newest first, like Twilio
    assert fetched.sid == first.sid and fetched.status == "sent"
    assert [m["to"] for m in fake.sent] == [ALICE, BOB, ALICE]
    assert fake.sent[0]["status_callback"] == "http://x/status"
    assert fake.sent[1]["messaging_service_sid"].startswith("MG") and not fake.sent[1]["from_"]
    assert fake.count_to(ALICE) == 2


def test_list_filters_by_date_sent(fake: FakeTwilio) -> None:
    async def use(client: Client) -> Any:
        await client.messages.create_async(to=ALICE, from_=FROM, body="hi")
        now = datetime.now(timezone.utc)
        later = await client.messages.list_async(to=ALICE, date_sent_after=now + timedelta(hours=1))
        earlier = await client.messages.list_async(to=ALICE,
                                                   date_sent_after=now - timedelta(hours=1))
        return later, earlier

    later, earlier = with_client(fake, use)
    assert (len(later), len(earlier)) == (0, 1)


def test_opted_out_number_is_refused_with_21610(fake: FakeTwilio) -> None:
    fake.opted_out.add(ALICE)
    with pytest.raises(TwilioRestException) as raised:
        with_client(fake, lambda c: c.messages.create_async(to=ALICE, from_=FROM, body="hi"))
    assert (raised.value.status, raised.value.code) == (400, 21610)
    assert "unsubscribed recipient" in raised.value.msg
    assert fake.sent == [] and fake.refused == [{"to": ALICE, "code": 21610}]


def test_wrong_credentials_are_refused_with_401(fake: FakeTwilio) -> None:
    with pytest.raises(TwilioRestException) as raised:
        with_client(fake, lambda c: c.messages.create_async(to=ALICE, from_=FROM, body="hi"),
                    token="wrong")
    assert (raised.value.status, raised.value.code) == (401, 20003)
    assert fake.sent == []


@pytest.mark.parametrize("fields, code", [
    ({"to": "", "from_": FROM, "body": "hi"}, 21604),
    ({"to": ALICE, "from_": FROM, "body": ""}, 21602),
    ({"to": ALICE, "body": "hi"}, 21603),
])
def test_missing_fields_are_refused(fake: FakeTwilio, fields: Dict[str, str], code: int) -> None:
    with pytest.raises(TwilioRestException) as raised:
        with_client(fake, lambda c: c.messages.create_async(**fields))
    assert (raised.value.status, raised.value.code) == (400, code)


def test_fail_next_refuses_then_recovers(fake: FakeTwilio) -> None:
    fake.fail_next(1, code=20429, status=429)

    async def use(client: Client) -> List[Any]:
        outcomes: List[Any] = []
        for _ in range(2):
            try:
                outcomes.append(await client.messages.create_async(to=ALICE, from_=FROM,
                                                                   body="hi"))
            except TwilioRestException as error:
                outcomes.append((error.status, error.code))
        return outcomes

    refused, created = with_client(fake, use)
    assert refused == (429, 20429) and created.status == "queued"


def test_latency_does_not_serialise_requests() -> None:
    with FakeTwilio(SID, TOKEN, latency=1.0) as slow:
        async def use(client: Client) -> None:
            await asyncio.gather(*(client.messages.create_async(to=n, from_=FROM, body="hi")
                                   for n in (ALICE, BOB)))
        started = time.monotonic()
        with_client(slow, use)
        elapsed = time.monotonic() - started
    # One after the other would take 2 s; the margin is for a busy machine.
    assert 1.0 <= elapsed < 1.8


class _Receiver(BaseHTTPRequestHandler):
    """Checks X-Twilio-Signature as a webhook would; remembers what arrived."""

    received: List[Dict[str, str]] = []

    def do_POST(self) -> None:  # noqa: N802 - the http.server naming
        length = int(self.headers["Content-Length"])
        params = dict(urllib.parse.parse_qsl(self.rfile.read(length).decode()))
        port = self.server.server_address[1]  # type: ignore[index]
        url = f"http://127.0.0.1:{port}{self.path}"
        valid = RequestValidator(TOKEN).validate(url, params,
                                                 self.headers.get("X-Twilio-Signature", ""))
        if valid:
            self.received.append(params)
        self.send_response(200 if valid else 403)
        self.end_headers()
        self.wfile.write(b"ok" if valid else b"bad signature")

    def log_message(self, *args: Any) -> None:
        pass


@pytest.fixture
def receiver() -> Iterator[str]:
    _Receiver.received = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Receiver)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/webhooks/twilio/status"
    server.shutdown()
    server.server_close()


def test_signed_post_carries_a_valid_signature(receiver: str) -> None:
    params = {"MessageSid": "SM" + "0" * 32, "MessageStatus": "delivered"}
    assert signed_post(receiver, params, TOKEN) == (200, "ok")
    assert signed_post(receiver, params, "another-token") == (403, "bad signature")
    assert _Receiver.received == [params]


def test_deliver_status_posts_a_signed_callback(fake: FakeTwilio, receiver: str) -> None:
    created = with_client(fake, lambda c: c.messages.create_async(
        to=ALICE, from_=FROM, body="hi", status_callback=receiver))
    assert fake.deliver_status(created.sid, "undelivered", error_code=30003)[0] == 200
    (params,) = _Receiver.received
    assert (params["MessageSid"], params["MessageStatus"], params["ErrorCode"]) == (
        created.sid, "undelivered", "30003")
