"""The benchmarks' arithmetic (bench/figures.py): the figures they print and the
verdicts on their targets, by table, without starting anything."""

from __future__ import annotations

from typing import Dict, Optional, Sequence, Tuple

import pytest

from bench.figures import (
    block_medians,
    growth,
    median_ratio,
    meets,
    pace,
    percentiles,
    round_ratio,
    verdict,
    window_median,
    windows_for,
)
from bench.load_report import costs, ratios
from bench.patients import Phase


@pytest.mark.parametrize("values, expected", [
    ([], {50: 0.0, 95: 0.0, 99: 0.0}),
    ([7.0], {50: 7.0, 95: 7.0, 99: 7.0}),
    ([1.0, 2.0], {50: 1.5, 95: 1.95, 99: 1.99}),
    (list(range(1, 101)), {50: 50.5, 95: 95.05, 99: 99.01}),  # numpy.percentile's figures
    ([10.0] * 98 + [500.0, 900.0], {50: 10.0, 95: 10.0, 99: 504.0}),  # a slow tail shows at p99
])
def test_percentiles(values: Sequence[float], expected: Dict[int, float]) -> None:
    assert percentiles(values) == pytest.approx(expected)


@pytest.mark.parametrize("value, sense, goal, passed", [
    (0.8, ">=", 0.8, True), (0.79, ">=", 0.8, False), (1.3, "<=", 1.3, True),
    (1.31, "<=", 1.3, False), (0.0, "<=", 0.0, True), (1.0, "<=", 0.0, False),
])
def test_meets(value: float, sense: str, goal: float, passed: bool) -> None:
    assert meets(value, sense, goal) is passed


def test_a_target_is_at_least_or_at_most() -> None:
    with pytest.raises(ValueError):
        meets(1.0, "==", 1.0)


@pytest.mark.parametrize("value, shown", [
    (0.91, "0.91 PASS"), (0.756, "0.76 MISS"), (None, "n/a"),
])
def test_verdict(value: Optional[float], shown: str) -> None:
    assert verdict(value, ("replicas / single", ">=", 0.8)) == shown


@pytest.mark.parametrize("pairs, expected", [
    ([(90.0, 100.0)], 0.9),
    ([(90.0, 100.0), (50.0, 100.0), (120.0, 100.0)], 0.9),  # the median round, not the mean
    ([(80.0, 100.0), (90.0, 100.0)], 0.85),
    ([(80.0, 0.0), (90.0, 100.0)], 0.9),  # a round with nothing to divide by is left out
    ([], None),
])
def test_median_ratio(pairs: Sequence[Tuple[float, float]], expected: Optional[float]) -> None:
    assert median_ratio(pairs) == pytest.approx(expected)


FLAT = [30.0] * 300
GROWING = [20.0 + turn for turn in range(300)]  # 1 ms slower every turn


@pytest.mark.parametrize("latencies, early, late, expected", [
    (FLAT, (5, 15), (290, 300), 1.0),
    (GROWING, (5, 15), (290, 300), (20 + 294) / (20 + 9)),  # medians of turns 10 and 295
    ([10.0] * 4 + [999.0] + [10.0] * 295, (5, 15), (290, 300), 1.0),  # one slow turn is not the median
])
def test_growth(latencies: Sequence[float], early: Tuple[int, int], late: Tuple[int, int],
                expected: float) -> None:
    assert growth(latencies, early, late) == pytest.approx(expected)


@pytest.mark.parametrize("first, last", [(0, 5), (5, 4), (290, 301)])
def test_a_window_lies_within_the_conversation(first: int, last: int) -> None:
    with pytest.raises(ValueError):
        window_median(FLAT, first, last)


@pytest.mark.parametrize("turns, windows", [
    (300, ((5, 15), (290, 300))), (30, ((5, 15), (20, 30))), (26, ((5, 15), (16, 26))),
])
def test_windows_for(turns: int, windows: Tuple[Tuple[int, int], Tuple[int, int]]) -> None:
    assert windows_for(turns) == windows


@pytest.mark.parametrize("turns, burst, per_minute, seconds", [
    (10, 15, 30, 0.0),  # within the burst: no wait
    (300, 15, 30, 1.906 * 1.05),  # the SMS channel's limit, 300 messages
    (30, 15, 30, 1.034 * 1.05),
])
def test_pace(turns: int, burst: int, per_minute: float, seconds: float) -> None:
    assert pace(turns, burst, per_minute) == pytest.approx(seconds, abs=0.002)


@pytest.mark.parametrize("turns, burst, per_minute", [(300, 15, 30), (30, 15, 30), (100, 20, 60)])
def test_paced_messages_are_never_refused(turns: int, burst: int, per_minute: float) -> None:
    """The channel's token bucket, played at the pace: a token for every message."""
    rate, gap = per_minute / 60.0, pace(turns, burst, per_minute)
    tokens, now = float(burst), 0.0
    for _ in range(turns):
        assert tokens >= 1.0
        tokens, now = min(burst, tokens - 1.0 + gap * rate), now + gap


def phase(name: str, n: int, round_: int, warmup: bool = False, **figures: float) -> Phase:
    found = Phase(name, n, warmup=warmup, round=round_)
    found.figures = {"count": 100, **figures}
    return found


def test_the_load_bench_compares_set_ups_within_each_round() -> None:
    runs = [phase("replicas", 8, r, per_s=per_s, p95_ms=50) for r, per_s in enumerate((40, 90, 80))]
    runs += [phase("single", 8, r, per_s=100, p95_ms=40) for r in range(3)]
    runs += [phase("replicas", 8, 0, warmup=True, per_s=1, p95_ms=1)]  # not counted
    found = ratios(runs, [8], rounds=3)
    assert found["replicas_vs_single_n8"] == 0.8  # the median round: 0.4, 0.9, 0.8
    assert found["p95_replicas_vs_single_n8"] == 1.25
    assert "replicas_vs_parse_n8" not in found  # no parse phase: no ratio, not a zero


def test_the_load_bench_costs_a_turn_per_process_and_per_kind() -> None:
    runs = [phase("replicas", 32, 0, rasa1_cpu_s=0.6, rasa1_peak_rss_mib=600,
                  rasa2_cpu_s=0.4, rasa2_peak_rss_mib=620, postgres_cpu_s=0.2,
                  postgres_peak_rss_mib=90, client_cpu_s=5.0),
            phase("single", 32, 0, rasa_cpu_s=1.5, rasa_peak_rss_mib=590)]
    found = costs(runs, [32])
    assert found["replicas_n32_rasa1_cpu_ms_per_turn"] == 6.0  # 0.6 s over 100 turns
    assert found["replicas_n32_rasa_all_cpu_ms_per_turn"] == 10.0  # both replicas' share
    assert found["replicas_n32_postgres_cpu_ms_per_turn"] == 2.0
    assert "replicas_n32_postgres_all_cpu_ms_per_turn" not in found  # one server, no "all"
    assert found["single_n32_rasa_cpu_ms_per_turn"] == 15.0
    assert found["replicas_rasa2_max_rss_mib"] == 620
    assert not any(key.startswith("replicas_n32_client") for key in found)


@pytest.mark.parametrize("got, expected", [
    ({("a", 8, 0): {"per_s": 50.0}, ("b", 8, 0): {"per_s": 100.0}}, 0.5),
    ({("a", 8, 0): {"per_s": 50.0}, ("b", 8, 1): {"per_s": 100.0}}, None),  # never in one round
    ({("a", 8, r): {"per_s": 10.0 * (r + 1)} for r in range(3)}
     | {("b", 8, r): {"per_s": 20.0} for r in range(3)}, 1.0),  # 0.5, 1.0, 1.5
])
def test_round_ratio(got: dict, expected: Optional[float]) -> None:
    assert round_ratio(got, "a", "b", 8, "per_s", rounds=3) == pytest.approx(expected)


@pytest.mark.parametrize("latencies, size, expected", [
    ([1.0, 2.0, 3.0, 40.0, 50.0, 60.0], 3, (2.0, 50.0)),
    ([1.0, 2.0, 3.0, 40.0, 50.0], 3, (2.0, 45.0)),  # a shorter last block
    ([10.0] * 9 + [900.0], 10, (10.0,)),  # one slow turn does not move its block
    ([], 10, ()),
])
def test_block_medians(latencies: Sequence[float], size: int, expected: Tuple[float, ...]) -> None:
    assert block_medians(latencies, size) == pytest.approx(expected)
