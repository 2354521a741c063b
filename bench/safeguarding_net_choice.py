"""Which safeguarding net to build: each candidate judged by leaving one spent blind set out.

Run: .venv/bin/python bench/safeguarding_net_choice.py [--jobs=2]   (~15 min on 2 idle cores)
     .venv/bin/python bench/safeguarding_net_choice.py --from=RUN.log   (the table and the
     choice among the candidates a run printed, when it was stopped before the end)

The spent blind sets (BLIND: tests/data/safeguarding_heldout.csv, _v2 ... _v16) were written
blind by outsiders, so each is the best stand-in for a new writer; the other phrase files were
written by the team. For each candidate (CANDIDATES: bench/safeguarding_model_build.Settings:
the spent blind sets the net does not learn from, the false-alarm budget its threshold is
chosen for, its word and letter n-grams, C) and each blind file B in turn, the net is built as
the build builds it, without B: fitted on the candidate's training files but B (and but any phrase
B holds, wherever else it appears), its threshold chosen on those files alone by leaving one
of them out at a time (the lowest score flagging at most the budget's share of the left-out
files' ordinary phrases). Then the COMBINED detector decides each row of B as detect_concern
does: flagged when the rules flag it, or when the rules neither flag it nor read it as over
and the net's score reaches the threshold. Printed: each candidate's crisis recall and
false-alarm rate pooled over the blind files, out of fold.

The rules are as they are, tuned on every spent set: their part of each figure is an upper
bound, the same for every candidate, so the differences between candidates are the net's.

The criterion, fixed before any candidate was scored (stop 24's, now over v1-v16): of the
candidates whose pooled false alarms are no more than those of the configuration shipped
before (SHIPPED_BEFORE: stop 25's choice; in stop 25, stop 24's; in stop 24, stop 23's), the
one with the fewest crises missed pooled; on a tie, the one with fewer false alarms; then the
shipped one; then the first in CANDIDATES (listed nearest the shipped one first).
A choice whose built weights exceed 2 MB, or whose detector takes more than 20% longer a
message than the shipped one (bench/safeguarding_model_eval.py --speed), is set aside for
the next by the same order.

Stop 24's run (the figures in bench/README.md) shared the machine with three other rounds
(load 8-9 on 2 cores, about 15 minutes a job): as decided when the first job was in, and
before any other was, the candidates not finished by 15:58 UTC were left out of the choice.
Stop 25's (v13 and v14 spent, a fold each) had the shipped net, it trained on v13 and v14
too, that at C 10 and 100 and words 1-3, and without v8-v12. Stop 26's (v15 and v16 spent, a
fold each) has the candidates of SHAPES below; decided before the run started (23:53 UTC), the
candidates not finished by 01:00 UTC are left out of the choice.

The folds are fitted on matrices (``Counts``): the build's TF-IDF and logistic regression, with
each n-gram's counts taken once per setting of n-grams instead of once per fit; the scores
are the build's (tests/unit/test_safeguarding_net_choice.py). Never reads a held-out set.
"""

from __future__ import annotations

import dataclasses
import re
import sys
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402
from sklearn.feature_extraction.text import CountVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402
from sklearn.preprocessing import normalize  # noqa: E402

from bench.safeguarding_eval import is_held_out, load  # noqa: E402
from bench.safeguarding_model_build import (  # noqa: E402
    SHIPPED_BEFORE,
    Settings,
    _features,
    blind_set,
    files,
    ordinary,
    threshold_for,
    training,
    training_rows,
)
from bot.trust.safeguarding import read_by_rules  # noqa: E402

BLIND = tuple(blind_set(version) for version in range(1, 17))
BUDGETS = (0.01, 0.015, 0.02, 0.025, 0.03, 0.04)
# Stop 26's candidates (stop 24's and 25's in bench/README.md): the shipped net (stop 25's
# choice), then the same trained on the spent v15 and v16 too, then that at C 10 and C 100; each
# at every budget (the budgets cost nothing more: one fit serves them all). Four shapes: two
# rounds of two jobs on the shared 2 cores.
SHAPES = (
    SHIPPED_BEFORE,
    dataclasses.replace(SHIPPED_BEFORE, unseen=()),
    dataclasses.replace(SHIPPED_BEFORE, unseen=(), c=10.0),
    dataclasses.replace(SHIPPED_BEFORE, unseen=(), c=100.0),
)
CANDIDATES = tuple(dataclasses.replace(shape, budget=budget)
                   for shape in SHAPES for budget in BUDGETS)

Row = tuple[str, str]  # (text as the net reads it, label)
Group = tuple[str, list[Row]]  # (file name, rows)


@dataclasses.dataclass(frozen=True)
class Verdict:
    """What the rules made of a blind row: the net's text, and whether the rules decided."""
    cleaned: str
    label: str
    rules: bool  # the rules flag it
    over: bool  # the rules found a crisis told only as over: the net may not flag it


def combined(verdict: Verdict, score: float, threshold: float) -> bool:
    """Whether detect_concern flags the row (the rules, then the net for what they let by)."""
    return verdict.rules or (not verdict.over and score >= threshold)


def plan(training_names: Sequence[str], blind: str
         ) -> tuple[frozenset[str], list[tuple[str, frozenset[str]]]]:
    """For blind file `blind` left out: the files the outer net leaves out, and for each inner
    fold (each training file but `blind`) the files its net leaves out."""
    outer = frozenset({blind})
    return outer, [(name, outer | {name}) for name in training_names if name != blind]


def pooled(decisions: Iterable[tuple[str, bool]]) -> tuple[float, float, int, int]:
    """(recall, false-alarm rate, crises missed, ordinary phrases flagged) of (label, flagged)."""
    crisis = ordinary = missed = flagged = 0
    for label, flag in decisions:
        if label == "none":
            ordinary += 1
            flagged += flag
        else:
            crisis += 1
            missed += not flag
    return 1 - missed / max(crisis, 1), flagged / max(ordinary, 1), missed, flagged


def choose(results: dict[Settings, tuple[float, float, int, int]], baseline: Settings) -> Settings:
    """The criterion of the docstring: highest recall at no more false alarms than `baseline`;
    ties go to fewer false alarms, then to `baseline`, then to the earlier candidate. Every
    candidate is judged on the same rows, so counts compare as rates do (and exactly)."""
    ceiling = results[baseline][3]
    allowed = [(i, s) for i, s in enumerate(results) if results[s][3] <= ceiling]
    return min(allowed, key=lambda item: (results[item[1]][2], results[item[1]][3],
                                          item[1] != baseline, item[0]))[1]


class Counts:
    """Each text's n-gram counts, taken once; fits and scores as the build's ``fit`` does
    (TF-IDF with sublinear counts, n-grams in fewer than min_df rows dropped, L2 norm, then
    liblinear's balanced logistic regression) on any subset of the texts."""

    def __init__(self, texts: Sequence[str], shape: Settings) -> None:
        self.shape = shape
        self.index = {text: i for i, text in enumerate(texts)}
        counter = CountVectorizer(analyzer=partial(_features, words=shape.words,
                                                   letters=shape.letters))
        self.matrix = counter.fit_transform(list(texts)).tocsr()

    def _tfidf(self, texts: Sequence[str], keep: np.ndarray, idf: np.ndarray):
        rows = self.matrix[[self.index[text] for text in texts]][:, keep].astype(np.float64)
        rows.data = np.log(rows.data) + 1.0
        return normalize(rows.multiply(idf).tocsr())

    def fit(self, rows: Sequence[Row]):
        """A scorer: texts -> crisis scores, fitted on `rows`."""
        counts = self.matrix[[self.index[text] for text, _ in rows]]
        df = np.bincount(counts.indices, minlength=counts.shape[1])
        keep = np.flatnonzero(df >= self.shape.min_df)
        idf = np.log((1.0 + len(rows)) / (1.0 + df[keep])) + 1.0
        model = LogisticRegression(C=self.shape.c, solver="liblinear", class_weight="balanced")
        model.fit(self._tfidf([text for text, _ in rows], keep, idf),
                  [label != "none" for _, label in rows])
        return lambda texts: model.predict_proba(self._tfidf(texts, keep, idf))[:, 1]


def judge(shape: Settings, groups: Sequence[Group], verdicts: dict[str, list[Verdict]],
          budgets: Sequence[float]) -> dict[float, list[tuple[str, bool]]]:
    """budget -> (label, flagged) of every blind row, each blind file left out in turn."""
    extra = list(ordinary())  # the build's fit always adds them
    by_name = dict(groups) | {name: [(v.cleaned, v.label) for v in rows]
                              for name, rows in verdicts.items()}
    counts = Counts(sorted({text for rows in by_name.values() for text, _ in rows}
                           | {text for text, _ in extra}), shape)
    fitted: dict[frozenset[str], Callable[[Sequence[str]], np.ndarray]] = {}

    def scorer(left_out: frozenset[str]) -> Callable[[Sequence[str]], np.ndarray]:
        if left_out not in fitted:  # an inner fold of one blind file is one of another's
            fitted[left_out] = counts.fit(training_rows(groups, left_out, by_name) + extra)
        return fitted[left_out]

    decided: dict[float, list[tuple[str, bool]]] = {budget: [] for budget in budgets}
    for blind, rows in verdicts.items():
        outer, inner = plan([name for name, _ in groups], blind)
        scored: list[tuple[float, str]] = []  # the inner folds' out-of-fold scores
        for name, left_out in inner:
            scores = scorer(left_out)([text for text, _ in by_name[name]])
            scored += [(float(s), label) for s, (_, label) in zip(scores, by_name[name],
                                                                  strict=True)]
        scores = scorer(outer)([v.cleaned for v in rows])
        for budget in budgets:
            threshold = threshold_for(scored, budget)
            decided[budget] += [(v.label, combined(v, float(s), threshold))
                                for v, s in zip(rows, scores, strict=True)]
    return decided


def blind_verdicts() -> dict[str, list[Verdict]]:
    """Each spent blind file's rows as the rules read them; a set still held out is refused."""
    verdicts = {}
    for path in BLIND:
        if is_held_out(path):
            raise SystemExit(f"{path.name} is held out: never read here")
        verdicts[path.name] = []
        for text, label in load(path):
            reading = read_by_rules(text)
            verdicts[path.name].append(Verdict(reading.cleaned, label,
                                               reading.concern is not None, reading.over))
    return verdicts


def _job(shape: Settings) -> dict[Settings, tuple[float, float, int, int]]:
    """Every budget's pooled figures for one shape and training composition."""
    decided = judge(shape, files(training(shape)), blind_verdicts(), BUDGETS)
    results = {dataclasses.replace(shape, budget=b): pooled(rows) for b, rows in decided.items()}
    for settings, figures in results.items():
        print(line(settings, figures), flush=True)
    return results


def describe(settings: Settings) -> str:
    return (f"unseen {','.join(map(str, settings.unseen)) or 'none'}, "
            f"budget {settings.budget:.3f}, "
            f"words 1-{settings.words}, letters {','.join(map(str, settings.letters))}, "
            f"C {settings.c:g}")


def line(settings: Settings, figures: tuple[float, float, int, int]) -> str:
    """A candidate's printed line (read back by ``printed``)."""
    recall, alarms, missed, flagged = figures
    return (f"  {describe(settings)}: recall {recall:.4f} ({missed} missed), "
            f"false alarms {alarms:.4f} ({flagged})")


_PRINTED = re.compile(r"\s*unseen ([\d,]+|none), budget ([\d.]+), words 1-(\d+), "
                      r"letters ([\d,]*), C ([\d.]+): recall ([\d.]+) \((\d+) missed\), "
                      r"false alarms ([\d.]+) \((\d+)\)")


def printed(lines: Iterable[str]) -> dict[Settings, tuple[float, float, int, int]]:
    """The figures of the candidates a run printed (``_job``'s lines)."""
    results = {}
    for line in lines:
        if found := _PRINTED.match(line):
            unseen, budget, words, letters, c, recall, missed, alarms, flagged = found.groups()
            settings = Settings(budget=float(budget), c=float(c), words=int(words),
                                letters=tuple(int(n) for n in letters.split(",") if n),
                                unseen=tuple(int(n) for n in unseen.split(",") if n != "none"))
            results[settings] = (float(recall), float(alarms), int(missed), int(flagged))
    return results


def main(argv: list[str]) -> int:
    log = next((a.split("=", 1)[1] for a in argv[1:] if a.startswith("--from=")), None)
    jobs = int(next((a.split("=", 1)[1] for a in argv[1:] if a.startswith("--jobs=")), "2"))
    shapes = list(dict.fromkeys(dataclasses.replace(s, budget=BUDGETS[0]) for s in CANDIDATES))
    results: dict[Settings, tuple[float, float, int, int]] = {}
    if log:
        results = printed(Path(log).read_text(encoding="utf-8").splitlines())
    else:
        with ProcessPoolExecutor(max_workers=jobs) as pool:
            for part in pool.map(_job, shapes):
                results |= part
        rules = pooled((v.label, v.rules) for rows in blind_verdicts().values() for v in rows)
        print(f"\nrules alone: recall {rules[0]:.4f} ({rules[2]} missed), "
              f"false alarms {rules[1]:.4f} ({rules[3]})")
    # in CANDIDATES' order
    results = {settings: results[settings] for settings in CANDIDATES if settings in results}
    print("pooled over the spent blind sets, each left out in turn (the rules and the net):")
    for settings, figures in results.items():
        print(line(settings, figures) + (" (shipped before)" if settings == SHIPPED_BEFORE else ""))
    print(f"chosen: {describe(choose(results, SHIPPED_BEFORE))}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
