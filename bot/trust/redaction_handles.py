"""Usernames given without an "@": "my snap is jayd3n.h", "discord is kuba#4471", "add me on
insta its tash.x.moore", "twitch username is mcgregorGaming22".

After a platform's name (or "username", "handle"), within the next few words, the first word
shaped like a username (a digit beside letters, an underscore, a dot or a "#" inside it) is
one; so is the word straight after "snap is" / "insta:" when it is no everyday word. "on insta
2 hours a day", "tiktok for 3hrs" and "snapchat stories" stay as written.
"""

from __future__ import annotations

import re

from bot.trust.everyday_words import is_everyday
from bot.trust.tags import TAG, replace_spans

_PLATFORM = re.compile(
    r"(?<![\w@.])(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tik\s?tok|tt|twitter|threads|discord|"
    r"twitch|youtube|yt|bereal|kik|telegram|fb|facebook|user\s?name|handle|gamertag|psn|xbox|"
    r"steam|roblox)(?![\w@])",
    re.IGNORECASE,
)
_WORD = re.compile(TAG + r"|@?[\w.#'’]+")
# Words that may stand between the platform and the username.
_BETWEEN = frozenset("""
is its it's it’s my me name username user handle id acc account on at add follow find dm
message msg the app a in if u you want to talk more:
""".split())
_MARKER = frozenset({"is", "its", "it's", "it’s", ":", "=", "-", "name", "username", "handle"})
_UNIT = re.compile(r"^[0-9]+(?:hrs?|h|mins?|m|s|secs?|am|pm|x|k|st|nd|rd|th|yrs?|y|p|ish)$",
                   re.IGNORECASE)


def _shaped_like_a_username(word: str) -> bool:
    core = word.lstrip("@").rstrip(".'’")
    letters = sum(ch.isalpha() for ch in core)
    if not 3 <= len(core) <= 30 or letters < 2 or _UNIT.match(core) or core.startswith("["):
        return False
    inner = core[1:-1]
    return ("_" in core or "#" in core or "." in inner
            or (any(ch.isdigit() for ch in core) and letters >= 2))


def _strongly_shaped(word: str) -> bool:
    core = word.lstrip("@").rstrip(".'’")
    return _shaped_like_a_username(word) and ("_" in core or "#" in core or "." in core[1:-1])


def _username_after(text: str, start: int) -> tuple[int, int] | None:
    marked = text[start:start + 3].lstrip()[:1] in (":", "=", "-")
    near = True  # only words that may stand before a username so far
    for count, word in enumerate(_WORD.finditer(text, start)):
        token = word.group(0)
        if count >= 7 or "\n" in text[start:word.start()] or token.startswith("["):
            return None
        core = token.lstrip("@").rstrip(".'’,")
        lower = core.lower()
        if (near and _shaped_like_a_username(token)) or _strongly_shaped(token):
            return word.start(), word.start() + len(token.rstrip(".'’,"))
        if lower in _MARKER:
            marked = True
            continue
        if lower in _BETWEEN:
            continue
        if near and marked and len(core) >= 3 and core.isalnum() and not is_everyday(lower):
            return word.start(), word.start() + len(core) + (len(token) - len(token.lstrip("@")))
        near = False  # "my username on the kooth app is moonchild_04": only a clear one now
    return None


_LOOSE_AT = re.compile(r"(?<![\w@])@\s+([\w.]{3,30})(?![\w@])")


def _loose_at(match: re.Match[str]) -> str:
    """"@ amani.wrld": a username set apart from its "@" (letters, and a dot or an underscore
    inside); "meet @ 5.30" and "@ home" stay."""
    name = match.group(1).rstrip(".")
    letters = sum(ch.isalpha() for ch in name)
    shaped = "_" in name or "." in name[1:-1]
    if letters < 2 or not shaped:
        return match.group(0)
    return "[handle]" + match.group(1)[len(name):]


def redact_handles(text: str) -> str:
    """`text` with usernames given without an "@", or with one set apart ("dm me @ amani.wrld"),
    replaced by "[handle]"."""
    text = _LOOSE_AT.sub(_loose_at, text)
    spans: list[tuple[int, int]] = []
    for platform in _PLATFORM.finditer(text):
        before = _BEFORE_ON.search(text, max(0, platform.start() - 40), platform.start())
        if before and _strongly_shaped(before.group(1)) and (not spans or before.start(1) >= spans[-1][1]):
            spans.append((before.start(1), before.end(1)))  # "josh.penrose on snap"
            continue
        found = _username_after(text, platform.end())
        if found and (not spans or found[0] >= spans[-1][1]):
            spans.append(found)
    return replace_spans(text, spans, "[handle]")


# A username just before the platform it is on: "josh.penrose on snap", "im moon_x on insta".
_BEFORE_ON = re.compile(r"(?<![\w@.])([\w.]{3,30}) (?:on|at) $")
