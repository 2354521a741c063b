"""Malformed requests of every kind to every route: never a 5xx, and the app carries on.

A seeded property-style loop (schemathesis is not installed): for each route, bad path
values, query strings, headers, cookies and bodies, signed out, signed in and by token."""

from __future__ import annotations

import random
from typing import Tuple

import requests

from tests.commissioner.live import Browser
from tests.commissioner.test_authorisation import ENDPOINTS
from tests.commissioner.world import PASSWORD, World

BAD_VALUES = ["", "%00", "..%2F..%2Fetc", "A" * 300, "%C3%BF%FE", "'%20OR%201=1--", "-1",
              "9" * 30, "%F0%9F%98%80", "<script>", "OWN1%0d%0aX:1", "null", "OWN1;DROP"]
BODIES = [
    (b"", "application/x-www-form-urlencoded"),
    (b"csrf_token=&script=" + b"x" * 200_000, "application/x-www-form-urlencoded"),
    (b"\xff\xfe\x00garbage", "application/x-www-form-urlencoded"),
    (b"--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.yml\"\r\n\r\n\xff\xfe"
     b"\r\n--b--\r\n", "multipart/form-data; boundary=b"),
    (b"--broken", "multipart/form-data; boundary=zz"),
    (b'{"script": 1}', "application/json"),
    (b"script=code%3A%20%5B%5B%5B&opens=2026-13-45&closes=yesterday&new_code=%00&days=-5"
     b"&name=" + b"n" * 500, "application/x-www-form-urlencoded"),
    (b"a" * 3_000_000, "text/plain"),
]
HEADERS = [{}, {"Authorization": "Bearer " + "x" * 5000}, {"Authorization": "Basic Zm9vOmJhcg=="},
           {"Authorization": "Bearer sb_\u00ff"}, {"Cookie": "sb_session=" + "%" * 200},
           {"Cookie": "sb_session=\"unterminated; sb_signin=;;;"}]


def test_no_request_gets_a_server_error(app: Tuple[World, str]) -> None:
    world, base = app
    rng = random.Random(2026)
    signed_in = Browser(base)
    signed_in.sign_in(world.own.users["admin"], PASSWORD)
    token = {"Authorization": f"Bearer {world.own.tokens['admin']}"}
    failures = []
    for endpoint in ENDPOINTS:
        for _ in range(12):
            value = rng.choice(BAD_VALUES)
            path = endpoint.path.replace("{code}", value).replace("{token}", value or "0")
            query = rng.choice(["", "?next=//evil", "?before=abc", "?before=" + "9" * 40,
                                "?%zz=%zz", "?" + "a=1&" * 200])
            body, content_type = rng.choice(BODIES)
            who = rng.choice(["nobody", "session", "token"])
            headers = dict(rng.choice(HEADERS))
            if who == "token":
                headers.update(token)
            if who == "session":
                headers["Cookie"] = f"sb_session={signed_in.cookies['sb_session']}"
            headers["Content-Type"] = content_type
            try:
                response = requests.request(endpoint.method, base + path + query, data=body,
                                            headers=headers, allow_redirects=False, timeout=60)
            except requests.ConnectionError:
                continue  # the server may close a connection on a body it refuses (413)
            if response.status_code >= 500:
                failures.append((endpoint.method, path, query, who, response.status_code))
    assert not failures, failures[:5]
    assert requests.get(base + "/health", timeout=10).status_code == 200
