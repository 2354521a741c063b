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
import asyncio
import itertools
import json
import os
import random
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from functools import partial
from importlib.metadata import version
from pathlib import Path
from statistics import median, quantiles
from typing import Any, Awaitable, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import aiohttp  # noqa: E402
from sqlalchemy import text  # noqa: E402
from twilio.request_validator import RequestValidator  # noqa: E402

from bot.cli import stack  # noqa: E402
from bot.db import migrate  # noqa: E402
from bot.db.session import make_engine  # noqa: E402
from tests.fakes.fake_twilio import FakeTwilio  # noqa: E402

TEST_SCRIPT = ROOT / "tests" / "data" / "test-consultation.yml"
STOCK_CACHE = ROOT / ".bench-cache" / "stock-rasa-init"
STOCK_RASA = str(ROOT / ".venv" / "bin" / "rasa")  # stock Rasa, not the product's entry point
QUIET = {"RASA_TELEMETRY_ENABLED": "false", "TF_CPP_MIN_LOG_LEVEL": "3"}
TWILIO_NUMBER, TICK = "+447700900000", os.sysconf("SC_CLK_TCK")
PARSE_SCALE = 4  # a parse phase sends 4 times a consultation phase's turns: about as long
Turns = Tuple[Tuple[str, str], ...]
# What the patient says, and what the last reply must start with (REST) or an SMS contain.
REST_TURNS: Turns = (
    ("Start test1", "Are you happy to take part?"), ("yep", "Which age group are you in?"),
    ("I'm 19", "What's the first half of your postcode"), ("ls6 1aa", "Have you used the service?"),
    ("yeah", "Where did you go?"), ("walk in centre", "How easy was it to be seen?"),
    ("4/5", "How would you like to hear from the service?"), ("skip", "How many days did you wait?"),
    ("about 3", "Overall, how was your experience of our service?"),
    ("v good", "Please can you tell us why you gave your answer?"),
    ("it was fine", "Thanks, that's everything."))
SMS_TURNS: Turns = (
    ("test1", "Are you happy to take part?\nReply YES or NO"), ("YES", "Which age group are you in?"),
    ("19", "What's the first half of your postcode"), ("LS6 1AA", "Have you used the service?"),
    ("yes", "Where did you go?\n1 GP surgery"), ("3", "How easy was it to be seen?"),
    ("4", "How would you like to hear from the service?"), ("1 and 2", "How many days did you wait?"),
    ("5", "Overall, how was your experience of our service?"),
    ("good", "Please can you tell us why you gave your answer?"),
    ("quick and friendly", "Thanks, that's everything."))
STOCK_TURNS: Turns = (
    ("hi", "Hey! How are you?"), ("I am sad", "Did that help you?"), ("yes", "Great, carry on!"),
    ("are you a bot?", "I am a bot, powered by Rasa."), ("hello", "Hey! How are you?"),
    ("I am great", "Great, carry on!"), ("hey there", "Hey! How are you?"),
    ("very sad", "Did that help you?"), ("no", "Bye"), ("goodbye", "Bye"))
PARSE_TEXTS, DRAW = sorted({message for message, _ in REST_TURNS + SMS_TURNS}), random.Random(2026)
TARGETS = {"vs_stock": ("turns/s / stock turns/s", ">=", 2.5),
           "vs_parse": ("turns/s / parses/s", ">=", 0.35),
           "p95_vs_parse": ("p95 turn / p95 parse", "<=", 3.0)}
Job = Callable[[aiohttp.ClientSession, "Phase"], Awaitable[None]]


@dataclass
class Phase:
    name: str  # stock, rest, sms or parse
    patients: int
    warmup: bool = False
    round: int = 0
    ms: List[float] = field(default_factory=list)  # one per turn (parse: per parse)
    errors: List[str] = field(default_factory=list)
    played: int = 0  # whole conversations (parse: batches of 11 texts)
    wall_s: float = 0.0
    figures: Dict[str, float] = field(default_factory=dict)

    def summarise(self, usage: Dict[str, float], client_cpu_s: float) -> None:
        cuts = (quantiles(self.ms, n=100, method="inclusive") if len(self.ms) > 1  # as numpy's
                else (self.ms or [0.0]) * 99)
        figures = {"per_s": len(self.ms) / self.wall_s if self.wall_s else 0.0,
                   **{f"p{q}_ms": cuts[q - 1] for q in (50, 95, 99)},
                   "count": len(self.ms), "errors": len(self.errors), "played": self.played,
                   "wall_s": self.wall_s, "client_cpu_s": client_cpu_s, **usage}
        self.figures = {key: round(value, 2) for key, value in figures.items()}


def read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:  # the process has gone
        return ""


class Sampler:
    """CPU seconds (utime + stime) and peak VmRSS of each server with its children."""

    def __init__(self, servers: Dict[str, int]) -> None:
        self.servers, self.peak = servers, dict.fromkeys(servers, 0)
        self.ticks: Dict[str, Dict[int, List[int]]] = {name: {} for name in servers}  # [first, last]
        self.sample()

    def usage(self) -> Dict[str, float]:
        return {key: value for name, ticks in self.ticks.items() for key, value in (
            (f"{name}_cpu_s", sum(last - first for first, last in ticks.values()) / TICK),
            (f"{name}_peak_rss_mib", self.peak[name] / 1024))}

    def sample(self) -> None:
        for name, root in self.servers.items():
            todo, rss, started = [root], 0, bool(self.ticks[name])
            while todo:
                pid = todo.pop()
                stat = read(f"/proc/{pid}/stat").rsplit(")", 1)[-1].split()
                if len(stat) < 13:
                    continue  # gone
                cpu = int(stat[11]) + int(stat[12])  # a child born during the phase counts from 0
                self.ticks[name].setdefault(pid, [cpu if not started else 0, 0])[1] = cpu
                rss += next((int(line.split()[1]) for line in read(f"/proc/{pid}/status").splitlines()
                             if line.startswith("VmRSS:")), 0)
                todo += [int(child) for task in Path(f"/proc/{pid}/task").glob("*")
                         for child in read(f"{task}/children").split()]
            self.peak[name] = max(self.peak[name], rss)


async def drive(phase: Phase, job: Job, servers: Dict[str, int], rounds: int) -> None:
    """N patients at once, each running `job` `rounds` times (stopping at its first error),
    while each server's CPU and memory are sampled every 0.2 s."""
    async def patient(http: aiohttp.ClientSession) -> None:
        for _ in range(rounds):
            try:
                await job(http, phase)
            except Exception as problem:  # noqa: BLE001 - reported; the others carry on
                phase.errors.append(f"{phase.name} N={phase.patients}: {problem!r}"[:400])
                return

    async def watch() -> None:
        while True:
            await asyncio.sleep(0.2)
            sampler.sample()

    sampler, cpu = Sampler(servers), time.process_time()
    watcher = asyncio.ensure_future(watch())
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60),
                                     connector=aiohttp.TCPConnector(limit=0)) as http:
        began = time.perf_counter()
        await asyncio.gather(*(patient(http) for _ in range(phase.patients)))
        phase.wall_s = time.perf_counter() - began
    watcher.cancel()
    sampler.sample()
    phase.summarise(sampler.usage(), time.process_time() - cpu)


def phases(name: str, args: argparse.Namespace, servers: Dict[str, int],
           make: Callable[[], Job], round_: int = 0) -> List[Phase]:
    """One warm-up conversation, then a phase at each N."""
    runs: List[Phase] = []
    for n in (1, *args.patients):
        phase = Phase(name, n, warmup=not runs, round=round_)
        rounds = max(1, round(args.consultations * (PARSE_SCALE if name == "parse" else 1) / n))
        asyncio.run(drive(phase, make(), servers, 1 if phase.warmup else rounds))
        print(f"  {name:<5} N={n:<3}{' warm-up' if phase.warmup else f' round {round_ + 1}'}: "
              f"{len(phase.ms)} in "
              f"{phase.wall_s:.1f} s, {len(phase.errors)} errors", flush=True)
        runs.append(phase)
    return runs


async def post_json(http: aiohttp.ClientSession, url: str, payload: Dict[str, str]) -> Tuple[float, Any]:
    began = time.perf_counter()
    async with http.post(url, json=payload) as response:
        if response.status != 200:
            raise RuntimeError(f"{url.split('?')[0]}: {response.status} {await response.text()}")
        body = await response.json()
    return (time.perf_counter() - began) * 1000, body


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


async def parses(url: str, token: str, http: aiohttp.ClientSession, phase: Phase) -> None:
    for message in DRAW.sample(PARSE_TEXTS, len(REST_TURNS)):
        ms, body = await post_json(http, f"{url}/model/parse?token={token}", {"text": message})
        if not isinstance(body, dict) or "intent" not in body:
            raise RuntimeError(f"/model/parse {message!r}: no intent in {body!r}"[:300])
        phase.ms.append(ms)
    phase.played += 1


class Inbox:
    """Waits for the SMS the fake Twilio API gets: when (epoch s) one to a number contains a text."""

    def __init__(self, fake: FakeTwilio) -> None:
        self.fake, self.seen = fake, len(fake.sent)
        self.pumping: Optional[asyncio.Future[None]] = None
        self.waiting: Dict[str, Tuple[str, asyncio.Future[float], List[str]]] = {}

    async def pump(self) -> None:
        while True:
            for sms in self.fake.sent[self.seen:]:
                self.seen += 1
                expected, arrived, bodies = self.waiting.get(sms["to"], ("", None, []))
                if arrived and not arrived.done() and expected in sms["body"]:
                    arrived.set_result(sms["at"].timestamp())
                bodies.append(sms["body"])
            await asyncio.sleep(0.005)

    def expect(self, number: str, expected: str) -> Callable[[], Awaitable[float]]:
        """Call before sending: then await what it returns."""
        self.pumping = self.pumping or asyncio.ensure_future(self.pump())  # asyncio.run ends it
        self.waiting[number] = (expected, asyncio.get_running_loop().create_future(), [])

        async def arrival() -> float:
            try:
                return await asyncio.wait_for(self.waiting[number][1], 30)
            except asyncio.TimeoutError:
                raise RuntimeError(f"expected {expected!r}, got {self.waiting[number][2]}") from None
        return arrival


def sms_job(url: str, fake: FakeTwilio, numbers: Iterator[int]) -> Job:
    hook, inbox, validator = f"{url}/webhooks/twilio/webhook", Inbox(fake), RequestValidator(fake.auth_token)

    async def consultation(http: aiohttp.ClientSession, phase: Phase) -> None:
        number = f"+4477009{next(numbers):05d}"  # a new patient each time
        for message, expected in SMS_TURNS:
            params = {"From": number, "To": TWILIO_NUMBER, "Body": message, "NumMedia": "0",
                      "MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": fake.account_sid}
            signed = {"X-Twilio-Signature": validator.compute_signature(hook, params)}
            arrival, began = inbox.expect(number, expected), time.time()
            async with http.post(hook, data=params, headers=signed) as response:
                if response.status != 200:
                    raise RuntimeError(f"SMS {message!r}: webhook answered {response.status}")
                fake.answered(params, await response.text())  # Twilio sends the TwiML replies
            phase.ms.append((await arrival() - began) * 1000)
        phase.played += 1
    return consultation


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
                for phase in phases("stock", args, {"stock": server.popen.pid if server.popen else 0},
                                    lambda: partial(converse, url, STOCK_TURNS), round_)]
    finally:
        stack.stop([server])


def product_env(folder: Path, rasa: str, action_port: int, token: str, fake: FakeTwilio) -> Dict[str, str]:
    """A migrated SQLite database with TEST1 loaded by the real CLI, and the servers' settings."""
    database = f"sqlite:///{folder / 'bench.db'}"
    migrate.upgrade(database)
    env = stack.child_environment({
        **QUIET, "SB_DATABASE_URL": database, "SB_RASA_URL": rasa, "SB_RASA_API_TOKEN": token,
        "SB_ACTION_ENDPOINT": f"http://127.0.0.1:{action_port}/webhook",
        "SB_PSEUDONYM_SECRET": "bench-" + secrets.token_hex(24), "TWILIO_ACCOUNT_SID": fake.account_sid,
        "TWILIO_AUTH_TOKEN": fake.auth_token, "TWILIO_FROM_NUMBER": TWILIO_NUMBER,
        "TWILIO_PUBLIC_URL": rasa, "TWILIO_API_BASE_URL": fake.base_url, "SB_SMS_SWEEP_SECONDS": "3600",
        # The simulated patients all come from 127.0.0.1; real ones from many addresses.
        "SB_REST_PER_ADDRESS_PER_MINUTE": "600000", "SB_REST_PER_ADDRESS_BURST": "100000"})
    subprocess.run([sys.executable, "-m", "bot", "load", str(TEST_SCRIPT)], cwd=ROOT, env=env,
                   capture_output=True, text=True, timeout=120, check=True)
    return env


def run_product(args: argparse.Namespace, folder: Path, failures: List[str]) -> List[Phase]:
    rasa_port, action_port, token, runs = stack.free_port(), stack.free_port(), secrets.token_hex(16), []
    url, numbers = f"http://127.0.0.1:{rasa_port}", itertools.count(1)
    processes = stack.rasa_processes(rasa_port, action_port, token)
    for proc in processes:
        proc.log = folder / f"{proc.name.replace(' ', '-')}.log"
        if "--model" in proc.command:
            proc.command[proc.command.index("--model") + 1] = str(args.model)
    with FakeTwilio() as fake:
        makers: Dict[str, Callable[[], Job]] = {
            "rest": lambda: partial(rest_consultation, url), "sms": lambda: sms_job(url, fake, numbers),
            "parse": lambda: partial(parses, url, token)}
        env = product_env(folder, url, action_port, token, fake)
        try:
            stack.start(processes, env)
            servers = {p.name.split()[0].lower(): p.popen.pid for p in processes if p.popen}
            # Rounds interleave the workloads, so a slow spell of this shared machine
            # falls on all of them, and each ratio is taken within one round.
            for round_ in range(args.rounds):
                for name in (name for name in makers if name in args.only):
                    runs += phases(name, args, servers, makers[name], round_)
        finally:
            stack.stop(processes)
    failures += check_database(env["SB_DATABASE_URL"], {
        "rest": sum(r.played for r in runs if r.name == "rest"),
        "twilio": sum(r.played for r in runs if r.name == "sms")})
    return runs


def check_database(url: str, played: Dict[str, int]) -> List[str]:
    """Exactly one completed TEST1 participation per consultation played, per channel."""
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            found = {(row[0], row[1]): tuple(int(v) for v in row[2:]) for row in connection.execute(text(
                "SELECT p.channel, p.status, COUNT(*), COUNT(DISTINCT p.respondent_id), "
                "COUNT(p.completed_at) FROM participation p JOIN consultation c ON c.id = "
                "p.consultation_id WHERE c.code = 'TEST1' GROUP BY p.channel, p.status"))}
    finally:
        engine.dispose()
    wanted = {(channel, "completed"): (n, n, n) for channel, n in played.items() if n}
    return [] if found == wanted else [f"database: {{(channel, status): (participations, respondents, "
                                       f"completed_at set)}} is {found}, expected {wanted}"]


def ratios(runs: List[Phase], patients: Sequence[int], rounds: int) -> Dict[str, float]:
    """Each consultation channel against stock Rasa and against parsing alone, at each N:
    the median over rounds of the ratio within each round."""
    got = {(r.name, r.patients, r.round): r.figures for r in runs if not r.warmup and not r.errors}
    out: Dict[str, float] = {}
    for n, channel, key in itertools.product(patients, ("rest", "sms"), TARGETS):
        figure = "p95_ms" if key.startswith("p95") else "per_s"
        each = []
        for round_ in range(rounds):
            mine = got.get((channel, n, round_))
            theirs = got.get(("stock" if key == "vs_stock" else "parse", n, round_))
            if mine and theirs and theirs[figure]:
                each.append(mine[figure] / theirs[figure])
        if each:
            out[f"{channel}_n{n}_{key}"] = round(median(each), 3)
    return out


def passes(key: str, value: float) -> bool:
    """`key`: a target's name, or a ratio's (rest_n8_vs_stock)."""
    _, sense, goal = TARGETS[key if key in TARGETS else key.split("_", 2)[2]]
    return value >= goal if sense == ">=" else value <= goal


def print_report(runs: List[Phase], found: Dict[str, float], patients: Sequence[int], errors: int) -> None:
    print(f"\n   {'phase':<6} {'N':>3} {'turns':>6} {'wall s':>7} {'turns/s':>8} {'p50 ms':>7} "
          f"{'p95 ms':>7} {'p99 ms':>7} {'errors':>6}  CPU s / peak RSS MiB")
    for run in (r for r in runs if not r.warmup):
        f = run.figures
        print(f"r{run.round + 1} ", end="")
        use = ", ".join(f"{key[:-6]} {f[key]:.1f} / {f[key[:-6] + '_peak_rss_mib']:.0f}"
                        for key in f if key.endswith("_cpu_s") and key != "client_cpu_s")
        print(f"{run.name:<6} {run.patients:>3} {f['count']:>6.0f} {f['wall_s']:>7.1f} {f['per_s']:>8.1f} "
              f"{f['p50_ms']:>7.0f} {f['p95_ms']:>7.0f} {f['p99_ms']:>7.0f} {f['errors']:>6.0f}  "
              f"{use}; client {f['client_cpu_s']:.1f}")
    print("(parse: a turn is a parse; client: this script's CPU, fake Twilio API included)")
    print()
    for n, channel, key in itertools.product(patients, ("rest", "sms"), TARGETS):
        label, sense, goal = TARGETS[key]
        value = found.get(f"{channel}_n{n}_{key}")
        verdict = "n/a" if value is None else f"{value:6.2f} {'PASS' if passes(key, value) else 'MISS'}"
        print(f"N={n:<3} {channel.upper():<4} {label + ' ' + sense + ' ' + str(goal):<34} {verdict}")
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
