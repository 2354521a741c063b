"""A serving process is warm (lexicons compiled, bot/runtime.py) only once its warm-up
has run; until then its /ready says not ready, so no patient waits for the compiling."""

from __future__ import annotations

import asyncio
import gc
import types
from typing import Any, Coroutine, List

from bot.runtime import is_warm, warm_up


class App:
    """What warm_up uses of a Sanic app: its ctx and add_task."""

    def __init__(self) -> None:
        self.ctx = types.SimpleNamespace()
        self.tasks: List[Coroutine[Any, Any, None]] = []

    def add_task(self, task: Coroutine[Any, Any, None], name: str) -> None:
        assert name == "sb-warm-up"
        self.tasks.append(task)


def test_a_server_is_warm_only_once_its_warm_up_has_run() -> None:
    app = App()
    assert not is_warm(app)  # not started
    warm_up(app)
    assert not is_warm(app) and len(app.tasks) == 1  # started, not run
    try:
        asyncio.run(app.tasks[0])
        assert is_warm(app)
    finally:
        gc.unfreeze()  # the warm-up freezes what is loaded; not this test process's


def test_work_in_a_daemon_thread_is_awaited_and_its_error_reaches_the_waiter() -> None:
    import threading

    from bot.runtime import in_daemon_thread

    ran: List[bool] = []

    def work() -> None:
        ran.append(threading.current_thread().daemon)

    def fails() -> None:
        raise ValueError("lexicon unreadable")

    async def both() -> str:
        await in_daemon_thread(work, "t")
        try:
            await in_daemon_thread(fails, "t")
        except ValueError as error:
            return str(error)
        return "no error"

    assert asyncio.run(both()) == "lexicon unreadable"
    assert ran == [True]  # Python does not wait for it at exit
