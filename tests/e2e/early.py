"""Module-scoped server stacks started early, each on a thread of its own, as soon as
collection ends (tests/e2e/conftest.py): their Rasa servers load the model (about
40 s of CPU each) while the tests before the module run, instead of while its first
test waits. The module's fixture takes its stack, waits until it is ready and stops it
when the module ends, as before; not started early (no model yet, collection only),
the fixture starts it then. Such a stack is launched on the thread but never waited
for there, and its database migrated in a process of its own (`upgrade`).

While they load, the early servers run below the tests meanwhile (niceness 10, as the
NLU cross-validation does: those tests' timed assertions must not wait for them); the
fixture puts them back at the usual priority as soon as the module needs them."""

from __future__ import annotations

import contextlib
import os
import subprocess
import sys
import threading
from dataclasses import dataclass, field
from typing import Any, Callable, ContextManager, Dict, Iterable, Iterator, List, Optional

import pytest

from bot.cli import stack
from bot.config import PROJECT_ROOT
from bot.db import migrate
from tests.fakes.fake_telegram import FakeTelegram
from tests.fakes.fake_twilio import FakeTwilio

NICENESS = 10
Builder = Callable[[pytest.TempPathFactory, FakeTwilio, FakeTelegram], ContextManager[Any]]
BUILDERS: Dict[str, Builder] = {}  # test module's name -> its stack


def stack_of(module: str) -> Callable[[Builder], Builder]:
    """Register `module`'s stack (a context manager that launches it without waiting)."""
    def register(builder: Builder) -> Builder:
        BUILDERS[module] = builder
        return builder
    return register


@dataclass
class _Started:
    stack: contextlib.ExitStack = field(default_factory=contextlib.ExitStack)
    thread: Optional[threading.Thread] = None
    value: Any = None
    error: Optional[BaseException] = None

    def build(self, builder: Builder, folders: pytest.TempPathFactory, twilio: FakeTwilio,
              telegram: FakeTelegram) -> None:
        try:
            self.value = self.stack.enter_context(builder(folders, twilio, telegram))
        except BaseException as error:  # noqa: BLE001 - re-raised in the module's fixture
            self.error = error

    def join(self) -> None:
        if self.thread is not None:
            self.thread.join()


_started: Dict[str, _Started] = {}


def start(modules: Iterable[str], folders: pytest.TempPathFactory, twilio: FakeTwilio,
          telegram: FakeTelegram) -> None:
    """Start the stacks of those `modules` that have one, each on its own thread."""
    for module in modules:
        if module not in BUILDERS or module in _started:
            continue
        started = _started[module] = _Started()
        started.thread = threading.Thread(
            target=started.build, args=(BUILDERS[module], folders, twilio, telegram),
            name=f"early {module}", daemon=True)
        started.thread.start()


@contextlib.contextmanager
def ready(module: str, folders: pytest.TempPathFactory, twilio: FakeTwilio,
          telegram: FakeTelegram, servers: Callable[[Any], List[stack.Process]]
          ) -> Iterator[Any]:
    """`module`'s stack, started early or now, once its `servers` are ready (back at
    the usual priority meanwhile); stopped when the block ends."""
    with _taken(module, folders, twilio, telegram) as value:
        _renice(servers(value), os.getpriority(os.PRIO_PROCESS, 0))
        stack.wait_ready(servers(value))
        yield value


@contextlib.contextmanager
def _taken(module: str, folders: pytest.TempPathFactory, twilio: FakeTwilio,
           telegram: FakeTelegram) -> Iterator[Any]:
    started = _started.pop(module, None)
    if started is None:
        with BUILDERS[module](folders, twilio, telegram) as value:
            yield value
        return
    started.join()
    with started.stack:
        if started.error is not None:
            raise started.error
        yield started.value


def close() -> None:
    """Stop the stacks no module took (the session ended first)."""
    while _started:
        _module, started = _started.popitem()
        started.join()
        started.stack.close()


def upgrade(database_url: str) -> None:
    """Migrate the database. Alembic keeps its state in module globals, so off the main
    thread (an early start, while the tests there migrate theirs) it runs as an
    operator's `python -m bot db upgrade` does, in a process of its own."""
    if threading.current_thread() is threading.main_thread():
        migrate.upgrade(database_url)
        return
    done = subprocess.run([sys.executable, "-m", "bot", "db", "upgrade"], cwd=PROJECT_ROOT,
                          env=stack.child_environment({"SB_DATABASE_URL": database_url}),
                          capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        raise RuntimeError(f"python -m bot db upgrade failed:\n{done.stderr[-3000:]}")


def _renice(processes: List[stack.Process], niceness: int) -> None:
    for process in processes:
        if process.popen is not None and process.popen.poll() is None:
            with contextlib.suppress(OSError):  # lowering it back needs CAP_SYS_NICE
                os.setpriority(os.PRIO_PROCESS, process.popen.pid, niceness)


def in_background(processes: List[stack.Process]) -> None:
    """Run `processes` below the tests while they load, when started early."""
    if threading.current_thread() is not threading.main_thread():
        _renice(processes, NICENESS)

