"""How much do the safeguarding rules add, on new writers, over a plain learned classifier?

Run: .venv/bin/python bench/safeguarding_plain.py tests/data/safeguarding_heldout_v17.csv ...
     (no file: the out-of-fold figures over the spent blind sets only)

A measurement, not a candidate: nothing here is wired into the product. The question
(Q8-27, stop 27, written before any held-out figure of it) is whether twenty-six rounds of
rules, each tuned on spent blind sets, decide new writers' messages better than the plainest
learned classifier trained on the same material.

The classifier, fixed before it was scored: the message lower-cased; TF-IDF of word 1-3
grams and of character 2-5 grams within words (each sublinear, the characters' seen in at
least 2 messages); logistic regression, C 10, classes balanced. Material: every tuning file
of bench/safeguarding_eval.TUNING as it was in stop 27 (the team's phrase files and the blind
sets spent then, v1-v16; v17-v26, spent in stop 28, were the sets Q8-27 was measured on).
Threshold: each spent blind set left out in turn (the classifier fitted on everything else),
the score at which the pooled out-of-fold false alarms are 5%.

Printed for the files given (held-out sets: figures only, never a phrase), pooled: the
shipped detector (`detect_concern`); the classifier alone at that threshold; the shipped
rules with the classifier in place of the shipped net (flagged when the rules flag, or when
they neither flag nor read the crisis as over and the classifier's score reaches the
threshold); and the classifier's recall at the shipped detector's own false-alarm rate on
those files (a matched comparison: that threshold is read off the files measured, so it
judges nothing and is never a setting).
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.pipeline import FeatureUnion, make_union  # noqa: E402

from bench.safeguarding_eval import TUNING, load  # noqa: E402
from bench.safeguarding_net_choice import pooled  # noqa: E402
from bot.trust.safeguarding import detect_concern, read_by_rules  # noqa: E402

FALSE_ALARMS = 0.05
Rows = list[tuple[str, str]]


def features() -> FeatureUnion:
    return make_union(
        TfidfVectorizer(ngram_range=(1, 3), sublinear_tf=True),
        TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), sublinear_tf=True, min_df=2),
    )


def fitted(rows: Rows) -> tuple[FeatureUnion, LogisticRegression]:
    union = features()
    matrix = union.fit_transform([text.lower() for text, _ in rows])
    labels = np.array([label != "none" for _, label in rows])
    model = LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced")
    return union, model.fit(matrix, labels)


def scores(trained: tuple[FeatureUnion, LogisticRegression], rows: Rows) -> np.ndarray:
    union, model = trained
    return model.predict_proba(union.transform([text.lower() for text, _ in rows]))[:, 1]


def threshold(by_file: dict[str, Rows]) -> float:
    """The out-of-fold score at which FALSE_ALARMS of the blind sets' ordinary rows flag."""
    blind = [name for name in by_file if "heldout" in name]
    ordinary: list[float] = []
    crisis: list[float] = []
    for left in blind:
        trained = fitted([row for name, rows in by_file.items() if name != left for row in rows])
        for score, (_, label) in zip(scores(trained, by_file[left]), by_file[left], strict=True):
            (ordinary if label == "none" else crisis).append(float(score))
    cut = float(np.quantile(ordinary, 1 - FALSE_ALARMS))
    recall = float(np.mean([score >= cut for score in crisis]))
    print(f"out of fold over {len(blind)} spent blind sets: threshold {cut:.4f}, recall {recall:.3f}"
          f" at false alarms {np.mean([score >= cut for score in ordinary]):.3f}")
    return cut


def line(name: str, decisions: list[tuple[str, bool]]) -> None:
    recall, alarms, missed, flagged = pooled(decisions)
    print(f"  {name:<34} recall {recall:.3f} ({missed} missed), false alarms {alarms:.3f} ({flagged})")


# Q8-27's material: the tuning files of stop 27.
MATERIAL = tuple(path for path in TUNING if path.name not in {
    f"safeguarding_heldout_v{n}.csv" for n in range(17, 27)})


def main(argv: list[str]) -> int:
    by_file = {path.name: load(path) for path in MATERIAL}
    cut = threshold(by_file)
    measured = [Path(arg) for arg in argv[1:]]
    if not measured:
        return 0
    trained = fitted([row for rows in by_file.values() for row in rows])
    rows = [row for path in measured for row in load(path)]
    print(f"files: {', '.join(path.name for path in measured)} ({len(rows)} phrases)")
    report("classifier", scores(trained, rows), cut, rows, shipped(rows))
    return 0


def shipped(rows: Rows) -> float:
    """The shipped detector's figures on the rows printed; its false-alarm rate returned."""
    labels = [label for _, label in rows]
    decisions = list(zip(labels, (detect_concern(text) is not None for text, _ in rows),
                         strict=True))
    line("shipped detector", decisions)
    return pooled(decisions)[1]


def report(name: str, score: np.ndarray, cut: float, rows: Rows, shipped_alarms: float) -> None:
    """A classifier's figures on the rows: alone at `cut`; in the shipped net's place under
    the rules (flagged when the rules flag, or when they neither flag nor read the crisis as
    over and the score reaches `cut`); and alone at the shipped detector's false-alarm rate."""
    labels = [label for _, label in rows]
    readings = [read_by_rules(text) for text, _ in rows]
    line(f"{name} alone", list(zip(labels, (s >= cut for s in score), strict=True)))
    line(f"rules, {name} for the net", [
        (label, reading.concern is not None or (not reading.over and s >= cut))
        for label, reading, s in zip(labels, readings, score, strict=True)])
    ordinary = np.array([s for s, label in zip(score, labels, strict=True) if label == "none"])
    matched = float(np.quantile(ordinary, 1 - shipped_alarms))
    line(f"{name} at the shipped FA", list(zip(labels, (s >= matched for s in score),
                                                strict=True)))


if __name__ == "__main__":
    sys.exit(main(sys.argv))
