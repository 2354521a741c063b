"""The load benchmark's process finder (bench/sampling.py): it finds the processes
named as they come and go, while reading each other process's command line once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from typing import Callable, List

import pytest

from bench import sampling
from bench.sampling import processes_named


def started(marker: str) -> subprocess.Popen[bytes]:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)", marker])


def eventually(check: Callable[[], bool]) -> bool:
    deadline = time.monotonic() + 5
    while not check():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    return True


def test_processes_are_found_as_they_come_and_go() -> None:
    """Each found, though first seen (forked) under its parent's command line."""
    marker = "sb-sampling-" + uuid.uuid4().hex
    find = processes_named(marker)
    assert find() == []
    first = started(marker)
    try:
        # Born after the first look: found all the same, and a second one beside it.
        assert eventually(lambda: find() == [first.pid])
        second = started(marker)
        try:
            assert eventually(lambda: sorted(find()) == sorted([first.pid, second.pid]))
        finally:
            second.kill()
            second.wait()
        assert find() == [first.pid]
    finally:
        first.kill()
        first.wait()
    assert find() == []


def test_a_process_that_does_not_match_is_read_once_settled(
        monkeypatch: pytest.MonkeyPatch) -> None:
    find = processes_named("sb-sampling-" + uuid.uuid4().hex, settle_s=0.0)
    before = {name for name in os.listdir("/proc") if name.isdigit()}
    find()
    time.sleep(0.01)
    reads: List[str] = []
    real = sampling.read
    monkeypatch.setattr(sampling, "read", lambda path: reads.append(path) or real(path))
    find()
    # Only processes born since the first look (other work on the machine) are read.
    assert not [path for path in reads if path.split("/")[2] in before]
