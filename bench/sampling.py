"""CPU seconds and peak RSS of the processes under test, read from /proc."""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable, Dict, List, Union

TICK = os.sysconf("SC_CLK_TCK")
# A process to watch: its pid (watched with all its children), or a function that
# finds the pids to watch at each sample (e.g. the PostgreSQL backends of one database).
Watched = Union[int, Callable[[], List[int]]]


def read(path: str) -> str:
    try:
        return Path(path).read_text()
    except OSError:  # the process has gone
        return ""


class Sampler:
    """CPU seconds (utime + stime) and peak VmRSS of each watched process, with its
    children, from the first sample to the last."""

    def __init__(self, servers: Dict[str, Watched]) -> None:
        self.servers, self.peak = servers, dict.fromkeys(servers, 0)
        self.ticks: Dict[str, Dict[int, List[int]]] = {name: {} for name in servers}  # [first, last]
        self.started = False
        self.sample()
        self.started = True  # a process first seen after this was born during the phase

    def usage(self) -> Dict[str, float]:
        return {key: value for name, ticks in self.ticks.items() for key, value in (
            (f"{name}_cpu_s", sum(last - first for first, last in ticks.values()) / TICK),
            (f"{name}_peak_rss_mib", self.peak[name] / 1024))}

    def sample(self) -> None:
        for name, watched in self.servers.items():
            todo = list(watched()) if callable(watched) else [watched]
            rss = 0
            while todo:
                pid = todo.pop()
                stat = read(f"/proc/{pid}/stat").rsplit(")", 1)[-1].split()
                if len(stat) < 13:
                    continue  # gone
                cpu = int(stat[11]) + int(stat[12])  # one born during the phase counts from 0
                self.ticks[name].setdefault(pid, [0 if self.started else cpu, 0])[1] = cpu
                rss += next((int(line.split()[1]) for line in read(f"/proc/{pid}/status").splitlines()
                             if line.startswith("VmRSS:")), 0)
                todo += [int(child) for task in Path(f"/proc/{pid}/task").glob("*")
                         for child in read(f"{task}/children").split()]
            self.peak[name] = max(self.peak[name], rss)


def processes_named(words: str, settle_s: float = 2.0) -> Callable[[], List[int]]:
    """A finder of the processes whose command line contains `words` (as `ps` shows it),
    such as one database's PostgreSQL backends ("postgres: … <database> 127.0.0.1…").

    Reading every command line at each sample cost this script ~10 ms of CPU a sample,
    5% of a core taken from the servers under test in the replicas' phases only (stop
    21). So a process that has not matched for `settle_s` since it was first seen is not
    read again while its pid lives: a new process shows its parent's command line until
    it execs, and a PostgreSQL backend the postmaster's until it names its database. A
    pid reused within the run by a new matching process would be missed (the
    benchmarks start a few dozen processes; pid_max is 32,768 or more)."""
    first_seen: Dict[str, float] = {}  # pid -> when first seen not matching

    def find() -> List[int]:
        now, found = time.monotonic(), []
        pids = {entry.name for entry in Path("/proc").iterdir() if entry.name.isdigit()}
        for pid in set(first_seen) - pids:
            del first_seen[pid]
        for pid in pids:
            if now - first_seen.get(pid, now) > settle_s:
                continue  # settled, not named
            if words in read(f"/proc/{pid}/cmdline").replace("\0", " "):
                found.append(int(pid))
                first_seen.pop(pid, None)
            else:
                first_seen.setdefault(pid, now)
        return found
    return find
