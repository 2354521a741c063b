"""bench/nlu_crossval.py as a child process, started as soon as pytest has collected
tests/nlu/test_intent_quality.py (tests/conftest.py), so its five trainings use the
second core while the other tests run; the test then waits for its result. Run on
its own, the test starts it on demand."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from bot.cli.stack import child_environment
from bot.config import PROJECT_ROOT

COMMAND = [sys.executable, "bench/nlu_crossval.py", "--seed", "2026"]
TEST_ID = "tests/nlu/test_intent_quality.py::test_cross_validated_intent_f1"
# Below the tests' own servers, whose timed assertions must not wait for training.
NICENESS = 10


@dataclass
class Run:
    popen: subprocess.Popen
    folder: Path

    def output(self) -> str:
        """Its standard output once it has finished; raise with its log if it failed."""
        code = self.popen.wait()
        stdout = (self.folder / "stdout").read_text(errors="replace")
        if code != 0:
            stderr = (self.folder / "stderr").read_text(errors="replace")
            raise subprocess.CalledProcessError(code, COMMAND, stdout, stderr)
        return stdout

    def stop(self) -> None:
        if self.popen.poll() is None:
            self.popen.kill()
            self.popen.wait()
        shutil.rmtree(self.folder, ignore_errors=True)


_started: Optional[Run] = None


def started() -> Run:
    """The one run of this session, started now unless it already is."""
    global _started
    if _started is None:
        folder = Path(tempfile.mkdtemp(prefix="sb-nlu-crossval-"))
        # Files, not pipes: nobody reads a pipe until the test runs, and a full one blocks.
        with open(folder / "stdout", "wb") as out, open(folder / "stderr", "wb") as err:
            popen = subprocess.Popen(COMMAND, cwd=PROJECT_ROOT, env=child_environment(),
                                     stdout=out, stderr=err,
                                     preexec_fn=lambda: os.nice(NICENESS))
        _started = Run(popen, folder)
    return _started


def stop() -> None:
    """Kill the run if the session ends before the test has waited for it; tidy up."""
    if _started is not None:
        _started.stop()
