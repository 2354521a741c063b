"""The widget's API: our REST channel on the Rasa server, reached through this process.

Why a proxy rather than CORS on the Rasa server: the widget then talks to one
origin only (the one that served it), the Rasa server stays on loopback with
its token-guarded HTTP API out of the browser's reach, and the allowed origins
are checked here, for these three paths alone, instead of by Rasa's `--cors`
flag for every route it has. The cost is one loopback hop (well under a
millisecond beside a turn of ~10 ms).
"""

from __future__ import annotations

import json
import logging
from typing import Tuple

import httpx

from bot.engine import messages
from bot.logs import AtMostEvery

logger = logging.getLogger(__name__)

# The only paths a browser may reach, and what each becomes on the Rasa server.
PATHS = {
    "conversations": "/webhooks/rest/conversations",
    "webhook": "/webhooks/rest/webhook",
    "transcript": "/webhooks/rest/transcript",
}
# A message is capped at 4,000 characters by the channel; JSON escaping may
# multiply that by six (\uXXXX), and nothing larger is ever a real message.
MAX_BODY = 32 * 1024
UNREACHABLE = json.dumps({"error": messages.CHAT_UNAVAILABLE}).encode()
TOO_SLOW = b'{"error": "The chat is taking too long to answer. Please try again."}'


def client() -> httpx.AsyncClient:
    # A turn is ~10 ms; a long wait means a queue or an outage, and the widget retries.
    return httpx.AsyncClient(timeout=httpx.Timeout(40.0, connect=5.0),
                             limits=httpx.Limits(max_connections=200))


async def forward(http: httpx.AsyncClient, rasa_url: str, path: str, body: bytes,
                  client: str) -> Tuple[int, bytes]:
    """(status, JSON body) of the Rasa server's answer, or our own when it can't be had.
    `client` is the patient's address, for the REST channel's limits per address."""
    try:
        answer = await http.post(rasa_url + PATHS[path], content=body,
                                 headers={"Content-Type": "application/json",
                                          "X-Forwarded-For": client})
    except httpx.TimeoutException:
        return 504, TOO_SLOW
    except httpx.HTTPError as error:
        unreachable(type(error).__name__)
        return 502, UNREACHABLE
    if answer.status_code >= 500:
        unreachable(f"HTTP {answer.status_code}")
        return 502, UNREACHABLE  # never pass on an upstream error page
    return answer.status_code, answer.content


# Said at most once a minute: every patient's message fails alike, and the log said
# nothing (nor /ready, which is about this process's own database).
UNREACHABLE_SAID = AtMostEvery(60.0)


def unreachable(why: str) -> None:
    if UNREACHABLE_SAID.due():
        logger.warning("the Rasa server (SB_RASA_URL) did not answer the web chat (%s): "
                       "patients are told the chat is unavailable", why)
