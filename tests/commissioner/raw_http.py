"""Requests no HTTP library will send (a broken header, a body announced and never sent,
headers that never end), written to a socket, and the answer read back."""

from __future__ import annotations

import socket
from dataclasses import dataclass
from typing import Dict
from urllib.parse import urlsplit


@dataclass(frozen=True)
class Answer:
    status: int
    headers: Dict[str, str]  # names in lower case
    text: str


def send_raw(base: str, head: bytes, wait: float = 10) -> Answer:
    """Send `head` as it is and read until the server closes the connection."""
    where = urlsplit(base)
    with socket.create_connection((where.hostname, where.port), timeout=wait) as connection:
        connection.sendall(head)
        received = b""
        while chunk := connection.recv(65536):
            received += chunk
    top, _, body = received.partition(b"\r\n\r\n")
    status_line, *lines = top.decode("latin-1").split("\r\n")
    headers = {name.strip().lower(): value.strip()
               for name, value in (line.split(":", 1) for line in lines)}
    return Answer(int(status_line.split()[1]), headers, body.decode("utf-8", "replace"))
