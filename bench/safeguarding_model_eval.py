"""How the safeguarding net generalises to wording it was not trained on: leave one file out.

Run: .venv/bin/python bench/safeguarding_model_eval.py [--rules-before]   (~6 min, 2 cores)
     .venv/bin/python bench/safeguarding_model_eval.py --probe   (round eleven's probe, once)

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
Never reads a held-out set.
"""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.safeguarding_eval import DATA, load  # noqa: E402
from bench.safeguarding_model_build import (  # noqa: E402
    TRAINING,
    files,
    fit,
    out_of_fold,
    threshold_for,
)
from bot.trust.safeguarding import detect_concern  # noqa: E402

PROBE = DATA / "safeguarding_phrases_round11.csv"
DETECTORS = ("rules", "net", "either")


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
    """For each row: its label and whether each detector flags it (the rules as they are
    now, or as they were in `rules_then`)."""
    rows = []
    for i, ((text, label), (clean, _)) in enumerate(zip(raw, normalised, strict=True)):
        rules = detect_concern(text) is not None if rules_then is None else rules_then[i]
        net = model.score(clean) >= model.threshold
        rows.append({"label": label, "rules": rules, "net": net, "either": rules or net})
    return rows


def summary(rows: list[dict]) -> str:
    crisis = [row for row in rows if row["label"] != "none"]
    ordinary = [row for row in rows if row["label"] == "none"]
    parts = []
    for name in DETECTORS:
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
                   for name in DETECTORS]
        print(f"  {kind} ({totals[kind]}): " + ", ".join(figures))


def leave_one_file_out(paths: tuple[Path, ...], before: bool) -> list[dict]:
    """Every fold's rows; with `before`, the rules of each fold are those of the commit before
    its file, and folds whose file came with the rules are scored but not pooled."""
    groups = files(paths)
    pooled = []
    for (name, normalised), path in zip(groups, paths, strict=True):
        training = [group for group in groups if group[0] != name]
        threshold = threshold_for(out_of_fold(training))  # before the fold is looked at
        model = fit([row for _, rows in training for row in rows])
        model = dataclasses.replace(model, threshold=threshold)
        then = rules_before(path) if before else None
        rows = verdicts(model, load(path), normalised, then)
        print(f"{name} (threshold {threshold:.3f}): {summary(rows)}", flush=True)
        if not before or then is not None:
            pooled += rows
    return pooled


def main(argv: list[str]) -> int:
    tuning = tuple(path for path in TRAINING if path != PROBE)
    if "--probe" in argv:
        groups = files(tuning)
        threshold = threshold_for(out_of_fold(groups))
        model = fit([row for _, rows in groups for row in rows])
        model = dataclasses.replace(model, threshold=threshold)
        rows = verdicts(model, load(PROBE), files((PROBE,))[0][1])
        print(f"{PROBE.name} (threshold {threshold:.3f}): {summary(rows)}")
    else:
        rows = leave_one_file_out(tuning, before="--rules-before" in argv)
        print(f"pooled over the folds: {summary(rows)}")
    print("recall by kind, pooled:")
    per_kind(rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
