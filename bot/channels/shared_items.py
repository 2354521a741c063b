"""Things a phone sends for the patient rather than words they typed. No I/O.

Sharing a contact or "my location" by SMS arrives as text: a vCard ("BEGIN:VCARD…"),
or a map link, sometimes with a label ("My location: https://maps.app.goo.gl/…").
Neither answers a question, and as a comment it would be stored as a stranger's
contact details or where a young person is. A message that is only such an item is
answered by the channel; words with a link in them are the patient's, and go on
(redaction takes the link out of a comment).
"""

from __future__ import annotations

import re

_VCARD = re.compile(r"\s*BEGIN:VCARD\b", re.IGNORECASE)
# What phones put before a shared place; the label alone says nothing.
_LABEL = (r"(?:(?:my|current|shared|live)\s+location|location|dropped\s+pin|i'?m\s+(?:here|at)"
          r"|here)\s*[:\-]?\s*")
_MAP_LINK = (r"(?:https?://)?(?:www\.)?(?:"
             r"maps\.google\.[a-z.]+|google\.[a-z.]+/maps|goo\.gl/maps|maps\.app\.goo\.gl"
             r"|maps\.apple\.com|maps\.apple|what3words\.com|w3w\.co|waze\.com/ul"
             r"|openstreetmap\.org|bing\.com/maps"
             r")\S*")
_GEO = r"geo:-?\d{1,3}(?:\.\d+)?,-?\d{1,3}(?:\.\d+)?\S*"
# "53.8008, -1.5491": a place to within metres (three or more decimals each).
_COORDINATES = r"-?\d{1,3}\.\d{3,}\s*,\s*-?\d{1,3}\.\d{3,}"
_LOCATION = re.compile(rf"\s*(?:{_LABEL})?(?:{_MAP_LINK}|{_GEO}|{_COORDINATES})\s*",
                       re.IGNORECASE)


def shared_item(text: str) -> bool:
    """Whether a message is only a shared contact card or location, not typed words."""
    return bool(_VCARD.match(text)) or _LOCATION.fullmatch(text) is not None
