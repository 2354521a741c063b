"""Store silently only what is plainly said (issue 9, stop 27; bot/understanding/plainly.py).

Each row of INFERRED is a reply the parser reads right, by inference: before this change it
was stored at once, now it is offered ("Did you mean…?") with the same value. PLAIN rows
say their answer in so many words and are still stored. The policy never changes what is
read, only whether it is stored.
"""

from __future__ import annotations

import pytest

from bot.scripts.questions import FFT, FFT_OPTIONS, MULTI_CHOICE, SCALE, SINGLE_CHOICE, Question
from bot.understanding import plainly
from bot.understanding.parsing import Parsed, parse_answer
from bot.understanding.text import prepare
from tests.unit.parsed import ask, maybe, number, ok, scale, yes_no

BOOKED = ask(SINGLE_CHOICE, "Phoned the surgery", "NHS App", "In person at reception",
             "Someone booked it for me", text="How did you book your last appointment?")
WENT = ask(SINGLE_CHOICE, "GP surgery", "Walk-in centre", "Pharmacy", "A&E",
           text="Where did you go first?")
WAIT = ask(SINGLE_CHOICE, "Under 1 hour", "1 to 4 hours", "4 to 12 hours", "More than 12 hours",
           text="How long did you wait?")
SERVICES = ask(MULTI_CHOICE, "GP", "Pharmacy", "NHS 111", "A&E", "Dentist",
               text="Which have you used this year? Tick all that apply.")
CARING = ask(MULTI_CHOICE, "Young carers group", "Support at school or college",
             "Help from social services", "Online forums", "No support",
             text="What support do you get as a carer?")
VISITS = number("How many times did you see a GP in the last year?", "times")
PEOPLE = number("How many people live with you?")
DAYS = number("How many days did you wait for a reply?", "days")
HOURS = number("How many hours did you wait in A&E?", "hours")
EASY = Question(key="easy", type=SCALE, text="How easy was it, from 1 (very hard) to 5 (very easy)?",
                minimum=1, maximum=5, labels={1: "very hard", 5: "very easy"})
CONFIDENT = scale("How confident are you using the NHS App, from 0 to 10?", 0, 10)
INHALER = ask(SINGLE_CHOICE, "Very confident", "Quite confident", "Not very confident",
              "Not at all confident", text="How confident are you using your inhaler?")
AGAIN = ask(SINGLE_CHOICE, "Yes, definitely", "Maybe", "No", text="Would you use it again?")
USED = ask(MULTI_CHOICE, "GP", "Pharmacy", "A&E", "NHS 111", "Sexual health clinic", "None of these",
           text="Which of these have you used in the past year?")
HAD_JAB = yes_no("Have you had the flu jab this year?")
KNEW = yes_no("Did you know you can use a pharmacy for this?")
FFT_Q = Question(key="fft", type=FFT, text="Overall, how was your experience?", options=FFT_OPTIONS)

# (question, reply, offered value, the path that infers it)
INFERRED = [
    # single choice: named by none of its names, labels or position
    (INHALER, "pretty confident", "Quite confident", plainly.DESCRIBED),
    (INHALER, "not very", "Not very confident", plainly.DESCRIBED),
    (AGAIN, "yeah", "Yes, definitely", plainly.DESCRIBED),
    # single choice: another option named as well
    (BOOKED, "my mum rang for me", "Someone booked it for me", plainly.TWO_NAMED),
    (WENT, "not the gp the pharmacy", "Pharmacy", plainly.TWO_NAMED),
    # tick-all: a list worked out from "all" or "all but", or a hedge beside it
    (SERVICES, "all of them", ["GP", "Pharmacy", "NHS 111", "A&E", "Dentist"], plainly.ALL),
    (CARING, "all apart from the forums",
     ["Young carers group", "Support at school or college", "Help from social services"],
     plainly.ALL_BUT),
    (USED, "gp and i think 111 once", ["GP", "NHS 111"], plainly.HEDGED),
    # numbers and scales: no number written, several, or another than the one written
    (DAYS, "a couple of weeks", 14, plainly.FROM_WORDS),
    (PEOPLE, "me mum and my 2 brothers so 4", 4, plainly.SEVERAL_NUMBERS),
    (DAYS, "same day", 0, plainly.FROM_WORDS),
    (EASY, "really easy", 5, plainly.FROM_WORDS),
    (EASY, "dead easy", 5, plainly.FROM_WORDS),
    (HOURS, "six and a half", 6.5, plainly.WORKED_OUT),  # the half read from words
    # yes/no: read from a sentence no yes/no phrase of it opens
    (KNEW, "had no idea", "No", plainly.FROM_A_SENTENCE),
    # yes/no: the reply is a question
    (HAD_JAB, "yes?", "Yes", plainly.ASKED),
    # yes/no: "ok" alone says the message was read as often as yes (after signposting, "ok"
    # to the question asked again was stored as Yes)
    (HAD_JAB, "ok", "Yes", plainly.ACKNOWLEDGED),
    (KNEW, "k", "Yes", plainly.ACKNOWLEDGED),
    (KNEW, "ok thanks x", "Yes", plainly.ACKNOWLEDGED),
    # the FFT: the middle verdict from praise to some
    (FFT_Q, "fine", "Neither good nor poor", plainly.LUKEWARM),
    (FFT_Q, "it was alright i guess", "Neither good nor poor", plainly.LUKEWARM),
]

PLAIN = [
    (WENT, "pharmacy", "Pharmacy"),
    (WENT, "3", "Pharmacy"),
    (WENT, "the third one", "Pharmacy"),
    (WENT, "a&e please", "A&E"),
    (BOOKED, "nhs app", "NHS App"),
    (WAIT, "about 2 hours", "1 to 4 hours"),
    (SERVICES, "gp and pharmacy", ["GP", "Pharmacy"]),
    (USED, "gp and 111", ["GP", "NHS 111"]),
    (INHALER, "quite confident", "Quite confident"),
    (SERVICES, "1, 3 and 5", ["GP", "NHS 111", "Dentist"]),
    (SERVICES, "the first two", ["GP", "Pharmacy"]),
    (CARING, "none", ["No support"]),
    (VISITS, "3", 3),
    (VISITS, "three times", 3),
    (DAYS, "2 weeks", 14),
    (DAYS, "a week", 7),
    (DAYS, "3 weks", 21),  # the amounts reader's unit words are plainly's (offered before)
    (VISITS, "an occasion", 1),
    (EASY, "4", 4),
    (EASY, "very easy", 5),
    (CONFIDENT, "7/10", 7),
    (HAD_JAB, "yes", "Yes"),
    (HAD_JAB, "nope", "No"),
    (HAD_JAB, "yeah i have", "Yes"),
    (KNEW, "no i didnt", "No"),
    (FFT_Q, "very good", "Very good"),
    (FFT_Q, "poor", "Poor"),
    (FFT_Q, "4 out of 5", "Good"),
]


@pytest.mark.parametrize(("question", "reply", "value", "path"), INFERRED,
                         ids=[row[1] for row in INFERRED])
def test_an_inferred_reading_is_offered(question: Question, reply: str, value: object,
                                        path: str) -> None:
    assert parse_answer(question, reply) == maybe(value)
    assert plainly.inference(question, prepare(reply), value) == path


@pytest.mark.parametrize(("question", "reply", "value"), PLAIN, ids=[row[1] for row in PLAIN])
def test_a_plain_reply_is_still_stored(question: Question, reply: str, value: object) -> None:
    assert parse_answer(question, reply) == ok(value)


def test_every_offered_path_has_a_row() -> None:
    assert {row[3] for row in INFERRED} == plainly.OFFERED


def test_an_option_named_by_no_name_is_still_stored() -> None:
    # UNNAMED is a path, but not an offered one (plainly.py says why).
    everything_but = ["GP", "Pharmacy", "NHS 111", "A&E"]
    assert parse_answer(SERVICES, "anything but the dentist") == ok(everything_but)
    assert plainly.inference(SERVICES, prepare("anything but the dentist"),
                             everything_but) == plainly.UNNAMED


def test_only_a_stored_reading_is_turned_into_an_offer() -> None:
    offered, unread = maybe("Pharmacy"), Parsed("invalid", reason="unrecognised")
    assert plainly.stored_only_if_plain(WENT, "dunno", offered) == offered
    assert plainly.stored_only_if_plain(WENT, "dunno", unread) == unread
