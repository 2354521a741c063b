"""What a serving process does once, after loading and before its first patient."""

from __future__ import annotations

import asyncio
import gc
import os
import signal
import socket
import sys
import threading
from typing import Any, Callable, Optional

from bot.trust import redaction, safeguarding
from bot.understanding import lexicon


def ready_to_serve() -> None:
    """Compile the safeguarding lexicon, read its net's weights, the answer lexicons and
    redaction's name and word lists (not on the first patient's message), then move
    everything loaded so far (a Rasa server holds ~500,000 objects once its model is in)
    out of the garbage collector's sight: a full collection would otherwise walk all of
    it, a pause of 0.3 s or more, every time enough new objects pile up."""
    safeguarding.prepare()
    lexicon.lexicon()
    redaction.prepare()
    gc.collect()
    gc.freeze()


def warm_up(app: Any) -> None:
    """Start `ready_to_serve` in a thread as a task of the Sanic `app`, from its
    after_server_start listener, without waiting for it there; `is_warm(app)` says when
    it is done (the process's /ready answers 503 until then, so no patient's message is
    sent to a server still compiling its lexicon: the first message's own check would
    compile a second copy beside the warm-up's; on CI's busy machine such a first SMS got
    no answer in 10 s).

    Sanic runs those listeners to completion before its loop runs for good, and a
    SIGTERM in the meantime stops the loop under them: a server stopped within the
    second or two the lexicons take (a rolled-back deploy, a quick test) died with
    "Event loop stopped before Future completed" and exit status 1. As a task, a stop
    cancels the wait and the server stops cleanly.

    The thread is a daemon of its own, not one of asyncio's executor: Python waits for
    those at exit, so a server stopped while warming up (8-9 s here, over 20 s on a busy
    machine) stayed up until the lexicons were compiled for nothing, past a container's
    grace period."""
    app.ctx.warm = False

    async def warm() -> None:
        await in_daemon_thread(ready_to_serve, "sb-warm-up")
        app.ctx.warm = True

    app.add_task(warm(), name="sb-warm-up")


async def in_daemon_thread(work: Callable[[], None], name: str) -> None:
    """Run `work` in a daemon thread and wait for it; the process may exit without it."""
    loop = asyncio.get_running_loop()
    done: asyncio.Future = loop.create_future()

    def settle(error: Optional[BaseException]) -> None:
        if done.done():  # the wait was cancelled
            return
        if error is None:
            done.set_result(None)
        else:
            done.set_exception(error)

    def run() -> None:
        error: Optional[BaseException] = None
        try:
            work()
        except BaseException as raised:  # noqa: BLE001 - handed to the waiting task
            error = raised
        try:
            loop.call_soon_threadsafe(settle, error)
        except RuntimeError:  # the loop has closed: nobody waits any more
            pass

    threading.Thread(target=run, name=name, daemon=True).start()
    await done


def serve_on_asyncio_loop() -> None:
    """Have Sanic serve on asyncio's own event loop, not uvloop (its default when
    installed, as Rasa installs it); call before the Sanic app is built (Sanic reads
    SANIC_* from the environment then).

    uvloop listens for signals only while its loop runs: between two runs it closes the
    pipe a signal wakes it by, and a signal that comes then is noted and never handled.
    Sanic starts a server in several runs of the loop (its listeners, then serving for
    good), so a SIGTERM that came between them was lost and the server served on, deaf
    to it, until killed (CI saw a Rasa server do so for 60 s beside the watch below;
    tests/unit/test_stop_signals.py shows both loops). asyncio's loop keeps its pipe for
    its whole life and handles the signal on its next run. What it costs a turn is in
    docs/measurements.md (Stop 37).

    aiogram (Rasa's Telegram channel imports it) installs uvloop as the loop of every
    later loop when imported, unless DISABLE_UVLOOP is set."""
    os.environ["SANIC_USE_UVLOOP"] = "false"
    os.environ["DISABLE_UVLOOP"] = "1"


# How often a stop asked for is checked to have happened (see keep_stop_signals).
STOP_CHECK_SECONDS = 0.25


def keep_stop_signals(app: Any) -> None:
    """Make a SIGTERM or SIGINT that comes while the Sanic `app` starts stop it once it
    has started, not be lost; call from an after_server_start listener, and
    `stop_watch_ends` from a before_server_stop one.

    Sanic 21.12 sets its signal handler (`app.stop`, which stops the loop, once only)
    just before it runs the after_server_start listeners with `loop.run_until_complete`,
    over more than one loop turn (Rasa's start-up tasks add one). A stop in the turn in
    which those listeners finish stops that `run_until_complete` instead of the serving
    loop after it: spent, and the server serves on, deaf to every later SIGTERM until
    killed (CI saw a Rasa server do so for 240 s; tests/e2e/test_early_stop.py), as a
    rolled-back deploy would. Here the handler stops on the next loop turn, and a watch
    stops the loop again for as long as a stop has been asked for and the shutdown has
    not begun (the handler is looked up when a signal is handled, so one that came before
    this listener ran is handled by it too). It needs asyncio's loop
    (`serve_on_asyncio_loop`): uvloop loses a signal that comes between two runs."""
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, loop.call_soon, app.stop)

    async def until_stopped() -> None:
        while True:
            await asyncio.sleep(STOP_CHECK_SECONDS)  # first: start-up is over by then
            if app.is_stopping:
                loop.stop()  # serving still: the stop was spent on start-up; stop again

    # Not app.add_task: app.stop cancels those.
    app.ctx.stop_watch = loop.create_task(until_stopped())


def stop_watch_ends(app: Any) -> None:
    """The shutdown has begun (a before_server_stop listener): the watch ends, so it
    never stops one of the shutdown's own steps."""
    watch = getattr(app.ctx, "stop_watch", None)
    if watch is not None:
        watch.cancel()


def stops_on_signals(app: Any) -> None:
    """Register `keep_stop_signals` and `stop_watch_ends` as listeners of the Sanic `app`
    or blueprint (the Rasa server's, whose app Rasa builds: bot/channels/ops.py)."""

    async def started(app: Any, _loop: Any) -> None:
        keep_stop_signals(app)

    async def stopping(app: Any, _loop: Any) -> None:
        stop_watch_ends(app)

    app.listener(started, "after_server_start")
    app.listener(stopping, "before_server_stop")


def serve(build: Callable[[], Any], **run: Any) -> None:
    """Build a Sanic app with `build` and run it (`run`: Sanic's `app.run` arguments) as
    each of our servers runs: on asyncio's loop, keeping a stop that comes as it starts.
    (The Rasa server, whose app Rasa builds and runs, does both itself:
    bot/channels/rasa_server.py, bot/channels/ops.py.)"""
    serve_on_asyncio_loop()  # before the app is built: Sanic reads it then
    problem = cannot_listen(run.get("host", "127.0.0.1"), run.get("port", 8000))
    if problem is not None:
        # Sanic logs "Unable to start server" with no address, then returns: exit status 0
        # told a supervisor all was well.
        print(f"error: could not listen on {run.get('host')}:{run.get('port')} ({problem})",
              file=sys.stderr)
        raise SystemExit(1)
    app = build()
    stops_on_signals(app)
    app.run(**run)


def cannot_listen(host: str, port: int) -> Optional[str]:
    """Why a server could not listen at host:port (another process there, an address
    not of this machine), or None; bound as Sanic binds, with SO_REUSEADDR."""
    try:
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        with socket.socket(family, socket.SOCK_STREAM) as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind((host, port))
    except OSError as error:
        return error.strerror or type(error).__name__
    return None


def is_warm(app: Any) -> bool:
    """Has this server's warm-up finished?"""
    return bool(getattr(app.ctx, "warm", False))
