"""What the on-call engineer can graph and alert on (Prometheus). Labels name only
channels, outcomes and reasons: never a person, a number or a text.

Each process serves its own: the action server at /metrics (and, with
SB_ACTION_METRICS_PORT, alone on a port of their own), the Rasa server at
/webhooks/ops/metrics (refused at the public edge). Built on first use, never at
import (so importing the library registers nothing until a process asks).
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST, start_http_server

CONTENT_TYPE = CONTENT_TYPE_LATEST


class Metrics(NamedTuple):
    registry: CollectorRegistry
    turns: Counter  # channel, outcome: ok / failed (the patient got the apology)
    turn_seconds: Histogram  # channel
    answers: Counter  # answers written (status: answered / skipped)
    rejected: Counter  # channel, reason: requests a webhook refused (4xx)
    signposts: Counter  # channel, path: engine / channel (a path the engine never saw)
    sends: Counter  # channel, outcome: sent / in_reply (TwiML) / refused / blocked / uncertain / failed
    send_retries: Counter  # channel: retries after a 429 or a network error
    spooled: Counter  # channel, outcome: held (the database was down) / replayed / expired (never replayed)
    spool_depth: Gauge  # messages held on this process's disk right now
    redis_available: Gauge  # 0 while a Redis this process uses is taken to be down


@lru_cache(maxsize=1)
def metrics() -> Metrics:
    registry = CollectorRegistry()
    # Set by bot/limits/redis_breaker.py as a Redis is first used; till then (or with no
    # Redis at all) nothing is missing.
    redis_available = Gauge("sb_redis_available", "0 while this process takes its Redis "
                            "to be down (serving without it), else 1", registry=registry)
    redis_available.set(1)
    return Metrics(
        registry,
        Counter("sb_turns", "Consultation turns the engine ran", ["channel", "outcome"],
                registry=registry),
        Histogram("sb_turn_seconds", "Time of one engine turn, database included", ["channel"],
                  buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5),
                  registry=registry),
        Counter("sb_answers", "Answers written", ["status"], registry=registry),
        Counter("sb_webhook_rejections", "Webhook requests refused", ["channel", "reason"],
                registry=registry),
        Counter("sb_signposts", "Crisis signposting sent", ["channel", "path"],
                registry=registry),
        Counter("sb_sends", "Messages sent to a provider", ["channel", "outcome"],
                registry=registry),
        Counter("sb_send_retries", "Sends tried again (429 or network)", ["channel"],
                registry=registry),
        Counter("sb_spooled", "Messages held while the database was down, and replayed",
                ["channel", "outcome"], registry=registry),
        Gauge("sb_spool_depth", "Messages held on local disk, waiting for the database",
              registry=registry),
        redis_available,
    )


def exposition() -> bytes:
    """Everything this process has counted, in Prometheus' text format."""
    return bytes(generate_latest(metrics().registry))


def serve_alone(host: str, port: int) -> None:
    """This process's metrics, and nothing else, on `port` (a thread of their own), so a
    network policy can let Prometheus reach them without reaching what else it serves."""
    start_http_server(port, addr=host, registry=metrics().registry)
