"""An experiment, not wired in: a learned veto of the crisis rules' hits, scoring how likely a
phrase the rules flag is only a look-alike (hyperbole, something over, a denial, a game).

    .venv/bin/python bench/safeguarding_veto_build.py                 (out-of-fold figures, ~1 min)
    .venv/bin/python bench/safeguarding_veto_build.py --nested        (and the nested check, ~20 min)
    .venv/bin/python bench/safeguarding_veto_build.py --write=OUT.json.gz   (and the weights)

Stop 23's figures (bench/README.md): out of fold, at zero crises vetoed, the veto stops none of
the 53 look-alikes the rules flag (nested: 1), so detect_concern does not use it.

The veto sees only what the crisis rules flag. Its training rows are the phrases of the net's
training files (bench/safeguarding_eval.py TUNING, batch twelve and round eleven's probe) that
the rules flag, in any category but medical (a plain emergency is never vetoed), labelled
look-alike (the file says "none") or crisis. It is the net's kind of model
(``bot.trust.safeguarding_model``: TF-IDF over the same n-grams of the text as the rules leave
it, then a logistic regression), scoring how likely a flagged phrase is a look-alike.

The threshold is chosen out of fold, leaving one training file out at a time (the files were
written in different batches and styles, so a left-out file stands for new writers), with zero
tolerance: just above the highest look-alike score of any crisis phrase of a left-out file, so
no crisis phrase of any left-out file is vetoed. When that is 1 or more the veto stops nothing
(the threshold is NEVER). With --nested, each file's figures come from a threshold chosen
on the other files alone, its model fitted without it: the honest figure for a new file.
Deterministic: the same files give the same weights, byte for byte. Never reads a held-out set.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sklearn.linear_model import LogisticRegression  # noqa: E402

from bench.safeguarding_eval import TUNING, load  # noqa: E402
from bench.safeguarding_model_build import (  # noqa: E402
    BEYOND_THE_RULES,
    CHOSEN,
    ship,
    training_rows,
    vectoriser,
    vocabulary,
)
from bot.trust.safeguarding import read_by_rules  # noqa: E402
from bot.trust.safeguarding_model import Model  # noqa: E402

# A plain emergency ("he's not breathing") would be signposted whatever the wording around it.
UNVETOED = frozenset({"medical"})
# A threshold no score reaches (scores are 0 to 1): the veto stops nothing.
NEVER = 2.0

C = 1.0  # inverse regularisation strength: fewer than a hundred look-alikes to learn from

Group = tuple[str, list[tuple[str, bool]]]  # file name, (text as the rules leave it, look-alike)


def flagged(paths: tuple[Path, ...]) -> list[Group]:
    """For each file, its phrases the rules flag in a category the veto may stop."""
    groups = []
    for path in paths:
        rows = []
        for text, label in load(path):
            reading = read_by_rules(text)
            if reading.concern is not None and reading.concern.category not in UNVETOED:
                rows.append((reading.cleaned, label == "none"))
        groups.append((path.name, rows))
    return groups


def fit(rows: list[tuple[str, bool]]) -> Model:
    """A look-alike score fitted on (text, look-alike) rows; its threshold is NEVER until chosen."""
    fitted = vectoriser()
    matrix = fitted.fit_transform([text for text, _ in rows])
    lookalike = LogisticRegression(C=C, solver="liblinear", class_weight="balanced")
    lookalike.fit(matrix, [label for _, label in rows])
    return Model(intercept=float(lookalike.intercept_[0]), kinds=(), kind_intercepts=(),
                 vocabulary=vocabulary(fitted, lookalike.coef_[0], [()] * matrix.shape[1]),
                 threshold=NEVER, words=CHOSEN.words, letters=CHOSEN.letters)


def without(groups: list[Group], name: str) -> list[tuple[str, bool]]:
    """The rows of every file but `name`, less any phrase `name` also has."""
    return training_rows(groups, frozenset({name}), dict(groups))


def out_of_fold(groups: list[Group]) -> dict[str, list[tuple[float, bool]]]:
    """file -> (look-alike score, look-alike) of its rows, scored by a model fitted without it."""
    return {name: [(model.score(text), label) for text, label in rows]
            for name, rows in groups for model in [fit(without(groups, name))]}


def threshold_for(scored: dict[str, list[tuple[float, bool]]]) -> float:
    """Just above the highest score of any crisis phrase: zero crises vetoed (NEVER if >= 1)."""
    highest = max(score for rows in scored.values() for score, label in rows if not label)
    return NEVER if highest + 1e-6 >= 1.0 else round(highest + 1e-6, 6)


def vetoed(rows: list[tuple[float, bool]], threshold: float) -> tuple[int, int, int, int]:
    """(look-alikes vetoed, look-alikes, crises vetoed, crises)."""
    lookalikes = [score for score, label in rows if label]
    crises = [score for score, label in rows if not label]
    return (sum(s >= threshold for s in lookalikes), len(lookalikes),
            sum(s >= threshold for s in crises), len(crises))


def report(scored: dict[str, list[tuple[float, bool]]], thresholds: dict[str, float]) -> None:
    totals = [0, 0, 0, 0]
    for name, rows in scored.items():
        counts = vetoed(rows, thresholds[name])
        totals = [a + b for a, b in zip(totals, counts, strict=True)]
        print(f"  {name} (threshold {thresholds[name]:.4f}): look-alikes vetoed {counts[0]} of "
              f"{counts[1]}, crises vetoed {counts[2]} of {counts[3]}")
    print(f"  all files: look-alikes vetoed {totals[0]} of {totals[1]}, "
          f"crises vetoed {totals[2]} of {totals[3]}")


def nested(groups: list[Group]) -> None:
    """Each file scored by a model fitted without it, at a threshold chosen without it."""
    scored, thresholds = {}, {}
    for name, rows in groups:
        others = [group for group in groups if group[0] != name]
        thresholds[name] = threshold_for(out_of_fold(others))
        model = fit(without(groups, name))
        scored[name] = [(model.score(text), label) for text, label in rows]
        print(f"    {name}: threshold chosen without it {thresholds[name]:.4f}", flush=True)
    print("nested (threshold chosen without the file):")
    report(scored, thresholds)


def trained(groups: list[Group]) -> Model:
    """The veto fitted on every group, its threshold chosen leaving one group out (printed)."""
    scored = out_of_fold(groups)
    threshold = threshold_for(scored)
    print(f"out of fold, at the chosen threshold {threshold:.4f}:")
    report(scored, {name: threshold for name in scored})
    return dataclasses.replace(fit([row for _, rows in groups for row in rows]),
                               threshold=threshold)


def main(argv: list[str]) -> int:
    groups = flagged(TUNING + BEYOND_THE_RULES)  # the rules' files, the spent v8-v12 included
    if "--nested" in argv:
        nested(groups)
    model = trained(groups)
    for out in [Path(arg.split("=", 1)[1]) for arg in argv if arg.startswith("--write=")]:
        ship(model, out)
        print(f"{out}: {len(model.vocabulary)} n-grams, {out.stat().st_size / 1024:.0f} KiB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
