"""A PostgreSQL server of our own (Debian's binaries, a cluster in a temporary folder),
for tests that must stop the database and start it again: the machine's shared
server is never stopped. Under CI=true a missing PostgreSQL is a failure."""

from __future__ import annotations

import contextlib
import glob
import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, List

import pytest

from bot.cli import stack


@dataclass
class PrivatePostgres:
    folder: Path
    port: int
    binaries: Path

    @property
    def url(self) -> str:
        return f"postgresql://postgres@127.0.0.1:{self.port}/sounding_board"

    def _run(self, *argv: str, check: bool = True) -> subprocess.CompletedProcess:
        command: List[str] = [str(self.binaries / argv[0]), *argv[1:]]
        if os.geteuid() == 0:  # PostgreSQL refuses to run as root
            command = ["runuser", "-u", "postgres", "--", *command]
        return subprocess.run(command, capture_output=True, text=True, check=check, timeout=120)

    def start(self) -> None:
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 "
                   "-c fsync=off -c max_connections=200")
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-o", options,
                  "-l", str(self.folder / "server.log"), "-w", "-t", "60", "start")

    def stop(self) -> None:
        """As an outage looks to the clients: every connection cut at once."""
        self._run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")

    @contextlib.contextmanager
    def down(self) -> Iterator[None]:
        """Stopped for the block, started again after it (whatever the block did)."""
        self.stop()
        try:
            yield
        finally:
            self.start()


def _binaries() -> Path:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    if not found:
        if os.environ.get("CI") == "true":
            raise RuntimeError("PostgreSQL's server binaries (initdb) are missing")
        pytest.skip("PostgreSQL's server binaries (initdb) are missing")
    return Path(found[-1]).parent


@contextlib.contextmanager
def private_postgres() -> Iterator[PrivatePostgres]:
    binaries = _binaries()
    folder = Path(tempfile.mkdtemp(prefix="sb-postgres-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    server = PrivatePostgres(folder, stack.free_port(), binaries)
    try:
        server._run("initdb", "-D", str(folder / "data"), "-U", "postgres", "-A", "trust",
                    "--no-sync", "-E", "UTF8")
        server.start()
        server._run("createdb", "-h", "127.0.0.1", "-p", str(server.port), "-U", "postgres",
                    "sounding_board")
        yield server
    finally:
        server._run("pg_ctl", "-D", str(folder / "data"), "-m", "immediate", "stop",
                    check=False)
        shutil.rmtree(folder, ignore_errors=True)
