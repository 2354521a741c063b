"""Round 12 (issue 9): kinds of reply seen in the spent held-out sets v11 and v12, every row
written for these tests in new words. Each kind's first rows were misread before this round
(most of them stored wrong); the guard rows after them are look-alikes that must keep being
read as they were.
"""

from __future__ import annotations

import pytest

from bot.scripts.questions import MULTI_CHOICE, NUMBER, SINGLE_CHOICE, YES_NO, Question
from bot.understanding.parsing import Parsed, parse_answer
from tests.unit.parsed import ask, bad, maybe, ok, which


def yes_no(text: str) -> Question:
    return Question(key="q", type=YES_NO, text=text)


def number(text: str, unit: str = "") -> Question:
    return Question(key="q", type=NUMBER, text=text, unit=unit, minimum=0)


# --- tick all that apply: a "maybe" on an item makes the list an offer -----------------------

JABS = ask(MULTI_CHOICE, "Tetanus", "Measles", "Chickenpox", "Not sure")

MAYBE_CASES = [
    (JABS, "possibly chickenpox", maybe(["Chickenpox"])),
    # Round 15: a "maybe" on a later item, the first said plainly, is asked again (which stand
    # is for the patient to say; the blind sets' writers asked again, v5, v11, v12, v20)
    (JABS, "measles and maybe tetanus", bad("ambiguous")),
    # guards
    (JABS, "measles and tetanus", ok(["Tetanus", "Measles"])),
    (JABS, "measles i think, perhaps tetanus", bad("ambiguous")),
]

# --- hours said a day, to a question counting hours a week or a day --------------------------

GAMING = number("How many hours a week do you spend gaming?", "hours")
PHONE = number("How many hours a day are you on your phone?", "hours")

RATE_CASES = [
    (GAMING, "3 hours a day", maybe(21)),  # was 27: "a day" added as 24 hours
    (GAMING, "every evening about 2 hours", maybe(14)),
    (GAMING, "2 hours a day on weekdays", bad("ambiguous")),  # not every day: how many?
    (PHONE, "6 hours a day", maybe(6)),  # was 30
    (GAMING, "4 hours a week", maybe(4)),  # was 172
    # guards
    (GAMING, "10 hours", ok(10)),
    (PHONE, "6 hours", ok(6)),
]

# --- "How many different…?": things named one by one are counted, and offered ---------------

APPS = number("How many different apps do you use for your health?")
MEDS = number("How many different medicines are you on?")
VISITS = number("How many times did you go?")

NAMED_CASES = [
    (APPS, "nhs app, flo and headspace", maybe(3)),
    (APPS, "only my fitbit", maybe(1)),
    (MEDS, "two creams and my antibiotics", maybe(3)),  # was 2, stored
    # guards
    (APPS, "3", ok(3)),
    (APPS, "2 or 3", bad("ambiguous")),
    (APPS, "a few different ones", bad()),
    (MEDS, "does melatonin count?", bad()),
    (VISITS, "only the dentist", bad()),  # counting visits, not different things
]

# --- "How many times…?": times told one by one are added up, and offered -------------------

SEEN = number("How many times have you seen the nurse this year?", "times")

TOLD_CASES = [
    (SEEN, "once at easter and again in july", maybe(2)),
    (SEEN, "twice in the spring and once last week", maybe(3)),
    (SEEN, "twice, once for my jab and once for my ankle", maybe(2)),
    # guards
    (SEEN, "once", ok(1)),
    (SEEN, "once or twice", bad("ambiguous")),
]

# --- a zero said again with a denial: offered -------------------------------------------------------

SHIFTS = number("How many night shifts did you work last month?", "times")

ZERO_CASES = [
    (SHIFTS, "none im not on nights", maybe(0)),
    (SHIFTS, "0 never", maybe(0)),
    # guards
    (SHIFTS, "none", ok(0)),
    (SHIFTS, "0", ok(0)),
]

# --- to "Do you know…?", a question back about something else is no answer ------------------

CONDOMS = yes_no("Do you know where to get free condoms?")
KNEW = yes_no("Did you know you can see a pharmacist without an appointment?")

ASKED_BACK_CASES = [
    (CONDOMS, "is it the clinic on the high street?", bad()),  # was No
    # guards
    (KNEW, "wait, can you??", maybe("No")),
    (CONDOMS, "do i need to be 16?", bad()),
]

# --- "Do you know how / where…?": "i know how, but…" or the way told offers Yes -------------

DENTIST = yes_no("Do you know how to find an out-of-hours dentist?")

KNOWS_HOW_CASES = [
    (DENTIST, "call 111 and they sort it", maybe("Yes")),
    (DENTIST, "i know how but they never have space", maybe("Yes")),
    # guards
    (DENTIST, "ring them?", bad()),
    (DENTIST, "no idea", ok("No")),
    (yes_no("Have you seen a dentist this year?"), "call them tomorrow", bad()),
]

# --- single choice: an option then, or together with, a thing that is not one ---------------

TOLD = ask(SINGLE_CHOICE, "A friend", "A parent or carer", "A teacher", "No one",
           text="Who did you tell first?")

SIDE_BY_SIDE_CASES = [
    (TOLD, "snapchat then my dad", bad("ambiguous")),  # was A parent or carer
    (TOLD, "my boyfriend and my dad at the same time", bad("ambiguous")),
    # guards
    (TOLD, "my dad", ok("A parent or carer")),
    (TOLD, "my mum and dad at the same time", ok("A parent or carer")),
    (TOLD, "a friend and then a teacher", which("A friend", "A teacher")),
]

# --- a negation two labels open with names neither ------------------------------------------

WHY = ask(SINGLE_CHOICE, "Didn't have money", "Worried about pain", "Didn't think it mattered",
          "Something else")

SHARED_NEGATION_CASES = [
    (WHY, "didnt reckon it was important", bad()),  # was Didn't have money, stored
    # guards
    (WHY, "didnt have the money", ok("Didn't have money")),
]

# --- a way tried that failed, then another: the one done in the end, offered ----------------

BOOKED = ask(SINGLE_CHOICE, "Phone", "NHS App", "In person", "Someone else did it")

TRIED_CASES = [
    (BOOKED, "tried ringing, no answer, so i just went in", maybe("In person")),  # was Phone
    (BOOKED, "tried the app but it kept crashing so i rang", maybe("Phone")),
    # guards
    (BOOKED, "tried the app and it worked", ok("NHS App")),
    (BOOKED, "tried the app", ok("NHS App")),
]

# --- a practice's online consultation by its brand names ------------------------------------

ONLINE = ask(MULTI_CHOICE, "NHS App", "NHS website", "GP online consultation", "None of these")
BOOKED_ONLINE = ask(SINGLE_CHOICE, "Online via the NHS App", "Surgery website or online form",
                    "Phoned")

CONSULTATION_CASES = [
    (ONLINE, "patchs and the website", ok(["NHS website", "GP online consultation"])),
    # guards
    (ONLINE, "the app and the nhs website", ok(["NHS App", "NHS website"])),
    (BOOKED_ONLINE, "did an accurx form", ok("Surgery website or online form")),
]

# --- single choice: a second state added with "also" ----------------------------------------

NOW = ask(SINGLE_CHOICE, "At school", "At college", "Working", "Caring for someone",
          text="Which best describes you now?")

ALSO_CASES = [
    (NOW, "at college and i also care for my gran", which("At college", "Caring for someone")),
    # guards
    (NOW, "college and also doing my driving lessons", ok("At college")),
    (NOW, "at college", ok("At college")),
]

# --- what a young person is doing, where school, college and university are apart ----------

DOING = ask(SINGLE_CHOICE, "At school", "At college or sixth form", "At university",
            "In work or an apprenticeship", "Not in work or education")

DOING_CASES = [
    (DOING, "year 9", ok("At school")),
    (DOING, "second year of my degree", ok("At university")),
    (DOING, "work at the leisure centre", ok("In work or an apprenticeship")),
    (DOING, "neet atm", ok("Not in work or education")),
    # guards
    (DOING, "sixth form", ok("At college or sixth form")),
    (ask(SINGLE_CHOICE, "Year 10", "Year 11", "Left school"), "year 11", ok("Year 11")),
]

# --- medicines by name: bought over the counter, or prescribed ------------------------------

CHEMIST = ask(MULTI_CHOICE, "Advice", "Prescription medicine", "Over-the-counter medicine",
              "A vaccine")

MEDICINE_CASES = [
    (CHEMIST, "nurofen and my antidepressants",
     ok(["Prescription medicine", "Over-the-counter medicine"])),
    (CHEMIST, "lemsip", ok(["Over-the-counter medicine"])),
    (CHEMIST, "picked up my inhaler", maybe(["Prescription medicine"])),
    # guards
    (CHEMIST, "a vaccine and some advice", ok(["Advice", "A vaccine"])),
]

# --- tick all that apply: being driven is not "Drive myself" -------------------------------

TRAVEL = ask(MULTI_CHOICE, "Walk", "Bus", "Lift from family or friends", "Drive myself", "Taxi")

DRIVEN_CASES = [
    (TRAVEL, "bus or my nan drives me", maybe(["Bus", "Lift from family or friends"])),
    (TRAVEL, "my girlfriend gives me a lift", maybe(["Lift from family or friends"])),
    # guards
    (TRAVEL, "i drive myself or get the bus", ok(["Bus", "Drive myself"])),
    (TRAVEL, "walk and taxi", ok(["Walk", "Taxi"])),
]

CASES = {
    "MAYBE_CASES": MAYBE_CASES,
    "RATE_CASES": RATE_CASES,
    "NAMED_CASES": NAMED_CASES,
    "TOLD_CASES": TOLD_CASES,
    "ZERO_CASES": ZERO_CASES,
    "ASKED_BACK_CASES": ASKED_BACK_CASES,
    "KNOWS_HOW_CASES": KNOWS_HOW_CASES,
    "SIDE_BY_SIDE_CASES": SIDE_BY_SIDE_CASES,
    "SHARED_NEGATION_CASES": SHARED_NEGATION_CASES,
    "TRIED_CASES": TRIED_CASES,
    "CONSULTATION_CASES": CONSULTATION_CASES,
    "ALSO_CASES": ALSO_CASES,
    "MEDICINE_CASES": MEDICINE_CASES,
    "DOING_CASES": DOING_CASES,
    "DRIVEN_CASES": DRIVEN_CASES,
}


@pytest.mark.parametrize(
    ("question", "reply", "expected"),
    [pytest.param(q, r, e, id=f"{name}-{r}") for name, rows in CASES.items() for q, r, e in rows],
)
def test_round12_reply(question: Question, reply: str, expected: Parsed) -> None:
    assert parse_answer(question, reply) == expected
