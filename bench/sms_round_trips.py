"""Round trips an SMS turn costs a replica: PostgreSQL statements and Redis commands,
counted (not timed, so the same on a busy machine as on a quiet one).

One Rasa server and one action server set up as a replica is (answers and Rasa's record
on a PostgreSQL server of this script's own with its statement log on, Rasa's lock and
the rate limits on Redis), whole TEST1 consultations texted as signed Twilio webhooks,
one message at a time; each message's statements and Redis commands are counted apart
(a turn ends when the fake Twilio API has its reply).

Run: .venv/bin/python bench/sms_round_trips.py [--consultations 3]

Prints statements and Redis commands a message, by kind, and one JSON line. Commands a
Lua script runs inside Redis are not round trips and are not counted. The first
consultation's turns count too (no warm-up). Exit 2 when PostgreSQL's server binaries,
Redis or the e2e model are missing.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import tempfile
import threading
from collections import Counter
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
import pytest  # noqa: E402  (the e2e helpers skip or fail through it)
import redis  # noqa: E402

from bench.patients import SMS_TURNS, Sms  # noqa: E402
from bench.web_statements import Log, kind, report, statement_log, summary  # noqa: E402
from tests.conftest import redis_reachable  # noqa: E402
from tests.e2e.conftest import E2E_MODEL, running_servers  # noqa: E402
from tests.e2e.helpers import TEST_SCRIPT, cli  # noqa: E402
from tests.e2e.private_postgres import private_postgres  # noqa: E402
from tests.fakes.fake_telegram import FakeTelegram  # noqa: E402
from tests.fakes.fake_twilio import FakeTwilio  # noqa: E402

REDIS_DB = 8  # the tests use 3 to 5, bench/load.py 7
REDIS_URL = f"redis://127.0.0.1:6379/{REDIS_DB}"


class RedisCommands:
    """The commands clients send to REDIS_DB (Redis's MONITOR), since the last look."""

    def __init__(self) -> None:
        self.seen: List[str] = []
        self._lock = threading.Lock()
        self._monitor = redis.Redis.from_url(REDIS_URL).monitor()
        self._monitor.__enter__()
        threading.Thread(target=self._listen, daemon=True).start()

    def _listen(self) -> None:
        try:
            for command in self._monitor.listen():
                if command.get("db") == REDIS_DB and command.get("client_type") != "lua":
                    with self._lock:
                        self.seen.append(command["command"].split(" ", 1)[0].upper())
        except (redis.RedisError, OSError, ValueError):
            return  # closed

    def since(self) -> List[str]:
        with self._lock:
            seen, self.seen = self.seen, []
        return seen

    def close(self) -> None:
        self._monitor.__exit__(None, None, None)


async def play(url: str, fake: FakeTwilio, consultations: int, log: Log,
               commands: RedisCommands) -> Dict[str, Counter]:
    counted: Dict[str, Counter] = {"statements": Counter(), "redis": Counter()}
    sms = Sms(url, fake)
    async with aiohttp.ClientSession() as http:
        for n in range(consultations):
            number = f"+4477009{n:05d}"
            log.since()  # what came before this consultation is not counted
            commands.since()
            for message, expected in SMS_TURNS:
                await sms.turn(http, number, message, expected)
                await asyncio.sleep(0.1)  # Rasa saves its record after the reply is out
                counted["statements"].update(kind(s) for s in log.since())
                counted["redis"].update(commands.since())
                for counter in counted.values():
                    counter["(messages)"] += 1
    return counted


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    parser.add_argument("--consultations", type=int, default=3)
    args = parser.parse_args()
    if not E2E_MODEL.exists():
        print(f"{E2E_MODEL} is missing (make test trains it)", file=sys.stderr)
        return 2
    if not redis_reachable(REDIS_URL):
        print(f"Redis is not reachable at {REDIS_URL}", file=sys.stderr)
        return 2
    redis.Redis.from_url(REDIS_URL).flushdb()
    try:
        with private_postgres() as server, FakeTwilio() as twilio, \
                FakeTelegram() as telegram, tempfile.TemporaryDirectory() as folder:
            with running_servers(Path(folder), server.url, twilio, telegram,
                                 SB_TRACKER_URL=server.url, SB_REDIS_URL=REDIS_URL) as servers:
                loaded = cli(servers, "load", str(TEST_SCRIPT))
                assert loaded.returncode == 0, loaded.stderr
                log, commands = Log(statement_log(server)), RedisCommands()
                try:
                    counted = asyncio.run(play(servers.rasa_url, twilio, args.consultations,
                                               log, commands))
                finally:
                    commands.close()
    except pytest.skip.Exception as skipped:
        print(skipped, file=sys.stderr)
        return 2
    report({name: summary(c) for name, c in counted.items()}, "SMS")
    return 0


if __name__ == "__main__":
    sys.exit(main())
