"""A fake of Twilio's Messages REST API on 127.0.0.1, for tests.

A real HTTP server (aiohttp, in its own thread and event loop), so the official
SDK and other processes (the CLI in a subprocess) talk to it exactly as to Twilio:

    with FakeTwilio("AC" + "1" * 32, "token", latency=0.05) as fake:
        client.api.base_url = fake.base_url
        ...
        assert [m["to"] for m in fake.sent] == ["+447700900123"]

A created message is recorded in `.sent` *before* the latency sleep, as Twilio
creates the message before its answer reaches the caller: a client killed while
waiting has still sent the message.

Tests play Twilio's side of an inbound SMS too: `webhook()` signs and posts it as
Twilio does, then does what Twilio does with the TwiML answer: each `<Message>` is
sent to the sender, from the number they wrote to, in order (recorded in `.sent`
like any other). A TwiML answer Twilio could not read is kept in `.twiml_errors`
(Twilio's error 12100) and sends nothing.
"""

from __future__ import annotations

import asyncio
import secrets
import urllib.error
import urllib.parse
import urllib.request
from datetime import datetime, timezone
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any, Dict, List, Optional, Set, Tuple, Union
from xml.etree import ElementTree

from aiohttp import BasicAuth, web
from twilio.request_validator import RequestValidator

from tests.fakes.server import LoopbackServer

API = "/2010-04-01/Accounts/{sid}"
ERRORS = "https://www.twilio.com/docs/errors/{code}"


def error_body(code: int, message: str, status: int) -> Dict[str, Any]:
    return {"code": code, "message": message, "more_info": ERRORS.format(code=code),
            "status": status}


class FakeTwilio(LoopbackServer):
    def __init__(self, account_sid: str = "AC" + "0" * 32, auth_token: str = "fake-token",
                 latency: float = 0.0) -> None:
        super().__init__()
        self.account_sid, self.auth_token, self.latency = account_sid, auth_token, latency
        self.sent: List[Dict[str, Any]] = []  # one dict per message created
        self.refused: List[Dict[str, Any]] = []  # {"to", "code"} per create Twilio refused
        self.opted_out: Set[str] = set()  # numbers answered with error 21610
        self._failures: List[Tuple[int, int]] = []  # (code, http status) for the next creates
        self._resources: List[Dict[str, Any]] = []
        self.twiml_errors: List[str] = []  # TwiML answers Twilio could not read (12100)

    def routes(self, app: web.Application) -> None:
        messages = API.format(sid="{account}") + "/Messages"
        app.router.add_post(messages + ".json", self._create)
        app.router.add_get(messages + ".json", self._list)
        app.router.add_get(messages + "/{sid}.json", self._fetch)

    # -- Twilio's side of an inbound SMS -------------------------------------------
    def webhook(self, url: str, params: Dict[str, str], auth_token: str = "") -> Tuple[int, str]:
        """Post an inbound SMS to `url` as Twilio does; send what its TwiML answer says."""
        status, body = signed_post(url, params, auth_token or self.auth_token)
        if status == 200:
            self.answered(params, body)
        return status, body

    def answered(self, params: Dict[str, str], answer: str) -> None:
        """Each `<Message>` of a webhook's TwiML answer, sent as Twilio sends them."""
        try:
            root = ElementTree.fromstring(answer)
        except ElementTree.ParseError:
            self.twiml_errors.append(answer[:200])
            return
        if root.tag != "Response":
            self.twiml_errors.append(answer[:200])
            return
        for element in root:
            if element.tag != "Message":
                continue
            body = element.findtext("Body") if element.find("Body") is not None \
                else (element.text or "")
            fields = {"To": params.get("From", ""), "From": params.get("To", ""), "Body": body,
                      "MessagingServiceSid": "", "StatusCallback": ""}
            with self._lock:
                if fields["To"] in self.opted_out:  # Twilio blocks replies to them too
                    self.refused.append({"to": fields["To"], "code": 21610})
                else:
                    self._record(fields, direction="outbound-reply")

    # -- test controls -----------------------------------------------------------
    def fail_next(self, n: int, code: int = 30001, status: int = 400) -> None:
        """Refuse the next `n` creates with this Twilio error code and HTTP status."""
        with self._lock:
            self._failures.extend([(code, status)] * n)

    def count_to(self, number: str) -> int:
        with self._lock:
            return sum(1 for m in self.sent if m["to"] == number)

    def deliver_status(self, sid: str, status: str, error_code: Union[int, str, None] = None
                       ) -> Tuple[int, str]:
        """Post a signed status callback for a sent message, as Twilio would."""
        message = next(m for m in self.sent if m["sid"] == sid)
        params = {"MessageSid": sid, "SmsSid": sid, "MessageStatus": status,
                  "SmsStatus": status, "AccountSid": self.account_sid, "To": message["to"],
                  "From": message["from_"] or "", "ApiVersion": "2010-04-01"}
        if error_code is not None:
            params["ErrorCode"] = str(error_code)
        return signed_post(message["status_callback"], params, self.auth_token)

    # -- handlers ----------------------------------------------------------------
    def _problem(self, request: web.Request) -> Optional[web.Response]:
        auth = request.headers.get("Authorization", "")
        try:
            given = BasicAuth.decode(auth) if auth else None
        except ValueError:
            given = None
        if given is None or (given.login, given.password) != (self.account_sid, self.auth_token):
            return web.json_response(error_body(20003, "Authenticate", 401), status=401)
        if request.match_info["account"] != self.account_sid:
            return web.json_response(
                error_body(20404, "The requested resource was not found", 404), status=404)
        return None

    async def _create(self, request: web.Request) -> web.Response:
        problem = self._problem(request)
        if problem is not None:
            return problem
        form = await request.post()
        fields = {key: str(form.get(key, "")) for key in
                  ("To", "From", "MessagingServiceSid", "Body", "StatusCallback")}
        status, payload = self._decide(fields)
        await asyncio.sleep(self.latency)
        return web.json_response(payload, status=status)

    def _decide(self, fields: Dict[str, str]) -> Tuple[int, Dict[str, Any]]:
        to = fields["To"]
        with self._lock:
            if not to:
                return 400, error_body(21604, "A 'To' phone number is required.", 400)
            if not fields["Body"]:
                return 400, error_body(21602, "Message body is required.", 400)
            if not fields["From"] and not fields["MessagingServiceSid"]:
                return 400, error_body(21603, "A 'From' phone number is required.", 400)
            if self._failures:
                code, status = self._failures.pop(0)
                self.refused.append({"to": to, "code": code})
                return status, error_body(code, f"Fake failure {code}", status)
            if to in self.opted_out:
                self.refused.append({"to": to, "code": 21610})
                return 400, error_body(21610, "Attempt to send to unsubscribed recipient", 400)
            resource = self._record(fields)
        return 201, dict(resource, date_sent=None)  # queued: not sent yet

    def _record(self, fields: Dict[str, str], direction: str = "outbound-api") -> Dict[str, Any]:
        sid, now = "SM" + secrets.token_hex(16), datetime.now(timezone.utc)
        body, stamp = fields["Body"], format_datetime(now)
        resource = {
            "account_sid": self.account_sid, "api_version": "2010-04-01", "body": body,
            "date_created": stamp, "date_updated": stamp, "date_sent": stamp,
            "direction": direction, "error_code": None, "error_message": None,
            "from": fields["From"] or None,
            "messaging_service_sid": fields["MessagingServiceSid"] or None,
            "num_media": "0", "num_segments": str(1 if len(body) <= 160 else -(-len(body) // 153)),
            "price": None, "price_unit": "USD", "sid": sid, "status": "queued",
            "subresource_uris": {"media": f"{API.format(sid=self.account_sid)}/Messages/{sid}"
                                          "/Media.json"},
            "to": fields["To"], "uri": f"{API.format(sid=self.account_sid)}/Messages/{sid}.json",
        }
        self._resources.append(resource)
        self.sent.append({"to": fields["To"], "from_": fields["From"] or None,
                          "messaging_service_sid": fields["MessagingServiceSid"] or None,
                          "body": body, "status_callback": fields["StatusCallback"] or None,
                          "sid": sid, "at": now, "direction": direction})
        return resource

    async def _list(self, request: web.Request) -> web.Response:
        problem = self._problem(request)
        if problem is not None:
            return problem
        query = request.query
        with self._lock:
            found = [dict(r, status="sent") for r in reversed(self._resources)  # newest first
                     if _matches(r, query)]
        size = int(query.get("PageSize", "50"))
        uri = f"{API.format(sid=self.account_sid)}/Messages.json"
        page_uri = f"{uri}?{urllib.parse.urlencode(query)}"
        await asyncio.sleep(self.latency)
        return web.json_response({
            "messages": found[:size], "first_page_uri": page_uri, "next_page_uri": None,
            "previous_page_uri": None, "page": 0, "page_size": size, "start": 0,
            "end": max(min(size, len(found)) - 1, 0), "uri": page_uri})

    async def _fetch(self, request: web.Request) -> web.Response:
        problem = self._problem(request)
        if problem is not None:
            return problem
        with self._lock:
            found = [r for r in self._resources if r["sid"] == request.match_info["sid"]]
        if not found:
            return web.json_response(
                error_body(20404, "The requested resource was not found", 404), status=404)
        return web.json_response(dict(found[0], status="sent"))


def _matches(resource: Dict[str, Any], query: Any) -> bool:
    """Twilio's list filters: To, From, and DateSent / DateSent< / DateSent> (dates or times)."""
    if "To" in query and resource["to"] != query["To"]:
        return False
    if "From" in query and resource["from"] != query["From"]:
        return False
    sent = parsedate_to_datetime(resource["date_sent"])
    for key, keep in (("DateSent>", lambda a, b: a >= b), ("DateSent<", lambda a, b: a <= b)):
        if key in query and not keep(sent, _parse_when(query[key], end=key.endswith("<"))):
            return False
    return "DateSent" not in query or sent.date() == _parse_when(query["DateSent"]).date()


def _parse_when(value: str, end: bool = False) -> datetime:
    if "T" in value:
        return datetime.strptime(value, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=timezone.utc)
    day = datetime.strptime(value, "%Y-%m-%d").replace(tzinfo=timezone.utc)
    return day.replace(hour=23, minute=59, second=59) if end else day


def signed_post(url: str, params: Dict[str, str], auth_token: str,
                timeout: float = 10.0) -> Tuple[int, str]:
    """POST form `params` to `url` signed as Twilio signs webhooks; (status, body)."""
    signature = RequestValidator(auth_token).compute_signature(url, params)
    request = urllib.request.Request(
        url, data=urllib.parse.urlencode(params).encode(), method="POST",
        headers={"X-Twilio-Signature": signature,
                 "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:  # noqa: S310
            return answer.status, answer.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")
