"""Replies the way 13-25 year olds write them (stop 16): everyday names and what they are
not, comments around an answer, hedges and conditions, counts and exclusions, and the
rule behind them all: where the parser is unsure it asks ("Did you mean…?", "Which
one?" or again), and never stores a guess."""

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
from tests.unit.parsed import ask, bad, maybe, ok

TRAVEL = ask(SINGLE_CHOICE, "Walk", "Bike", "Bus", "Train", "Car", "Taxi")
COMPANY = ask(SINGLE_CHOICE, "On my own", "Parent or carer", "A friend", "Partner")
BOOKING = ask(SINGLE_CHOICE, "Phone the surgery", "NHS App", "Practice website", "Go in person",
              "Someone does it for me")
HEARD = ask(SINGLE_CHOICE, "School or college", "Social media", "A friend", "My GP", "A poster",
            "Somewhere else")
CONTRACEPTION = ask(SINGLE_CHOICE, "GP", "Pharmacy", "Sexual health clinic", "Online",
                    "Somewhere else")
RATING = ask(SINGLE_CHOICE, "Very good", "Good", "OK", "Poor", "Very poor")
COMFORT = ask(SINGLE_CHOICE, "Yes", "Maybe", "No")
VAPE_HOW_LONG = ask(SINGLE_CHOICE, "Less than 6 months", "6 months to 1 year", "1 to 2 years",
                    "More than 2 years", "I don't vape")
PLACES = ask(SINGLE_CHOICE, "GP", "Pharmacy", "A&E", "NHS 111")
STRESS = ask(SINGLE_CHOICE, "Always", "Often", "Sometimes", "Rarely", "Never")

SINGLE_CASES = [
    # everyday and brand names, the most specific entry winning a shared name
    (TRAVEL, "a cab", ok("Taxi")),
    (TRAVEL, "get an uber", ok("Taxi")),
    (TRAVEL, "i walk its not far", ok("Walk")),  # a negation in its own clause is a comment
    (TRAVEL, "the 42 bus", ok("Bus")),  # a number beside a name is part of it
    (TRAVEL, "scooter", bad()),
    (COMPANY, "by myself", ok("On my own")),
    (COMPANY, "my boyfriend", ok("Partner")),
    (COMPANY, "me mam came", ok("Parent or carer")),
    (COMPANY, "my sister", bad()),  # family, but not a parent or carer
    (BOOKING, "on the app", ok("NHS App")),
    (BOOKING, "the online form on their site", ok("Practice website")),
    (BOOKING, "my mum books them", ok("Someone does it for me")),
    (HEARD, "saw it on tiktok", ok("Social media")),
    (HEARD, "a teacher mentioned it", ok("School or college")),
    # named, and not an option here: not "GP?", but the list's catch-all is offered
    (CONTRACEPTION, "school nurse", maybe("Somewhere else")),
    (CONTRACEPTION, "the family planning place in town", ok("Sexual health clinic")),
    # a rating scale read with the Friends and Family Test's words
    (RATING, "shocking tbh", maybe("Very poor")),
    (RATING, "they're alright", maybe("OK")),
    (RATING, "not great", maybe("Poor")),
    (RATING, "grand", maybe("Good")),
    # hedges, conditions and the option that says no
    (COMFORT, "possibly", ok("Maybe")),
    (COMFORT, "depends who it is", ok("Maybe")),
    (COMFORT, "If it was a woman, yes", maybe("Yes")),
    (COMFORT, "nah too awkward", maybe("No")),
    (VAPE_HOW_LONG, "ive never vaped", maybe("I don't vape")),
    (VAPE_HOW_LONG, "nah i dont", maybe("I don't vape")),
    (VAPE_HOW_LONG, "18 months", ok("1 to 2 years")),
    # negations that reach an option, and ones that don't
    (PLACES, "i wouldnt go to a&e", bad()),
    (PLACES, "i havent been to the gp", bad()),
    (PLACES, "gp i dont know", bad()),
    (PLACES, "pharmacy, not that far from me", ok("Pharmacy")),
    (STRESS, "a lot", ok("Often")),
    (STRESS, "now and then", ok("Sometimes")),
    (STRESS, "not really", bad()),  # not a misspelt "not ever"
]


@pytest.mark.parametrize(("question", "text", "expected"), SINGLE_CASES)
def test_single_choice_in_young_peoples_words(question: Question, text: str,
                                              expected: Parsed) -> None:
    assert parse_answer(question, text) == expected


USED = ask(MULTI_CHOICE, "GP", "Pharmacy", "A&E", "NHS 111", "Sexual health clinic",
           "None of these", text="Which of these have you used in the past year?")
DROP_IN = ask(MULTI_CHOICE, "Weekday mornings", "Weekday afternoons", "Weekday evenings",
              "Saturday", "Sunday")
WAYS = ask(MULTI_CHOICE, "Phone", "Text", "Video call", "Face to face")
VACCINES = ask(MULTI_CHOICE, "Flu", "COVID-19", "HPV", "MenACWY", "None of these")
ADVICE = ask(MULTI_CHOICE, "NHS website", "NHS 111", "Pharmacy", "TikTok or YouTube",
             "Friends or family")
HELP = ask(MULTI_CHOICE, "Shorter waits", "Evening appointments", "Online booking",
           "Someone my age to talk to", "Nothing")
APPS = ask(MULTI_CHOICE, "Instagram", "TikTok", "Snapchat", "WhatsApp", "YouTube", "None")
DENTIST = ask(MULTI_CHOICE, "Cost", "Cannot find an NHS dentist", "Fear", "Time off school or work",
              "Nothing", text="What stops you seeing a dentist?")
TRAVEL_MULTI = ask(MULTI_CHOICE, "Bus", "Train", "Car", "Walk")
FAMILY = ask(MULTI_CHOICE, "Friends", "Family", "Teacher", "Nobody")
RELAX = ask(MULTI_CHOICE, "Music", "Gaming", "Sport or exercise", "Social media",
            "Talking to friends", "None of these")

MULTI_CASES = [
    # counts, exclusions and connectors
    (USED, "all of them except the last two", maybe(["GP", "Pharmacy", "A&E", "NHS 111"])),
    (USED, "gp + the sexual health place", ok(["GP", "Sexual health clinic"])),
    (USED, "nah none of them", ok(["None of these"])),
    (WAYS, "ring or text", ok(["Phone", "Text"])),
    (WAYS, "not phone calls, anything else is ok", ok(["Text", "Video call", "Face to face"])),
    (WAYS, "any of them", maybe(["Phone", "Text", "Video call", "Face to face"])),
    (WAYS, "not the phone", bad()),  # says what is not ticked, not what is
    (ADVICE, "both the NHS ones", maybe(["NHS website", "NHS 111"])),
    (DROP_IN, "weekends", maybe(["Saturday", "Sunday"])),
    (TRAVEL_MULTI, "bus without the car", bad("ambiguous")),
    (TRAVEL_MULTI, "bus and my bike", ok(["Bus"])),  # a bike is not an option here
    (TRAVEL_MULTI, "everything without the car", maybe(["Bus", "Train", "Walk"])),
    (FAMILY, "friends but not family", ok(["Friends"])),
    (DROP_IN, "sun", ok(["Sunday"])),
    # everyday names of vaccines
    (VACCINES, "men acwy, covid", ok(["COVID-19", "MenACWY"])),
    (VACCINES, "the cervical cancer jab", ok(["HPV"])),
    (VACCINES, "corona one and the flu one", ok(["Flu", "COVID-19"])),
    # words beside named options that name nothing: offered, never stored
    (USED, "casualty when i broke my wrist and the gum clinic",
     maybe(["A&E", "Sexual health clinic"])),
    (HELP, "being able to book on the app and later appointments",
     maybe(["Evening appointments", "Online booking"])),
    (HELP, "someone young to talk to", maybe(["Someone my age to talk to"])),
    (HELP, "the wait", ok(["Shorter waits"])),
    # chatter, the question's own words and things that are not options are dropped
    (DENTIST, "im scared of the dentist", ok(["Fear"])),
    (APPS, "instagram and discord", ok(["Instagram"])),
    (APPS, "i dont have social media", maybe(["None"])),
    (RELAX, "playing xbox and chatting to my mates", maybe(["Gaming", "Talking to friends"])),
    (RELAX, "listening to music and reading", maybe(["Music"])),
    # a none with a comment is offered; a none about an option is not a none
    (DENTIST, "nothing really i just forget", maybe(["Nothing"])),
]


@pytest.mark.parametrize(("question", "text", "expected"), MULTI_CASES)
def test_multi_choice_in_young_peoples_words(question: Question, text: str,
                                             expected: Parsed) -> None:
    assert parse_answer(question, text) == expected


USED_APP = ask(YES_NO, "Yes", "No", text="Have you ever used the NHS App?")
KNEW = ask(YES_NO, "Yes", "No", text="Did you know you can refer yourself to talking therapies?")
NHS_DENTIST = ask(YES_NO, "Yes", "No", text="Are you registered with an NHS dentist?")

YES_NO_CASES = [
    (USED_APP, "once for my covid pass", ok("Yes")),
    (USED_APP, "probs not", ok("No")),
    (USED_APP, "ye probs", maybe("Yes")),  # a yes with a hedge: offered (round 11)
    (USED_APP, "wouldnt", ok("No")),
    (USED_APP, "yeah at home but not at uni", bad("ambiguous")),
    (USED_APP, "only if i had to", bad()),
    (USED_APP, "think so? my mum sorted it when i was little", bad()),
    (KNEW, "had no idea", maybe("No")),
    (KNEW, "wait can you??", maybe("No")),
    (KNEW, "not a clue", maybe("No")),
    (KNEW, "yeah i knew", ok("Yes")),
    (KNEW, "is it free?? no i didnt", maybe("No")),
    (NHS_DENTIST, "yes private", bad("ambiguous")),
    (NHS_DENTIST, "yes", ok("Yes")),
]


@pytest.mark.parametrize(("question", "text", "expected"), YES_NO_CASES)
def test_yes_no_in_young_peoples_words(question: Question, text: str, expected: Parsed) -> None:
    assert parse_answer(question, text) == expected


FFT_Q = ask(FFT, *FFT_OPTIONS)


@pytest.mark.parametrize(("text", "expected"), [
    ("couldn't have been better", ok("Very good")),
    ("could of been worse", maybe("Neither good nor poor")),
    ("⭐⭐⭐⭐⭐", ok("Very good")),
    ("⭐⭐", ok("Poor")),
    ("rly good", ok("Very good")),
    ("gr8", ok("Very good")),
    ("the nurse was nice but the doctor was rude", bad("ambiguous")),
    ("good but slow", ok("Good")),  # the verdict first, then a comment
])
def test_fft_in_young_peoples_words(text: str, expected: Parsed) -> None:
    assert parse_answer(FFT_Q, text) == expected


EASE = Question(key="s", type=SCALE, text="How easy?", minimum=1, maximum=5,
                labels={1: "very hard", 5: "very easy"})
LIKELY = Question(key="l", type=SCALE, text="How likely?", minimum=1, maximum=5,
                  labels={1: "not at all likely", 5: "very likely"})
CONFIDENT = Question(key="c", type=SCALE, text="How confident?", minimum=1, maximum=5,
                     labels={1: "not at all", 5: "very confident"})


@pytest.mark.parametrize(("question", "text", "expected"), [
    (EASE, "very easy its by the station", ok(5)),
    (EASE, "very hard, got lost twice", ok(1)),  # "twice" is not a score of 2
    (EASE, "couldnt find it at first so 2", ok(2)),
    (EASE, "⭐⭐⭐⭐", ok(4)),
    (EASE, "twice", bad()),
    (LIKELY, "no chance", maybe(1)),
    (CONFIDENT, "very", maybe(5)),
])
def test_scale_in_young_peoples_words(question: Question, text: str, expected: Parsed) -> None:
    assert parse_answer(question, text) == expected


RINGS = Question(key="r", type=NUMBER, text="How many times did you ring?", minimum=0,
                 maximum=50, unit="times")
RESULTS = Question(key="d", type=NUMBER, text="How many days for your results?", minimum=0,
                   maximum=60, unit="days")
SLEEP = Question(key="h", type=NUMBER, text="How many hours do you sleep?", minimum=0,
                 maximum=16, unit="hours")
HOME = Question(key="p", type=NUMBER, text="How many people live in your home?", minimum=1,
                maximum=20, unit="people")
WAIT_WEEKS = Question(key="w", type=NUMBER, text="How many weeks?", minimum=0, maximum=104,
                      unit="weeks")
CAMHS = Question(key="m", type=NUMBER, text="How many months?", minimum=0, maximum=60,
                 unit="months")
MINUTES = Question(key="n", type=NUMBER, text="How many minutes?", minimum=0, maximum=300,
                   unit="minutes")


@pytest.mark.parametrize(("question", "text", "expected"), [
    (RINGS, "got through first time", maybe(1)),
    (RINGS, "10+", bad()),
    (RINGS, "i never got through", bad()),
    (RINGS, "3 - was so annoying", ok(3)),
    (RINGS, "nah not once", ok(0)),
    (RESULTS, "5 working days", bad()),
    (RESULTS, "didnt wait, they saw me straight away", maybe(0)),
    (RESULTS, "a week and a half", bad("not_whole")),
    (SLEEP, "seven and a half", maybe(7.5)),
    (HOME, "just me", maybe(1)),
    (HOME, "me mum and my 2 brothers so 4", maybe(4)),
    (WAIT_WEEKS, "seen the same week", maybe(0)),
    (WAIT_WEEKS, "6 weeks to 3 months", bad("ambiguous")),
    (CAMHS, "a year and a half", ok(18)),
    (CAMHS, "two years", ok(24)),
    (CAMHS, "6 weeks", bad("not_whole")),  # about 1.4 months: not offered as 1
    (MINUTES, "didnt wait at all", maybe(0)),
])
def test_numbers_in_young_peoples_words(question: Question, text: str, expected: Parsed) -> None:
    assert parse_answer(question, text) == expected
