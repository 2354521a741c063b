"""A TCP proxy in front of a real server (the shared PostgreSQL or Redis) that a test can
make stall: it keeps accepting connections and keeps those it has open, but forwards
nothing more either way, as a database whose host hangs, a proxy or pooler that stops
forwarding, or a network that drops packets looks to the client. Or refuse: every
connection, open or new, is cut at once, as a server that stopped looks to the client.
Or lose the server's next answer: as a server that did the work and died before
answering looks to the client. The server behind it is never touched (a test may kill
it as its answer is lost). It counts the connections clients open (their tries to reach
the server) and, if asked, the times they send given words (a key in a command)."""

from __future__ import annotations

import contextlib
import selectors
import socket
import struct
import threading
from typing import Callable, Dict, Iterator, List, Optional


class StallingProxy:
    def __init__(self, target_port: int, target_host: str = "127.0.0.1") -> None:
        self.target = (target_host, target_port)
        self.stalled = threading.Event()
        self.refusing = threading.Event()
        self.answers_lost = 0
        self.connections = 0  # accepted, forwarded or not: a client's tries to reach the server
        self._watched: Dict[bytes, int] = {}  # times clients sent each (see `watch`)
        self._lose_next: Optional[Callable[[], None]] = None
        self._losing = threading.Lock()
        self._closed = threading.Event()
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = int(self._listener.getsockname()[1])
        self._sockets: List[socket.socket] = []
        threading.Thread(target=self._accept, daemon=True).start()

    def stall(self) -> None:
        """From now on nothing is forwarded, on old connections or new ones."""
        self.stalled.set()

    def refuse(self) -> None:
        """From now on every connection is reset, those open and any new one: the server
        is down (its process stopped, restarting)."""
        self.refusing.set()

    def lose_next_answer(self, then: Callable[[], None] = lambda: None) -> None:
        """The next thing a server sends on any connection is not passed on: `then` runs
        (e.g. kills the server), and the client's connection is reset."""
        with self._losing:
            self._lose_next = then

    def keep_answers(self) -> None:
        """Answers are passed on again (the next one, if not lost yet, too)."""
        self._answer_to_lose()

    def _answer_to_lose(self) -> Optional[Callable[[], None]]:
        with self._losing:
            then, self._lose_next = self._lose_next, None
        return then

    def watch(self, words: bytes) -> None:
        """Count from now on how often clients send `words` that are forwarded (a key
        name in a Redis command: whether a client used the server for it)."""
        self._watched[words] = 0

    def sent(self, words: bytes) -> int:
        """How often clients sent `words` that were forwarded, since `watch`."""
        return self._watched[words]

    def resume(self) -> None:
        """New connections are forwarded again (those caught in the stall stay stuck, as
        a client's connections to a database that hung usually are)."""
        self.stalled.clear()
        self.refusing.clear()

    def _accept(self) -> None:
        while not self._closed.is_set():
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self._sockets.append(client)
            self.connections += 1
            if self.refusing.is_set():
                _reset(client)
                continue
            if self.stalled.is_set():
                continue  # accepted, and never answered
            try:
                server = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            self._sockets.append(server)
            threading.Thread(target=self._pipe, args=(client, server), daemon=True).start()

    def _pipe(self, client: socket.socket, server: socket.socket) -> None:
        ends = {client: server, server: client}
        # A selector, not select.select: in the whole suite this process holds file
        # descriptors past 1024, which select() cannot watch (the thread died, and
        # nothing was forwarded even before the stall).
        watching = selectors.DefaultSelector()
        for end in ends:
            watching.register(end, selectors.EVENT_READ)
        with watching:
            while not self._closed.is_set():
                readable = [key.fileobj for key, _ in watching.select(0.05)]
                if self.refusing.is_set():
                    _reset(client)
                    _reset(server)
                    return
                if self.stalled.is_set():
                    self._closed.wait()  # hold both ends open, forward nothing
                    return
                lose = self._answer_to_lose() if server in readable else None
                if lose is not None:
                    lose()
                    self.answers_lost += 1
                    _reset(client)
                    _reset(server)
                    return
                if not self._forward(readable, ends, client):
                    return

    def _forward(self, readable: List[object], ends: dict, client: socket.socket) -> bool:
        """Pass on what each readable end sent; False once either end has closed."""
        for end in readable:
            try:
                data = end.recv(65536)  # type: ignore[attr-defined]
                if not data:
                    return False
                ends[end].sendall(data)
            except OSError:
                return False
            if end is client:
                for words in list(self._watched):
                    self._watched[words] += data.count(words)
        return True

    def close(self) -> None:
        self._closed.set()
        for sock in [self._listener, *self._sockets]:
            with contextlib.suppress(OSError):
                sock.close()


def _reset(sock: socket.socket) -> None:
    """Close with a reset, as a stopped server's host answers (no orderly goodbye)."""
    with contextlib.suppress(OSError):
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()


@contextlib.contextmanager
def stalling_proxy(target_port: int) -> Iterator[StallingProxy]:
    proxy = StallingProxy(target_port)
    try:
        yield proxy
    finally:
        proxy.close()
