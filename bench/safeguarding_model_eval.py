"""How the safeguarding net generalises to wording it was not trained on: leave one file out.

Run: .venv/bin/python bench/safeguarding_model_eval.py [--rules-before]   (~6 min, 2 cores)
     .venv/bin/python bench/safeguarding_model_eval.py --probe   (round eleven's probe, once)
     .venv/bin/python bench/safeguarding_model_eval.py --chat    (NLU examples, ~3 min)
     .venv/bin/python bench/safeguarding_model_eval.py --speed   (time a message, ~1 min)

Each tuning file in turn is the test fold: the net is fitted on the others, its threshold
chosen on those others alone (again leaving one file out at a time, see
bench/safeguarding_model_build.py) before the test fold is scored. Prints recall and false
alarms per fold, then pooled over the folds per crisis kind, for the rules alone, the net
alone and the two together (a message is flagged when either flags it). The rules were tuned
on every file but batch twelve (`_fresh.csv`), so their figures here are an upper bound except
on that fold; the net's are honest for every fold. With --rules-before, each fold's rules
are those of the commit just before its file was first committed (git history), which had
never seen it: an honest "rules, then the net" figure for every fold but the first file's,
which came with the rules and is left out of the pooled figures. With --probe: the net fitted on every
tuning file (threshold chosen the same way) scores round eleven's probe, which it never saw.
With --chat: the NLU model's examples of each intent but crisis, scored by a net fitted
without that intent's examples (at the shipped threshold): false alarms on what patients
write besides answers. Never reads a held-out set.
"""

from __future__ import annotations

import json
import resource
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.safeguarding_eval import DATA, TUNING, load  # noqa: E402
from bench.safeguarding_model_build import (  # noqa: E402
    CHOSEN,
    TRAINING,
    chat,
    files,
    fit,
    trained,
)
from bot.trust.safeguarding import (  # noqa: E402
    classifier_first,
    detect_concern,
    prepare,
    read_by_rules,
)
from bot.trust.safeguarding_model import shipped  # noqa: E402

PROBE = DATA / "safeguarding_phrases_round11.csv"
DETECTORS = ("rules", "net", "either", "rules then", "either then")


def rules_before(path: Path) -> list[bool] | None:
    """Whether the rules as they were just before `path` was first committed (so before
    anyone tuned them on it) flag each of its rows; None when the file came with the rules."""
    added = subprocess.run(
        ["git", "log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(ROOT))],
        cwd=ROOT, capture_output=True, text=True, check=True).stdout.split()[-1]
    changed = subprocess.run(["git", "show", "--format=", "--name-only", added], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout
    if "bot/trust/safeguarding" in changed:
        return None
    with tempfile.TemporaryDirectory() as scratch:
        archive = subprocess.run(["git", "archive", f"{added}^", "bot"], cwd=ROOT,
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", scratch], input=archive, check=True)
        texts = json.dumps([text for text, _ in load(path)])
        flagged = subprocess.run(
            [sys.executable, "-c", "import json, sys; from bot.trust.safeguarding import "
             "detect_concern; print(json.dumps([detect_concern(t) is not None "
             "for t in json.load(sys.stdin)]))"],
            cwd=scratch, input=texts, capture_output=True, text=True, check=True).stdout
    return json.loads(flagged)


def verdicts(model, raw: list[tuple[str, str]], normalised: list[tuple[str, str]],
             rules_then: list[bool] | None = None) -> list[dict]:
    """For each row: its label and whether each detector flags it (with `rules_then`, also
    the rules as they were before the file and those rules or the net)."""
    rows = []
    for i, ((text, label), (clean, _)) in enumerate(zip(raw, normalised, strict=True)):
        reading = read_by_rules(text)
        score = model.score(clean)
        net = score >= model.threshold
        either = classifier_first(reading, score, "", model.threshold, model.gate or 0.0)
        row = {"label": label, "rules": reading.concern is not None, "net": net,
               "either": either is not None}  # as detect_concern decides (gate 0: rules first)
        if rules_then is not None:  # older rules told nothing of "over": the cautious count
            row |= {"rules then": rules_then[i], "either then": rules_then[i] or net}
        rows.append(row)
    return rows


def summary(rows: list[dict]) -> str:
    crisis = [row for row in rows if row["label"] != "none"]
    ordinary = [row for row in rows if row["label"] == "none"]
    parts = []
    for name in [name for name in DETECTORS if name in rows[0]]:
        caught = sum(row[name] for row in crisis)
        flagged = sum(row[name] for row in ordinary)
        parts.append(f"{name} {caught / max(len(crisis), 1):.3f} / "
                     f"{flagged / max(len(ordinary), 1):.3f} ({flagged})")
    return f"{len(crisis)} crisis, {len(ordinary)} ordinary: " + "; ".join(parts)


def per_kind(rows: list[dict]) -> None:
    totals = Counter(row["label"] for row in rows)
    for kind in sorted(totals):
        if kind == "none":
            continue
        figures = [f"{name} {sum(r[name] for r in rows if r['label'] == kind) / totals[kind]:.3f}"
                   for name in DETECTORS if name in rows[0]]
        print(f"  {kind} ({totals[kind]}): " + ", ".join(figures))


def leave_one_file_out(paths: tuple[Path, ...], before: bool) -> tuple[list[dict], list[dict]]:
    """Every fold's rows, and (with `before`) those of the folds whose file did not come with
    the rules, also scored by the rules of the commit before the file."""
    groups = files(paths, CHOSEN.reads)
    pooled, honest = [], []
    for (name, normalised), path in zip(groups, paths, strict=True):
        # threshold chosen on the other files alone, before the fold is looked at
        model = trained([group for group in groups if group[0] != name])
        then = rules_before(path) if before else None
        rows = verdicts(model, load(path), normalised, then)
        print(f"{name} (threshold {model.threshold:.3f}): {summary(rows)}", flush=True)
        pooled += rows
        honest += rows if then is not None else []
    return pooled, honest


def chat_left_out() -> None:
    """Each NLU intent's examples scored by a net fitted without them (the shipped threshold)."""
    groups = files(TRAINING, CHOSEN.reads)
    rows = [row for _, rows in groups for row in rows]
    threshold = shipped().threshold
    flagged_in_all, total = [], 0
    for intent, texts in chat().items():
        model = fit(rows, kinds=False, leave_out=intent)
        flagged = [text for text in texts if read_by_rules(text).concern is None
                   and model.score(read_by_rules(text).for_net(CHOSEN.reads)) >= threshold]
        print(f"  {intent}: {len(flagged)} of {len(texts)} flagged by the net", flush=True)
        flagged_in_all += flagged
        total += len(texts)
    print(f"NLU examples, each intent left out: {len(flagged_in_all)} of {total} flagged by the "
          f"net: {flagged_in_all}")


def speed(rounds: int = 5) -> None:
    """The net's start-up cost, then the time a message of the rules alone and of the whole
    detector (the least of `rounds` runs of each tuning phrase, the two interleaved)."""
    start, memory = time.perf_counter(), resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    shipped()
    print(f"net start-up: {time.perf_counter() - start:.2f} s, peak memory "
          f"+{(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - memory) / 1024:.0f} MiB")
    prepare()
    texts = [text for path in TUNING for text, _ in load(path)]
    best = {"rules": [float("inf")] * len(texts), "whole": [float("inf")] * len(texts)}
    for _ in range(rounds):
        for name, detect in (("rules", read_by_rules), ("whole", detect_concern)):
            for i, text in enumerate(texts):
                start = time.perf_counter()
                detect(text)
                best[name][i] = min(best[name][i], time.perf_counter() - start)
    for name, each in best.items():
        each = sorted(each)
        print(f"{name}: median {each[len(each) // 2] * 1e3:.3f} ms, 95th percentile "
              f"{each[int(len(each) * 0.95)] * 1e3:.3f} ms ({len(texts)} phrases)")


def main(argv: list[str]) -> int:
    tuning = tuple(path for path in TRAINING if path != PROBE)
    if "--speed" in argv:
        speed()
        return 0
    if "--chat" in argv:
        chat_left_out()
        return 0
    if "--probe" in argv:
        model = trained(files(tuning, CHOSEN.reads))
        rows = verdicts(model, load(PROBE), files((PROBE,), CHOSEN.reads)[0][1])
        print(f"{PROBE.name} (threshold {model.threshold:.3f}): {summary(rows)}")
    else:
        rows, honest = leave_one_file_out(tuning, before="--rules-before" in argv)
        print(f"pooled over the folds: {summary(rows)}")
        if honest:
            print(f"pooled over the folds the rules then had not seen: {summary(honest)}")
            per_kind(honest)
    print("recall by kind, pooled:")
    per_kind(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
