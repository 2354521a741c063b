"""An amount of time said as a rate ("2 hours a day", "an hour every night", "every day like
3 hours") to a question counting hours or minutes in a period ("How many hours a week…?").

"a day" after an amount is how often, not one more day of time: to a question asking per
week it is seven times the amount, offered; in the question's own period it is the amount.
"""

from __future__ import annotations

import re
from typing import Tuple

from bot.understanding.text import prepare

# The period a reply's amount is given in: "a day", "per night", "every evening", "daily".
_SAID = re.compile(r"\b(?:(?:a|per|each|every|an)\s+(day|night|evening|week|month)|"
                   r"(everyday|daily|nightly|weekly))\b")
# The period the question counts in: "hours a week", "minutes per day", "in a typical week".
_ASKED = re.compile(r"\b(?:a|per|each|every|in a|in an average|in a typical|in an)\s+"
                    r"(day|night|week|month)\b|\b(daily|weekly)\b")
_PERIODS = {"night": "day", "evening": "day", "everyday": "day", "daily": "day", "nightly": "day",
            "weekly": "week"}
_DAYS_A_WEEK = 7
# Words saying the rate is not every day ("weekdays 2 hours a day"): no sum can be made.
_SOME_DAYS = re.compile(r"\b(?:weekdays?|weekends?|school days?|some|most|sometimes|usually "
                        r"not|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|"
                        r"wednesday|thursday|friday|saturday|sunday)\b")


def _period(found: re.Match[str]) -> str:
    said = found.group(1) or found.group(2)
    return _PERIODS.get(said, said)


def rate_said(question_text: str, prepared: str) -> Tuple[str, int | None] | None:
    """The reply without its rate words, and what to multiply its amount by to answer the
    question (None when it cannot be said: "2 hours a week" to "…a day?"); None when the reply
    gives no rate or the question no period."""
    said = list(_SAID.finditer(prepared))
    asked = _ASKED.search(prepare(question_text or ""))
    if len(said) != 1 or asked is None:
        return None
    rest = (prepared[:said[0].start()] + " " + prepared[said[0].end():]).strip()
    period, counted = _period(said[0]), _period(asked)
    if period == counted:
        return rest, 1
    if period == "day" and counted == "week" and not _SOME_DAYS.search(prepared):
        return rest, _DAYS_A_WEEK
    return rest, None
