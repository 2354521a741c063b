"""A way tried that did not work, then another: "tried the app, gave up and phoned", "tried the
app but it had nothing so i rang". To a single-choice question, the way it was done in the end
is offered ("Did you mean: Phoned the practice?"), never stored, since both were named.
"""

from __future__ import annotations

import re
from typing import Callable

from bot.understanding.result import ANSWERED, CHOOSE, CONFIRM, Parsed, guess

_TRIED = re.compile(r"^\W*(?:i\s+)?(?:first\s+)?(?:tried|try|tryed|attempted)\b(.+)$")
# Where the first try ends: a comma, "but", "gave up", "so", "then".
_ENDS = re.compile(r",|\bbut\b|\bgave up\b|\bso\b|\bthen\b|\bwhich\b|\bdidnt work\b")
# The try did not work: "gave up", "it had nothing", "no slots", "didnt work". Without one
# ("tried 111 then ended up in a&e") both may have been used: left as read.
_FAILED = re.compile(r"\b(?:gave up|give up|given up|nothing|no (?:slots|appointments|appts|luck|"
                     r"answer|reply|joy)|none (?:left|available)|didnt work|did not work|"
                     r"wouldnt|couldnt|cant|crashed|crashing|froze|broken|down|useless|full|fully booked|"
                     r"no good|rubbish|failed|kept failing|wasnt working)\b")
# Where what was done in the end starts: the first of these after the failed try.
_IN_THE_END = re.compile(r"\b(?:so|then|and|ended up|in the end|instead|eventually|just)\b")


def done_in_the_end(prepared: str, parsed: Parsed, reread: Callable[[str], Parsed]) -> Parsed:
    """The option done after a failed try, offered; `parsed` as it was otherwise."""
    tried = _TRIED.match(prepared)
    if tried is None or parsed.status not in (ANSWERED, CONFIRM, CHOOSE):
        return parsed
    rest = tried.group(1)
    end = _ENDS.search(rest)
    failed = _FAILED.search(rest)
    if end is None or failed is None:
        return parsed
    start = _IN_THE_END.search(rest, failed.end())
    if start is None:
        return parsed
    first, last = reread(rest[:end.start()]), reread(rest[start.end():])
    if first.status not in (ANSWERED, CONFIRM) or last.status not in (ANSWERED, CONFIRM):
        return parsed
    return guess(last.value) if last.value != first.value else parsed
