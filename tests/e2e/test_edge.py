"""The edge (deploy/nginx.conf.template, Debian's nginx) in front of two replicas: a
patient's message reaches whichever replica is up, and none is refused once they are
back, even when both had been down (a restart of both): Twilio does not resend an SMS
its webhook failed."""

from __future__ import annotations

import contextlib
import threading
import urllib.error
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator, List

from bot.cli import stack
from tests.e2e.edge import nginx

HOOK = "/webhooks/twilio/webhook"


class _Replica(BaseHTTPRequestHandler):
    def do_POST(self) -> None:  # noqa: N802 - http.server's name
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = str(self.server.server_address[1]).encode()
        self.send_response(200)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *_args: object) -> None:
        pass


@contextlib.contextmanager
def replica(port: int) -> Iterator[None]:
    """A stand-in replica answering every POST with its own port."""
    server = ThreadingHTTPServer(("127.0.0.1", port), _Replica)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield
    finally:
        server.shutdown()
        server.server_close()


def burst(url: str, count: int = 8) -> List[str]:
    """`count` messages at once: each one's status, and the replica that answered."""
    def send(_: int) -> str:
        request = urllib.request.Request(url, data=b"Body=yes", method="POST")
        try:
            with urllib.request.urlopen(request, timeout=10) as answer:
                return f"{answer.status} {answer.read().decode()}"
        except urllib.error.HTTPError as error:
            return str(error.code)
    with ThreadPoolExecutor(count) as pool:
        return list(pool.map(send, range(count)))


def test_messages_reach_the_replicas_as_soon_as_they_are_back(tmp_path: Path) -> None:
    first, second, edge = stack.free_port(), stack.free_port(), stack.free_port()
    url = f"http://127.0.0.1:{edge}{HOOK}"
    with nginx(tmp_path / "nginx", edge, [first, second]):
        assert burst(url) == ["502"] * 8  # neither replica is up: nothing to answer
        with replica(first), replica(second):
            # Straight away, not after nginx's fail_timeout: every message answered.
            answered = burst(url, 16)
            assert {status.split()[0] for status in answered} == {"200"}, answered
            assert {status.split()[1] for status in answered} == {str(first), str(second)}
        with replica(second):  # one replica down: the other takes every message
            assert burst(url) == [f"200 {second}"] * 8
