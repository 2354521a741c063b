"""Round 11, tick-all-that-apply replies (rows written for these tests, not taken from any set).

Groups said loosely are offered: "all" with chatter around it, "all except …" after a few
opening words or before a remark, "never X but all the rest", "not X" to a list of times or
days, "nah", "after school" (maybe the evening option). "both of the first two" and "nowt" are stored,
"repeat prescriptions, test results" (a comma between parts of labels) too,
and "the app first" is the order, not option 1. Not knowing, the past or a condition makes
a reading an offer; "X or none" is asked again.
Guard rows are look-alikes still asked again (or read as before).
"""

from __future__ import annotations

import pytest

from bot.scripts.questions import MULTI_CHOICE, Question
from bot.understanding.parsing import Parsed, parse_answer
from tests.unit.parsed import ask, bad, maybe, ok

JABS = ask(MULTI_CHOICE, "Tetanus", "Measles", "Hepatitis B", "Chickenpox", "Not sure")
KIT = ask(MULTI_CHOICE, "Glucose meter", "Insulin pen", "Sensor", "Care plan", "Yearly check")
SLOTS = ask(MULTI_CHOICE, "Early mornings", "Lunchtimes", "Evenings", "Weekends")
DAYS = ask(MULTI_CHOICE, "Monday", "Tuesday", "Wednesday", "Thursday", "Friday")
CONTACT = ask(MULTI_CHOICE, "Letter", "Email", "Phone call", "Text message", "Video call")
HELP = ask(MULTI_CHOICE, "Helpline", "Online forum", "Youth worker", "Drop-in group",
           "Mentoring app", "None of these")
WAYS = ask(MULTI_CHOICE, "Cycling", "Walking", "Bus", "Lift from family")

# "all of them" with chatter around it: every real option, offered.
ALL_CHATTER_CASES = [
    (KIT, "yeah had all of them", maybe(["Glucose meter", "Insulin pen", "Sensor", "Care plan",
                                          "Yearly check"])),
    (JABS, "got all of those i think", maybe(["Tetanus", "Measles", "Hepatitis B", "Chickenpox"])),
    (KIT, "literally all of them", maybe(["Glucose meter", "Insulin pen", "Sensor", "Care plan",
                                          "Yearly check"])),
    (ask(MULTI_CHOICE, "Cinema", "Bowling"), "yeah both", maybe(["Cinema", "Bowling"])),
    (KIT, "every one of them", maybe(["Glucose meter", "Insulin pen", "Sensor", "Care plan",
                                   "Yearly check"])),
    # guards: other words beside "all" say something more; "both" of five is no group
    (KIT, "had all of them stolen", bad("unrecognised")),
    (JABS, "all of them cost too much", bad("unrecognised")),
    (KIT, "yeah both", bad("unrecognised")),
]

# "all except …" after a few opening words, or followed by a remark naming no other option.
EXCLUDING_CASES = [
    (JABS, "my dad reckons all of them except measles",
     maybe(["Tetanus", "Hepatitis B", "Chickenpox"])),
    (HELP, "everything except groups. id go red and not say a word",
     maybe(["Helpline", "Online forum", "Youth worker", "Mentoring app"])),
    # guards: the opening names an option; the remark names another option
    (HELP, "helpline and all of them except the forum", bad("ambiguous")),
    (JABS, "not really all of them except measles", bad("ambiguous")),
    (HELP, "everything except groups. not the helpline either", bad("unrecognised")),
]

# "never X but all the rest": every real option but X, offered.
BUT_THE_REST_CASES = [
    (CONTACT, "never had a video call but all the rest yeah",
     maybe(["Letter", "Email", "Phone call", "Text message"])),
    (WAYS, "never walk anywhere but all the rest yeah", maybe(["Cycling", "Bus",
                                                               "Lift from family"])),
    # guard: nothing negated before "but"
    (WAYS, "cycling but the rest no", bad("unrecognised")),
]

# "not X" to a list of times or days: the others, offered; to any other list, asked again.
NOT_THESE_TIMES_CASES = [
    (SLOTS, "not early mornings", maybe(["Lunchtimes", "Evenings", "Weekends"])),
    (SLOTS, "not evenings i do football", maybe(["Early mornings", "Lunchtimes", "Weekends"])),
    (DAYS, "not tuesday or thursday", maybe(["Monday", "Wednesday", "Friday"])),
    # guards: not a list of times; nothing named after "not"
    (WAYS, "not the bus", bad("unrecognised")),
    (SLOTS, "not sure", bad("unrecognised")),
]

# "both of the first two", "all of the last three".
FROM_AN_END_CASES = [
    (CONTACT, "both of the first two", ok(["Letter", "Email"])),
    (CONTACT, "all of the last three", ok(["Phone call", "Text message", "Video call"])),
    (CONTACT, "both the first ones", maybe(["Letter", "Email"])),
    (CONTACT, "the first three yeah", ok(["Letter", "Email", "Phone call"])),
    # guard: "both" of three is no count a human would read
    (CONTACT, "both of the first three", bad("unrecognised")),
]

# "first" or "last" right after a named option is the order things were done in.
SEQUENCE_CASES = [
    (HELP, "the youth worker first", ok(["Youth worker"])),
    (HELP, "youth worker first and then the forum", ok(["Online forum", "Youth worker"])),
    # guard: "first" on its own is still option 1
    (HELP, "first and the forum", ok(["Helpline", "Online forum"])),
]

# Not knowing, the past or a condition: offered, never stored; "… or none" is asked again.
DOUBT_CASES = [
    (WAYS, "used to cycle", maybe(["Cycling"])),
    (SPORTS := ask(MULTI_CHOICE, "Netball", "Rugby", "Climbing", "Nothing helps"),
     "idk nothing helps really", maybe(["Nothing helps"])),
    (WAYS, "walking or none really", bad("ambiguous")),
    (JABS, "dunno", ok(["Not sure"])),  # guard: not knowing is the answer itself
]

# Nothing in the words people use for it: "nowt", "zilch"; a bare "nah" to a list with a
# none option offers it.
NONE_WORD_CASES = [
    (HELP, "zilch", ok(["None of these"])),
    (HELP, "nowt really", ok(["None of these"])),
    (HELP, "nah", maybe(["None of these"])),
    # guard: no none option to offer
    (WAYS, "nah", bad("unrecognised")),
]

# A place inside a longer everyday name for another option ("after school" may mean the
# evenings): not that place, and the longer name only offered.
SUPPORT = ask(MULTI_CHOICE, "Evening or weekend sessions", "Help in school", "Online chat",
              "Nothing")
INSIDE_A_GUESS_CASES = [
    (SUPPORT, "after school", maybe(["Evening or weekend sessions"])),
    (SUPPORT, "online chat after school", maybe(["Evening or weekend sessions", "Online chat"])),
    # guard: the place said on its own is that place
    (SUPPORT, "at school", ok(["Help in school"])),
]

# A comma between parts of labels is an "and", when each part then reads whole.
APP = ask(MULTI_CHOICE, "Booking appointments", "Ordering repeat prescriptions",
          "Viewing test results", "Checking my records", "None of these")
SHOP = ask(MULTI_CHOICE, "Prescription pick-up", "Advice from the pharmacist", "Flu jab",
           "None of these")
COMMA_LIST_CASES = [
    (APP, "repeat prescriptions, test results", ok(["Ordering repeat prescriptions",
                                                    "Viewing test results"])),
    (SHOP, "prescriptions, advice and a flu jab", ok(["Prescription pick-up",
                                                      "Advice from the pharmacist", "Flu jab"])),
    (APP, "booking/results + records", ok(["Booking appointments", "Viewing test results",
                                           "Checking my records"])),
    # guards: a part with a remark or a hedge in it is no plain list
    (APP, "results, booking never works for me", bad("ambiguous")),
    (APP, "booking, records maybe", maybe(["Booking appointments", "Checking my records"])),
]

# Not knowing, said another way, is a label's "didn't know where / how".
BARRIERS = ask(MULTI_CHOICE, "Too shy", "Didn't know where to go", "Don't know how to ask",
               "Couldn't get there", "Nothing stopped me")
NOT_KNOWING_CASES = [
    (BARRIERS, "no idea where to go", ok(["Didn't know where to go"])),
    (BARRIERS, "never knew how to ask and too shy", ok(["Too shy", "Don't know how to ask"])),
    (BARRIERS, "i didnt have a clue where to go", ok(["Didn't know where to go"])),
    # guard: not knowing before a word no label has ("who") stays an offer at most
    (BARRIERS, "no clue who to ask", maybe(["Don't know how to ask"])),
]


@pytest.mark.parametrize("question,reply,expected",
                         ALL_CHATTER_CASES + EXCLUDING_CASES + BUT_THE_REST_CASES
                         + NOT_THESE_TIMES_CASES + FROM_AN_END_CASES + SEQUENCE_CASES
                         + DOUBT_CASES + NONE_WORD_CASES + INSIDE_A_GUESS_CASES
                         + COMMA_LIST_CASES + NOT_KNOWING_CASES)
def test_round11_multi_reply(question: Question, reply: str, expected: Parsed) -> None:
    assert parse_answer(question, reply) == expected
