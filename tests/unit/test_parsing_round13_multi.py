"""Round 13, tick-all-that-apply replies (rows written for these tests, not taken from any set).

A misspelt "except" still leaves options out (offered); a closing "and none of the others"
says nothing more; positions then a remark ("second one only, he was lovely") are offered;
a reason after what was left out ("… cos my phone is broken") is not more options left out;
"No problems" is a none option; two labels' words side by side are two options, not one
misspelt label; a label's word in another form ("ice" of "Iced it") and "X and the rest"
are offered; an unread word opening another option's label makes the reply asked again;
everyday words for barriers and wishes (distance, a full diary, a phone nobody answers,
childcare, nothing wrong, more time, painkillers, pronouns) name options; "anxious" is not
"Worried about confidentiality"; a word that only starts a label is offered, not stored.
Guard rows are look-alikes still asked again (or read as before).
"""

from __future__ import annotations

import pytest

from bot.scripts.questions import MULTI_CHOICE, Question
from bot.understanding.parsing import Parsed, parse_answer
from tests.unit.parsed import ask, bad, maybe, ok

GYM = ask(MULTI_CHOICE, "Swimming pool", "Gym", "Yoga class", "Football", "Climbing wall")
CONTACT = ask(MULTI_CHOICE, "Letter", "Email", "Phone call", "Text message", "Video call")
SUPPORT = ask(MULTI_CHOICE, "Helpline", "Online forum", "Youth worker", "Drop-in group",
              "Mentoring app", "None of these")
TRIP = ask(MULTI_CHOICE, "Parking", "Cost of the bus", "Distance", "Childcare", "Waiting",
           "No issues")
RECORDS = ask(MULTI_CHOICE, "Making appointments", "Looking at my health record", "Test results",
              "None")
INJURY = ask(MULTI_CHOICE, "Iced it", "Rested", "Strapped it up", "Saw a physio")
HARD = ask(MULTI_CHOICE, "Couldn't get through", "No appointments", "Too far", "Childcare",
           "No problems")
VISIT = ask(MULTI_CHOICE, "Painkillers", "Saw the nurse", "Longer appointment",
            "Correct pronouns", "Interpreter")
OUTING = ask(MULTI_CHOICE, "Lift from a parent", "Someone to go with", "Cheaper entry",
             "Later opening")
CLINIC = ask(MULTI_CHOICE, "Cost", "Worried about being seen", "Worried about confidentiality",
             "Too far", "None")
NERVES = ask(MULTI_CHOICE, "Cost", "Anxiety", "Too far", "None")
WORRIES = ask(MULTI_CHOICE, "Being bullied", "Money worries", "Exams", "None of these")
DESK = ask(MULTI_CHOICE, "Evening slots", "More privacy at reception", "Online booking")

# A misspelt "except" still leaves options out: offered, since a typo of it is a guess.
MISSPELT_EXCEPT_CASES = [
    (GYM, "everything exept the climbing one",
     maybe(["Swimming pool", "Gym", "Yoga class", "Football"])),
    (CONTACT, "all excpet letters", maybe(["Email", "Phone call", "Text message", "Video call"])),
    (GYM, "all expect football", maybe(["Swimming pool", "Gym", "Yoga class", "Climbing wall"])),
    (CONTACT, "all of them apart form the letter",
     maybe(["Email", "Phone call", "Text message", "Video call"])),
    # guard: "expect" not after a word for all of them is not "except"
    (CONTACT, "i expect an email", maybe(["Email"])),
]

# "… and none of the others", "…, nothing else": only what was named.
NOT_THE_REST_CASES = [
    (SUPPORT, "the forum and none of the others", ok(["Online forum"])),
    (CONTACT, "letters, no others", ok(["Letter"])),
    (GYM, "gym n football but not the others", ok(["Gym", "Football"])),
    # guard: with nothing named before it, read as before
    (SUPPORT, "none of the others", maybe(["None of these"])),
]

# Positions, then a remark naming no option: offered.
POSITIONS_THEN_REMARK_CASES = [
    (SUPPORT, "second one only, he was lovely", maybe(["Online forum"])),
    (GYM, "3 and 5. the rest were pants", maybe(["Yoga class", "Climbing wall"])),
    (CONTACT, "1 and 4 obvs", ok(["Letter", "Text message"])),
    # guard: the remark names an option, so what is meant is not clear
    (CONTACT, "the first one, email was slow", maybe(["Letter", "Email"])),
]

# A reason after what is left out is not more options left out.
REASON_AFTER_EXCLUDING_CASES = [
    (CONTACT, "all apart from email cos my phone is broken",
     maybe(["Letter", "Phone call", "Text message", "Video call"])),
    (GYM, "everything except swimming because the gym changing rooms are grim",
     maybe(["Gym", "Yoga class", "Football", "Climbing wall"])),
]

# "No issues", "No problems": a none option, never ticked beside something that was hard.
NOTHING_WRONG_CASES = [
    (TRIP, "no issues but the waiting was long", bad("ambiguous")),
    (TRIP, "all of them", maybe(["Parking", "Cost of the bus", "Distance", "Childcare",
                              "Waiting"])),
]

# Two labels' words side by side are two options, not one misspelt label.
TWO_LABELS_WORDS_CASES = [
    (RECORDS, "record, results", ok(["Looking at my health record", "Test results"])),
    (RECORDS, "record results", maybe(["Looking at my health record", "Test results"])),
]

# A label's word in another form, and "X and the rest": offered.
FORMS_AND_REST_CASES = [
    (INJURY, "ice and rest", maybe(["Iced it", "Rested"])),
    (INJURY, "rest and a physio", maybe(["Rested", "Saw a physio"])),
    (GYM, "gym and all the rest", maybe(["Swimming pool", "Gym", "Yoga class", "Football",
                                         "Climbing wall"])),
]

# Everyday words for barriers and wishes.
EVERYDAY_CASES = [
    (HARD, "stuck on hold forever", maybe(["Couldn't get through"])),
    (HARD, "all booked up and its miles away", ok(["No appointments", "Too far"])),
    (HARD, "no babysitter", ok(["Childcare"])),
    (HARD, "it was fine", ok(["No problems"])),
    (HARD, "lines engaged then fully booked", ok(["Couldn't get through", "No appointments"])),
    (VISIT, "nurofen and extra time", ok(["Painkillers", "Longer appointment"])),
    (VISIT, "got misgendered", ok(["Correct pronouns"])),
    # guard: turning up is not privacy at the desk
    (DESK, "just turn up", bad("unrecognised")),
]

# Beside the options read, an unread word that opens another option's label ("someone" of
# "Someone to go with"): that option may be meant too, so asked again, not half offered.
OPENS_ANOTHER_CASES = [
    (OUTING, "later opening and someone coming along", bad("ambiguous")),
    (OUTING, "cheaper entry, someone i know there", bad("ambiguous")),
    # guard: chatter beside the option
    (OUTING, "later opening please", ok(["Later opening"])),
]

# "Worried about confidentiality", "… being seen": a worry about something else, so "my
# nerves" or "anxious" is not that option (it was stored as it).
WORRIED_ABOUT_CASES = [
    (CLINIC, "proper anxious", bad("unrecognised")),
    (ask(MULTI_CHOICE, "Cost", "Worried about being seen", "None"), "my nerves",
     bad("unrecognised")),
    # who would be told, and who would see, in everyday words
    (CLINIC, "that they might tell school", maybe(["Worried about confidentiality"])),
    (CLINIC, "cost and who theyd tell", ok(["Cost", "Worried about confidentiality"])),
    (CLINIC, "bumping into someone from my year", ok(["Worried about being seen"])),
    # guard: an option that is the fear itself still takes it
    (NERVES, "my nerves", ok(["Anxiety"])),
]

# A word beside named options found only as the start of a label ("bein" of "Being
# bullied"), not as a word of it: offered, never stored (it was stored).
ONLY_A_START_CASES = [
    (WORRIES, "exams + bein skint", maybe(["Being bullied", "Money worries", "Exams"])),
    (WORRIES, "exams n bein broke", maybe(["Being bullied", "Money worries", "Exams"])),
    # guard: the whole words are the label's
    (WORRIES, "exams and being bullied", ok(["Being bullied", "Exams"])),
]


@pytest.mark.parametrize("question,reply,expected",
                         MISSPELT_EXCEPT_CASES + NOT_THE_REST_CASES + POSITIONS_THEN_REMARK_CASES
                         + REASON_AFTER_EXCLUDING_CASES + NOTHING_WRONG_CASES
                         + TWO_LABELS_WORDS_CASES + FORMS_AND_REST_CASES + EVERYDAY_CASES
                         + OPENS_ANOTHER_CASES + WORRIED_ABOUT_CASES + ONLY_A_START_CASES)
def test_round13_multi_reply(question: Question, reply: str, expected: Parsed) -> None:
    assert parse_answer(question, reply) == expected
