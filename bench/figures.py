"""The benchmarks' arithmetic, without I/O: percentiles, ratios, verdicts on targets,
and the latency of a conversation's early and late turns."""

from __future__ import annotations

from statistics import median, quantiles
from typing import Dict, Iterable, Mapping, Optional, Sequence, Tuple

Target = Tuple[str, str, float]  # (label, ">=" or "<=", goal)
# Each counted phase's figures by (workload, N, round).
ByPhase = Mapping[Tuple[str, int, int], Mapping[str, float]]


def percentiles(values: Sequence[float], points: Iterable[int] = (50, 95, 99)) -> Dict[int, float]:
    """Each percentile of `values`, interpolated between neighbours as numpy's default
    does; 0.0 for each when there are none."""
    if len(values) > 1:
        cuts = quantiles(values, n=100, method="inclusive")
        return {p: cuts[p - 1] for p in points}
    return {p: float(values[0]) if values else 0.0 for p in points}


def meets(value: float, sense: str, goal: float) -> bool:
    """Whether `value` meets a target `sense` `goal` (sense ">=" or "<=")."""
    if sense not in (">=", "<="):
        raise ValueError(f"a target is >= or <=, not {sense!r}")
    return value >= goal if sense == ">=" else value <= goal


def verdict(value: Optional[float], target: Target) -> str:
    """`value` with PASS or MISS against `target`, or n/a when it was not measured."""
    _, sense, goal = target
    if value is None:
        return "n/a"
    return f"{value:.2f} {'PASS' if meets(value, sense, goal) else 'MISS'}"


def median_ratio(pairs: Iterable[Tuple[float, float]]) -> Optional[float]:
    """The median of a / b over (a, b) pairs, e.g. one pair a round; None when no b is
    above zero."""
    ratios = [a / b for a, b in pairs if b > 0]
    return median(ratios) if ratios else None


def round_ratio(got: ByPhase, mine: str, theirs: str, n: int, figure: str,
                rounds: int) -> Optional[float]:
    """`mine`'s `figure` ÷ `theirs`'s at N: the median over rounds of the ratio within
    one round (this shared machine's speed changes from minute to minute)."""
    return median_ratio((got[(mine, n, r)][figure], got[(theirs, n, r)][figure])
                        for r in range(rounds) if (mine, n, r) in got and (theirs, n, r) in got)


def window_median(latencies: Sequence[float], first: int, last: int) -> float:
    """The median latency of turns `first` to `last` of a conversation (counted from 1,
    both included)."""
    if not 1 <= first <= last <= len(latencies):
        raise ValueError(f"turns {first}-{last} of a conversation of {len(latencies)}")
    return median(latencies[first - 1:last])


def growth(latencies: Sequence[float], early: Tuple[int, int],
           late: Tuple[int, int]) -> float:
    """How much slower the late turns are than the early ones: the ratio of their
    window medians (a window of turns rather than one turn, since one turn on a shared
    machine can be slow by chance)."""
    return window_median(latencies, *late) / window_median(latencies, *early)


def block_medians(latencies: Sequence[float], size: int = 10) -> Tuple[float, ...]:
    """The median of each block of `size` turns (the last block may be shorter): how a
    conversation's turns change along it, without one slow turn standing out."""
    return tuple(median(latencies[i:i + size]) for i in range(0, len(latencies), size))


def windows_for(turns: int) -> Tuple[Tuple[int, int], Tuple[int, int]]:
    """The early and late windows compared for a conversation of `turns` turns: turns
    5-15 and the last eleven (290-300 of 300)."""
    if turns < 26:
        raise ValueError("a long conversation needs at least 26 turns")
    return (5, 15), (turns - 10, turns)


def pace(turns: int, burst: int, per_minute: float, margin: float = 1.05) -> float:
    """Seconds between messages so that a sender allowed `burst` at once, then
    `per_minute` (a token bucket), is refused none of `turns` messages, with `margin`."""
    if turns <= burst:
        return 0.0
    # Message k (from 0) finds burst + k * (rate * pace - 1) tokens; it needs one.
    return round((turns - burst) / (turns - 1) / (per_minute / 60.0) * margin, 3)
