"""Where a turn's CPU goes, one patient at a time: the replicas against one process.

Both set-ups of bench/load.py (two replicas behind nginx on PostgreSQL and Redis; one
Rasa and one action server on SQLite), whole TEST1 consultations by SMS, one message at
a time, each set-up in turn for --rounds rounds. For each Rasa and action server, read
from /proc before and after each phase: user and system CPU, the main thread's and the
other threads' CPU, and voluntary and involuntary context switches, all a turn (a
replica's own over every turn of the phase; "both" adds the replicas, i.e. what a turn
costs wherever it lands). With --perf (needs Debian's linux-perf and perf_event), each
process is also sampled by `perf record -e cpu-clock` during its phases, and its CPU a
turn split by where it ran: the Python interpreter (libpython: Python code, and the C
code of dicts, calls and objects that Python code runs), the kernel, and the rest (libc,
uvloop, numpy, libpq and psycopg2, SQLite, ...).

Run: .venv/bin/python bench/turn_cpu.py [--consultations 20] [--rounds 2] [--perf]

Prints a table a phase and one JSON line. Exit 2 without the model, PostgreSQL or
Redis; 1 if a turn fails.
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
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Dict, Iterator, List, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402  (the e2e helpers skip or fail through it)

from bench.load import REDIS_URL, both_set_ups  # noqa: E402
from bench.patients import Phase, drive, sms_job  # noqa: E402
from bot.cli import stack  # noqa: E402
from tests.conftest import redis_reachable  # noqa: E402
from tests.e2e.conftest import Servers  # noqa: E402
from tests.e2e.replicas import Production  # noqa: E402
from tests.fakes.fake_twilio import FakeTwilio  # noqa: E402

TICK = os.sysconf("SC_CLK_TCK")
FIELDS = ("user", "sys", "main", "others", "voluntary", "involuntary")


def threads(pid: int) -> Dict[str, int]:
    """CPU ticks and context switches of a process, summed over its threads."""
    found = dict.fromkeys(FIELDS, 0)
    for task in Path(f"/proc/{pid}/task").glob("*"):
        with contextlib.suppress(OSError, IndexError, ValueError):
            stat = (task / "stat").read_text().rsplit(")", 1)[1].split()
            status = dict(line.split(":\t", 1) for line in (task / "status").read_text().splitlines()
                          if ":\t" in line)
            user, system = int(stat[11]), int(stat[12])
            found["user"] += user
            found["sys"] += system
            found["main" if task.name == str(pid) else "others"] += user + system
            found["voluntary"] += int(status["voluntary_ctxt_switches"])
            found["involuntary"] += int(status["nonvoluntary_ctxt_switches"])
    return found


@contextlib.contextmanager
def perf_record(pids: Dict[str, int], folder: Path, on: bool) -> Iterator[Dict[str, Path]]:
    files = {name: folder / f"{name}.data" for name in pids} if on else {}
    running = [subprocess.Popen(["perf", "record", "-q", "-e", "cpu-clock", "-F", "1000", "-p",
                                 str(pids[name]), "-o", str(path)],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
               for name, path in files.items()]
    try:
        if running:
            time.sleep(1.0)  # perf attached before the first turn
        yield files
    finally:
        for process in running:
            process.send_signal(signal.SIGINT)
        for process in running:
            process.wait(timeout=60)


def by_library(path: Path) -> Dict[str, float]:
    """Shares of a perf recording's samples: interpreter, kernel, other."""
    shown = subprocess.run(["perf", "report", "-i", str(path), "--sort", "dso", "--stdio",
                            "--percent-limit", "0"], capture_output=True, text=True).stdout
    shares: Dict[str, float] = {}
    for line in shown.splitlines():
        if line.strip() and not line.startswith("#") and "%" in line:
            percent, library = line.split("%", 1)
            where = ("interpreter" if "libpython" in library else
                     "kernel" if "[kernel" in library else "other")
            shares[where] = shares.get(where, 0.0) + float(percent) / 100
    return shares


def phase(name: str, url: str, fake: FakeTwilio, pids: Dict[str, int], consultations: int,
          numbers: Iterator[int], folder: Path, use_perf: bool) -> Dict[str, float]:
    with perf_record(pids, folder, use_perf) as recorded:
        before = {process: threads(pid) for process, pid in pids.items()}
        played = Phase(name, 1)
        asyncio.run(drive(played, sms_job(url, fake, numbers), {}, consultations))
        after = {process: threads(pid) for process, pid in pids.items()}
    if played.errors:
        raise RuntimeError(played.errors[0])
    turns = len(played.ms)
    figures: Dict[str, float] = {"turns": turns}
    for process in pids:
        kind = process.rstrip("0123456789")  # "rasa2" is a rasa
        change = {field: after[process][field] - before[process][field] for field in FIELDS}
        cpu_ms = (change["user"] + change["sys"]) * 1000 / TICK / turns
        parts = {"cpu_ms": cpu_ms, **{f"{field}_ms": change[field] * 1000 / TICK / turns
                                      for field in ("sys", "main", "others")},
                 **{f"{field}_switches": change[field] / turns
                    for field in ("voluntary", "involuntary")}}
        if process in recorded:
            parts.update({f"{where}_ms": share * cpu_ms
                          for where, share in by_library(recorded[process]).items()})
        for key, value in parts.items():
            figures[f"{kind}_{key}"] = figures.get(f"{kind}_{key}", 0.0) + value
    return {key: round(value, 3) for key, value in figures.items()}


def print_phase(name: str, round_: int, figures: Dict[str, float]) -> None:
    print(f"{name} round {round_ + 1} ({figures['turns']:.0f} turns): CPU ms a turn, switches a turn")
    for kind in ("rasa", "action"):
        line = "  ".join(f"{key[len(kind) + 1:]} {value:.2f}" for key, value in figures.items()
                         if key.startswith(kind + "_"))
        print(f"  {kind:<6} {line}")


def measured_processes(production: Production, single: Servers) -> Dict[str, Tuple[str, Dict[str, int]]]:
    """set-up -> (its Rasa URL, {"rasa1", "action2"..., or "rasa", "action": its pid})."""
    return {
        "replicas": (production.edge.rasa_url, {
            f"{p.name.split()[0].lower()}{i}": p.popen.pid
            for i, replica in enumerate(production.replicas, 1)
            for p in replica.processes if p.popen}),
        "single": (single.rasa_url, {p.name.split()[0].lower(): p.popen.pid
                                     for p in single.processes if p.popen})}


def main(argv: List[str]) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--consultations", type=int, default=20, help="a phase (default 20)")
    parser.add_argument("--rounds", type=int, default=2, help="rounds (default 2)")
    parser.add_argument("--perf", action="store_true", help="split CPU by library with perf")
    parser.add_argument("--model", type=Path, default=stack.MODEL)
    args = parser.parse_args(argv)
    if not args.model.exists() or not redis_reachable(REDIS_URL):
        print(f"needs {args.model} and Redis at {REDIS_URL}", file=sys.stderr)
        return 2
    if args.perf and not shutil.which("perf"):
        print("--perf needs perf (apt-get install linux-perf)", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="sb-turn-cpu-"))
    numbers = itertools.count(random.randrange(50_000))
    results = []
    try:
        with both_set_ups(folder, args.model) as (fake, production, single):
            set_ups = measured_processes(production, single)
            for url, _ in set_ups.values():  # one uncounted consultation each
                asyncio.run(drive(Phase("warm-up", 1), sms_job(url, fake, numbers), {}, 1))
            for round_ in range(args.rounds):
                for name, (url, pids) in set_ups.items():
                    figures = phase(name, url, fake, pids, args.consultations, numbers,
                                    folder, args.perf)
                    print_phase(name, round_, figures)
                    results.append({"set_up": name, "round": round_ + 1, **figures})
    except pytest.skip.Exception as skipped:
        print(skipped, file=sys.stderr)
        return 2
    except (RuntimeError, OSError, AssertionError) as problem:
        print(f"FAILED: {problem}"[:2000], file=sys.stderr)
        return 1
    shutil.rmtree(folder, ignore_errors=True)
    print(json.dumps({"load_average": os.getloadavg(), "phases": results}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
