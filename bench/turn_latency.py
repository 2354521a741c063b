"""How long a patient waits for each reply, end to end through the real servers.

Run: .venv/bin/python bench/turn_latency.py [--consultations N] [--concurrency C]

Creates a temporary SQLite database, loads tests/data/test-consultation.yml,
starts the real action server and Rasa server (bot.cli.stack, logs to temp
files) and plays whole TEST1 consultations over the REST channel: 3 warm-ups,
then N one after another, then N more with C patients at once.  Every reply is
checked against the question the script should ask next, and afterwards the
database must hold one completed participation per consultation played.

Prints the turn latency (p50/p95/p99/max) of each mode, the throughput, the
start-up time of each server, their resident memory (with child processes)
and, last, one JSON line for bench/README.md.  Exit 1 if a check fails,
2 if the model has not been trained.
"""

from __future__ import annotations

import argparse
import json
import secrets
import shutil
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import requests  # noqa: E402
from sqlalchemy import text  # noqa: E402

from bot.cli import stack  # noqa: E402
from bot.db import migrate  # noqa: E402
from bot.db.session import make_engine  # noqa: E402

TEST_SCRIPT = ROOT / "tests" / "data" / "test-consultation.yml"
WARM_UPS = 3
# What the patient says, and how the last reply to it must start.
TURNS: Tuple[Tuple[str, str], ...] = (
    ("Start test1", "Are you happy to take part?"),
    ("yep", "Which age group are you in?"),
    ("I'm 19", "What's the first half of your postcode"),
    ("ls6 1aa", "Have you used the service?"),
    ("yeah", "Where did you go?"),
    ("walk in centre", "How easy was it to be seen?"),
    ("4/5", "How would you like to hear from the service?"),
    ("skip", "How many days did you wait?"),
    ("about 3", "Overall, how was your experience of our service?"),
    ("v good", "Please can you tell us why you gave your answer?"),
    ("it was fine", "Thanks, that's everything."),
)


@dataclass
class Played:
    """One consultation: the latency of each turn answered, and what went wrong."""

    latencies_ms: List[float] = field(default_factory=list)
    error: Optional[str] = None


@dataclass
class Run:
    mode: str
    played: List[Played]
    wall_s: float

    @property
    def latencies_ms(self) -> List[float]:
        return [ms for p in self.played for ms in p.latencies_ms]

    @property
    def errors(self) -> List[str]:
        return [p.error for p in self.played if p.error]


def parse_args(argv: Sequence[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--consultations", type=int, default=40,
                        help="consultations played in each mode (default 40)")
    parser.add_argument("--concurrency", type=int, default=4,
                        help="patients at once in the concurrent mode (default 4)")
    args = parser.parse_args(argv)
    if args.consultations < 1 or args.concurrency < 1:
        parser.error("--consultations and --concurrency must be 1 or more")
    return args


def prepare_database(folder: Path) -> str:
    """A migrated SQLite database with TEST1 loaded through the real CLI."""
    url = f"sqlite:///{folder / 'bench.db'}"
    migrate.upgrade(url)
    env = stack.child_environment({"SB_DATABASE_URL": url})
    result = subprocess.run([sys.executable, "-m", "bot", "load", str(TEST_SCRIPT)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    if result.returncode != 0:
        raise RuntimeError(f"loading {TEST_SCRIPT} failed:\n{result.stdout}{result.stderr}")
    return url


def start_servers(processes: List[stack.Process], env: Dict[str, str]) -> Dict[str, float]:
    """Start the servers one after the other, so each start-up time is uncontended."""
    startup: Dict[str, float] = {}
    for proc in processes:
        began = time.monotonic()
        stack.start([proc], env)
        startup[proc.name] = time.monotonic() - began
    return startup


def play(base_url: str, sender: str) -> Played:
    """One whole consultation as a new patient; stops at the first wrong reply."""
    played = Played()
    with requests.Session() as http:
        for message, expected in TURNS:
            began = time.perf_counter()
            try:
                response = http.post(f"{base_url}/webhooks/rest/webhook",
                                     json={"sender": sender, "message": message}, timeout=60)
                response.raise_for_status()
                replies = [m.get("text", "") for m in response.json()]
            except (requests.RequestException, ValueError) as problem:
                played.error = f"{sender} {message!r}: {problem}"
                return played
            played.latencies_ms.append((time.perf_counter() - began) * 1000)
            if not replies or not replies[-1].startswith(expected):
                played.error = f"{sender} {message!r}: expected {expected!r}, got {replies!r}"
                return played
    return played


def run(mode: str, base_url: str, count: int, concurrency: int = 1) -> Run:
    slug = mode.split()[0]
    senders = [f"bench-{slug}-{i}-{secrets.token_hex(4)}" for i in range(count)]
    began = time.perf_counter()
    if concurrency == 1:
        played = [play(base_url, sender) for sender in senders]
    else:
        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            played = list(pool.map(lambda sender: play(base_url, sender), senders))
    return Run(mode, played, time.perf_counter() - began)


def percentile(values: Sequence[float], q: float) -> float:
    """Linear interpolation between closest ranks (as numpy's default)."""
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    position = (len(ordered) - 1) * q / 100
    low = int(position)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def summary(result: Run) -> Dict[str, float]:
    values = result.latencies_ms
    return {
        "turns": len(values),
        "p50_ms": percentile(values, 50),
        "p95_ms": percentile(values, 95),
        "p99_ms": percentile(values, 99),
        "max_ms": max(values, default=float("nan")),
        "throughput_tps": len(values) / result.wall_s if result.wall_s else float("nan"),
    }


def per_turn_p50(result: Run) -> List[float]:
    """Median latency of each turn position (1..11) over complete consultations."""
    complete = [p.latencies_ms for p in result.played if len(p.latencies_ms) == len(TURNS)]
    return [percentile([c[i] for c in complete], 50) for i in range(len(TURNS))]


def drift(result: Run) -> Tuple[float, float]:
    """Median turn latency of the first and the last quarter of the consultations."""
    quarter = max(len(result.played) // 4, 1)
    first = [ms for p in result.played[:quarter] for ms in p.latencies_ms]
    last = [ms for p in result.played[-quarter:] for ms in p.latencies_ms]
    return percentile(first, 50), percentile(last, 50)


def process_tree(pid: int) -> List[int]:
    """`pid` and all its descendants, from the PPid lines in /proc."""
    children: Dict[int, List[int]] = {}
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            lines = status.read_text().splitlines()
        except OSError:
            continue
        ppid = next((int(line.split()[1]) for line in lines if line.startswith("PPid:")), 0)
        children.setdefault(ppid, []).append(int(status.parent.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def rss_mib(pid: int) -> float:
    """Resident memory of `pid` and its child processes, in MiB (VmRSS)."""
    total_kib = 0
    for member in process_tree(pid):
        try:
            lines = Path(f"/proc/{member}/status").read_text().splitlines()
        except OSError:
            continue
        total_kib += next((int(line.split()[1]) for line in lines
                           if line.startswith("VmRSS:")), 0)
    return total_kib / 1024


def load_average() -> float:
    """The 1-minute load average: other work on the machine skews the figures."""
    return float(Path("/proc/loadavg").read_text().split()[0])


def completed_participations(database_url: str) -> int:
    engine = make_engine(database_url)
    try:
        with engine.connect() as connection:
            return int(connection.execute(text(
                "SELECT COUNT(*) FROM participation p JOIN consultation c "
                "ON c.id = p.consultation_id WHERE c.code = 'TEST1' "
                "AND p.status = 'completed' AND p.completed_at IS NOT NULL")).scalar_one())
    finally:
        engine.dispose()


def print_report(runs: List[Run], figures: Dict[str, float], per_turn: List[float]) -> None:
    print(f"\n{'mode':<22} {'turns':>6} {'p50 ms':>8} {'p95 ms':>8} {'p99 ms':>8} "
          f"{'max ms':>8} {'turns/s':>8} {'errors':>6}")
    for result in runs:
        s = summary(result)
        print(f"{result.mode:<22} {s['turns']:>6} {s['p50_ms']:>8.1f} {s['p95_ms']:>8.1f} "
              f"{s['p99_ms']:>8.1f} {s['max_ms']:>8.1f} {s['throughput_tps']:>8.1f} "
              f"{len(result.errors):>6}")
    print("\nsequential p50 by turn (ms): " + " ".join(f"{ms:.0f}" for ms in per_turn))
    print(f"sequential p50, first vs last quarter of consultations (ms): "
          f"{figures['sequential_first_quarter_p50_ms']:.1f} -> "
          f"{figures['sequential_last_quarter_p50_ms']:.1f}")
    print(f"start-up to ready: action server {figures['action_server_startup_s']:.1f} s, "
          f"Rasa server {figures['rasa_server_startup_s']:.1f} s")
    print(f"RSS after the run: Rasa server {figures['rasa_server_rss_mib']:.0f} MiB, "
          f"action server {figures['action_server_rss_mib']:.0f} MiB")
    print(f"load average (1 min) before/after: {figures['load_average_before']:.2f} / "
          f"{figures['load_average_after']:.2f} (2+ on 2 cores means other work competed)")
    print(f"completed participations: {figures['completed_participations']} "
          f"(consultations played: {figures['consultations_played']})")


def figures_of(runs: List[Run], startup: Dict[str, float],
               processes: List[stack.Process]) -> Dict[str, float]:
    sequential, concurrent = runs[1], runs[2]
    figures: Dict[str, float] = {}
    for prefix, result in (("sequential", sequential), ("concurrent", concurrent)):
        for key, value in summary(result).items():
            figures[f"{prefix}_{key}"] = round(value, 1)
    figures["sequential_first_quarter_p50_ms"], figures["sequential_last_quarter_p50_ms"] = (
        round(ms, 1) for ms in drift(sequential))
    for proc in processes:
        key = proc.name.replace(" ", "_").lower()
        figures[f"{key}_startup_s"] = round(startup.get(proc.name, float("nan")), 1)
        pid = proc.popen.pid if proc.popen is not None else 0
        figures[f"{key}_rss_mib"] = round(rss_mib(pid), 1) if pid else float("nan")
    figures["errors"] = sum(len(r.errors) for r in runs)
    return figures


def benchmark(args: argparse.Namespace, folder: Path) -> int:
    load_before = load_average()
    database_url = prepare_database(folder)
    rasa_port, action_port = stack.free_port(), stack.free_port()
    env = stack.child_environment({
        "SB_DATABASE_URL": database_url,
        "SB_ACTION_ENDPOINT": f"http://127.0.0.1:{action_port}/webhook",
        "SB_PSEUDONYM_SECRET": "bench-" + secrets.token_hex(24),
    })
    processes = stack.rasa_processes(rasa_port, action_port, secrets.token_hex(16))
    for proc in processes:
        proc.log = folder / f"{proc.name.replace(' ', '-')}.log"
    try:
        startup = start_servers(processes, env)
        base_url = f"http://127.0.0.1:{rasa_port}"
        runs = [run("warm-up", base_url, WARM_UPS),
                run("sequential", base_url, args.consultations),
                run(f"concurrent x{args.concurrency}", base_url, args.consultations,
                    args.concurrency)]
        figures = figures_of(runs, startup, processes)
        figures["load_average_before"] = load_before
        figures["load_average_after"] = load_average()
    finally:
        stack.stop(processes)
    figures["consultations_played"] = sum(len(r.played) for r in runs)
    figures["completed_participations"] = completed_participations(database_url)
    figures["concurrency"] = args.concurrency
    return report(runs, figures)


def report(runs: List[Run], figures: Dict[str, float]) -> int:
    print_report(runs, figures, per_turn_p50(runs[1]))
    failures = [error for r in runs for error in r.errors]
    for error in failures[:10]:
        print(f"ERROR {error}", file=sys.stderr)
    print(json.dumps(figures))
    if failures or figures["completed_participations"] != figures["consultations_played"]:
        print("FAILED: errors, or completed participations != consultations played",
              file=sys.stderr)
        return 1
    return 0


def main(argv: Sequence[str]) -> int:
    args = parse_args(argv)
    if not stack.MODEL.exists():
        print("run `make test` or `make run` first to train the model", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="sb-bench-"))
    status = 1
    try:
        status = benchmark(args, folder)
        return status
    finally:
        if status == 0:
            shutil.rmtree(folder, ignore_errors=True)
        else:
            print(f"database and server logs kept in {folder}", file=sys.stderr)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
