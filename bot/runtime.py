"""What a serving process does once, after loading and before its first patient."""

from __future__ import annotations

import asyncio
import gc
import signal
from typing import Any

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
    cancels the wait (the thread finishes on its own) and the server stops cleanly."""
    app.ctx.warm = False

    async def warm() -> None:
        await asyncio.to_thread(ready_to_serve)
        app.ctx.warm = True

    app.add_task(warm(), name="sb-warm-up")


def keep_stop_signals(app: Any) -> None:
    """Make a SIGTERM or SIGINT that comes while the Sanic `app` starts stop it once it
    has started, not be lost; call from an after_server_start listener.

    Sanic 21.12 sets its signal handler (`app.stop`, which stops the loop) just before it
    runs the after_server_start listeners with `loop.run_until_complete`. A signal handled
    in the loop turn in which those listeners finish stops that `run_until_complete`
    instead of the serving loop after it: the stop is spent (and `app.stop` runs only
    once), and the server serves on, deaf to every later SIGTERM until killed. A server
    stopped the moment it answered did that on CI (tests/e2e/test_early_stop.py), as
    would a rolled-back deploy. This handler puts the stop off by one loop turn, into the
    serving loop. The handler is looked up when the signal is handled, so one that came
    before this listener ran is handled by it too."""
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, loop.call_soon, app.stop)


def is_warm(app: Any) -> bool:
    """Has this server's warm-up finished?"""
    return bool(getattr(app.ctx, "warm", False))
