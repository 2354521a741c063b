"""Forget a conversation in Rasa's tracker store, through Rasa's HTTP API.

Called after the turn that confirmed erasure: Rasa holds the conversation's
lock while our action runs, so the request waits until that turn is saved and
then replaces the history with nothing.
"""

from __future__ import annotations

import asyncio
import logging
from typing import Set
from urllib.parse import quote

import aiohttp

logger = logging.getLogger(__name__)
_running: Set[asyncio.Task[bool]] = set()


async def forget_conversation(rasa_url: str, token: str, sender_id: str) -> bool:
    # Sanic matches the raw path, so only characters that must be escaped are escaped.
    url = f"{rasa_url.rstrip('/')}/conversations/{quote(sender_id, safe='+@:=')}/tracker/events"
    try:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as client:
            async with client.put(url, params={"token": token}, json=[]) as response:
                if response.status == 200:
                    return True
                logger.error("conversation erasure failed with HTTP %s", response.status)
    except (aiohttp.ClientError, asyncio.TimeoutError) as error:
        logger.error("conversation erasure failed: %s", type(error).__name__)
    return False


def schedule_forget(rasa_url: str, token: str, sender_id: str) -> None:
    """Start the erasure in the background; the current turn must finish first."""
    if not token:
        logger.warning("conversation erasure skipped: SB_RASA_API_TOKEN is not set")
        return
    task = asyncio.get_running_loop().create_task(forget_conversation(rasa_url, token, sender_id))
    _running.add(task)
    task.add_done_callback(_running.discard)
