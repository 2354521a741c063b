"""What the crisis detector makes of a message, for the safeguarding round tables."""

from __future__ import annotations

from bot.trust.safeguarding import detect_concern


def category_read(text: str) -> str | None:
    """The category the detector signposts `text` for ("suicide", "abuse"…), or None."""
    concern = detect_concern(text)
    return None if concern is None else concern.category
