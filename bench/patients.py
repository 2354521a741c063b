"""Simulated patients for the benchmarks: N at once in a closed loop (each sends its
next message as soon as the last reply is in), timed per turn, while the servers'
CPU and memory are sampled. SMS patients send signed Twilio webhooks and read their
replies at the fake Twilio API (tests/fakes/fake_twilio.py)."""

from __future__ import annotations

import asyncio
import random
import time
import uuid
from dataclasses import dataclass, field
from typing import Any, Awaitable, Callable, Dict, Iterator, List, Optional, Sequence, Tuple

import aiohttp
from sqlalchemy import text
from twilio.request_validator import RequestValidator

from bench.figures import percentiles
from bench.sampling import Sampler, Watched
from bot.db.session import make_engine
from tests.fakes.fake_twilio import FakeTwilio

TWILIO_NUMBER = "+447700900000"
Turns = Tuple[Tuple[str, str], ...]
# Whole TEST1 consultations (tests/data/test-consultation.yml): what the patient says,
# and what the last reply must start with (REST) or an SMS contain. By SMS, choices
# are answered by number as in tests/e2e/test_sms.py.
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
PARSE_SCALE = 4  # a parse phase sends 4 times a consultation phase's turns: about as long
PARSE_TEXTS, DRAW = sorted({message for message, _ in REST_TURNS + SMS_TURNS}), random.Random(2026)
Job = Callable[[aiohttp.ClientSession, "Phase"], Awaitable[None]]


@dataclass
class Phase:
    name: str  # the workload, e.g. rest, sms, parse
    patients: int
    warmup: bool = False
    round: int = 0
    ms: List[float] = field(default_factory=list)  # one per turn (parse: per parse)
    errors: List[str] = field(default_factory=list)
    played: int = 0  # whole conversations (parse: batches of 11 texts)
    wall_s: float = 0.0
    figures: Dict[str, float] = field(default_factory=dict)

    def summarise(self, usage: Dict[str, float], client_cpu_s: float) -> None:
        figures = {"per_s": len(self.ms) / self.wall_s if self.wall_s else 0.0,
                   **{f"p{q}_ms": cut for q, cut in percentiles(self.ms).items()},
                   "count": len(self.ms), "errors": len(self.errors), "played": self.played,
                   "wall_s": self.wall_s, "client_cpu_s": client_cpu_s, **usage}
        self.figures = {key: round(value, 2) for key, value in figures.items()}


async def drive(phase: Phase, job: Job, servers: Dict[str, Watched], rounds: int) -> None:
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


def phases(name: str, patients: Sequence[int], conversations: int, servers: Dict[str, Watched],
           make: Callable[[], Job], round_: int = 0) -> List[Phase]:
    """One warm-up conversation, then at each N a phase of `conversations` conversations
    split between N patients at once (at least one each)."""
    runs: List[Phase] = []
    for n in (1, *patients):
        phase = Phase(name, n, warmup=not runs, round=round_)
        rounds = 1 if phase.warmup else max(1, round(conversations / n))
        asyncio.run(drive(phase, make(), servers, rounds))
        print(f"  {name:<5} N={n:<3}{' warm-up' if phase.warmup else f' round {round_ + 1}'}: "
              f"{len(phase.ms)} in {phase.wall_s:.1f} s, {len(phase.errors)} errors", flush=True)
        runs.append(phase)
    return runs


async def post_json(http: aiohttp.ClientSession, url: str, payload: Dict[str, str]) -> Tuple[float, Any]:
    began = time.perf_counter()
    async with http.post(url, json=payload) as response:
        if response.status != 200:
            raise RuntimeError(f"{url.split('?')[0]}: {response.status} {await response.text()}")
        body = await response.json()
    return (time.perf_counter() - began) * 1000, body


async def parses(url: str, token: str, http: aiohttp.ClientSession, phase: Phase) -> None:
    """The product's NLU alone (POST /model/parse): as many texts as a consultation has turns."""
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


class Sms:
    """Texts the SMS webhook at `url` as Twilio would (signed), and times each reply
    from the POST until the fake Twilio API has it."""

    def __init__(self, url: str, fake: FakeTwilio) -> None:
        self.hook, self.fake = f"{url}/webhooks/twilio/webhook", fake
        self.inbox, self.validator = Inbox(fake), RequestValidator(fake.auth_token)

    async def turn(self, http: aiohttp.ClientSession, number: str, message: str,
                   expected: str) -> float:
        """Milliseconds until an SMS to `number` containing `expected` arrived."""
        params = {"From": number, "To": TWILIO_NUMBER, "Body": message, "NumMedia": "0",
                  "MessageSid": "SM" + uuid.uuid4().hex, "AccountSid": self.fake.account_sid}
        signed = {"X-Twilio-Signature": self.validator.compute_signature(self.hook, params)}
        arrival, began = self.inbox.expect(number, expected), time.time()
        async with http.post(self.hook, data=params, headers=signed) as response:
            if response.status != 200:
                raise RuntimeError(f"SMS {message!r}: webhook answered {response.status}")
            self.fake.answered(params, await response.text())  # Twilio sends the TwiML replies
        return (await arrival() - began) * 1000


def sms_job(url: str, fake: FakeTwilio, numbers: Iterator[int]) -> Job:
    """Whole TEST1 consultations by SMS, each from a new number (the channel limits a
    number's messages a minute)."""
    sms = Sms(url, fake)

    async def consultation(http: aiohttp.ClientSession, phase: Phase) -> None:
        number = f"+4477009{next(numbers):05d}"
        for message, expected in SMS_TURNS:
            phase.ms.append(await sms.turn(http, number, message, expected))
        phase.played += 1
    return consultation


def check_database(url: str, played: Dict[str, int],
                   unfinished: Optional[Dict[str, int]] = None) -> List[str]:
    """Exactly one completed TEST1 participation per consultation played, per channel
    (and `unfinished` started ones), each of its own respondent."""
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
    wanted.update({(channel, "started"): (n, n, 0) for channel, n in (unfinished or {}).items() if n})
    return [] if found == wanted else [f"database: {{(channel, status): (participations, respondents, "
                                       f"completed_at set)}} is {found}, expected {wanted}"]


def counted(runs: Sequence[Phase]) -> Dict[Tuple[str, int, int], Dict[str, float]]:
    """The figures of each phase that counts (no warm-up, no error), by (name, N, round)."""
    return {(r.name, r.patients, r.round): r.figures for r in runs if not r.warmup and not r.errors}


def print_phases(runs: Sequence[Phase]) -> None:
    """One line a phase: turns, turns/s, percentiles, errors, CPU s and peak RSS per process."""
    print(f"\n   {'phase':<8} {'N':>3} {'turns':>6} {'wall s':>7} {'turns/s':>8} {'p50 ms':>7} "
          f"{'p95 ms':>7} {'p99 ms':>7} {'errors':>6}  CPU s / peak RSS MiB")
    for run in (r for r in runs if not r.warmup):
        f = run.figures
        use = ", ".join(f"{key[:-6]} {f[key]:.1f} / {f[key[:-6] + '_peak_rss_mib']:.0f}"
                        for key in f if key.endswith("_cpu_s") and key != "client_cpu_s")
        print(f"r{run.round + 1} {run.name:<8} {run.patients:>3} {f['count']:>6.0f} {f['wall_s']:>7.1f} "
              f"{f['per_s']:>8.1f} {f['p50_ms']:>7.0f} {f['p95_ms']:>7.0f} {f['p99_ms']:>7.0f} "
              f"{f['errors']:>6.0f}  {use}; client {f['client_cpu_s']:.1f}")
