"""Praise said with an eye-roll: "wonderful, only took 9 hours 🙃", "oh yeah cos that went so
well". The words say good, the reply means the opposite; a careful reader asks again rather
than store the praise (or a yes) the words spell out.
"""

from __future__ import annotations

import re

# Faces that roll their eyes or turn the words upside down. Beside a plain complaint ("4 days
# 🙄", "rang at 8am like everyone else 🙄") they mean nothing more; beside praise, irony.
_EYE_ROLL = "🙄🙃😒"
# "cos that went so well", "because it was so helpful": praise given as a reason, mocking.
_MOCKING_REASON = re.compile(r"\b(?:cos|coz|cuz|because|bc|as)\s+(?:that|it|they|this|that all)\s+"
                             r"(?:went|was|were|is|worked|worked out|turned out)\s+(?:so|really|"
                             r"soo+|sooo+)\s+(?:well|great|good|helpful|brilliant|amazing|"
                             r"fab|fabulous|wonderful|lovely|smoothly|fun)\b")
_YEAH_RIGHT = re.compile(r"\b(?:yeah|yea|ye|oh) right\b")


def mocking(prepared: str) -> bool:
    """The reply mocks what it praises: an eye-roll face, a "cos that went so well", a
    "yeah right"."""
    return (any(face in prepared for face in _EYE_ROLL) or bool(_MOCKING_REASON.search(prepared))
            or bool(_YEAH_RIGHT.search(prepared)))
