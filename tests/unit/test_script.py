"""Loading and checking consultation scripts (bot/consultation/script.py)."""

from __future__ import annotations

import hashlib
import pickle
from pathlib import Path

import pytest

from bot.engine.reply import STOP_WORDS
from bot.scripts.questions import (
    DEFAULT_FREE_TEXT_LENGTH,
    DEFAULT_MAX_REASKS,
    FFT,
    FFT_OPTIONS,
    FFT_TEXT,
    FFT_WHY_TEXT,
    FREE_TEXT,
    MULTI_CHOICE,
    NUMBER,
    SCALE,
    ShowIf,
)
from bot.scripts.schema import CONTROL_WORDS, said_alike
from bot.scripts.script import Script, ScriptError, ScriptInvalid, load_script
from bot.scripts.store import script_from_yaml
from bot.sms.keywords import KEYWORDS
from bot.understanding.text import phrase_tokens

EXAMPLES = Path(__file__).resolve().parents[2] / "data" / "consultations"

# A valid script using every question type. Line numbers matter to the tests below:
#  1 code   4 status   8 questions:   9 heard (yes_no)   12 where (single_choice)
# 17 ease (scale)   23 visits (number)   28 ideas (free_text)   32 overall (fft)
BASE = """\
code: TEST1
title: Test consultation
organisation: NHS Test Trust
status: draft
opens: 2026-11-01
closes: 2027-06-30
min_age: 16
questions:
  - id: heard
    type: yes_no
    text: Had you heard of us?
  - id: where
    type: single_choice
    text: Where would you go?
    options: [GP, Online, Nowhere]
    show_if: {question: heard, equals: "Yes"}
  - id: ease
    type: scale
    text: How easy was it?
    min: 1
    max: 5
    labels: {1: Very hard, 5: Very easy}
  - id: visits
    type: number
    text: How many visits?
    min: 0
    max: 50
  - id: ideas
    type: free_text
    text: Any ideas?
    max_length: 300
  - id: overall
    type: fft
"""

MINIMAL = """\
code: tiny1
title: Tiny
organisation: NHS Test Trust
questions:
  - id: only
    type: free_text
    text: Anything to add?
"""


def errors_for(text: str) -> list[ScriptError]:
    with pytest.raises(ScriptInvalid) as raised:
        load_script(text)
    return raised.value.errors


def edit(old: str, new: str) -> str:
    assert BASE.count(old) == 1, f"test edit must match BASE exactly once: {old!r}"
    return BASE.replace(old, new)


# --- The example scripts ----------------------------------------------------


def test_base_script_is_valid() -> None:
    script = load_script(BASE)
    assert [q.key for q in script.questions] == [
        "heard", "where", "ease", "visits", "ideas", "overall", "overall_why",
    ]


@pytest.mark.parametrize("path", sorted(EXAMPLES.glob("*.yml")), ids=lambda p: p.name)
def test_every_example_loads(path: Path) -> None:
    script = load_script(path.read_text(encoding="utf-8"))
    assert script.status == "live"
    assert script.intro and script.closing


def test_the_three_examples_are_there() -> None:
    names = {path.name for path in EXAMPLES.glob("*.yml")}
    assert {"sexual-health-fft.yml", "mental-health-16-25.yml", "gp-access.yml"} <= names


@pytest.mark.parametrize(
    ("name", "code", "min_age", "keys", "types"),
    [
        ("sexual-health-fft.yml", "SHFFT", 13,
         ["experience", "experience_why", "how_booked", "would_book_online", "anything_else"],
         {FFT, FREE_TEXT}),
        ("mental-health-16-25.yml", "MIND24", 16,
         ["heard_of_service", "how_heard", "first_place", "ease_of_getting_help",
          "what_gets_in_the_way", "what_would_help"],
         {SCALE, MULTI_CHOICE, FREE_TEXT}),
        ("gp-access.yml", "GPACCESS", 16,
         ["tried_to_book", "days_waited", "how_booked", "likely_to_book_online", "put_off",
          "what_would_help"],
         {NUMBER, SCALE, FREE_TEXT}),
    ],
)
def test_example_contents(
    name: str, code: str, min_age: int, keys: list[str], types: set[str]
) -> None:
    script = load_script((EXAMPLES / name).read_text(encoding="utf-8"))
    assert (script.code, script.min_age) == (code, min_age)
    assert [q.key for q in script.questions] == keys
    assert types <= {q.type for q in script.questions}
    assert sum(bool(q.why) for q in script.questions) >= len(keys) // 2
    assert str(script.opens) == "2026-11-01" and str(script.closes) == "2027-06-30"


def test_example_details() -> None:
    def load(name: str) -> Script:
        return load_script((EXAMPLES / name).read_text(encoding="utf-8"))

    shfft, mind = load("sexual-health-fft.yml"), load("mental-health-16-25.yml")
    gp = load("gp-access.yml")
    assert shfft.questions[0].type == FFT and not shfft.ask_postcode_district
    assert mind.questions[1].show_if == ShowIf(question="heard_of_service", equals="Yes")
    assert (mind.questions[3].minimum, mind.questions[3].maximum) == (1, 5)
    days, likely = gp.questions[1], gp.questions[3]
    assert (days.type, days.minimum, days.maximum) == (NUMBER, 0, 60)
    assert (likely.type, likely.minimum, likely.maximum) == (SCALE, 0, 10)


# --- One mistake, one error, on the right line ------------------------------

# (old text in BASE, new text, line, field, phrase in the message[, errors expected])
INVALID_EDITS = {
    "code starts with digit": ("code: TEST1", "code: 1TEST", 1, "code", "starting with a letter"),
    "code has a space": ("code: TEST1", "code: MY CODE", 1, "code", "3 to 12 letters or digits"),
    "code too long": ("code: TEST1", "code: ABCDEFGHIJKLM", 1, "code", "3 to 12"),
    "code is an SMS keyword": ("code: TEST1", "code: stop", 1, "code",
                               "'STOP' is a word texted to control messages"),
    "title missing": ("title: Test consultation\n", "", 1, "title", "missing"),
    "organisation blank": ("organisation: NHS Test Trust", "organisation:", 3, "organisation",
                           "blank"),
    "unknown top-level field": ("status: draft\n", "status: draft\norganiser: Me\n", 5,
                                "organiser", "did you mean 'organisation'?"),
    "bad status": ("status: draft", "status: open", 4, "status", "draft, live, closed"),
    "opens not a date": ("opens: 2026-11-01", "opens: next week", 5, "opens", "2026-11-01"),
    "impossible date": ("closes: 2027-06-30", "closes: 2027-02-30", 6, "closes",
                        "not a real date"),
    "closes before opens": ("closes: 2027-06-30", "closes: 2026-10-01", 6, "closes",
                            "after the opening date (2026-11-01)"),
    "min_age not a band": ("min_age: 16", "min_age: 15", 7, "min_age", "13, 16, 18"),
    "unknown demographic": ("min_age: 16\n", "min_age: 16\ndemographics: [age_band, postcode]\n",
                            8, "demographics[1]", "did you mean 'postcode_district'?"),
    "notice_url not https": ("status: draft\n", "status: draft\nnotice_url: www.example.nhs.uk\n",
                             5, "notice_url", "https://"),
    "notice_url with no address": ("status: draft\n", "status: draft\nnotice_url: https://\n", 5,
                                   "notice_url", "must be a web address"),
    "notice_url with no domain": ("status: draft\n", "status: draft\nnotice_url: https://privacy\n",
                                  5, "notice_url", "e.g. https://www.example-icb.nhs.uk/privacy"),
    "question field typo": ("    max_length: 300", "    max_lenght: 300", 31,
                            "questions[4].max_lenght", "did you mean 'max_length'?"),
    "options typo": ("    options: [GP, Online, Nowhere]", "    opitons: [GP, Online, Nowhere]",
                     15, "questions[1].opitons",
                     "unknown field 'opitons' — did you mean 'options'?", 2),
    "duplicate id": ("  - id: where", "  - id: heard", 12, "questions[1].id", "already used"),
    "id not snake_case": ("  - id: visits", "  - id: Visits-Count", 23, "questions[3].id",
                          "lower-case letters"),
    "unknown type": ("    type: number", "    type: numbers", 24, "questions[3].type",
                     "single_choice, multi_choice, scale, yes_no, number, free_text, fft"),
    "text missing": ("    text: How many visits?\n", "", 23, "questions[3].text", "missing"),
    "text with a NUL written as an escape": ("    text: Any ideas?", '    text: "Any\\0 ideas?"', 30,
                                             "questions[4].text",
                                             "a character that can't be sent or stored (U+0000)"),
    "option with an escape character": ("[GP, Online, Nowhere]", '[GP, "On\\eline", Nowhere]', 15,
                                        "questions[1].options[1]", "(U+001B)"),
    "half a character written as an escape": ("    text: Any ideas?", '    text: "Any\\uD800"', 30,
                                              "questions[4].text", "(U+D800)"),
    "text too long": ("    text: Any ideas?", "    text: " + "x" * 301, 30, "questions[4].text",
                      "301 characters long; the limit is 300"),
    "fft wording changed": ("    type: fft\n", "    type: fft\n    text: How was it?\n", 34,
                            "questions[5].text", "fixed by the NHS"),
    "one option": ("[GP, Online, Nowhere]", "[GP]", 15, "questions[1].options",
                   "needs 2 to 12 options, not 1"),
    "duplicate option": ("[GP, Online, Nowhere]", "[GP, Online, online]", 15,
                         "questions[1].options[2]", "listed twice"),
    "blank option": ("[GP, Online, Nowhere]", '[GP, " ", Nowhere]', 15,
                     "questions[1].options[1]", "each option must be some text, not empty"),
    "options alike but for punctuation": ("[GP, Online, Nowhere]", "[GP, Online, gp!]", 15,
                                          "questions[1].options[2]", "can't tell it from 'GP'"),
    "options alike but for '&'": ("[GP, Online, Nowhere]", '[A&E, Online, "a and e"]', 15,
                                  "questions[1].options[2]", "listed twice"),
    "alias another option's label but for punctuation": (
        "[GP, Online, Nowhere]", "[GP, Online, {label: Nowhere, aliases: [none, (gp)]}]", 15,
        "questions[1].options", "the alias '(gp)' of 'Nowhere' is also used by 'GP'"),
    "alias another option's alias but for spaces": (
        "[GP, Online, Nowhere]",
        "[{label: GP, aliases: [the doctors]}, Online, {label: Nowhere, aliases: [The  Doctors]}]",
        15, "questions[1].options", "also used by 'GP'"),
    "option with a colon, unquoted": ("[GP, Online, Nowhere]", "[GP, Online, Yes: definitely]",
                                      15, "questions[1].options[2]",
                                      "an option with ': ' in it must be in quotes, e.g. "
                                      "\"Yes: definitely\""),
    "option field misspelt": ("[GP, Online, Nowhere]", "[GP, Online, {labels: Nowhere}]", 15,
                              "questions[1].options[2].labels", "did you mean 'label'?", 2),
    "option a word that stops": ("[GP, Online, Nowhere]", "[GP, Online, Stop!]", 15,
                                 "questions[1].options[2]",
                                 "'Stop!' is a word that stops the survey or, by text, controls "
                                 "messages"),
    "alias a word SMS keeps": ("[GP, Online, Nowhere]",
                               "[GP, Online, {label: Nowhere, aliases: [none, Help]}]", 15,
                               "questions[1].options[2].aliases[1]", "a reply of it would not"),
    "long option": ("[GP, Online, Nowhere]", f"[GP, Online, {'n' * 81}]", 15,
                    "questions[1].options[2]", "at most 80"),
    "options on yes_no": ("    text: Had you heard of us?\n",
                          "    text: Had you heard of us?\n    options: [Yes, No]\n", 12,
                          "questions[0].options", "only applies to single_choice or multi_choice"),
    "max_length on scale": ("    max: 5\n", "    max: 5\n    max_length: 10\n", 22,
                            "questions[2].max_length", "only applies to free_text"),
    "scale min not whole": ("    min: 1\n", "    min: 1.5\n", 20, "questions[2].min",
                            "whole number"),
    "scale max missing": ("    max: 5\n", "", 17, "questions[2].max", "missing"),
    "scale max not above min": ("    max: 5\n", "    max: 1\n", 21, "questions[2].max",
                                "bigger than min (1)"),
    "scale too wide": ("    max: 5\n", "    max: 15\n", 21, "questions[2].max", "at most 10"),
    "label off the scale": ("{1: Very hard, 5: Very easy}", "{1: Very hard, 7: Very easy}", 22,
                            "questions[2].labels.7", "not a point on this scale (1 to 5)"),
    "label point in quotes": ("{1: Very hard, 5: Very easy}", '{"1": Very hard, 5: Very easy}',
                              22, "questions[2].labels.1",
                              "'1' is in quotes; write the point as a plain number, e.g. 1: "),
    "two points labelled alike": ("{1: Very hard, 5: Very easy}", "{1: Very hard, 5: very hard!}",
                                  22, "questions[2].labels.5",
                                  "'very hard!' is also the label of 1; a reply can only mean one"),
    "number min above max": ("    min: 0\n", "    min: 60\n", 27, "questions[3].max",
                             "bigger than min (60)"),
    "number min not a number": ("    min: 0\n", "    min: none\n", 26, "questions[3].min",
                                "must be a number"),
    "max_length too big": ("max_length: 300", "max_length: 5000", 31,
                           "questions[4].max_length", "between 1 and 1000"),
    "max_reasks too big": ("    max_length: 300\n", "    max_length: 300\n    max_reasks: 9\n", 32,
                           "questions[4].max_reasks", "between 0 and 5"),
    "optional not true/false": ("    text: Any ideas?\n",
                                "    text: Any ideas?\n    optional: maybe\n", 31,
                                "questions[4].optional", "true or false"),
    "show_if later question": ('{question: heard, equals: "Yes"}', "{question: ease, at_least: 3}",
                               16, "questions[1].show_if.question", "not asked until later"),
    "show_if unknown question": ('{question: heard, equals: "Yes"}',
                                 '{question: hurd, equals: "Yes"}', 16,
                                 "questions[1].show_if.question", "did you mean 'heard'?"),
    "show_if question a list": ('{question: heard, equals: "Yes"}',
                                '{question: [heard], equals: "Yes"}', 16,
                                "questions[1].show_if.question",
                                "must be the id of an earlier question, not a list"),
    "show_if own answer": ('{question: heard, equals: "Yes"}', "{question: where, equals: GP}",
                           16, "questions[1].show_if.question", "its own answer"),
    "show_if yes_no value": ('{question: heard, equals: "Yes"}',
                             "{question: heard, equals: Maybe}", 16,
                             "questions[1].show_if.equals", 'use one of: "Yes", "No"'),
    "show_if true instead of Yes": ('{question: heard, equals: "Yes"}',
                                    "{question: heard, equals: true}", 16,
                                    "questions[1].show_if.equals", "true/false is not an answer"),
    "show_if at_least on yes_no": ('{question: heard, equals: "Yes"}',
                                   "{question: heard, at_least: 1}", 16,
                                   "questions[1].show_if.at_least", "scale or number"),
    "show_if without condition": ('{question: heard, equals: "Yes"}', "{question: heard}", 16,
                                  "questions[1].show_if", "needs a condition"),
    "show_if two conditions": ('{question: heard, equals: "Yes"}',
                               '{question: heard, equals: "Yes", any_of: ["No"]}', 16,
                               "questions[1].show_if", "only use one kind of condition"),
    "show_if key typo": ('{question: heard, equals: "Yes"}', '{question: heard, equal: "Yes"}',
                         16, "questions[1].show_if.equal", "did you mean 'equals'?", 2),
    "show_if not a mapping": ('{question: heard, equals: "Yes"}', "heard", 16,
                              "questions[1].show_if", "must be a condition"),
    "show_if outside scale": ("    text: How many visits?\n",
                              "    text: How many visits?\n"
                              "    show_if: {question: ease, at_least: 9}\n",
                              26, "questions[3].show_if.at_least", "outside"),
    "show_if any_of bad option": ("    text: Any ideas?\n",
                                  "    text: Any ideas?\n"
                                  "    show_if: {question: where, any_of: [GP, Pharmacy]}\n",
                                  31, "questions[4].show_if.any_of[1]",
                                  "'Pharmacy' is not an answer to 'where'"),
    "show_if on free text": ("    type: fft\n",
                             "    type: fft\n    show_if: {question: ideas, equals: x}\n", 34,
                             "questions[5].show_if.question", "free_text"),
    "fft id too long for its follow-up": ("  - id: overall", "  - id: " + "o" * 37, 32,
                                          "questions[5].id", "at most 36 characters"),
    "fft follow-up id taken": ("  - id: ideas", "  - id: overall_why", 32, "questions[5].id",
                               "'overall_why'"),
}


@pytest.mark.parametrize("case", INVALID_EDITS.values(), ids=INVALID_EDITS.keys())
def test_invalid_edit_reports_field_and_line(case: tuple) -> None:
    old, new, line, field, phrase, *count = case
    errors = errors_for(edit(old, new))
    matching = [error for error in errors if error.field == field]
    assert len(matching) == 1, errors
    assert matching[0].line == line, errors
    assert phrase in matching[0].message
    assert len(errors) == (count[0] if count else 1), errors


# Whole documents whose problem is in the structure itself.
INVALID_DOCUMENTS = {
    "bad indentation": ("code: TEST1\ntitle: T\n  organisation: X\n", 3, "",
                        "not valid YAML"),
    "tab indentation": ("code: TEST1\n\ttitle: T\n", 2, "", "not valid YAML"),
    "duplicate key": ("code: TEST1\ntitle: T\ncode: TEST2\n", 3, "", "duplicate key"),
    "unclosed quote": ('code: TEST1\ntitle: "Tea\n', 3, "", "not valid YAML"),
    "top level is a list": ("- code: TEST1\n", 1, "", "made of fields such as 'code: MIND24'"),
    "top level is text": ("just some words\n", 1, "", "not text"),
    "empty": ("", 1, "", "empty"),
    "only a comment": ("# nothing here\n", 1, "", "empty"),
    "no questions": (MINIMAL.split("questions:")[0], 1, "questions", "missing"),
    "questions empty": (MINIMAL.split("questions:")[0] + "questions: []\n", 4, "questions",
                        "1 to 10 questions; this script has 0"),
    "questions not a list": (MINIMAL.split("questions:")[0] + "questions: {id: a}\n", 4,
                             "questions", "must be a list"),
    "question is text": (MINIMAL + "  - What else?\n", 8, "questions[1]", "set of fields"),
    "demographics blank": (MINIMAL.replace("questions:", "demographics:\nquestions:"), 4,
                           "demographics", "or [age_band]"),
    "demographics without the age band": (
        MINIMAL.replace("questions:", "demographics: [postcode_district]\nquestions:"), 4,
        "demographics", "must include age_band: the age band is always asked"),
    "demographics empty": (MINIMAL.replace("questions:", "demographics: []\nquestions:"), 4,
                           "demographics", "must include age_band"),
    "binary": ("code: TEST1\ntitle: \x00\x01\x02\n", 2, "", "isn't allowed"),
}


@pytest.mark.parametrize("case", INVALID_DOCUMENTS.values(), ids=INVALID_DOCUMENTS.keys())
def test_invalid_document(case: tuple) -> None:
    text, line, field, phrase = case
    errors = errors_for(text)
    assert [(error.line, error.field) for error in errors] == [(line, field)], errors
    assert phrase in errors[0].message


def test_too_many_questions() -> None:
    extra = "".join(f"  - id: q{n}\n    type: yes_no\n    text: Q{n}?\n" for n in range(10))
    errors = errors_for(MINIMAL + extra)
    assert [(e.line, e.field) for e in errors] == [(4, "questions")]
    assert "this script has 11" in errors[0].message


@pytest.mark.parametrize("label", ["GP", "gp!", "G.P.", "A&E", "A+E", "a and e", "Don't know",
                                   "Don\u2019t  know", "On-line", "16\u201317", "Ｗａｌｋ-in",
                                   "Someone_else", "(gp)", "Café"])
def test_options_are_told_apart_as_replies_are_read(label: str) -> None:
    """The check for options and aliases that clash reads them as the answer parser does."""
    assert said_alike(label) == phrase_tokens(label)


# Rules added after scripts were stored: each edit of BASE is refused when written, but a
# stored script that passed the checks of its day is still read for its conversations.
NEWER_RULES = {
    "code an SMS keyword": ("code: TEST1", "code: HELP"),
    "option a control word": ("[GP, Online, Nowhere]", "[GP, Online, Stop]"),
    "options alike": ("[GP, Online, Nowhere]", "[GP, Online, gp!]"),
    "scale labels alike": ("{1: Very hard, 5: Very easy}", "{1: Very hard, 5: Very hard}"),
    "notice_url with no address": ("status: draft\n", "status: draft\nnotice_url: https://\n"),
    "fft id too long for its follow-up": ("  - id: overall", "  - id: " + "o" * 37),
}


@pytest.mark.parametrize("case", NEWER_RULES.values(), ids=NEWER_RULES.keys())
def test_a_stored_script_is_read_under_the_rules_it_was_stored_by(case: tuple) -> None:
    text = edit(*case)
    assert len(errors_for(text)) == 1
    assert script_from_yaml(text).questions[0].key == "heard"


def test_options_without_words_are_told_apart_as_written() -> None:
    """Emoji have no words to compare, and the parser reads them as written."""
    text = edit("[GP, Online, Nowhere]", '["\U0001f44d", "\U0001f44e", Online]')
    assert load_script(text).questions[1].options == ("\U0001f44d", "\U0001f44e", "Online")


@pytest.mark.parametrize("word", sorted(word for word in KEYWORDS if " " not in word))
def test_no_sms_keyword_can_be_a_code(word: str) -> None:
    """On SMS a message that is only a keyword (STOP, HELP, START…) never reaches the
    consultations: a code like that could not be started by text."""
    errors = errors_for(MINIMAL.replace("code: tiny1", f"code: {word}"))
    assert [(error.line, error.field) for error in errors] == [(1, "code")]
    assert set(KEYWORDS) | STOP_WORDS <= CONTROL_WORDS  # nor an option or alias


def test_huge_script_is_one_error() -> None:
    errors = errors_for(MINIMAL + "# padding\n" * 11_000)
    assert len(errors) == 1
    assert "the limit is 100 KB" in errors[0].message


def test_a_script_just_over_the_limit_is_not_said_to_be_at_it() -> None:
    text = MINIMAL + "#" * (100 * 1024 - len(MINIMAL)) + "\n"
    assert errors_for(text)[0].message == "the script is 101 KB; the limit is 100 KB"


@pytest.mark.parametrize(
    "text",
    [
        "   ",
        "42",
        "[" * 5000,
        "{" * 200,
        "a: &x [*x]",
        "questions: &q [*q]\n",
        "code: X\nquestions: !!binary not-base64\n",
        "key: !!python/object:os.system ls\n",
        "? [a, b]\n: c\n",
        "\ud800",
        "\ufeff" + "code: 1\n",
        bytes(range(256)).decode("latin-1"),
        "code: TEST1\nquestions:\n  - id: [a]\n    type: {x: 1}\n    text: [b]\n",
        "code: TEST1\nquestions:\n  - id: a\n    type: scale\n    min: true\n    max: [1]\n",
        "x" * (101 * 1024),
        BASE.replace("status: draft\n", "status: draft\nnotice_url: https://[::1\n"),
        BASE.replace("    min: 1\n", "    min: .nan\n").replace("max: 50", "max: .inf"),
        BASE.replace("max: 50", "max: 1e400").replace("max_length: 300", "max_length: 1e400"),
    ],
)
def test_odd_input_is_always_script_invalid(text: str) -> None:
    errors = errors_for(text)
    assert errors and all(isinstance(error, ScriptError) and error.line >= 1 for error in errors)


# --- What a valid script turns into -----------------------------------------


def test_fft_follow_up_is_added_after_the_fft() -> None:
    questions = load_script(BASE).questions
    fft, follow_up = questions[-2], questions[-1]
    assert (fft.key, fft.type, fft.text, fft.options) == ("overall", FFT, FFT_TEXT, FFT_OPTIONS)
    assert follow_up.key == "overall_why"
    assert (follow_up.type, follow_up.text) == (FREE_TEXT, FFT_WHY_TEXT)
    assert follow_up.optional and follow_up.max_length == 500


def test_fft_may_repeat_the_fixed_wording() -> None:
    text = edit("    type: fft\n", f"    type: fft\n    text: {FFT_TEXT}\n")
    assert load_script(text).questions[-2].text == FFT_TEXT


def test_question_fields_are_converted() -> None:
    script = load_script(BASE)
    heard, where, ease, visits, ideas = script.questions[:5]
    assert heard.options == ("Yes", "No")
    assert where.options == ("GP", "Online", "Nowhere")
    assert where.show_if == ShowIf(question="heard", equals="Yes")
    assert (ease.minimum, ease.maximum) == (1, 5)
    assert dict(ease.labels) == {1: "Very hard", 5: "Very easy"}
    assert (visits.minimum, visits.maximum) == (0, 50)
    assert (ideas.max_length, ideas.max_reasks) == (300, DEFAULT_MAX_REASKS)


def test_show_if_answers_match_ignoring_case() -> None:
    text = edit('{question: heard, equals: "Yes"}', "{question: heard, any_of: [yes, NO]}")
    assert load_script(text).questions[1].show_if == ShowIf(question="heard", any_of=("Yes", "No"))


def test_show_if_range_on_a_number() -> None:
    text = edit("    max_length: 300\n",
                "    max_length: 300\n    show_if: {question: visits, at_least: 2, at_most: 10}\n")
    assert load_script(text).questions[4].show_if == ShowIf("visits", at_least=2, at_most=10)


def test_defaults() -> None:
    script = load_script(MINIMAL)
    assert script.code == "TINY1"
    assert (script.status, script.min_age, script.intro) == ("draft", 0, "")
    assert script.closing == "Thank you for taking part."
    assert script.ask_postcode_district
    assert script.opens is None and script.closes is None and script.notice_url == ""
    only = script.questions[0]
    assert (only.optional, only.max_length, only.show_if) == (False, DEFAULT_FREE_TEXT_LENGTH, None)


@pytest.mark.parametrize(
    ("demographics", "postcode"),
    [("[age_band]", False), ("[age_band, postcode_district]", True),
     ("[postcode_district, age_band]", True)],
)
def test_demographics(demographics: str, postcode: bool) -> None:
    script = load_script(MINIMAL.replace("questions:", f"demographics: {demographics}\nquestions:"))
    assert script.ask_postcode_district is postcode


def test_version_is_the_sha256_of_the_text() -> None:
    first, same, changed = load_script(BASE), load_script(BASE), load_script(BASE + "# edited\n")
    assert first.version == same.version == hashlib.sha256(BASE.encode()).hexdigest()
    assert changed.version != first.version


# --- Reporting ----------------------------------------------------------------


def test_all_errors_are_reported_in_line_order() -> None:
    text = BASE.replace("status: draft", "status: open").replace("code: TEST1", "code: 1")
    text = text.replace("[GP, Online, Nowhere]", "[GP]").replace("type: number", "type: nmber")
    errors = errors_for(text)
    assert [(e.line, e.field) for e in errors] == [
        (1, "code"), (4, "status"), (15, "questions[1].options"), (24, "questions[3].type"),
    ]


def test_the_example_in_the_docs_loads() -> None:
    docs = (EXAMPLES.parents[1] / "docs" / "scripts.md").read_text(encoding="utf-8")
    example = docs.split("```yaml\n", 1)[1].split("```", 1)[0]
    assert load_script(example).code == "MIND24"


def test_script_invalid_survives_pickling() -> None:
    invalid = ScriptInvalid([ScriptError(2, "title", "is blank — it needs a value")])
    copy = pickle.loads(pickle.dumps(invalid))
    assert copy.errors == invalid.errors and str(copy) == str(invalid)


def test_error_text() -> None:
    error = ScriptError(12, "questions[2].options", "needs 2 to 12 options, not 1")
    assert str(error) == "line 12, questions[2].options: needs 2 to 12 options, not 1"
    assert str(ScriptError(1, "", "the script is empty")) == "line 1: the script is empty"
    invalid = ScriptInvalid([ScriptError(3, "b", "second"), ScriptError(1, "a", "first")])
    assert [e.field for e in invalid.errors] == ["a", "b"]
    assert isinstance(invalid, ValueError) and "line 1, a: first" in str(invalid)
