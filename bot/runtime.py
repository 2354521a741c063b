"""What a serving process does once, after loading and before its first patient."""

from __future__ import annotations

import gc

from bot.trust import safeguarding
from bot.understanding import lexicon


def ready_to_serve() -> None:
    """Compile the safeguarding lexicon and read the answer lexicons (not on the first
    patient's message), then move everything loaded so far (a Rasa server holds
    ~500,000 objects once its model is in) out of the garbage collector's sight: a full
    collection would otherwise walk all of it, a pause of 0.3 s or more, every time
    enough new objects pile up."""
    safeguarding.prepare()
    lexicon.lexicon()
    gc.collect()
    gc.freeze()
