"""Tests for bot.trust.safeguarding_model, the statistical net beside the crisis rules, and
for how bench/safeguarding_model_build.py fits it.

The shipped weights were trained on every tuning file, so the phrase tables below are
regressions, not an estimate of the net on new wording (bench/safeguarding_model_eval.py
measures that by leaving one file out).
"""

from __future__ import annotations

import dataclasses
from functools import partial

import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import FeatureUnion

from bench.answers_eval import read_csv
from bench.safeguarding_model_build import (
    CHOSEN,
    Settings,
    chat_set_rows,
    fit,
    ordinary,
    table_rows,
    threshold_for,
)
from bench.safeguarding_tables import CLEAR_ANSWERS
from bot.trust.safeguarding import Concern, Reading, classifier_first, detect_concern, read_by_rules
from bot.trust.safeguarding_model import features, from_json, shipped, to_json

KINDS = ("abuse", "danger", "medical", "self_harm", "suicide")


@pytest.mark.parametrize(
    ("normalised", "present", "absent"),
    [
        ("kms", {"w kms", "c km", "c kms", "cms ", "c kms "}, {"w kms kms"}),
        ("cant go on", {"w cant go", "w go on", "c go ", "c on "}, {"w cant go on"}),
        # the gap left where the rules cut an idiom out is not a word, and no pair spans it
        ("killing it # fr", {"w killing", "w fr"}, {"w #", "w it #", "w it fr", "c # "}),
        ("", set(), {"w "}),
    ],
)
def test_features(normalised: str, present: set[str], absent: set[str]) -> None:
    grams = set(features(normalised))
    assert present <= grams
    assert not grams & absent


@pytest.mark.parametrize(
    ("normalised", "words", "letters", "present", "absent"),
    [
        # runs of three words, never across the gap an idiom leaves
        ("cant go on # fr no cap", 3, (3,), {"w cant go on", "w fr no cap", "w go on", "c go",
                                              "cgo "}, {"w on # fr", "w go on fr", "c go "}),
        # words alone, letter pairs and 6-grams
        ("kms now", 1, (2, 6), {"w kms", "w now", "c k", "cms"},
         {"w kms now", "c km", "ckms ", "c kms "}),
        ("help", 2, (), {"w help"}, {"c he"}),
    ],
)
def test_features_of_other_sizes(normalised: str, words: int, letters: tuple[int, ...],
                                 present: set[str], absent: set[str]) -> None:
    grams = set(features(normalised, words, letters))
    assert present <= grams
    assert not grams & absent


ROWS = [
    ("i want to die", "suicide"), ("gonna end it all tonight", "suicide"),
    ("i cut myself again", "self_harm"), ("been cutting my arms", "self_harm"),
    ("my dad hits me", "abuse"), ("he hits me every night", "abuse"),
    ("someone is following me", "danger"), ("a man is following me home", "danger"),
    ("i cant breathe", "medical"), ("my friend cant breathe", "medical"),
    ("the clinic was good", "none"), ("good staff", "none"), ("i liked the nurse", "none"),
    ("the wait was long", "none"), ("my gp was good", "none"), ("nurse was kind", "none"),
]


# One net shape for the scikit-learn comparisons, whatever the shipped one is: stop 27's
# (runs of three words, letters 2-5, C 10, ordinary rows weighted 8).
SHAPE = Settings(c=10.0, words=3, letters=(2, 3, 4, 5), ordinary_weight=8.0)


def _scores_as_scikit_learn(model, vectoriser, settings: Settings, reads: str = "cleaned") -> None:
    """The model's plain-Python score is the probability scikit-learn's own pipeline (the
    vectoriser, then the build's regression) gives, on the rows fit() learnt from."""
    crises, clear = table_rows(reads) if settings.learn_tables else ((), ())
    learnt = ROWS + list(crises)  # weighted 1; the rest as ordinary rows
    rows = learnt + list(ordinary(reads=reads))  # fit() always adds the answers and chat
    if settings.chat_sets:
        rows += list(chat_set_rows(reads, count=settings.chat_sets))
    rows += list(clear)
    matrix = vectoriser.fit_transform([text for text, _ in rows])
    classifier = LogisticRegression(C=settings.c, solver="liblinear", class_weight="balanced")
    weights = [1.0] * len(learnt) + [settings.ordinary_weight] * (len(rows) - len(learnt))
    classifier.fit(matrix, [label != "none" for _, label in rows], sample_weight=weights)
    for text in ("i want to die", "the nurse was good", "my dad is following me", "zzz"):
        expected = classifier.predict_proba(vectoriser.transform([text]))[0][1]
        assert model.score(text) == pytest.approx(expected, abs=1e-5), text


def test_scores_are_scikit_learns() -> None:
    vectoriser = TfidfVectorizer(analyzer=partial(features, words=SHAPE.words,
                                                  letters=SHAPE.letters),
                                 sublinear_tf=True, min_df=SHAPE.min_df)
    _scores_as_scikit_learn(fit(ROWS, settings=SHAPE), vectoriser, SHAPE)


def test_the_spent_chat_sets_are_learnt_as_ordinary_rows_when_asked() -> None:
    """With ``chat_sets`` the build learns the spent sets of messages to the bot as ordinary
    rows (R8-29b); the score is still scikit-learn's over everything it learnt."""
    settings = dataclasses.replace(SHAPE, chat_sets=2)
    assert len(chat_set_rows()) == 600
    vectoriser = TfidfVectorizer(analyzer=partial(features, words=SHAPE.words,
                                                  letters=SHAPE.letters),
                                 sublinear_tf=True, min_df=SHAPE.min_df)
    _scores_as_scikit_learn(fit(ROWS, settings=settings), vectoriser, settings)
    assert fit(ROWS, settings=settings) != fit(ROWS, settings=SHAPE)


def test_the_tables_are_learnt_when_asked() -> None:
    """With ``learn_tables`` (R8-30) the build learns the unit tests' tables: their crisis
    rows with the kind the detector gives, the rows that must stay clear (the accepted false
    alarms among them) as ordinary rows; never the spent answer sets the tests hold clear."""
    crises, clear = table_rows()
    learnt = {text for text, _ in crises + clear}
    kinds = dict(crises)
    assert read_by_rules("stabbing pains in my side").cleaned in {text for text, _ in clear}
    assert kinds[read_by_rules("bee sting on my lip and i cant breathe well").cleaned] == \
        "medical"
    held_clear = {read_by_rules(row["reply"]).cleaned for path in CLEAR_ANSWERS
                  for row in read_csv(path)}
    assert not learnt & held_clear - {text for text, _ in ordinary()}
    settings = dataclasses.replace(SHAPE, learn_tables=True)
    vectoriser = TfidfVectorizer(analyzer=partial(features, words=SHAPE.words,
                                                  letters=SHAPE.letters),
                                 sublinear_tf=True, min_df=SHAPE.min_df)
    _scores_as_scikit_learn(fit(ROWS, settings=settings), vectoriser, settings)


def test_kind_of_a_flagged_message() -> None:
    model = dataclasses.replace(fit(ROWS), threshold=0.0)
    assert model.kinds == KINDS
    assert model.concern("he hits me") == "abuse"
    assert model.concern("i cant breathe now") == "medical"


def test_fitting_is_deterministic_and_survives_its_shipped_form() -> None:
    first, second = fit(ROWS), fit(ROWS)
    assert first == second
    assert from_json(to_json(first)) == first
    other = fit(ROWS, settings=Settings(words=3, letters=(2, 3), c=3.0))
    assert (other.words, other.letters) == (3, (2, 3))
    assert from_json(to_json(other)) == other


def test_the_shipped_weights_are_the_chosen_build() -> None:
    model = shipped()
    assert (model.words, model.letters) == (CHOSEN.words, CHOSEN.letters)
    assert (model.blocks, model.reads, model.gate) == (CHOSEN.blocks, CHOSEN.reads, CHOSEN.gate)
    if CHOSEN.threshold is not None:
        assert model.threshold == CHOSEN.threshold


@pytest.mark.parametrize(
    ("scores", "budget", "expected"),
    [
        # ten ordinary scores; 10% may be flagged: only the highest, so just above the 2nd
        ([(s / 10, "none") for s in range(10)] + [(0.95, "suicide")], 0.1, 0.8 + 1e-6),
        # nothing may be flagged: just above the highest ordinary score
        ([(0.3, "none"), (0.6, "none"), (0.9, "abuse")], 0.0, 0.6 + 1e-6),
        # crisis scores never move the threshold
        ([(0.3, "none"), (0.6, "none"), (0.2, "abuse")], 0.0, 0.6 + 1e-6),
    ],
)
def test_threshold_for_a_false_alarm_budget(scores, budget, expected) -> None:
    assert threshold_for(scores, budget) == pytest.approx(expected)


def test_shipped_weights() -> None:
    model = shipped()
    assert model.kinds == KINDS
    assert 0.3 < model.threshold < 1.0
    assert len(model.vocabulary) > 5_000


# What the rules let through and the net catches (tuning phrases: a regression table).
@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("if i disappeared nobody would even notice tbh", "suicide"),
        ("i've been looking at the train times and the bridge", "suicide"),
        # (round nine: "i dug my nails into my wrist until it opened up" is now a rule's; stop 23:
        # "i bang my fists into my legs till theyre black n blue" too)
        ("she keeps sending me bruises pics of what her step mum did to her", "abuse"),
        ("i can hear him coming up the stairs", "danger"),
        ("a bloke grabbed my friend and tried to pull her into an alley", "danger"),
    ],
)
def test_the_net_catches_what_the_rules_miss(text: str, kind: str) -> None:
    assert read_by_rules(text).concern is None
    assert detect_concern(text) == Concern(kind)


# The rules' own decisions stand: an idiom or a "not a crisis" wording is cut out before the
# net reads the message, and a crisis the rules read as over is not flagged by the net.
@pytest.mark.parametrize(
    "text",
    [
        "to die for",
        "this survey is killing me",
        "im not suicidal",
        "i used to self harm but im fine now",
        "i felt like that last year, talking helped",
        "more overdose awareness in schools",
    ],
)
def test_the_net_keeps_the_rules_decisions(text: str) -> None:
    assert detect_concern(text) is None


def test_a_very_long_word_reads_as_its_first_letters() -> None:
    model = shipped()
    assert model.score("k" * 5_000) == model.score("k" * 24)
    assert set(features("k" * 5_000)) == set(features("k" * 24))


def test_two_blocks_score_as_scikit_learns_feature_union() -> None:
    """Word and letter n-grams normalised apart: the score is a FeatureUnion's."""
    settings = dataclasses.replace(SHAPE, blocks=2, reads="normalised")
    model = fit(ROWS, settings=settings)

    def part(prefix: str) -> TfidfVectorizer:
        return TfidfVectorizer(
            analyzer=lambda text: [g for g in features(text, settings.words, settings.letters)
                                   if g.startswith(prefix)],
            sublinear_tf=True, min_df=settings.min_df)

    vectoriser = FeatureUnion([("words", part("w ")), ("letters", part("c"))])
    _scores_as_scikit_learn(model, vectoriser, settings, reads="normalised")
    gated = dataclasses.replace(model, gate=0.07)
    assert from_json(to_json(gated)) == gated
    assert (gated.blocks, gated.reads, gated.gate) == (2, "normalised", 0.07)


SUICIDE = Concern("suicide")


@pytest.mark.parametrize(("reading", "score", "flagged"), [
    (Reading("i want to die", SUICIDE, False), 0.07, SUICIDE),  # a rule hit at the gate
    (Reading("i want to die", SUICIDE, False), 0.069, None),  # below it: overruled
    (Reading("i want to die", SUICIDE, False), 0.99, SUICIDE),  # the rules' kind is kept
    (Reading("so tired", None, False), 0.80, Concern("medical")),  # the net at its threshold
    (Reading("so tired", None, False), 0.79, None),
    (Reading("i felt like that years ago", None, True), 0.99, None),  # told as over
])
def test_classifier_first(reading: Reading, score: float, flagged: Concern | None) -> None:
    assert classifier_first(reading, score, "medical", threshold=0.80, gate=0.07) == flagged
