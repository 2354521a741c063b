"""PostgreSQL statements a web turn costs: one Rasa server and one action server on a
PostgreSQL server of this script's own (answers and Rasa's record on it), PostgreSQL's
statement log on, whole TEST1 consultations played through the REST webhook with a
`message_id` on every message, as the widget sends them.

Run: .venv/bin/python bench/web_statements.py [--consultations 3] [--retries]

Prints the statements logged while the consultations played, per turn, by kind (the
`inbound_message` claim or read, Rasa's record, BEGIN / COMMIT / ROLLBACK, the rest),
and one JSON line. The first consultation's turns count too (no warm-up: the pool's
connections open then, and idle ones are checked with `SELECT 1`). `--retries` sends
every other message a second time with the same key (as the widget does after a
network drop) and counts those apart. Exit 2 when
PostgreSQL's server binaries or the e2e model are missing.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Dict, List

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402  (the e2e helpers skip or fail through it)
import requests  # noqa: E402

from bench.patients import REST_TURNS  # noqa: E402
from tests.e2e.conftest import E2E_MODEL, Servers, running_servers  # noqa: E402
from tests.e2e.helpers import TEST_SCRIPT, cli  # noqa: E402
from tests.e2e.private_postgres import PrivatePostgres, private_postgres  # noqa: E402
from tests.fakes.fake_telegram import FakeTelegram  # noqa: E402
from tests.fakes.fake_twilio import FakeTwilio  # noqa: E402

STATEMENT = re.compile(r"LOG:  statement: (.*)")


def kind(statement: str) -> str:
    words = statement.strip().upper()
    if words.startswith(("BEGIN", "COMMIT", "ROLLBACK")):
        return words.split()[0].rstrip(";").lower()
    if "INBOUND_MESSAGE" in words:
        return "inbound_message"
    if "RASA_RECORD" in words:
        return "rasa_record"
    return "other"


def statement_log(server: PrivatePostgres) -> Path:
    """Every statement of every session from now on, in the server's log."""
    for sql in ("ALTER SYSTEM SET log_statement = 'all'", "SELECT pg_reload_conf()"):
        subprocess.run(["psql", "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres",
                        "-d", "sounding_board", "-qc", sql], check=True, capture_output=True)
    return server.folder / "server.log"


class Log:
    """The statements logged since the last look."""

    def __init__(self, path: Path) -> None:
        self.path, self.offset = path, path.stat().st_size

    def since(self) -> List[str]:
        time.sleep(0.05)  # the server writes its log line as the statement starts
        with self.path.open("rb") as handle:
            handle.seek(self.offset)
            data = handle.read()
        self.offset += len(data)
        lines = data.decode(errors="replace").splitlines()
        return [m.group(1) for m in map(STATEMENT.search, lines) if m]


def play(servers: Servers, consultations: int, log: Log, again: bool) -> Dict[str, Counter]:
    """Whole consultations through the webhook, each message's statements counted apart
    (the reply comes after the turn's commit and Rasa's save); with `again`, every other
    message is sent a second time with its key (within the chat's rate limit)."""
    counted: Dict[str, Counter] = {"turns": Counter(), "retries": Counter()}
    for n in range(consultations):
        sender = servers.new_conversation()
        log.since()
        for step, (message, expected) in enumerate(REST_TURNS):
            body = {"sender": sender, "message": message, "message_id": f"bench-{n}-{step:02d}"}
            answer = requests.post(f"{servers.rasa_url}/webhooks/rest/webhook", json=body,
                                   timeout=30)
            answer.raise_for_status()
            counted["turns"].update(kind(s) for s in log.since())
            counted["turns"]["(messages)"] += 1
            texts = [m.get("text") or "" for m in answer.json()]
            if not texts or not texts[-1].startswith(expected):
                raise RuntimeError(f"{message!r}: got {texts!r}, expected {expected!r}")
            if again and step % 2:
                retried = requests.post(f"{servers.rasa_url}/webhooks/rest/webhook",
                                        json=body, timeout=30)
                retried.raise_for_status()
                counted["retries"].update(kind(s) for s in log.since())
                counted["retries"]["(messages)"] += 1
                if retried.json() != answer.json():
                    raise RuntimeError(f"{message!r}: a retry got {retried.json()!r}")
    return counted


def summary(counted: Counter) -> Dict[str, object]:
    sent = counted.pop("(messages)", 0)
    total = sum(counted.values())
    return {"messages": sent, "statements": total,
            "per_message": round(total / sent, 2) if sent else None,
            "by_kind_per_message": {k: round(v / sent, 2) for k, v in sorted(counted.items())}
            if sent else {}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--consultations", type=int, default=3)
    parser.add_argument("--retries", action="store_true",
                        help="send every other message twice with one key")
    args = parser.parse_args()
    if not E2E_MODEL.exists():
        print(f"{E2E_MODEL} is missing (make test trains it)", file=sys.stderr)
        return 2
    try:
        with private_postgres() as server, FakeTwilio() as twilio, \
                FakeTelegram() as telegram, tempfile.TemporaryDirectory() as folder:
            with running_servers(Path(folder), server.url, twilio, telegram,
                                 SB_TRACKER_URL=server.url) as servers:
                loaded = cli(servers, "load", str(TEST_SCRIPT))
                assert loaded.returncode == 0, loaded.stderr
                log = Log(statement_log(server))
                counted = play(servers, args.consultations, log, args.retries)
    except pytest.skip.Exception as skipped:
        print(skipped, file=sys.stderr)
        return 2
    report({name: summary(c) for name, c in counted.items() if c}, "web messages")
    return 0


def report(result: Dict[str, Dict[str, object]], messages: str) -> None:
    """Each count's total and kinds a message, then one JSON line of them all."""
    for name, figures in result.items():
        print(f"{name}: {figures['messages']} {messages}, {figures['statements']} in all, "
              f"{figures['per_message']} a message")
        for what, per in figures["by_kind_per_message"].items():  # type: ignore[attr-defined]
            print(f"  {what:16} {per}")
    print(json.dumps(result))


if __name__ == "__main__":
    sys.exit(main())
