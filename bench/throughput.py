"""Consultation throughput against stock Rasa and against the product's own NLU, at N patients.

Run: .venv/bin/python bench/throughput.py [--patients 8 --patients 32] [--consultations 96]
     [--rounds 3] [--model models/sounding-board.tar.gz] [--only stock|rest|sms|parse ...]

Workloads (see bench/README.md): stock, the `rasa init` bot (trained once, cached in
.bench-cache/stock-rasa-init/) on stock `rasa run --enable-api`; rest and sms, whole TEST1
consultations through the product's servers (SMS as signed Twilio webhooks, replies read
from tests/fakes/fake_twilio.py); parse, the product's POST /model/parse alone. Each: one
uncounted warm-up, then at each N a closed-loop phase of --consultations conversations
split between N patients at once, while /proc is sampled every 0.2 s for each server's CPU
seconds and peak RSS (with its children). The product's workloads run in --rounds
interleaved rounds (rest, sms, parse, rest, …) and each ratio is the median over rounds
of the ratio within a round, because this shared machine's speed drifts by up to 1.5×.

Prints turns/s, p50/p95/p99 ms, errors, CPU and RSS per phase, the targets at each N
(PASS/MISS) and, last, one JSON line with every figure. Exit 1 (logs kept) if a reply is not
what the script asks next, a request fails, a server does not start, or the database then
does not hold exactly one completed participation per consultation played; 2 if the model
is missing. A missed target is not a failure.
"""

from __future__ import annotations

import argparse
import itertools
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from functools import partial
from importlib.metadata import version
from pathlib import Path
from typing import Callable, Dict, List, Sequence

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402

from bench.figures import Target, meets, round_ratio, verdict  # noqa: E402
from bench.patients import (  # noqa: E402
    PARSE_SCALE,
    REST_TURNS,
    Job,
    Phase,
    Turns,
    check_database,
    counted,
    parses,
    phases,
    post_json,
    print_phases,
    sms_job,
)
from bench.sampling import read  # noqa: E402
from bot.cli import stack  # noqa: E402
from tests.e2e.conftest import running_servers  # noqa: E402
from tests.e2e.helpers import TEST_SCRIPT, cli  # noqa: E402
from tests.fakes.fake_telegram import FakeTelegram  # noqa: E402
from tests.fakes.fake_twilio import FakeTwilio  # noqa: E402

STOCK_CACHE = ROOT / ".bench-cache" / "stock-rasa-init"
STOCK_RASA = str(ROOT / ".venv" / "bin" / "rasa")  # stock Rasa, not the product's entry point
QUIET = {"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"}
STOCK_TURNS: Turns = (
    ("hi", "Hey! How are you?"), ("I am sad", "Did that help you?"), ("yes", "Great, carry on!"),
    ("are you a bot?", "I am a bot, powered by Rasa."), ("hello", "Hey! How are you?"),
    ("I am great", "Great, carry on!"), ("hey there", "Hey! How are you?"),
    # Not "no" after "very sad": a freshly trained `rasa init` model may answer it with
    # nothing (seen 2026-12-02, stop 17), and the check below needs a reply to check.
    ("very sad", "Did that help you?"), ("yes", "Great, carry on!"), ("goodbye", "Bye"))
# The simulated patients all come from 127.0.0.1; real ones from many addresses.
PATIENTS_FROM_ONE_ADDRESS = {"SB_REST_PER_ADDRESS_PER_MINUTE": "600000",
                             "SB_REST_PER_ADDRESS_BURST": "100000"}
TARGETS: Dict[str, Target] = {"vs_stock": ("turns/s / stock turns/s", ">=", 2.5),
                              "vs_parse": ("turns/s / parses/s", ">=", 0.35),
                              "p95_vs_parse": ("p95 turn / p95 parse", "<=", 3.0)}


async def converse(url: str, turns: Turns, http: aiohttp.ClientSession, phase: Phase,
                   sender: str = "") -> None:
    """One conversation over Rasa's REST channel; each last reply must start as expected."""
    sender = sender or f"bench-{uuid.uuid4().hex}"
    for message, expected in turns:
        ms, body = await post_json(http, f"{url}/webhooks/rest/webhook",
                                   {"sender": sender, "message": message})
        texts = [str(m.get("text") or "") for m in body]
        if not texts or not texts[-1].startswith(expected):
            raise RuntimeError(f"{message!r}: expected {expected!r}, got {texts!r}")
        phase.ms.append(ms)
    phase.played += 1


async def rest_consultation(url: str, http: aiohttp.ClientSession, phase: Phase) -> None:
    async with http.post(f"{url}/webhooks/rest/conversations") as response:
        if response.status not in (201, 404):
            raise RuntimeError(f"/webhooks/rest/conversations answered {response.status}")
        # A made-up sender where the endpoint does not exist (yet).
        sender = str((await response.json())["conversation_id"]) if response.status == 201 else ""
    await converse(url, REST_TURNS, http, phase, sender)


def stock_model(folder: Path, env: Dict[str, str]) -> Path:
    """The `rasa init` bot's model: from the cache, else created and trained in `folder`."""
    stamp, models = f"rasa {version('rasa')}\n", sorted(STOCK_CACHE.glob("models/*.tar.gz"))
    if models and read(str(STOCK_CACHE / "VERSION")) == stamp:
        return models[-1]
    project, began = folder / "stock-rasa-init", time.monotonic()
    project.mkdir()
    print("training the stock `rasa init` bot (once: then cached in .bench-cache/)", flush=True)
    with (folder / "rasa-init.log").open("w") as log:
        subprocess.run([STOCK_RASA, "init", "--no-prompt", "--init-dir", str(project)], cwd=folder,
                       env=env, stdout=log, stderr=subprocess.STDOUT, timeout=1800, check=True)
    print(f"  trained in {time.monotonic() - began:.0f} s", flush=True)
    shutil.rmtree(STOCK_CACHE, ignore_errors=True)
    shutil.copytree(project, STOCK_CACHE, ignore=shutil.ignore_patterns(".rasa", "__pycache__"))
    (STOCK_CACHE / "VERSION").write_text(stamp)
    return sorted(STOCK_CACHE.glob("models/*.tar.gz"))[-1]


def run_stock(args: argparse.Namespace, folder: Path, failures: List[str]) -> List[Phase]:
    env, port = stack.child_environment(QUIET), stack.free_port()
    env.pop("PYTHONPATH", None)  # nothing of the product's
    server = stack.Process("stock Rasa server", [
        STOCK_RASA, "run", "--model", str(stock_model(folder, env)), "--port", str(port),
        "--interface", "127.0.0.1", "--enable-api", "--credentials", str(STOCK_CACHE / "credentials.yml"),
        "--endpoints", str(STOCK_CACHE / "endpoints.yml")],
        f"http://127.0.0.1:{port}/status", log=folder / "stock-rasa-server.log")
    url = f"http://127.0.0.1:{port}"
    try:
        stack.start([server], env)
        return [phase for round_ in range(args.rounds)
                for phase in phases("stock", args.patients, args.consultations,
                                    {"stock": server.popen.pid if server.popen else 0},
                                    lambda: partial(converse, url, STOCK_TURNS), round_)]
    finally:
        stack.stop([server])


def run_product(args: argparse.Namespace, folder: Path, failures: List[str]) -> List[Phase]:
    """The product's Rasa and action servers on a new SQLite file, as the end-to-end
    tests start them, with TEST1 loaded by the real command line."""
    runs: List[Phase] = []
    numbers = itertools.count(1)
    with FakeTwilio() as fake, FakeTelegram() as telegram, running_servers(
            folder, f"sqlite:///{folder / 'bench.db'}", fake, telegram, model=args.model,
            **PATIENTS_FROM_ONE_ADDRESS) as servers:
        loaded = cli(servers, "load", str(TEST_SCRIPT))
        if loaded.returncode:
            raise RuntimeError(f"loading TEST1: {loaded.stderr}")
        url = servers.rasa_url
        makers: Dict[str, Callable[[], Job]] = {
            "rest": lambda: partial(rest_consultation, url), "sms": lambda: sms_job(url, fake, numbers),
            "parse": lambda: partial(parses, url, servers.token)}
        watched = {p.name.split()[0].lower(): p.popen.pid for p in servers.processes if p.popen}
        # Rounds interleave the workloads, so a slow spell of this shared machine
        # falls on all of them, and each ratio is taken within one round.
        for round_ in range(args.rounds):
            for name in (name for name in makers if name in args.only):
                scale = PARSE_SCALE if name == "parse" else 1
                runs += phases(name, args.patients, args.consultations * scale, watched,
                               makers[name], round_)
    failures += check_database(servers.database_url, {
        "rest": sum(r.played for r in runs if r.name == "rest"),
        "twilio": sum(r.played for r in runs if r.name == "sms")})
    return runs


def ratios(runs: List[Phase], patients: Sequence[int], rounds: int) -> Dict[str, float]:
    """Each consultation channel against stock Rasa and against parsing alone, at each N:
    the median over rounds of the ratio within each round."""
    got, out = counted(runs), {}
    for n, channel, key in itertools.product(patients, ("rest", "sms"), TARGETS):
        figure = "p95_ms" if key.startswith("p95") else "per_s"
        other = "stock" if key == "vs_stock" else "parse"
        found = round_ratio(got, channel, other, n, figure, rounds)
        if found is not None:
            out[f"{channel}_n{n}_{key}"] = round(found, 3)
    return out


def passes(key: str, value: float) -> bool:
    """`key`: a ratio's name (rest_n8_vs_stock)."""
    _, sense, goal = TARGETS[key.split("_", 2)[2]]
    return meets(value, sense, goal)


def print_report(runs: List[Phase], found: Dict[str, float], patients: Sequence[int], errors: int) -> None:
    print_phases(runs)
    print("(parse: a turn is a parse; client: this script's CPU, fake Twilio API included)")
    print()
    for n, channel, key in itertools.product(patients, ("rest", "sms"), TARGETS):
        label, sense, goal = TARGETS[key]
        print(f"N={n:<3} {channel.upper():<4} {label + ' ' + sense + ' ' + str(goal):<34} "
              f"{verdict(found.get(f'{channel}_n{n}_{key}'), TARGETS[key])}")
    print(f"errors = 0: {errors} {'PASS' if errors == 0 else 'MISS'}")


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--patients", type=int, action="append", help="repeatable (default: 8 and 32)")
    parser.add_argument("--consultations", type=int, default=96, help="per phase (default 96)")
    parser.add_argument("--model", type=Path, default=stack.MODEL, help="the product's trained model")
    parser.add_argument("--rounds", type=int, default=3,
                        help="interleaved rounds of the workloads; ratios are medians (default 3)")
    parser.add_argument("--only", action="append", choices=("stock", "rest", "sms", "parse"),
                        help="run only these workloads, repeatable (default: all)")
    args = parser.parse_args(argv)
    args.patients, args.only = args.patients or [8, 32], args.only or ["stock", "rest", "sms", "parse"]
    if min(args.patients) < 1 or args.consultations < 1 or args.rounds < 1:
        parser.error("--patients, --consultations and --rounds must be 1 or more")
    return args


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    product = bool({"rest", "sms", "parse"} & set(args.only))
    if product and not args.model.exists():
        print(f"{args.model} is missing: `make run` or `make test` trains it", file=sys.stderr)
        return 2
    folder, runs, load_before = Path(tempfile.mkdtemp(prefix="sb-throughput-")), [], os.getloadavg()[0]
    failures: List[str] = []
    for wanted, run in (("stock" in args.only, run_stock), (product, run_product)):
        try:
            runs += run(args, folder, failures) if wanted else []
        except (RuntimeError, OSError, subprocess.SubprocessError) as problem:
            failures.append(f"{run.__name__}: {problem} {getattr(problem, 'stderr', '') or ''}"[:3000])
    failures = [error for r in runs for error in r.errors] + failures
    found = ratios(runs, args.patients, args.rounds)
    print_report(runs, found, args.patients, len(failures))
    for failure in failures[:10]:
        print(f"ERROR {failure}", file=sys.stderr)
    figures = {f"{r.name}_n{r.patients}_r{r.round + 1}_{k}": v
               for r in runs if not r.warmup for k, v in r.figures.items()}
    print(json.dumps({**figures, **found, **{f"{key}_pass": passes(key, v) for key, v in found.items()},
                      "load_average_before": load_before, "load_average_after": os.getloadavg()[0],
                      "errors": len(failures), "patients": args.patients,
                      "consultations": args.consultations, "rounds": args.rounds}))
    if failures:
        print(f"FAILED; database and server logs kept in {folder}", file=sys.stderr)
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
