"""Digits texted for words ("talk 2 someone", "wait 4 ages") are not numbers
(bot/understanding/texted.py): "talk 2 someone online" at a 1-5 scale was stored as 2."""

from __future__ import annotations

import pytest

from bot.scripts.questions import SCALE, SINGLE_CHOICE, Question
from bot.understanding.parsing import parse_answer
from bot.understanding.result import ANSWERED, INVALID
from bot.understanding.texted import spelt_out
from tests.unit.parsed import ask, number

EASE = Question(key="ease", type=SCALE, minimum=1, maximum=5,
                text="How easy was it to get help, from 1 (very hard) to 5 (very easy)?",
                labels={1: "very hard", 5: "very easy"})
LIKELY = Question(key="likely", type=SCALE, minimum=1, maximum=5,
                  text="How likely are you to book online, from 1 (not at all) to 5 (very)?",
                  labels={1: "not at all likely", 5: "very likely"})
DAYS = number("How many days did you wait for an appointment?", "days")
FIRST = ask(SINGLE_CHOICE, "GP surgery", "School or college counsellor", "Pharmacy",
            text="Where would you go first?")


@pytest.mark.parametrize("reply, read", [
    ("talk 2 someone online", "talk to someone online"),
    ("hard 2 say", "hard to say"),
    ("idk 2 b honest", "idk to be honest"),
    ("go 2 my gp", "go to my gp"),
    ("go 2 the gp", "go to the gp"),
    ("would love 2", "would love to"),
    ("i'd love 2!", "i'd love to!"),
    ("had 2 wait ages", "had to wait ages"),
    ("wait 4 ages", "wait for ages"),
    ("4 sure", "for sure"),
    ("2 long", "too long"),
    # numbers stay numbers
    ("2", "2"),
    ("2 stars", "2 stars"),
    ("2 i guess", "2 i guess"),
    ("gave it 2", "gave it 2"),
    ("2 a week", "2 a week"),
    ("2 days", "2 days"),
    ("2 - it was ok", "2 - it was ok"),
    ("2/5", "2/5"),
    ("4pm", "4pm"),
    ("2 the jargon was mad", "2 the jargon was mad"),  # a score, then why
    ("2 make that 3", "2 make that 3"),  # a score, corrected
    ("2 b", "2 b"),  # options 2 and b, perhaps
    ("£2 you", "£2 you"),
])
def test_a_digit_is_a_word_only_where_the_words_beside_it_say_so(reply: str, read: str) -> None:
    assert spelt_out(reply) == read


@pytest.mark.parametrize("question, reply, status, value", [
    (EASE, "talk 2 someone online", INVALID, None),
    (EASE, "hard 2 say", INVALID, None),
    (EASE, "idk 2 b honest", INVALID, None),
    (DAYS, "had 2 wait ages", INVALID, None),
    (LIKELY, "would love 2", INVALID, None),
    (LIKELY, "prob 2 be honest", INVALID, None),
    (FIRST, "go 2 my gp", ANSWERED, "GP surgery"),  # not "which one: option 2 or the GP?"
    (EASE, "2 i guess", ANSWERED, 2),
    (EASE, "2 the jargon was mad", ANSWERED, 2),
    (DAYS, "2 days", ANSWERED, 2),
])
def test_a_texted_word_is_never_stored_as_a_number(question: Question, reply: str, status: str,
                                                   value: object) -> None:
    parsed = parse_answer(question, reply)
    assert (parsed.status, parsed.value) == (status, value)
