"""The bracketed tags redaction puts where personal data was ("[phone]", "[NHS number]").

Every rule that finds spans of a text replaces them the same way, and every rule that reads
words reads a tag as one word it leaves alone.
"""

from __future__ import annotations

from typing import Iterable

# A tag: letters and spaces in square brackets; no digit, so no pattern finds one again.
TAG = r"\[[A-Za-z ]+\]"


def replace_spans(text: str, spans: Iterable[tuple[int, int]], tag: str) -> str:
    """`text` with each (start, end) span, in order and not overlapping, replaced by `tag`."""
    pieces: list[str] = []
    last = 0
    for start, end in spans:
        pieces += [text[last:start], tag]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)
