"""Scale and number replies."""

from __future__ import annotations

from typing import Union

import pytest

from bot.scripts.questions import NUMBER, SCALE, Question
from bot.understanding.parsing import Parsed, parse_answer
from tests.unit.parsed import maybe

SCALE_5 = Question(
    key="s5", type=SCALE, text="How was it?", minimum=1, maximum=5,
    labels={1: "Very poor", 5: "Very good"},
)
SCALE_10 = Question(key="s10", type=SCALE, text="Out of 10?", minimum=0, maximum=10)
VISITS = Question(key="visits", type=NUMBER, text="How many visits?", minimum=0, maximum=50)
ANY_NUMBER = Question(key="n", type=NUMBER, text="A number?")


def ok(value: object) -> Parsed:
    return Parsed("answered", value)


def bad(reason: str) -> Parsed:
    return Parsed("invalid", reason=reason)


SCALE_CASES = [
    (SCALE_5, "4", ok(4)),
    (SCALE_5, "4!", ok(4)),
    (SCALE_5, "1", ok(1)),
    (SCALE_5, "5", ok(5)),
    (SCALE_5, "four", ok(4)),
    (SCALE_5, "Four.", ok(4)),
    (SCALE_5, "4/5", ok(4)),
    (SCALE_5, "4 out of 5", ok(4)),
    (SCALE_5, "8/10", maybe(4)),
    (SCALE_5, "7/10", maybe(4)),  # 3.5 rounds half up
    (SCALE_5, "5/10", maybe(3)),  # 2.5 rounds half up
    (SCALE_5, "6/10", maybe(3)),
    (SCALE_5, "10/10", maybe(5)),
    (SCALE_5, "0/10", maybe(1)),
    (SCALE_5, "about 3", ok(3)),
    (SCALE_5, "around 3", ok(3)),
    (SCALE_5, "maybe 3", ok(3)),
    (SCALE_5, "3ish", ok(3)),
    (SCALE_5, "like 3", ok(3)),
    (SCALE_5, "4.0", ok(4)),
    (SCALE_5, "very good", ok(5)),
    (SCALE_5, "Very Poor!", ok(1)),
    (SCALE_5, "5 - very good", ok(5)),
    (SCALE_10, "7 out of 10", ok(7)),
    (SCALE_10, "seven out of ten", ok(7)),
    (SCALE_10, "ten", ok(10)),
    (SCALE_10, "0", ok(0)),
    (SCALE_10, "4/5", maybe(8)),
    # negative
    (SCALE_5, "7", bad("out_of_range")),
    (SCALE_5, "0", bad("out_of_range")),
    (SCALE_5, "-3", bad("out_of_range")),
    (SCALE_5, "6/5", bad("out_of_range")),
    (SCALE_5, "11/10", bad("out_of_range")),
    (SCALE_5, "4.5", bad("not_whole")),
    (SCALE_5, "3 or 4", bad("ambiguous")),
    (SCALE_5, "3-4", bad("ambiguous")),
    (SCALE_5, "not 3", bad("unrecognised")),
    (SCALE_5, "more than 3", bad("unrecognised")),
    (SCALE_5, "good", Parsed("confirm", 4)),  # one step in from "Very good": offered, not stored
    (SCALE_5, "banana", bad("unrecognised")),
    (SCALE_5, "🙂🙂🙂", bad("unrecognised")),
    (SCALE_5, "", bad("empty")),
    (SCALE_5, "x" * 5000, bad("too_long")),
    (SCALE_5, "pass", Parsed("skip")),
]


@pytest.mark.parametrize(("question", "text", "expected"), SCALE_CASES)
def test_scale(question: Question, text: str, expected: Parsed) -> None:
    assert parse_answer(question, text) == expected


NUMBER_CASES = [
    (VISITS, "4", ok(4)),
    (VISITS, "4.5", ok(4.5)),
    (VISITS, "4.0", ok(4)),
    (VISITS, "0.5", ok(0.5)),
    (VISITS, "twenty one", ok(21)),
    (VISITS, "twenty-one", ok(21)),
    (VISITS, "ten", ok(10)),
    (VISITS, "twice", ok(2)),
    (VISITS, "about 7 times", ok(7)),
    (VISITS, "I have been 3 times this year", ok(3)),
    (VISITS, "never", ok(0)),
    (VISITS, "none", ok(0)),
    (VISITS, "0", ok(0)),
    (VISITS, "50", ok(50)),
    (VISITS, "3/4", maybe(3)),
    (ANY_NUMBER, "-3", ok(-3)),
    (ANY_NUMBER, "minus 3", ok(-3)),
    (ANY_NUMBER, "1,000", maybe(1000)),
    (ANY_NUMBER, "three hundred and twelve", ok(312)),
    (ANY_NUMBER, "a hundred", ok(100)),
    (ANY_NUMBER, ".5", maybe(0.5)),
    # negative
    (VISITS, "-3", bad("out_of_range")),
    (VISITS, "51", bad("out_of_range")),
    (VISITS, "a hundred", bad("out_of_range")),
    (ANY_NUMBER, "9" * 40, bad("out_of_range")),
    (VISITS, "3 or 4", bad("ambiguous")),
    (VISITS, "more than 5", bad("unrecognised")),
    (VISITS, "loads", bad("unrecognised")),
    (VISITS, "", bad("empty")),
    (VISITS, "x" * 5000, bad("too_long")),
    (VISITS, "prefer not to say", Parsed("skip")),
]


@pytest.mark.parametrize(("question", "text", "expected"), NUMBER_CASES)
def test_number(question: Question, text: str, expected: Parsed) -> None:
    assert parse_answer(question, text) == expected


@pytest.mark.parametrize(("text", "kind"), [("4", int), ("4.0", int), ("4.5", float)])
def test_number_value_is_int_when_whole(text: str, kind: Union[type[int], type[float]]) -> None:
    assert type(parse_answer(VISITS, text).value) is kind
