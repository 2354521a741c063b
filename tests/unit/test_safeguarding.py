"""Tests for bot.trust.safeguarding.detect_concern and the signposting text.

The labelled phrases in tests/data/safeguarding_phrases.csv,
tests/data/safeguarding_phrases_styles.csv and the batches written on 2026-12-02
(safeguarding_phrases_indirect.csv, _twins.csv, _everyday.csv, _hints.csv) and in issue 8's
round ten (safeguarding_phrases_concepts.csv, _probes.csv) were also
used to tune the lexicon, so the recall and false-alarm thresholds below guard against regressions; they
are not an estimate of performance on new wording.
"""

from __future__ import annotations

import csv
import dataclasses
import threading

import pytest

from bench.safeguarding_eval import PHRASES  # one list of the labelled phrase files
from bot.trust import safeguarding
from bot.trust.safeguarding import Concern, detect_concern
from bot.trust.signposting import SIGNPOSTING
from tests.cpu_time import cpu_seconds
from tests.unit.crisis_reading import clear_unless_known

CATEGORIES = {"suicide", "self_harm", "abuse", "danger", "medical"}


def _load() -> list[tuple[str, str]]:
    rows = []
    for path in PHRASES:
        with path.open(newline="", encoding="utf-8") as handle:
            lines = [line for line in handle if not line.startswith("#")]
        rows += [(row["text"], row["label"]) for row in csv.DictReader(lines)]
    return rows


ROWS = _load()
CRISIS = [text for text, label in ROWS if label != "none"]
ORDINARY = [text for text, label in ROWS if label == "none"]


def test_labelled_set_is_big_and_covers_every_category() -> None:
    labels = {label for _, label in ROWS}
    assert labels == CATEGORIES | {"none"}
    assert len(CRISIS) >= 120
    assert len(ORDINARY) >= 120
    for category in CATEGORIES:
        assert sum(label == category for _, label in ROWS) >= 20, category


def test_recall_on_crisis_phrases() -> None:
    missed = [text for text in CRISIS if detect_concern(text) is None]
    recall = 1 - len(missed) / len(CRISIS)
    assert recall >= 0.98, f"recall {recall:.3f}; missed: {missed}"


def test_false_alarm_rate_on_ordinary_answers() -> None:
    flagged = [text for text in ORDINARY if detect_concern(text) is not None]
    rate = len(flagged) / len(ORDINARY)
    assert rate <= 0.05, f"false-alarm rate {rate:.3f}; flagged: {flagged}"


# Figures of speech that must never show the crisis message.
IDIOMS = [
    "this survey is killing me",
    "I'd die for shorter waits",
    "dying to know",
    "the wait killed me",
    "I nearly died laughing",
    "killer queue",
    "drop dead gorgeous",
    "cut the waiting time",
    "cut down on caffeine",
    "shoot me a text",
    "hurts my eyes",
    "I'm dead",
    "I'm dead lol",
    "im dead 😂",
    "to die for",
    "their chips are to die for",
    "my mum's going to kill me if i miss school",
    "the wait is od long",
    "hit me up on snap",
    "it hit me that nobody would call",
    "killing myself laughing",
    "i cut myself shaving",
    "i hurt myself playing football",
    "i'd rather die than ring at 8am again",
    "i had a panic attack",
    "stabbing pains in my side",
    "in danger of missing my exams",
    "being followed up by the nurse",
    "my referral is overdue",
    "it's 5 kms to the clinic",
]


@pytest.mark.parametrize("text", [clear_unless_known(text) for text in IDIOMS])
def test_idioms_do_not_trigger(text: str) -> None:
    assert detect_concern(text) is None


# Phrases that must always trigger, whatever else changes in the lexicon.
CORE = [
    "i want to die",
    "i want to kill myself",
    "kms",
    "unalive myself",
    "wanna die",
    "i want to end it all",
    "i dont want to be here anymore",
    "i'm suicidal",
    "sucidal",
    "i took an overdose",
    "i od'd",
    "i've been cutting myself",
    "i self harm",
    "relapsed on sh",
    "i keep hurting myself",
    "he hits me",
    "my dad hurts me",
    "someone touched me",
    "i'm not safe at home",
    "someone's following me",
]


@pytest.mark.parametrize("text", CORE)
def test_core_crisis_phrases_always_trigger(text: str) -> None:
    assert detect_concern(text) is not None


CATEGORY_TABLE = [
    ("i want to die", "suicide"),
    ("I WANT TO KILL MYSELF", "suicide"),
    ("ima unalive fr", "suicide"),
    ("thinking about su1cide", "suicide"),
    ("everyone would be better off without me", "suicide"),
    ("i'm going to jump off a bridge", "suicide"),
    ("i've written a goodbye note", "suicide"),
    ("no point living anymore", "suicide"),
    ("people at school tell me to kys", "suicide"),
    ("selfharm", "self_harm"),
    ("i burn myself", "self_harm"),
    ("took too many pills", "medical"),
    ("i overdosed", "medical"),
    ("my sh scars", "self_harm"),
    ("i cut my wrists", "self_harm"),
    ("i make myself sick after eating", "self_harm"),
    ("being abused", "abuse"),
    ("my stepdad beats me", "abuse"),
    ("someone is sending me nudes", "abuse"),
    ("i think i'm being groomed", "abuse"),
    ("i was raped", "abuse"),
    ("my dad hits my mum", "abuse"),
    ("he makes me touch him", "abuse"),
    ("they make me sell drugs", "abuse"),
    ("i'm in danger", "danger"),
    ("scared to go home", "danger"),
    ("there's a man following me", "danger"),
    ("he's got a knife", "danger"),
    ("my drink was spiked", "danger"),
    ("my parents kicked me out", "danger"),
    ("he said he'll kill me", "danger"),
]


@pytest.mark.parametrize(("text", "category"), CATEGORY_TABLE)
def test_category(text: str, category: str) -> None:
    assert detect_concern(text) == Concern(category)


@pytest.mark.parametrize(
    "text",
    [
        "this survey is killing me and honestly i want to die",
        "lol the wait killed me. but i've started cutting again",
        "I'd die for shorter waits tbh but he hits me",
    ],
)
def test_idiom_does_not_hide_a_crisis_in_the_same_message(text: str) -> None:
    assert detect_concern(text) is not None


# The conversation checks every message, including survey controls.
@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        "help",
        "stop",
        "skip",
        "MIND24",
        "16-17",
        "18 to 21",
        "5",
        "yes",
        "no",
        "why?",
        "is my data safe",
        "i need help filling this in",
        "please help me understand this",
        "0800 1111",
        "😂😂",
        "¯\\_(ツ)_/¯",
    ],
)
def test_survey_controls_do_not_trigger(text: str) -> None:
    assert detect_concern(text) is None


def test_concern_is_frozen() -> None:
    concern = Concern("suicide")
    with pytest.raises(dataclasses.FrozenInstanceError):
        concern.category = "none"  # type: ignore[misc]


@pytest.mark.parametrize(
    "text",
    [
        "a " * 2500,
        "i " * 2500,
        "he is is " * 600,
        "want to " * 600,
        "sh " * 2500,
        "1" * 5000,
        "🙂" * 5000,
        "kill " * 1000,
        "my dad " * 700,
    ],
    ids=range(9),
)
def test_long_input_is_fast_and_safe(text: str) -> None:
    assert cpu_seconds(detect_concern, text) < 0.5


def test_signposting_numbers_and_length() -> None:
    assert len(SIGNPOSTING) <= 480
    for number in ("999", "NHS 111", "option 2", "116 123", "SHOUT", "85258", "0800 1111"):
        assert number in SIGNPOSTING


def test_signposting_never_promises_contact() -> None:
    lowered = SIGNPOSTING.lower()
    for promise in (
        "we will",
        "we'll",
        "someone will",
        "call you",
        "contact you",
        "get in touch",
        "follow up",
        "be in touch",
        "reach out to you",
    ):
        assert promise not in lowered


def test_two_first_callers_compile_the_lexicon_once() -> None:
    """A server's warm-up thread and a first message asking at once get one compiled
    lexicon between them, not a copy each (twice the CPU while a busy server starts)."""
    safeguarding._compiled.cache_clear()
    start = threading.Barrier(2)

    def first_use() -> None:
        start.wait()
        detect_concern("i want to end it all")

    callers = [threading.Thread(target=first_use) for _ in range(2)]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join()
    assert safeguarding._compiled.cache_info().misses == 1
