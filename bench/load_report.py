"""bench/load.py's figures from what it measured, and its printed report."""

from __future__ import annotations

import argparse
from collections import defaultdict
from statistics import median
from typing import Any, Dict, List, Sequence

from bench.figures import Target, block_medians, growth, round_ratio, verdict, windows_for
from bench.patients import Phase, counted, print_phases

SET_UPS = ("replicas", "single")
TARGETS: Dict[str, Target] = {
    "replicas_vs_single": ("2 replicas on PG ÷ 1 on SQLite, turns/s", ">=", 0.8),
    "errors_at_most": ("errors at the largest N", "<=", 0),
    "long_growth": ("long conversation: late ÷ early median", "<=", 1.3),
}


def ratios(runs: Sequence[Phase], patients: Sequence[int], rounds: int) -> Dict[str, float]:
    """At each N, the median over rounds of each ratio within a round."""
    got, out = counted(runs), {}
    pairs = {"replicas_vs_single": ("replicas", "single", "per_s"),
             "p95_replicas_vs_single": ("replicas", "single", "p95_ms"),
             "replicas_vs_parse": ("replicas", "parse", "per_s"),
             "single_vs_parse": ("single", "parse", "per_s")}
    for n, (key, (mine, theirs, figure)) in ((n, pair) for n in patients for pair in pairs.items()):
        found = round_ratio(got, mine, theirs, n, figure, rounds)
        if found is not None:
            out[f"{key}_n{n}"] = round(found, 3)
    return out


def costs(runs: Sequence[Phase], patients: Sequence[int]) -> Dict[str, float]:
    """CPU milliseconds a turn of each process (and of each kind of process, replicas
    together) at each N, the median over rounds; and each one's peak RSS."""
    per_turn: Dict[str, List[float]] = defaultdict(list)
    rss: Dict[str, float] = defaultdict(float)
    for run in (r for r in runs if not r.warmup and r.name in SET_UPS and r.figures["count"]):
        kinds: Dict[str, float] = defaultdict(float)
        for key, value in run.figures.items():
            if key.endswith("_cpu_s") and key != "client_cpu_s":
                process = key[:-len("_cpu_s")]
                ms = value * 1000 / run.figures["count"]
                per_turn[f"{run.name}_n{run.patients}_{process}_cpu_ms_per_turn"].append(ms)
                if process[-1].isdigit():  # one of the replicas' (rasa1, action2)
                    kinds[process.rstrip("0123456789")] += ms
                rss_key = f"{run.name}_{process}_max_rss_mib"
                rss[rss_key] = max(rss[rss_key], run.figures[f"{process}_peak_rss_mib"])
        if run.name == "replicas":
            for kind, ms in kinds.items():
                per_turn[f"replicas_n{run.patients}_{kind}_all_cpu_ms_per_turn"].append(ms)
    return {**{key: round(median(values), 2) for key, values in per_turn.items()}, **rss}


def long_figures(long: Dict[str, Any]) -> Dict[str, Any]:
    out: Dict[str, Any] = {"long_gap_s": long["gap_s"],
                             "long_replicas_tracker_events": long["replicas_tracker_events"]}
    for name, latencies in long["latencies"].items():
        if isinstance(latencies, BaseException):
            continue
        early, late = windows_for(len(latencies))
        out.update({f"long_{name}_growth": round(growth(latencies, early, late), 3),
                    f"long_{name}_early_median_ms": round(median(latencies[early[0] - 1:early[1]]), 1),
                    f"long_{name}_late_median_ms": round(median(latencies[late[0] - 1:late[1]]), 1),
                    f"long_{name}_turn10_ms": round(latencies[9], 1),
                    f"long_{name}_last_turn_ms": round(latencies[-1], 1),
                    f"long_{name}_medians_by_10_ms": [round(m, 1) for m in block_medians(latencies)]})
    return out


def storage_figures(stored: Dict[str, int], runs: Sequence[Phase]) -> Dict[str, float]:
    """PostgreSQL's rows and bytes a consultation (bytes include each table's indexes and
    its first pages, so they are an overestimate for a short run)."""
    played = sum(r.played for r in runs if r.name == "replicas")
    each = {key: value for key, value in stored.items() if key not in ("connections", "database_bytes")}
    return {**{f"pg_{key}": value for key, value in stored.items()},
            **{f"pg_{key}_per_consultation": round(value / played, 1)
               for key, value in each.items() if played}}


def summarise(measured: Dict[str, Any], args: argparse.Namespace) -> Dict[str, Any]:
    runs: List[Phase] = measured["runs"]
    most = max(args.patients)
    found: Dict[str, Any] = {f"{r.name}_n{r.patients}_r{r.round + 1}_{k}": v
                             for r in runs if not r.warmup for k, v in r.figures.items()}
    found.update({**ratios(runs, args.patients, args.rounds), **costs(runs, args.patients),
                  **long_figures(measured["long"]), **storage_figures(measured["storage"], runs),
                  "errors_at_most": sum(len(r.errors) for r in runs if r.patients == most)})
    return found


def print_report(measured: Dict[str, Any], found: Dict[str, Any], args: argparse.Namespace,
                 errors: int) -> None:
    print_phases(measured["runs"])
    print("(replicas: through nginx to two Rasa + two action servers on PostgreSQL and Redis; "
          "single: one of each on SQLite; parse: the single Rasa server's /model/parse; "
          "postgres: this database's backends; redis: the whole shared server; "
          "client: this script with the fake Twilio API)")
    if measured["runs"]:
        print_costs(found, args)
    for name in SET_UPS:
        if f"long_{name}_growth" in found:
            blocks = " ".join(f"{m:.0f}" for m in found[f"long_{name}_medians_by_10_ms"])
            print(f"long conversation, {name}: {args.long_turns} turns, one every "
                  f"{found['long_gap_s']:.2f} s; median of turns 5-15 "
                  f"{found[f'long_{name}_early_median_ms']:.0f} ms, of the last eleven "
                  f"{found[f'long_{name}_late_median_ms']:.0f} ms (turn 10 "
                  f"{found[f'long_{name}_turn10_ms']:.0f}, last {found[f'long_{name}_last_turn_ms']:.0f}); "
                  f"medians of each 10 turns: {blocks}")
    print(f"Rasa's record of the long conversation on PostgreSQL (events kept): "
          f"{found['long_replicas_tracker_events']}\n")
    for n in args.patients:
        print(f"N={n:<3} {TARGETS['replicas_vs_single'][0] + ' >= 0.8':<50} "
              f"{verdict(found.get(f'replicas_vs_single_n{n}'), TARGETS['replicas_vs_single'])}")
    print(f"N={max(args.patients):<3} {TARGETS['errors_at_most'][0] + ' = 0':<50} "
          f"{verdict(found['errors_at_most'], TARGETS['errors_at_most'])}")
    for name in SET_UPS:
        print(f"{name:<8} {TARGETS['long_growth'][0] + ' <= 1.3':<48} "
              f"{verdict(found.get(f'long_{name}_growth'), TARGETS['long_growth'])}")
    print(f"errors = 0: {errors} {'PASS' if errors == 0 else 'MISS'}")


def print_costs(found: Dict[str, Any], args: argparse.Namespace) -> None:
    """CPU ms a turn and peak RSS of each process; PostgreSQL a consultation."""
    for n in args.patients:
        for name in SET_UPS:
            prefix = f"{name}_n{n}_"
            cost = ", ".join(f"{key[len(prefix):-len('_cpu_ms_per_turn')]} {value:.2f}"
                             for key, value in found.items()
                             if key.startswith(prefix) and key.endswith("_cpu_ms_per_turn"))
            print(f"CPU ms a turn, N={n:<3} {name:<8}: {cost}")
    rss = ", ".join(f"{key[:-len('_max_rss_mib')]} {value:.0f}" for key, value in found.items()
                    if key.endswith("_max_rss_mib"))
    print(f"peak RSS MiB: {rss}")
    print("PostgreSQL a consultation (11 turns): " + ", ".join(
        f"{key[3:-len('_per_consultation')]} {value:,.0f}" for key, value in found.items()
        if key.startswith("pg_") and key.endswith("_per_consultation") and value)
        + f"; connections open {found.get('pg_connections')}")
