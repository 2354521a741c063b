"""The message shown whenever a young person may be at risk.

It only points to services that answer straight away: the bot never promises
that anyone will contact the young person, because nobody is watching the chat
and answers are anonymous.  Keep it under 480 characters (three SMS parts).
"""

from __future__ import annotations

SIGNPOSTING = (
    "If you're in danger now, call 999. For urgent mental health help call NHS 111 "
    "and choose option 2. You can talk to Samaritans any time on 116 123, or text "
    "SHOUT to 85258. If you're under 19 you can call Childline on 0800 1111. "
    "All are free."
)
