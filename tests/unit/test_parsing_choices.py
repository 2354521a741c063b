"""Choice replies: single choice, multi choice, the FFT and age bands."""

from __future__ import annotations

import pytest

from bot.scripts.questions import (
    AGE_BAND,
    AGE_BAND_LABELS,
    FFT,
    FFT_OPTIONS,
    MULTI_CHOICE,
    SINGLE_CHOICE,
    Question,
)
from bot.understanding.parsing import Parsed, parse_answer
from tests.unit.parsed import maybe

PLACES = ("GP surgery", "Walk-in centre", "Pharmacy", "A&E")
PLACE = Question(key="place", type=SINGLE_CHOICE, text="Where did you go?", options=PLACES)
CENTRES = Question(
    key="centre", type=SINGLE_CHOICE, text="Which one?",
    options=("Walk-in centre", "Urgent treatment centre", "GP"),
)
GENDER = Question(
    key="gender", type=SINGLE_CHOICE, text="Gender?",
    options=("Male", "Female", "Non-binary", "Prefer not to say"),
)
TRAVEL = Question(
    key="travel", type=MULTI_CHOICE, text="How do you travel?",
    options=("Bus", "Train", "Car", "Walk"),
)
TRAVEL_OR_NONE = Question(
    key="travel2", type=MULTI_CHOICE, text="How do you travel?",
    options=("Bus", "Train", "None of these"),
)
TWO_WAYS = Question(key="two", type=MULTI_CHOICE, text="Which?", options=("Bus", "Train"))
FFT_Q = Question(key="fft", type=FFT, text="Overall?", options=FFT_OPTIONS)
AGE = Question(key="age", type=AGE_BAND, text="Age?", options=AGE_BAND_LABELS)


def ok(value: object) -> Parsed:
    return Parsed("answered", value)


def bad(reason: str) -> Parsed:
    return Parsed("invalid", reason=reason)


SINGLE_CASES = [
    # by number
    ("2", ok("Walk-in centre")),
    ("2.", ok("Walk-in centre")),
    ("option 2", ok("Walk-in centre")),
    ("number 2", ok("Walk-in centre")),
    ("#2", ok("Walk-in centre")),
    ("2!", ok("Walk-in centre")),
    ("  3  ", ok("Pharmacy")),
    ("two", ok("Walk-in centre")),
    ("no. 4", ok("A&E")),
    ("4 please", ok("A&E")),
    # by letter
    ("b", ok("Walk-in centre")),
    ("B)", ok("Walk-in centre")),
    ("(b)", ok("Walk-in centre")),
    ("C", ok("Pharmacy")),
    ("option d", ok("A&E")),
    # by ordinal
    ("the second one", ok("Walk-in centre")),
    ("2nd", ok("Walk-in centre")),
    ("second", ok("Walk-in centre")),
    ("the first", ok("GP surgery")),
    ("third", ok("Pharmacy")),
    ("last one", ok("A&E")),
    ("the last one", ok("A&E")),
    # by label
    ("Pharmacy", ok("Pharmacy")),
    ("PHARMACY!", ok("Pharmacy")),
    ("pharmacy.", ok("Pharmacy")),
    ("gp surgery", ok("GP surgery")),
    ("walk in centre", ok("Walk-in centre")),
    ("Walk-in centre", ok("Walk-in centre")),
    ("walkin", ok("Walk-in centre")),
    ("gp", ok("GP surgery")),
    ("the gp", ok("GP surgery")),
    ("a&e", ok("A&E")),
    ("A and E", ok("A&E")),
    ("I went to the pharmacy", ok("Pharmacy")),
    # small misspellings
    ("pharmacey", maybe("Pharmacy")),
    ("pharmcy", maybe("Pharmacy")),
    ("walk in center", ok("Walk-in centre")),
    ("I went to the pharmacey", maybe("Pharmacy")),
    # negative
    ("5", bad("out_of_range")),
    ("0", bad("out_of_range")),
    ("99999999999999", bad("out_of_range")),
    ("e", bad("out_of_range")),
    ("banana", bad("unrecognised")),
    ("🙂🙂🙂", bad("unrecognised")),
    ("in", bad("unrecognised")),
    ("the", bad("unrecognised")),
    ("not the pharmacy", bad("unrecognised")),
    # two options at once: "which one?"
    ("pharmacy or gp", Parsed("choose", ("GP surgery", "Pharmacy"))),
    ("2 or 3", Parsed("choose", ("Walk-in centre", "Pharmacy"))),
    ("fifth", bad("out_of_range")),
    ("", bad("empty")),
    ("   ", bad("empty")),
    ("?!", bad("empty")),
    ("x" * 5000, bad("too_long")),
]


@pytest.mark.parametrize(("text", "expected"), SINGLE_CASES)
def test_single_choice(text: str, expected: Parsed) -> None:
    assert parse_answer(PLACE, text) == expected


OTHER_SINGLE_CASES = [
    (CENTRES, "centre", Parsed("choose", ("Walk-in centre", "Urgent treatment centre"))),
    (CENTRES, "walk in centre or gp", Parsed("choose", ("Walk-in centre", "GP"))),
    (CENTRES, "urgent", ok("Urgent treatment centre")),
    (CENTRES, "treatment center", ok("Urgent treatment centre")),
    (CENTRES, "the gp please", ok("GP")),
    # An option that reads like a skip is an answer to that question.
    (GENDER, "prefer not to say", ok("Prefer not to say")),
    (GENDER, "Prefer not to say.", ok("Prefer not to say")),
    (GENDER, "skip", Parsed("skip")),
    (GENDER, "non binary", ok("Non-binary")),
    (GENDER, "nonbinary", ok("Non-binary")),
    (GENDER, "male", ok("Male")),
    (GENDER, "female", ok("Female")),
    (GENDER, "4", ok("Prefer not to say")),
]


@pytest.mark.parametrize(("question", "text", "expected"), OTHER_SINGLE_CASES)
def test_single_choice_label_sets(question: Question, text: str, expected: Parsed) -> None:
    assert parse_answer(question, text) == expected


MULTI_CASES = [
    (TRAVEL, "1 and 3", ok(["Bus", "Car"])),
    (TRAVEL, "1,3", ok(["Bus", "Car"])),
    (TRAVEL, "1, 3", ok(["Bus", "Car"])),
    (TRAVEL, "1 3", ok(["Bus", "Car"])),
    (TRAVEL, "3 1", ok(["Bus", "Car"])),
    (TRAVEL, "1&3", ok(["Bus", "Car"])),
    (TRAVEL, "a, c", ok(["Bus", "Car"])),
    (TRAVEL, "a and c", ok(["Bus", "Car"])),
    (TRAVEL, "bus and train", ok(["Bus", "Train"])),
    (TRAVEL, "Train, bus, train", ok(["Bus", "Train"])),
    (TRAVEL, "the bus and a train", ok(["Bus", "Train"])),
    (TRAVEL, "I use the bus and sometimes the train", ok(["Bus", "Train"])),
    (TRAVEL, "bus + car", ok(["Bus", "Car"])),
    (TRAVEL, "walk", ok(["Walk"])),
    (TRAVEL, "2", ok(["Train"])),
    (TRAVEL, "first and last", ok(["Bus", "Walk"])),
    (TRAVEL, "options 2 and 4", ok(["Train", "Walk"])),
    (TRAVEL, "1-3", ok(["Bus", "Train", "Car"])),
    (TRAVEL, "1 and 2 please", ok(["Bus", "Train"])),
    (TRAVEL, "all of them", maybe(["Bus", "Train", "Car", "Walk"])),
    (TRAVEL, "all", maybe(["Bus", "Train", "Car", "Walk"])),
    (TRAVEL, "All of the above!", maybe(["Bus", "Train", "Car", "Walk"])),
    (TRAVEL_OR_NONE, "none", ok(["None of these"])),
    (TRAVEL_OR_NONE, "None of these", ok(["None of these"])),
    (TRAVEL_OR_NONE, "3", ok(["None of these"])),
    (TWO_WAYS, "both", ok(["Bus", "Train"])),
    # negative
    (TRAVEL, "none", bad("none_not_option")),
    (TRAVEL, "nothing", bad("none_not_option")),
    (TRAVEL, "1 and 9", bad("out_of_range")),
    (TRAVEL, "bus and 9", bad("out_of_range")),
    (TRAVEL, "0", bad("out_of_range")),
    (TRAVEL, "banana", bad("unrecognised")),
    (TRAVEL, "not the bus", bad("unrecognised")),
    (TRAVEL, "🙂🙂🙂", bad("unrecognised")),
    (TRAVEL, "", bad("empty")),
    (TRAVEL, "x" * 5000, bad("too_long")),
    (TRAVEL_OR_NONE, "bus and none of these", bad("ambiguous")),
    (TRAVEL_OR_NONE, "both", maybe(["Bus", "Train"])),  # both real options, not "None of these"
    (TRAVEL, "skip", Parsed("skip")),
]


@pytest.mark.parametrize(("question", "text", "expected"), MULTI_CASES)
def test_multi_choice(question: Question, text: str, expected: Parsed) -> None:
    assert parse_answer(question, text) == expected


FFT_CASES = [
    ("very good", "Very good"), ("Very good!", "Very good"), ("v good", "Very good"),
    ("vg", "Very good"), ("excellent", "Very good"), ("great", "Very good"),
    ("brilliant", "Very good"), ("amazing", "Very good"), ("excelent", "Very good"),
    ("really good", "Very good"), ("vry good", "Very good"),
    ("good", "Good"), ("GOOD!!!", "Good"), ("gooood", "Good"), ("👍", "Good"),
    ("pretty good", "Good"),
    # bare "ok", "okay", "alright" are offered (round 14: blind sets read them as a shrug);
    # "fine" too (stop 27: Neither read from praise to some is offered, plainly.LUKEWARM)
    ("meh", "Neither good nor poor"), ("average", "Neither good nor poor"),
    ("neither", "Neither good nor poor"), ("Neither good nor poor", "Neither good nor poor"),
    ("not too bad", "Neither good nor poor"),  # bare "not bad" asks which (round 11)
    ("so so", "Neither good nor poor"),
    ("poor", "Poor"), ("not great", "Poor"), ("not good", "Poor"), ("bad", "Poor"),
    ("not very good", "Poor"), ("it wasn't great", "Poor"), ("not the best", "Poor"),
    ("could be better", "Poor"), ("👎", "Poor"),
    ("very poor", "Very poor"), ("awful", "Very poor"), ("terrible", "Very poor"),
    ("horrible", "Very poor"), ("shocking", "Very poor"),  # bare "rubbish" is offered (round 11)
    ("v bad", "Very poor"), ("terible", "Very poor"), ("really bad", "Very poor"),
    ("don't know", "Don't know"), ("dont know", "Don't know"), ("not sure", "Don't know"),
    ("dunno", "Don't know"), ("idk", "Don't know"), ("I don’t know", "Don't know"),
    ("6", "Don't know"), ("b", "Good"), ("option 5", "Very poor"), ("number 2", "Good"),
    ("the first", "Very good"), ("5/5", "Very good"), ("5 out of 5", "Very good"),
    # A star rating is a score, never option 5 (Very poor).
    ("5 stars", "Very good"), ("1 star", "Very poor"), ("4/5", "Good"),
]


@pytest.mark.parametrize(("text", "label"), FFT_CASES)
def test_fft(text: str, label: str) -> None:
    assert parse_answer(FFT_Q, text) == ok(label)


@pytest.mark.parametrize("text", ["ok", "okay", "alright", "fine"])
def test_fft_shrug_offered(text: str) -> None:
    assert parse_answer(FFT_Q, text) == Parsed("confirm", "Neither good nor poor")


FFT_INVALID = [
    ("7", "out_of_range"),
    ("0", "out_of_range"),
    ("banana", "unrecognised"),
    ("😀😡", "unrecognised"),
    ("", "empty"),
]


@pytest.mark.parametrize(("face", "label"), [("🙂", "Good"), ("😡", "Very poor"), ("🤷", "Don't know")])
def test_fft_a_face_alone_is_only_offered_as_a_guess(face: str, label: str) -> None:
    assert parse_answer(FFT_Q, face) == Parsed("confirm", label)


FFT_TWO_ANSWERS = [  # two answers in one reply: "which one?" offers both
    ("good but the wait was awful", ("Good", "Very poor")),
    ("not sure but good", ("Good", "Don't know")),
]


# OA-28: a bare 1, 2, 4 or 5 is option n on the list, or n out of 5, which point opposite
# ways; the patient picks in words. A bare 3 is the middle either way: offered, not stored.
FFT_BARE_NUMBERS = [
    ("5", ("Very good", "Very poor")), ("1", ("Very good", "Very poor")),
    ("2", ("Good", "Poor")), ("4", ("Good", "Poor")), ("four", ("Good", "Poor")),
    ("5 i think", ("Very good", "Very poor")), ("5!!", ("Very good", "Very poor")),
]


@pytest.mark.parametrize(("text", "labels"), FFT_BARE_NUMBERS)
def test_fft_a_bare_number_is_never_stored(text: str, labels: tuple) -> None:
    assert parse_answer(FFT_Q, text) == Parsed("choose", labels)


def test_fft_a_bare_three_is_offered_as_the_middle() -> None:
    assert parse_answer(FFT_Q, "3") == Parsed("confirm", "Neither good nor poor")


def test_fft_which_one_reads_a_number_as_shown() -> None:
    narrowed = Question(key="fft", type=FFT, text="Overall?", options=("Very good", "Very poor"))
    assert parse_answer(narrowed, "2") == ok("Very poor")
    assert parse_answer(narrowed, "1") == ok("Very good")


@pytest.mark.parametrize("text", ["mixed", "a bit of both", "it was a mixed bag"])
def test_fft_two_sided_is_only_offered_as_the_middle(text: str) -> None:
    assert parse_answer(FFT_Q, text) == Parsed("confirm", "Neither good nor poor")


@pytest.mark.parametrize(("text", "labels"), FFT_TWO_ANSWERS)
def test_fft_two_answers_ask_which(text: str, labels: tuple) -> None:
    assert parse_answer(FFT_Q, text) == Parsed("choose", labels)


@pytest.mark.parametrize(("text", "reason"), FFT_INVALID)
def test_fft_invalid(text: str, reason: str) -> None:
    assert parse_answer(FFT_Q, text) == bad(reason)


def test_fft_without_options_uses_the_national_ones() -> None:
    question = Question(key="fft", type=FFT, text="Overall?")
    assert parse_answer(question, "brilliant") == ok("Very good")


AGE_CASES = [
    ("19", "18-24"), ("I'm 17", "16-17"), ("im 17", "16-17"), ("nineteen", "18-24"),
    ("I am 19 years old", "18-24"), ("19 yrs", "18-24"), ("16yo", "16-17"),
    ("age 16", "16-17"), ("about 20", "18-24"), ("17.5", "16-17"),
    ("12", "Under 13"), ("7", "Under 13"), ("13", "13-15"), ("15", "13-15"),
    ("18", "18-24"), ("24", "18-24"), ("25", "25-34"), ("34", "25-34"),
    ("35", "35 or over"), ("99", "35 or over"),
    # small integers are option numbers
    ("1", "Under 13"), ("3", "16-17"), ("6", "35 or over"), ("three", "16-17"),
    # band labels and ranges
    ("18 to 24", "18-24"), ("18-24", "18-24"), ("16 17", "16-17"), ("13 to 15", "13-15"),
    ("eighteen to twenty four", "18-24"), ("under 13", "Under 13"),
    ("under thirteen", "Under 13"), ("12 or under", "Under 13"), ("35+", "35 or over"),
    ("35 or over", "35 or over"), ("over 35", "35 or over"), ("older than 40", "35 or over"),
    ("b", "13-15"), ("the last one", "35 or over"), ("the first", "Under 13"),
]


@pytest.mark.parametrize(("text", "label"), AGE_CASES)
def test_age_band(text: str, label: str) -> None:
    assert parse_answer(AGE, text) == ok(label)


AGE_INVALID = [
    ("I'm 5", "out_of_range"),  # ages under 7 are not plausible
    ("5 years old", "out_of_range"),
    ("0", "out_of_range"),
    ("200", "out_of_range"),
    ("17 or 18", "ambiguous"),
    ("under 16", "ambiguous"),
    ("old enough", "unrecognised"),
    ("", "empty"),
]


@pytest.mark.parametrize(("text", "reason"), AGE_INVALID)
def test_age_band_invalid(text: str, reason: str) -> None:
    assert parse_answer(AGE, text) == bad(reason)
