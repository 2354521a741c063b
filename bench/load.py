"""Load: SMS patients through nginx to two replicas on PostgreSQL + Redis, against one
process on SQLite, with the /model/parse floor and one long conversation.

Run: .venv/bin/python bench/load.py [--patients 8 --patients 32] [--consultations 96]
     [--rounds 3] [--long-turns 300] [--long-only] [--model models/sounding-board.tar.gz]
     [--quick]

Both set-ups run at once (bench/README.md): "replicas", two Rasa servers and two action
servers behind Debian's nginx, answers and Rasa's tracker on a fresh PostgreSQL
database, Rasa's lock and the rate limits on Redis (tests/e2e/replicas.py); "single",
one Rasa server and one action server on a new SQLite file, no proxy, as `make run`.
Patients text whole TEST1 consultations as signed Twilio webhooks; a turn is timed from
the webhook POST until the fake Twilio API has the reply. Each round plays, at each N,
replicas, then single, then parse (the single Rasa server's POST /model/parse alone),
so a slow spell of this shared machine falls on all three; each ratio is the median
over rounds of the ratio within one round. Then one long conversation on each set-up
at once: --long-turns turns of "why are you asking?" at the age question (the engine
answers and asks again, keeping the conversation going), paced as the SMS channel
allows one number.

Prints each phase (turns/s, p50/p95/p99 ms, errors, CPU s and peak RSS per process),
the CPU ms per turn of each process, PostgreSQL rows and bytes per consultation, the
targets (PASS/MISS) and, last, one JSON line with every figure. Exit 1 (logs kept) if a
reply is not what the script asks next, a request fails, a server does not start, or a
database does not then hold exactly the participations played; 2 if the model is
missing or PostgreSQL or Redis cannot be reached. A missed target is not a failure.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from functools import partial
from pathlib import Path
from typing import Any, Dict, Iterator, List, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
import pytest  # noqa: E402  (the e2e helpers skip or fail through it)

from bench.figures import pace  # noqa: E402
from bench.load_report import print_report, summarise  # noqa: E402
from bench.patients import (  # noqa: E402
    PARSE_SCALE,
    SMS_TURNS,
    Phase,
    Sms,
    Turns,
    check_database,
    parses,
    phases,
    sms_job,
)
from bench.sampling import Watched, processes_named  # noqa: E402
from bot.cli import stack  # noqa: E402
from bot.trust import identity  # noqa: E402
from tests.conftest import fresh_postgres, redis_reachable  # noqa: E402
from tests.e2e.conftest import Servers, running_servers  # noqa: E402
from tests.e2e.helpers import TEST_SCRIPT, cli, rows  # noqa: E402
from tests.e2e.replicas import Production, two_replicas  # noqa: E402
from tests.fakes.fake_telegram import FakeTelegram  # noqa: E402
from tests.fakes.fake_twilio import FakeTwilio  # noqa: E402

REDIS_URL = "redis://127.0.0.1:6379/7"  # the tests use 3 to 5
# One number may send 15 SMS at once, then 30 a minute (bot/channels/twilio.py).
SMS_BURST, SMS_PER_MINUTE = 15, 30.0
# Every patient here comes from 127.0.0.1, so the edge's per-address limit (200 a
# second in the tests) would measure the limiter, not the service: set above any load.
EDGE_RATE = 100_000
LONG_REPLY, AGE_QUESTION = "why are you asking?", "Which age group are you in?"
STORAGE_TABLES = ("rasa_record", "participation", "answer", "respondent", "conversation",
                  "inbound_message", "sms_session", "opt_out")
OK_PROBLEMS = (RuntimeError, OSError, AssertionError, subprocess.SubprocessError,
               pytest.fail.Exception, pytest.skip.Exception)


def watched_replicas(production: Production) -> Dict[str, Watched]:
    database = production.edge.database_url.rsplit("/", 1)[1]
    found: Dict[str, Watched] = {}
    for i, replica in enumerate(production.replicas, 1):
        found.update({f"{p.name.split()[0].lower()}{i}": p.popen.pid
                      for p in replica.processes if p.popen})
    return {**found, "nginx": production.nginx.pid,
            "postgres": processes_named(f" {database} 127.0.0.1("),  # this database's backends
            "redis": processes_named("redis-server")}  # shared with other work: an upper bound


def watched_single(single: Servers) -> Dict[str, Watched]:
    return {p.name.split()[0].lower(): p.popen.pid for p in single.processes if p.popen}


@contextlib.contextmanager
def both_set_ups(folder: Path, model: Path) -> Iterator[Tuple[FakeTwilio, Production, Servers]]:
    with contextlib.ExitStack() as stack_of:
        fake = stack_of.enter_context(FakeTwilio())
        telegram = stack_of.enter_context(FakeTelegram())
        # A new database on the machine's PostgreSQL (as configured: fsync on), dropped after.
        database_url = stack_of.enter_context(fresh_postgres())
        production = stack_of.enter_context(two_replicas(
            folder / "replicas", database_url, REDIS_URL, fake, telegram, model=model,
            per_ip_rate=EDGE_RATE, per_ip_burst=EDGE_RATE))
        single = stack_of.enter_context(running_servers(
            folder / "single", f"sqlite:///{folder / 'single' / 'bench.db'}", fake, telegram,
            model=model))
        loaded = cli(single, "load", str(TEST_SCRIPT))
        assert loaded.returncode == 0, loaded.stderr
        yield fake, production, single


def throughput(args: argparse.Namespace, fake: FakeTwilio, production: Production,
               single: Servers) -> List[Phase]:
    numbers = itertools.count(random.randrange(50_000))  # no bucket left in Redis by a last run
    plan = (("replicas", lambda: sms_job(production.edge.rasa_url, fake, numbers),
             watched_replicas(production), args.consultations),
            ("single", lambda: sms_job(single.rasa_url, fake, numbers), watched_single(single),
             args.consultations),
            ("parse", lambda: partial(parses, single.rasa_url, single.token),
             {"rasa": watched_single(single)["rasa"]},
             args.consultations * PARSE_SCALE))
    return [phase for round_ in range(args.rounds) for name, make, watched, conversations in plan
            for phase in phases(name, args.patients, conversations, watched, make, round_)]


def long_turns(turns: int) -> Turns:
    """Start TEST1, consent, then ask why at the age question until `turns` turns."""
    return SMS_TURNS[:2] + ((LONG_REPLY, AGE_QUESTION),) * (turns - 2)


async def long_conversation(url: str, fake: FakeTwilio, number: str, turns: int, gap: float,
                            delay: float) -> List[float]:
    """Each turn's milliseconds; turn k is sent `gap` × k seconds after the first (or when
    the reply before it came, if later)."""
    sms = Sms(url, fake)
    await asyncio.sleep(delay)
    began, latencies = time.monotonic(), []
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as http:
        for k, (message, expected) in enumerate(long_turns(turns)):
            await asyncio.sleep(max(0.0, began + k * gap - time.monotonic()))
            latencies.append(await sms.turn(http, number, message, expected))
    return latencies


def long_conversations(turns: int, fake: FakeTwilio, production: Production,
                       single: Servers) -> Dict[str, Any]:
    """One long conversation on each set-up at once, half a gap apart (each uses the
    machine for a few milliseconds every gap)."""
    gap = pace(turns, SMS_BURST, SMS_PER_MINUTE)
    numbers = {name: f"+4477008{random.randrange(100_000):05d}" for name in ("replicas", "single")}
    print(f"  long conversations: {turns} turns each, one every {gap:.2f} s "
          f"(~{turns * gap / 60:.1f} min)", flush=True)

    async def both() -> List[Any]:
        return await asyncio.gather(
            long_conversation(production.edge.rasa_url, fake, numbers["replicas"], turns, gap, 0.0),
            long_conversation(single.rasa_url, fake, numbers["single"], turns, gap, gap / 2),
            return_exceptions=True)
    found = dict(zip(("replicas", "single"), asyncio.run(both()), strict=True))
    conversation = identity.for_number(production.edge.secret, identity.SMS, numbers["replicas"])
    tracker = rows(production.edge, "SELECT events FROM rasa_record WHERE sender_id = :s",
                   s=conversation)
    kept = len(tracker[0][0].split("\n")) if tracker else 0
    return {"gap_s": gap, "latencies": found, "replicas_tracker_events": kept}


def storage(production: Production) -> Dict[str, int]:
    """Rows and bytes (tables with their indexes) in PostgreSQL, and its connections."""
    found: Dict[str, int] = {}
    for table in STORAGE_TABLES:
        (count, size), = rows(production.edge, f"SELECT COUNT(*), pg_total_relation_size("  # noqa: S608
                              f"'{table}') FROM {table}")
        found.update({f"{table}_rows": int(count), f"{table}_bytes": int(size)})
    (database, connections), = rows(production.edge, "SELECT pg_database_size(current_database()), "
                                    "(SELECT COUNT(*) - 1 FROM pg_stat_activity "
                                    "WHERE datname = current_database())")  # less this one
    return {**found, "database_bytes": int(database), "connections": int(connections)}


def run(args: argparse.Namespace, folder: Path, failures: List[str]) -> Dict[str, Any]:
    with both_set_ups(folder, args.model) as (fake, production, single):
        empty = storage(production)
        runs = [] if args.long_only else throughput(args, fake, production, single)
        stored = {**storage(production), "database_growth_bytes": 0}
        stored["database_growth_bytes"] = stored["database_bytes"] - empty["database_bytes"]
        long = long_conversations(args.long_turns, fake, production, single)
        unfinished = {"twilio": 1}  # the long conversation, still at the age question
        for name, servers in (("replicas", production.edge), ("single", single)):
            played = sum(r.played for r in runs if r.name == name)
            failures += [f"{name} {problem}" for problem in check_database(
                servers.database_url, {"twilio": played}, unfinished)]
    return {"runs": runs, "storage": stored, "long": long}


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--patients", type=int, action="append", help="repeatable (default: 8 and 32)")
    parser.add_argument("--consultations", type=int, default=96, help="per phase (default 96)")
    parser.add_argument("--rounds", type=int, default=3, help="interleaved rounds (default 3)")
    parser.add_argument("--long-turns", type=int, default=300,
                        help="turns of the long conversation (default 300; at least 26)")
    parser.add_argument("--model", type=Path, default=stack.MODEL, help="the product's trained model")
    parser.add_argument("--long-only", action="store_true",
                        help="only the long conversation (no throughput phases)")
    parser.add_argument("--quick", action="store_true",
                        help="a smoke run: N=2 and 4, 8 consultations, 1 round, 30 long turns")
    args = parser.parse_args(argv)
    if args.quick:
        args.patients, args.consultations, args.rounds, args.long_turns = [2, 4], 8, 1, 30
    args.patients = args.patients or [8, 32]
    if min(args.patients) < 1 or args.consultations < 1 or args.rounds < 1 or args.long_turns < 26:
        parser.error("--patients, --consultations and --rounds must be 1 or more, --long-turns 26")
    return args


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if not args.model.exists():
        print(f"{args.model} is missing: `make run` or `make test` trains it", file=sys.stderr)
        return 2
    if not redis_reachable(REDIS_URL):
        print(f"Redis is not answering at {REDIS_URL}", file=sys.stderr)
        return 2
    folder, load_before = Path(tempfile.mkdtemp(prefix="sb-load-")), os.getloadavg()
    failures: List[str] = []
    try:
        measured = run(args, folder, failures)
    except OK_PROBLEMS as problem:
        print(f"ERROR {type(problem).__name__}: {problem}"[:3000], file=sys.stderr)
        print(f"FAILED; logs kept in {folder}", file=sys.stderr)
        return 2 if isinstance(problem, pytest.skip.Exception) else 1
    figures = summarise(measured, args)
    failures = [e for r in measured["runs"] for e in r.errors] + failures + [
        f"long conversation on {name}: {found!r}"[:400]
        for name, found in measured["long"]["latencies"].items() if isinstance(found, BaseException)]
    print_report(measured, figures, args, len(failures))
    for failure in failures[:10]:
        print(f"ERROR {failure}", file=sys.stderr)
    print(json.dumps({**figures, "errors": len(failures), "load_average_before": load_before,
                      "load_average_after": os.getloadavg(), "patients": args.patients,
                      "consultations": args.consultations, "rounds": args.rounds,
                      "long_turns": args.long_turns}))
    if failures:
        print(f"FAILED; server logs kept in {folder}", file=sys.stderr)
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
