"""bench/safeguarding_net_choice.py: each spent blind file is judged by a net that never saw it
(nor a phrase it holds), the combined decision is detect_concern's, the criterion picks as its
docstring says, and the fold fits score as the build's fit does."""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pytest

from bench import safeguarding_model_build as build
from bench import safeguarding_net_choice as choice
from bench.safeguarding_model_build import Settings, fit, ordinary
from bench.safeguarding_net_choice import (
    Counts,
    Verdict,
    choose,
    combined,
    judge,
    plan,
    pooled,
    training_rows,
)


def test_a_blind_file_is_left_out_of_its_outer_net_and_of_every_inner_fold() -> None:
    outer, inner = plan(["a.csv", "b.csv", "c.csv"], "b.csv")
    assert outer == {"b.csv"}
    assert inner == [("a.csv", {"a.csv", "b.csv"}), ("c.csv", {"b.csv", "c.csv"})]
    # a blind file the composition does not train on: every training file is an inner fold
    outer, inner = plan(["a.csv", "c.csv"], "v9.csv")
    assert outer == {"v9.csv"}
    assert [name for name, _ in inner] == ["a.csv", "c.csv"]


def test_a_phrase_a_left_out_file_holds_is_not_learnt_from_another_file() -> None:
    groups = [("a.csv", [("i cant go on", "suicide"), ("good staff", "none")]),
              ("b.csv", [("he hits me", "abuse")])]
    by_name = dict(groups) | {"v9.csv": [("i cant go on", "suicide")]}
    assert training_rows(groups, frozenset({"v9.csv"}), by_name) == [
        ("good staff", "none"), ("he hits me", "abuse")]
    assert training_rows(groups, frozenset({"a.csv"}), by_name) == [("he hits me", "abuse")]


@pytest.mark.parametrize(
    ("rules", "over", "score", "flagged"),
    [
        (True, False, 0.0, True),  # the rules flag it: the net is not asked
        (False, True, 0.99, False),  # the rules read a crisis told as over: the net may not flag
        (False, False, 0.90, True),  # the net at its threshold
        (False, False, 0.89, False),
    ],
)
def test_combined_is_detect_concerns_decision(rules, over, score, flagged) -> None:
    assert combined(Verdict("x", "suicide", rules, over), score, 0.90) is flagged


def test_pooled_figures() -> None:
    assert pooled([("suicide", True), ("abuse", False), ("none", True), ("none", False),
                   ("none", False), ("none", False)]) == (0.5, 0.25, 1, 1)


def test_the_criterion() -> None:
    shipped, quieter, louder, same = (Settings(), Settings(c=3.0), Settings(budget=0.06),
                                      Settings(words=3))
    results = {shipped: (0.90, 0.020, 10, 20), quieter: (0.92, 0.019, 8, 19),
               louder: (0.97, 0.040, 3, 40), same: (0.92, 0.019, 8, 19)}
    # the loudest catches most but flags more than the shipped net: not allowed
    assert choose(results, shipped) == quieter  # a tie with `same`: the earlier
    results[same] = (0.92, 0.015, 8, 15)
    assert choose(results, shipped) == same  # a tie on recall: fewer false alarms
    assert choose({shipped: (0.9, 0.02, 1, 2)}, shipped) == shipped
    # a tie on both with the shipped one, listed after it or before: the shipped one
    assert choose({same: (0.9, 0.02, 1, 2), shipped: (0.9, 0.02, 1, 2)}, shipped) == shipped


class Memory:
    """A stand-in net: scores 1 a text whose first word begins a crisis it learnt, else 0."""

    def __init__(self, texts: Sequence[str], shape: Settings) -> None:
        pass

    def fit(self, rows):
        firsts = {text.split()[0] for text, label in rows if label != "none"}
        return lambda texts: np.array([float(text.split()[0] in firsts) for text in texts])


def test_no_blind_file_is_judged_by_a_net_that_learnt_its_phrases(monkeypatch) -> None:
    monkeypatch.setattr(choice, "Counts", Memory)
    monkeypatch.setattr(choice, "ordinary", lambda: ())
    groups = [("a.csv", [("i cant go on", "suicide"), ("good staff", "none")]),
              ("b.csv", [("he hits me", "abuse"), ("he hits me", "abuse"), ("ok", "none")]),
              ("v1.csv", [("kms", "suicide"), ("fine", "none")])]
    verdicts = {
        # its crisis phrases are learnt elsewhere (file a) or from itself (v1): never caught
        "v1.csv": [Verdict("kms", "suicide", False, False),
                   Verdict("i cant go on", "suicide", False, False),
                   Verdict("fine", "none", False, False)],
        # not a training file; "he ..." is learnt from b
        "v2.csv": [Verdict("he hurts me", "abuse", False, False),
                   Verdict("kms", "suicide", False, True),  # read as over: not flagged
                   Verdict("zzz", "none", True, False)],  # the rules flag it
    }
    decided = judge(Settings(), groups, verdicts, (0.0,))
    assert decided[0.0] == [("suicide", False), ("suicide", False), ("none", False),
                            ("abuse", True), ("suicide", False), ("none", True)]


ROWS = [
    ("i want to die", "suicide"), ("gonna end it all tonight", "suicide"),
    ("i cut myself again", "self_harm"), ("been cutting my arms", "self_harm"),
    ("my dad hits me", "abuse"), ("he hits me every night", "abuse"),
    ("the clinic was good", "none"), ("good staff", "none"), ("i liked the nurse", "none"),
    ("the wait was long", "none"), ("my gp was good", "none"), ("nurse was kind", "none"),
]


@pytest.mark.parametrize("shape", [Settings(), Settings(words=3, letters=(2, 3), c=3.0)])
def test_the_folds_score_as_the_build_does(shape: Settings) -> None:
    rows = ROWS + list(ordinary())
    probes = ["i want to die", "the nurse was good", "my dad is following me", "zzz"]
    counts = Counts(sorted({text for text, _ in rows} | set(probes)), shape)
    model = fit(ROWS, kinds=False, settings=shape)
    scores = counts.fit(rows)(probes)
    for text, score in zip(probes, scores, strict=True):
        assert model.score(text) == pytest.approx(score, abs=1e-4), text


@pytest.mark.parametrize("settings", [
    Settings(budget=0.015, c=3.0, words=3, letters=(3, 4), unseen=(8, 9, 10, 15, 16)),
    Settings(budget=0.02, c=30.0, unseen=()),  # learns from every spent blind set
])
def test_a_stopped_runs_printed_lines_read_back(settings: Settings) -> None:
    line = f"  {choice.describe(settings)}: recall 0.9744 (55 missed), false alarms 0.0638 (114)"
    assert choice.printed(["noise", line]) == {settings: (0.9744, 0.0638, 55, 114)}
    # What a run prints is what is read back.
    assert choice.printed([choice.line(settings, (0.9744, 0.0638, 55, 114))]) == {
        settings: (0.9744, 0.0638, 55, 114)}


@pytest.mark.parametrize(
    ("settings", "learnt"),
    [
        (build.STOP_23, range(1, 8)),
        (build.STOP_24, range(1, 13)),
        (build.STOP_25, range(1, 15)),
        (build.STOP_27W, range(1, 17)),  # the shipped net: v17-v26 were spent after it
        (build.STOP_28B, range(1, 27)),  # v45-v48 were spent after it
        (build.STOP_29_BASE, range(1, 27)),
        (build.STOP_29B_BASE, (*range(1, 27), *range(45, 49))),
        (Settings(), (*range(1, 27), *range(45, 49))),  # every spent blind set
        (Settings(unseen=(*range(8, 13), 15, 16)),
         (*range(1, 8), 13, 14, *range(17, 27), *range(45, 49))),
    ],
)
def test_which_spent_blind_sets_a_build_learns_from(settings, learnt) -> None:
    names = {path.name for path in build.training(settings)}
    blind = {f"safeguarding_heldout{'' if n == 1 else f'_v{n}'}.csv" for n in learnt}
    assert {name for name in names if "heldout" in name} == blind
    assert {"safeguarding_phrases.csv", "safeguarding_phrases_fresh.csv"} <= names


def test_a_build_cannot_leave_out_a_set_still_held_out() -> None:
    with pytest.raises(ValueError, match="safeguarding_heldout_v27.csv"):
        build.training(Settings(unseen=(26, 27)))
