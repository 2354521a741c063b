"""Round 10 mechanisms, one table each (rows written for these tests, not taken from any set).

Numbers beside a remark: the score or count in the first clause is the answer when the rest
only comments on it (other numbers there count something else: minutes, "7pm", "the 3rd");
a number in the last clause after a remark is offered.
"""

from __future__ import annotations

import pytest

from bot.scripts.questions import (
    FFT,
    FFT_OPTIONS,
    MULTI_CHOICE,
    NUMBER,
    SCALE,
    SINGLE_CHOICE,
    YES_NO,
    Question,
)
from bot.understanding.parsing import Parsed, parse_answer
from tests.unit.parsed import ask, bad, maybe, ok, which

EASE = Question(key="ease", type=SCALE, text="How easy? (1 = very hard, 5 = very easy)",
                minimum=1, maximum=5, labels={1: "Very hard", 5: "Very easy"})
WORRY = Question(key="worry", type=SCALE, text="0 to 10, how worried?", minimum=0, maximum=10)
VISITS = Question(key="visits", type=NUMBER, text="How many times did you go?", unit="times",
                  minimum=0, maximum=50)

REMARK_CASES = [
    (EASE, "4, only waited 10 minutes", maybe(4)),
    (EASE, "2 - the line opens at 7am and it's gone by 7.15", maybe(2)),
    (EASE, "1 cos nobody picks up before the 3rd ring", ok(1)),
    (WORRY, "seven, bills keep going up", ok(7)),
    (WORRY, "0, sorted now", ok(0)),
    (VISITS, "three, all for my back", ok(3)),
    (VISITS, "none, never needed to", maybe(0)),
    (EASE, "not great tbh, maybe 2", maybe(2)),
    (WORRY, "a fair bit, like 6", maybe(6)),
    # Another bare number is another answer: asked again.
    (EASE, "3, or 4 on a good day", bad("ambiguous")),
    (EASE, "2, no 3", maybe(3)),  # a correction, offered (round 14: blind sets read it so)
    (VISITS, "twice, maybe three times", bad("ambiguous")),
    (VISITS, "5, at least", bad("unrecognised")),
    # Two numbers said with no remark between: not read as one.
    (WORRY, "4, 5", bad("ambiguous")),
]


# Tick-all-that-apply: "none … except X" offers X; an option that says the question does not
# apply ("I don't use it") is never part of "everything" and never ticked beside another.
APP = ask(MULTI_CHOICE, "Repeat prescriptions", "Booking", "My records", "Messaging",
          "I don't use it")
CLINICS = ask(MULTI_CHOICE, "Dentist", "Optician", "Physio", "None of these")

EXCLUSION_CASES = [
    (CLINICS, "none apart from the optician", maybe(["Optician"])),
    (CLINICS, "nothing except physio", maybe(["Physio"])),
    (CLINICS, "none of them other than the dentist", maybe(["Dentist"])),
    (APP, "everything except messaging", maybe(["Repeat prescriptions", "Booking", "My records"])),
    (APP, "everything on the list apart from booking",
     maybe(["Repeat prescriptions", "My records", "Messaging"])),
    (APP, "honestly anything but the records",
     ok(["Repeat prescriptions", "Booking", "Messaging"])),
    # "but" after a none is a remark, not a saving: never read as the option it names.
    (CLINICS, "none, but the physio was good", bad("ambiguous")),
    # Saying it does not apply and naming a use contradicts itself: asked again.
    (APP, "i don't use it, just booking", bad("ambiguous")),
]


# How long ago, said by an event or a stage of life: years ago, only offered; "not since X"
# says the last time was X.
LAST_VISIT = ask(SINGLE_CHOICE, "Within 6 months", "6 to 12 months ago", "1 to 2 years ago",
                 "Over 2 years ago", "Never")

AGO_CASES = [
    (LAST_VISIT, "sometime before the pandemic", maybe("Over 2 years ago")),
    (LAST_VISIT, "haven't been since lockdown", maybe("Over 2 years ago")),
    (LAST_VISIT, "not been since before lockdown", maybe("Over 2 years ago")),
    (LAST_VISIT, "haven't gone since primary school", maybe("Over 2 years ago")),
    (LAST_VISIT, "back when i was at school", maybe("Over 2 years ago")),
    (LAST_VISIT, "not since 18 months ago", ok("1 to 2 years ago")),
    # "last year" reaches over three of these options: which one?
    (LAST_VISIT, "not since last year",
     which("Within 6 months", "6 to 12 months ago", "1 to 2 years ago")),
]


# One option, then a reason that puts another down or compares with it: the first is meant,
# offered; a reason naming another option plainly still asks which.
GETTING_THERE = ask(SINGLE_CHOICE, "Walk", "Bus", "Train", "Taxi", "Lift from someone")

REASON_CASES = [
    (GETTING_THERE, "taxi, the bus takes forever and is a nightmare", maybe("Taxi")),
    (GETTING_THERE, "train cos its way faster than the bus", maybe("Train")),
    (GETTING_THERE, "walk, i hate getting the bus", maybe("Walk")),
    (GETTING_THERE, "bus although now and then i walk", maybe("Bus")),
    (GETTING_THERE, "bus but sometimes a taxi", which("Bus", "Taxi")),
    (GETTING_THERE, "train, or the bus", which("Bus", "Train")),
]


# Yes/no: "I do now" to "Did you know…?" is a no (they did not, before) and to "Do you
# know…?" a yes; how often, to "Have you ever…?", is a yes; "wouldn't mind" is a yes unless
# the question asks about minding; a yes undone after "but" is asked again.
DID_KNOW = Question(key="k1", type=YES_NO, text="Did you know the pharmacy can treat earache?")
DO_KNOW = Question(key="k2", type=YES_NO, text="Do you know how to book a smear test?")
EVER = Question(key="e", type=YES_NO, text="Have you ever skipped a meal to save money?")
WILLING = Question(key="w", type=YES_NO, text="Would you try a group session?")
MINDING = Question(key="m", type=YES_NO, text="Would you mind us texting you?")
HAVE = Question(key="h", type=YES_NO, text="Are you signed up to a dentist?")

YES_NO_CASES = [
    (DID_KNOW, "well i know now", maybe("No")),
    (DO_KNOW, "i know now", maybe("Yes")),
    (EVER, "once or twice", maybe("Yes")),
    (EVER, "every now and then", maybe("Yes")),
    (WILLING, "i wouldnt mind", maybe("Yes")),
    (MINDING, "i wouldnt mind", ok("No")),  # not minding is the answer no here
    (HAVE, "was but they closed", bad("unrecognised")),
    (HAVE, "yes", ok("Yes")),
]


def test_scots_negation_turns_a_verdict() -> None:
    """ "wisnae good" is not a good experience: never stored as one."""
    read = parse_answer(ask(FFT, *FFT_OPTIONS), "it wisnae good")
    assert read.value not in ("Good", "Very good")


# Times of day: an option inside another that both hold the time is offered ("7.45am" to
# Before 8am | Morning); minutes past or to an hour; the 24-hour clock.
CLINIC_TIMES = ask(SINGLE_CHOICE, "Before 8am", "Morning", "Lunchtime", "Afternoon", "Evening")
BEDTIMES = ask(SINGLE_CHOICE, "Before 9pm", "9pm to 10pm", "10pm to 11pm", "After 11pm")

TIME_CASES = [
    (CLINIC_TIMES, "7.45am", maybe("Before 8am")),
    (CLINIC_TIMES, "about 12.30", maybe("Lunchtime")),
    (BEDTIMES, "21:15", maybe("9pm to 10pm")),
    (BEDTIMES, "quarter to ten", maybe("9pm to 10pm")),
    (BEDTIMES, "twenty past ten", maybe("10pm to 11pm")),
    (BEDTIMES, "25 to 11", maybe("10pm to 11pm")),
]


# Having stopped is the option that says so, offered, never "Never"; starting again or only
# meaning to stop is neither.
DRINKING = ask(SINGLE_CHOICE, "Most days", "Weekends only", "Rarely", "I've given up", "Never")

STOPPED_CASES = [
    (DRINKING, "packed it in after xmas", maybe("I've given up")),
    (DRINKING, "quit 2 years ago", maybe("I've given up")),
    (DRINKING, "i stopped", maybe("I've given up")),
    (DRINKING, "gave up but back on it now", bad()),
    (DRINKING, "never", ok("Never")),
]


def test_no_experience_of_a_service_is_only_offered_as_dont_know() -> None:
    """ "never used it" to the FFT is not stored as Don't know: there is nothing to rate."""
    read = parse_answer(ask(FFT, *FFT_OPTIONS), "never used them")
    assert read.status != "answered"
    assert parse_answer(ask(FFT, *FFT_OPTIONS), "not sure") == ok("Don't know")


# Someone else doing it for the patient is the option for that, offered; a reply naming the
# person as an option, or another option beside them, is read as before.
TRAVEL = ask(SINGLE_CHOICE, "On foot", "Public transport", "Drive myself", "Someone gives me a lift")
HELPER = ask(SINGLE_CHOICE, "A parent or carer", "A friend", "Someone else", "No one")
HOUSEHOLD = Question(key="p", type=NUMBER, text="How many people live with you, including you?",
                     unit="people")

SOMEONE_CASES = [
    (TRAVEL, "my nan drives me in her car", maybe("Someone gives me a lift")),
    (TRAVEL, "my mate picks me up", maybe("Someone gives me a lift")),
    (TRAVEL, "i drive myself", ok("Drive myself")),
    (TRAVEL, "train or my sister drops me", bad()),
    (HELPER, "my mum", ok("A parent or carer")),
    (HOUSEHOLD, "me and my 2 housemates", maybe(3)),
    (HOUSEHOLD, "only me and my dad", maybe(2)),
]


# A list whose commas are gone ("appointments, records"): each word an option of its own,
# offered, when together they name none.
PORTAL = ask(MULTI_CHOICE, "Booking appointments", "Ordering repeat prescriptions",
             "Viewing my records", "Messages", "I don't use it")

LIST_CASES = [
    # with the comma said, each part a piece of one label: stored (round 11)
    (PORTAL, "appointments, records", ok(["Booking appointments", "Viewing my records"])),
    (PORTAL, "records prescriptions",
     maybe(["Ordering repeat prescriptions", "Viewing my records"])),
    (PORTAL, "records", ok(["Viewing my records"])),
]

# Scales: an end by position ("full marks", "rock bottom"), the middle of a short scale,
# and an end label with the question's own words around it; amounts without a number.
CALM = Question(key="c", type=SCALE, text="0 to 10, how anxious do you feel today? "
                "(0 = not at all, 10 = extremely)", minimum=0, maximum=10,
                labels={0: "not at all", 10: "extremely"})
SURE = Question(key="u", type=SCALE, text="How sure are you?", minimum=1, maximum=5)
WEEKS = Question(key="w", type=NUMBER, text="How many weeks did you wait?", unit="weeks")

SCALE_AND_AMOUNT_CASES = [
    (CALM, "not anxious at all", maybe(0)),
    (CALM, "extremely anxious", ok(10)),
    (CALM, "full marks", maybe(10)),
    (CALM, "rock bottom", maybe(0)),
    (CALM, "somewhere in the middle", bad()),  # 4, 5 or 6 on a long scale: asked again
    (SURE, "bang in the middle", maybe(3)),
    (SURE, "about in the middle", maybe(3)),
    (WEEKS, "fortnight", ok(2)),
    (VISITS, "half a dozen", maybe(6)),
]


# Tick-all: denying the thing ("never installed it", "don't have it") is the one option that
# says the question does not apply, offered; a denial beside a named use is asked again.
APP_USES = ask(MULTI_CHOICE, "Ordering medicines", "Seeing test results", "Messaging the surgery",
               "I don't use it")
CLUBS = ask(MULTI_CHOICE, "Football", "Netball", "Drama", "None of these")

DENIAL_CASES = [
    (APP_USES, "never installed it", maybe(["I don't use it"])),
    (APP_USES, "don't have it on this phone", maybe(["I don't use it"])),
    (APP_USES, "deleted it last year", maybe(["I don't use it"])),
    (APP_USES, "dont use it, except the results", bad("ambiguous")),
    (CLUBS, "never joined any", maybe(["None of these"])),
]


# One choice: a none said first and naming no option is the one option saying it did not
# happen, offered.
ADVICE = ask(SINGLE_CHOICE, "Pharmacist", "GP", "Website", "I didn't ask anyone")

NOWHERE_CASES = [
    (ADVICE, "nobody tbh, sorted it myself", maybe("I didn't ask anyone")),
    (ADVICE, "no one really", maybe("I didn't ask anyone")),
    (ADVICE, "the pharmacist", ok("Pharmacist")),
]


# Hours asked, two clock times given: the hours from one to the other, across midnight,
# offered; "10 to 11" may itself be hours, so it is not read as times.
SLEEP = Question(key="sl", type=NUMBER, text="How many hours do you sleep?", unit="hours",
                 minimum=0, maximum=24)

CLOCK_CASES = [
    (SLEEP, "from 12 till 8", maybe(8)),
    (SLEEP, "half eleven till half seven", maybe(8)),
    (SLEEP, "11pm to 6am", maybe(7)),
    (SLEEP, "7 to 8 hours", bad("ambiguous")),
    (SLEEP, "8", ok(8)),
]


TABLES = {
    "REMARK_CASES": REMARK_CASES,
    "EXCLUSION_CASES": EXCLUSION_CASES,
    "AGO_CASES": AGO_CASES,
    "REASON_CASES": REASON_CASES,
    "YES_NO_CASES": YES_NO_CASES,
    "TIME_CASES": TIME_CASES,
    "STOPPED_CASES": STOPPED_CASES,
    "SOMEONE_CASES": SOMEONE_CASES,
    "LIST_CASES": LIST_CASES,
    "SCALE_AND_AMOUNT_CASES": SCALE_AND_AMOUNT_CASES,
    "DENIAL_CASES": DENIAL_CASES,
    "NOWHERE_CASES": NOWHERE_CASES,
    "CLOCK_CASES": CLOCK_CASES,
}


@pytest.mark.parametrize("question,reply,expected", [
    pytest.param(*row, id=f"{name}-{row[1]}") for name, rows in TABLES.items() for row in rows])
def test_round10_reply(question: Question, reply: str, expected: Parsed) -> None:
    assert parse_answer(question, reply) == expected
