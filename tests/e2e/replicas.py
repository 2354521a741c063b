"""Production, chosen by configuration alone: two replicas (each a real Rasa server
and action server) behind nginx from Debian's packages, with the answers and Rasa's
tracker on PostgreSQL and Rasa's lock on Redis. Used by
tests/e2e/test_production_stores.py and bench/load.py."""

from __future__ import annotations

import contextlib
import dataclasses
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List

from bot.cli import stack
from tests.e2e.conftest import E2E_MODEL, Servers, running_servers
from tests.e2e.edge import Edge, nginx
from tests.e2e.helpers import TEST_SCRIPT, cli
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fake_twilio import FakeTwilio


@dataclass
class Production:
    edge: Servers  # every request through nginx; the rest as replica 1's
    replicas: List[Servers]
    nginx: Edge


@contextlib.contextmanager
def two_replicas(folder: Path, database_url: str, redis_url: str, fake_twilio: FakeTwilio,
                 fake_telegram: FakeTelegram, model: Path = E2E_MODEL, per_ip_rate: int = 200,
                 per_ip_burst: int = 400, wait: bool = True, **extra: str
                 ) -> Iterator[Production]:
    """Both replicas up on `database_url` (migrated here), TEST1 loaded with the real
    command line, nginx in front; `extra` settings for both replicas. With `wait=False`
    the replicas are only launched: the caller waits (`stack.wait_ready`)."""
    edge_port, secret = stack.free_port(), "replicas-" + uuid.uuid4().hex
    edge_url = f"http://127.0.0.1:{edge_port}"
    shared = {"SB_REDIS_URL": redis_url, "TWILIO_PUBLIC_URL": edge_url,
              "TELEGRAM_PUBLIC_URL": edge_url, **extra}
    with contextlib.ExitStack() as stack_of:
        # Both replicas start at once; nginx and the script load need neither to answer.
        replicas = [stack_of.enter_context(running_servers(
            folder / f"replica-{i}", database_url, fake_twilio, fake_telegram, secret=secret,
            model=model, wait=False, SB_TRACKER_URL=database_url, **shared)) for i in (1, 2)]
        edge = stack_of.enter_context(nginx(folder / "nginx", edge_port,
                                            [int(r.rasa_url.rsplit(":", 1)[1]) for r in replicas],
                                            per_ip_rate=per_ip_rate, per_ip_burst=per_ip_burst))
        loaded = cli(replicas[0], "load", str(TEST_SCRIPT))
        assert loaded.returncode == 0, loaded.stderr
        if wait:
            stack.wait_ready(processes(replicas))
        through_edge = dataclasses.replace(replicas[0], rasa_url=edge_url)
        through_edge.logs = [*replicas[0].logs, *replicas[1].logs, edge.access_log]
        yield Production(through_edge, replicas, edge)


def processes(replicas: List[Servers]) -> List[stack.Process]:
    return [proc for replica in replicas for proc in replica.processes]
