"""Small-number suppression for anything shown to commissioners.

Counts from 1 to threshold-1 are hidden (None), and so is the next smallest
count when only one cell of a breakdown is hidden, because the total would
otherwise give the hidden one away.
"""

from __future__ import annotations

from typing import Dict, Mapping, Optional


def suppress(counts: Mapping[str, int], threshold: int) -> Dict[str, Optional[int]]:
    shown: Dict[str, Optional[int]] = {
        key: (None if 0 < count < threshold else count) for key, count in counts.items()
    }
    hidden = [key for key, value in shown.items() if value is None]
    if len(hidden) == 1:
        candidates = [k for k, v in shown.items() if v]
        if candidates:
            smallest = min(candidates, key=lambda k: counts[k])
            shown[smallest] = None
    return shown


def hidden_total(total: int, threshold: int) -> Optional[int]:
    """A total is hidden on the same rule as its cells."""
    return None if 0 < total < threshold else total


def show(value: Optional[float], mask: str = "*", digits: int = 0) -> str:
    if value is None:
        return mask
    return f"{value:.{digits}f}" if digits else str(int(round(value)))
