"""Reply parsing: skip and empty handling, yes/no, free text, postcodes, hints, robustness.

Choice and number replies are in test_parsing_choices.py and test_parsing_numbers.py.
"""

from __future__ import annotations

import pytest

from bot.scripts.questions import (
    AGE_BAND,
    AGE_BAND_LABELS,
    FFT,
    FFT_OPTIONS,
    FREE_TEXT,
    MULTI_CHOICE,
    NUMBER,
    POSTCODE_DISTRICT,
    SCALE,
    SINGLE_CHOICE,
    YES_NO,
    Question,
)
from bot.understanding.parsing import ANSWERED, CONFIRM, INVALID, SKIP, Parsed, hint, parse_answer

YES_NO_Q = Question(key="used", type=YES_NO, text="Have you used the service?")
POSTCODE = Question(key="area", type=POSTCODE_DISTRICT, text="Postcode?")
COMMENT = Question(key="why", type=FREE_TEXT, text="Why?")
SHORT_COMMENT = Question(key="why2", type=FREE_TEXT, text="Why?", max_length=10)
PLACE = Question(
    key="place", type=SINGLE_CHOICE, text="Where?",
    options=("GP surgery", "Walk-in centre", "Pharmacy"),
)
ALL_TYPES = [
    PLACE,
    Question(key="m", type=MULTI_CHOICE, text="Which?", options=("Bus", "Train", "Car", "Walk")),
    YES_NO_Q,
    Question(key="s", type=SCALE, text="Rate", minimum=1, maximum=5),
    Question(key="n", type=NUMBER, text="How many?", minimum=0, maximum=50),
    Question(key="f", type=FFT, text="Overall?", options=FFT_OPTIONS),
    Question(key="a", type=AGE_BAND, text="Age?", options=AGE_BAND_LABELS),
    POSTCODE,
    COMMENT,
]
TYPE_IDS = [question.type for question in ALL_TYPES]


def ok(value: object) -> Parsed:
    return Parsed(ANSWERED, value)


def bad(reason: str) -> Parsed:
    return Parsed(INVALID, reason=reason)


YES_WORDS = [
    "yes", "y", "yeah", "yea", "ye", "yep", "yup", "ya", "sure", "deffo", "definitely",
    "of course", "ok sure", "yeah okay", "correct", "i do", "i have", "absolutely", "👍", "✅", "aye",
    "Yes.", "YES!", "YESSS!!", "Yes I have", "yeah I went last week",
    "Um yeah I guess", "yes 👍", "👍🏽",
]
NO_WORDS = [
    "no", "n", "nah", "nope", "no way", "not really", "never", "i don't", "i haven't",
    "negative", "👎", "❌", "no thanks", "No.", "nooooo", "of course not", "I don't think so",
    "No, there was no appointment", "nah mate", "I don’t",
]


@pytest.mark.parametrize("text", YES_WORDS)
def test_yes(text: str) -> None:
    assert parse_answer(YES_NO_Q, text) == ok("Yes")


@pytest.mark.parametrize("text", NO_WORDS)
def test_no(text: str) -> None:
    assert parse_answer(YES_NO_Q, text) == ok("No")


YES_NO_INVALID = [
    ("know", "unrecognised"),
    ("yesterday", "unrecognised"),
    ("noted", "unrecognised"),
    ("not sure", "unrecognised"),
    ("maybe", "unrecognised"),
    ("I dunno", "unrecognised"),
    ("n/a", "unrecognised"),
    ("There was no wait at all", "unrecognised"),
    ("yes and no", "ambiguous"),
    ("👍👎", "ambiguous"),
    ("banana", "unrecognised"),
    ("", "empty"),
    ("x" * 5000, "too_long"),
]


@pytest.mark.parametrize(("text", "reason"), YES_NO_INVALID)
def test_yes_no_invalid(text: str, reason: str) -> None:
    assert parse_answer(YES_NO_Q, text) == bad(reason)


SKIPS = [
    "skip", "Skip", "SKIP!", "pass", "next", "prefer not to say", "Prefer not to say.",
    "rather not say", "I'd rather not say", "I’d rather not say", "don't want to answer",
    "I don't want to answer", "no comment", "skip this one", "can I skip this one please",
    "skiiip", "pass thanks",
]


@pytest.mark.parametrize("question", ALL_TYPES, ids=TYPE_IDS)
@pytest.mark.parametrize("text", SKIPS)
def test_skip_for_every_type(question: Question, text: str) -> None:
    assert parse_answer(question, text) == Parsed(SKIP)


@pytest.mark.parametrize("question", ALL_TYPES, ids=TYPE_IDS)
@pytest.mark.parametrize("text", ["", "   ", "\n\t", "...", "?!", "\u200b"])
def test_empty_for_every_type(question: Question, text: str) -> None:
    assert parse_answer(question, text) == bad("empty")


@pytest.mark.parametrize("question", ALL_TYPES, ids=TYPE_IDS)
def test_five_thousand_characters_are_too_long(question: Question) -> None:
    assert parse_answer(question, "yes " * 1250) == bad("too_long")


def test_just_under_the_limit_is_still_read() -> None:
    assert parse_answer(YES_NO_Q, "yes" + " " * 1990) == ok("Yes")


def test_skip_inside_a_sentence_is_not_a_skip() -> None:
    text = "I'd rather not say much, but the staff were kind"
    assert parse_answer(COMMENT, text) == ok(text)


FREE_TEXT_CASES = [
    (COMMENT, "  The staff   were\nkind  ", ok("The staff were kind")),
    (COMMENT, "no", ok("no")),
    (COMMENT, "🙂", ok("🙂")),
    (COMMENT, "a\x00b", ok("ab")),
    (COMMENT, "مرحبا بكم", ok("مرحبا بكم")),
    (COMMENT, "x" * 500, ok("x" * 500)),
    (COMMENT, "x" * 501, bad("too_long")),
    (COMMENT, "x" * 5000, bad("too_long")),
    (SHORT_COMMENT, "0123456789", ok("0123456789")),
    (SHORT_COMMENT, "0123456789a", bad("too_long")),
    (SHORT_COMMENT, "  a   b  ", ok("a b")),
    (COMMENT, "?", bad("empty")),
    (COMMENT, "  ", bad("empty")),
]


@pytest.mark.parametrize(("question", "text", "expected"), FREE_TEXT_CASES)
def test_free_text(question: Question, text: str, expected: Parsed) -> None:
    assert parse_answer(question, text) == expected


POSTCODE_CASES = [
    ("LS6", ok("LS6")),
    ("ls6", ok("LS6")),
    ("ls6.", ok("LS6")),
    ("ls6 1aa", ok("LS6")),
    ("LS61AA", ok("LS6")),
    ("SW1A 1AA", ok("SW1A")),
    ("SW1A1AA", ok("SW1A")),
    ("M1", ok("M1")),
    ("m1 1ae", ok("M1")),
    ("ec1a 1bb", ok("EC1A")),
    ("W1A", ok("W1A")),
    ("B33 8TH", ok("B33")),
    ("dn55 1pt", ok("DN55")),
    ("it's LS6", ok("LS6")),
    ("my postcode is ls6 1aa", ok("LS6")),
    ("12345", bad("unrecognised")),
    ("LS", bad("unrecognised")),
    ("6LS", bad("unrecognised")),
    ("leeds", bad("unrecognised")),
    ("LS6 and LS7", bad("ambiguous")),
    ("🙂", bad("unrecognised")),
    ("", bad("empty")),
    ("skip", Parsed(SKIP)),
]


@pytest.mark.parametrize(("text", "expected"), POSTCODE_CASES)
def test_postcode_district(text: str, expected: Parsed) -> None:
    assert parse_answer(POSTCODE, text) == expected


HINTS = [
    (Question(key="s", type=SCALE, text="?", minimum=1, maximum=5),
     "Reply with a number from 1 to 5."),
    (PLACE, "Reply 1, 2 or 3, or type your answer."),
    (Question(key="c", type=SINGLE_CHOICE, text="?", options=("A", "B")),
     "Reply 1 or 2, or type your answer."),
    (Question(key="f", type=FFT, text="?", options=FFT_OPTIONS),
     "Reply with a number from 1 to 6, or type your answer."),
    (YES_NO_Q, "Reply yes or no."),
    (Question(key="m", type=MULTI_CHOICE, text="?", options=("A", "B", "C")),
     "Reply with the numbers of all that apply, e.g. 1 and 3."),
    (Question(key="n", type=NUMBER, text="?", minimum=0, maximum=50),
     "Reply with a number from 0 to 50."),
    (Question(key="n", type=NUMBER, text="?", minimum=0), "Reply with a number of at least 0."),
    (Question(key="n", type=NUMBER, text="?"), "Reply with a number."),
    (Question(key="n", type=NUMBER, text="?", minimum=0.5, maximum=2.5),
     "Reply with a number from 0.5 to 2.5."),
    (POSTCODE, "Reply with the first half of your postcode, e.g. LS6."),
    (COMMENT, "Please keep your answer under 500 characters."),
    (SHORT_COMMENT, "Please keep your answer under 10 characters."),
    (Question(key="a", type=AGE_BAND, text="?", options=AGE_BAND_LABELS),
     "Reply with your age, or a number from 1 to 6."),
]


@pytest.mark.parametrize(("question", "expected"), HINTS)
def test_hint(question: Question, expected: str) -> None:
    assert hint(question) == expected


STRANGE_INPUTS = [
    "\x00\x01\x02yes",
    "\u202eyes\u202c",
    "שלום",
    "مرحبا ٣",
    "👨\u200d👩\u200d👧",
    "9" * 1999,
    "1/" + "0" * 50,
    "3/0",
    "-" * 1500,
    "not " * 400,
    "1 " * 999,
    "ﬁ①",
]


@pytest.mark.parametrize("question", ALL_TYPES, ids=TYPE_IDS)
@pytest.mark.parametrize("text", STRANGE_INPUTS)
def test_never_raises(question: Question, text: str) -> None:
    parsed = parse_answer(question, text)
    assert parsed.status in (ANSWERED, CONFIRM, SKIP, INVALID)
    assert (parsed.status == INVALID) == bool(parsed.reason)


def test_unknown_type_is_invalid_not_an_error() -> None:
    question = Question(key="x", type="colour", text="?")
    assert parse_answer(question, "blue") == bad("unknown_type")


@pytest.mark.parametrize("question", [q for q in ALL_TYPES if q.type != NUMBER] + [PLACE])
@pytest.mark.parametrize("text", ["-5", "-1", " - 2", "\u22123"])
def test_a_negative_number_is_never_an_option_or_a_score(question: Question, text: str) -> None:
    parsed = parse_answer(question, text)
    if question.type == FREE_TEXT:
        assert parsed.status == "answered"
    else:
        assert (parsed.status, parsed.reason) == ("invalid", "out_of_range")


@pytest.mark.parametrize("text, expected", [
    ("I have", "Yes"), ("i do", "Yes"), ("i have yeah", "Yes"), ("yes i have", "Yes"),
    ("I have not", "No"), ("I've felt low", None), ("I was sad", None), ("i did go", None),
    ("I am not sure", None),
])
def test_an_auxiliary_alone_answers_but_not_when_the_sentence_goes_on(
    text: str, expected: object
) -> None:
    parsed = parse_answer(YES_NO_Q, text)
    assert (parsed.value if parsed.status == "answered" else None) == expected
