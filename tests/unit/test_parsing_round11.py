"""Round 11 (issue 9): single choice, yes/no, number, FFT and scale. One table per kind of
reply; every row written for these tests, none taken from a set. Each kind's first rows
were misread before this round (most of them stored wrong); the guard rows after them are
look-alikes that must keep being read as they were.
"""

from __future__ import annotations

import pytest

from bot.scripts.questions import (
    FFT,
    FFT_OPTIONS,
    NUMBER,
    SCALE,
    SINGLE_CHOICE,
    YES_NO,
    Question,
)
from bot.understanding.parsing import Parsed, parse_answer
from tests.unit.parsed import ask, bad, maybe, ok, which


def yes_no(text: str) -> Question:
    return Question(key="q", type=YES_NO, text=text)


def number(text: str, unit: str = "", top: float | None = None) -> Question:
    return Question(key="q", type=NUMBER, text=text, unit=unit, minimum=0, maximum=top)


# --- the question does not apply: re-asked, or its "never" option offered -------------------

PHYSIO = yes_no("Did the physio show you your exercises?")
COUNSELLOR = yes_no("Would you feel ok talking to the school counsellor?")
JABS = yes_no("Did you get your jabs in time for your holiday?")
REMINDER = yes_no("Did you get a text reminder?")
SCHOOL_NURSE = yes_no("Does your college have a nurse?")
HAY_FEVER = ask(SINGLE_CHOICE, "A parent", "A friend", "GP", "No one",
                text="Who did you first talk to about your hay fever?")
SCANS = ask(SINGLE_CHOICE, "Partner", "Family", "Friend", "No one",
            text="Who comes with you to your antenatal checks?")
HEARING = ask(SINGLE_CHOICE, "GP", "Audiology clinic", "At school", "Never had it checked",
              text="Where did you last have your hearing checked?")
DRINKING = ask(SINGLE_CHOICE, "Most days", "Weekends", "Now and then", "Never",
               text="How often do you drink alcohol?")

NOT_APPLYING = [
    (PHYSIO, "never met the physio", bad()),
    (COUNSELLOR, "dont have a school counsellor", bad()),
    (COUNSELLOR, "never seen a counsellor at school", bad()),
    (JABS, "didnt go in the end", bad()),
    (JABS, "never ended up going", bad()),
    (HAY_FEVER, "i dont get hay fever", bad()),
    (SCANS, "im not expecting", bad()),
    (HEARING, "ive never had a hearing test", maybe("Never had it checked")),
    (DRINKING, "i dont vape", bad()),
    # Guards: a no to the question itself is still a no.
    (REMINDER, "never got one", ok("No")),
    (REMINDER, "i didnt get a text", ok("No")),
    (SCHOOL_NURSE, "no they dont have a nurse", ok("No")),
    (DRINKING, "i dont drink", maybe("Never")),
    (DRINKING, "never", ok("Never")),
    (HAY_FEVER, "no one", ok("No one")),
]


# --- a yes said with a hedge: offered, never stored ----------------------------------------

CLINIC = yes_no("Would you use an evening clinic?")

LEANING_YES = [
    (CLINIC, "yeah prolly", maybe("Yes")),
    (CLINIC, "probably yes", maybe("Yes")),
    (CLINIC, "i reckon so", maybe("Yes")),
    (CLINIC, "only just", maybe("Yes")),
    (CLINIC, "yes a little bit", maybe("Yes")),
    (CLINIC, "i think so", maybe("Yes")),
    # Guards: a hedge on its own, asked back or "kinda" is asked again; a hedged no is a no.
    (CLINIC, "probably", bad()),
    (CLINIC, "think so?", bad()),
    (CLINIC, "kinda", bad()),
    (CLINIC, "maybe", bad()),
    (CLINIC, "prob not", ok("No")),
    (CLINIC, "yes", ok("Yes")),
]


# --- not lately, not any more: a no to a question about now or a recent time ---------------

DENTIST = yes_no("Have you seen a dentist in the last year?")
EVER_AE = yes_no("Have you ever been to A&E?")
HELP_NOW = yes_no("Would you like help with sleep right now?")
NEAR = yes_no("Is there a youth club near you?")
VAPING = yes_no("Do you currently vape?")
APP_USED = yes_no("Have you ever used the NHS App?")
HAS_APP = yes_no("Do you have the NHS App on your phone?")
OFFERED = yes_no("Have you been offered the flu jab?")
QUIT_LINE = yes_no("Have you ever tried the stop smoking line?")
DOSES = yes_no("Have you missed a dose this week?")
FLU = yes_no("Have you had a flu jab this winter?")

NOT_LATELY = [
    (DENTIST, "not in ages", maybe("No")),
    (DENTIST, "not since year 9", maybe("No")),
    (HELP_NOW, "not atm", ok("No")),
    (CLINIC, "ye nah", ok("No")),
    (NEAR, "we used to have one", maybe("No")),
    (VAPING, "i gave up", maybe("No")),
    # The clause after "but" answers the question, or undoes the yes before it.
    (APP_USED, "installed it but never actually used it", maybe("No")),
    (APP_USED, "got it on my phone but not opened it once", maybe("No")),
    (HAS_APP, "had it but then uninstalled it", maybe("No")),
    (NEAR, "there was one but it closed", maybe("No")),
    # The question's own verb said back, with no negation: a yes, offered.
    (QUIT_LINE, "tried it once last spring", maybe("Yes")),
    (DOSES, "missed two on monday", maybe("Yes")),
    (FLU, "had mine at the chemist", maybe("Yes")),
    # Guards: to "ever", "not for ages" may be a yes long ago; a yes now is a yes.
    (EVER_AE, "not for ages", bad()),
    (VAPING, "yeah still", ok("Yes")),
    (DENTIST, "nah", ok("No")),
    (OFFERED, "yeah but i said no to it", bad("ambiguous")),
    (APP_USED, "yeah but not much", bad("ambiguous")),
    (QUIT_LINE, "never tried it", ok("No")),
    (DOSES, "missed none", maybe("No")),
    (QUIT_LINE, "tried to ring but it was engaged", bad()),
]


# --- a number in doubt ---------------------------------------------------------------------

TIMES = number("How many times have you phoned 111 this year?", "times", 100)
WAIT_DAYS = number("How many days have you waited for a referral?", "days")
MILES = number("How far away is your nearest walk-in centre, in miles?", "miles")
LAST_WEEK = number("In the last week, on how many days did you walk to school?", "days")
AGE = number("How old were you when you first had a smear test?")
SESSIONS = number("How many group sessions have you been to?")
MINUTES = number("How many minutes does it take you to get to the pharmacy?", "minutes")
DRINKS = number("How many energy drinks do you have in a week?")
MISSED = number("How many lectures did you miss this term?")
RINGS = number("How many times did you phone before you got an answer?", "times")

NUMBERS_IN_DOUBT = [
    (TIMES, "a couple i think", maybe(2)),
    (TIMES, "couple probably", maybe(2)),
    (WAIT_DAYS, "still waiting, 9 days so far", maybe(9)),
    (MILES, "8km", maybe(5)),
    (LAST_WEEK, "9", bad("out_of_range")),
    (AGE, "180", bad("out_of_range")),
    (SESSIONS, "my first one is next week", maybe(0)),
    # Read again: a unit stuck on or cut short, a bound, none and why, never doing it, a
    # number word spelt as it sounds.
    (MINUTES, "15min", ok(15)),
    (MINUTES, "10 min walk", ok(10)),
    (TIMES, "nearly 6", maybe(6)),
    (TIMES, "just under 7", maybe(7)),
    (DRINKS, "none they make me feel sick", maybe(0)),
    (MISSED, "i never miss lectures", maybe(0)),
    (TIMES, "twyce", maybe(2)),
    (TIMES, "wunce", maybe(1)),
    # Guards: an exact number with a hedge, a distance in the asked unit, a count in range.
    (TIMES, "4 times maybe", ok(4)),
    (TIMES, "a couple", maybe(2)),  # bare, offered (round 14: two blind sets asked again)
    (MILES, "3 miles", ok(3)),
    (LAST_WEEK, "5", ok(5)),
    (AGE, "19", ok(19)),
    (SESSIONS, "two", ok(2)),
    (TIMES, "over 8", bad()),
    (TIMES, "8 or more", bad()),
    (TIMES, "8, at least", bad()),
    (RINGS, "never got an answer", bad()),
    (MINUTES, "15 minutes", ok(15)),
]


# --- single choice: places, people, positions, times ---------------------------------------

WHERE = ask(SINGLE_CHOICE, "GP", "Pharmacy", "Walk-in centre", "Online")
WHEN_SUITS = ask(SINGLE_CHOICE, "Before 9am", "Morning", "Lunchtime", "After 5pm")
PART_OF_DAY = ask(SINGLE_CHOICE, "Morning", "Afternoon", "Evening")
GETTING_THERE = ask(SINGLE_CHOICE, "Walked", "Bus", "Someone drove me", "Taxi")
TRAVEL = ask(SINGLE_CHOICE, "Car", "Bus or tram", "Bike", "Walked")
LAST_CHECK = ask(SINGLE_CHOICE, "In the last 3 months", "3 to 12 months ago", "1 to 3 years ago",
                 "Longer ago", "Never")
CONFIDE = ask(SINGLE_CHOICE, "A friend", "A parent or carer", "A teacher", "No one")
COMES_WITH = ask(SINGLE_CHOICE, "Partner", "Parent or carer", "Friend", "Support worker",
                 "No one")
STOPS = ask(SINGLE_CHOICE, "The cost", "Nerves", "Opening hours", "Nothing")
BOOKED_BY = ask(SINGLE_CHOICE, "Phone", "Website", "In person", "Someone else booked it")
FIRST_TOLD = ask(SINGLE_CHOICE, "Family", "Friends", "Teacher", "No one",
                 text="Who did you tell first?")
TOLD = ask(SINGLE_CHOICE, "Family", "Friends", "Teacher", "No one", text="Who have you told?")
SINCE = ask(SINGLE_CHOICE, "In the last 6 months", "6 to 12 months ago", "1 to 2 years ago",
            "Over 2 years ago")
WAITED = ask(SINGLE_CHOICE, "Under a month", "1 to 4 months", "4 to 12 months", "Over a year")
WHEN_ANY = ask(SINGLE_CHOICE, "Mornings", "Afternoons", "Evenings", "Any time")
HOW_PREFER = ask(SINGLE_CHOICE, "Face to face", "Phone call", "Video call", "No preference")
BOOKED_APP = ask(SINGLE_CHOICE, "Phone call", "NHS App", "Practice website", "At reception")
REPLY_WAIT = ask(SINGLE_CHOICE, "Up to 15 minutes", "15 to 30 minutes", "30 minutes to an hour",
                 "Longer")

CHOICES = [
    (WHERE, "the one by the station", bad()),
    (WHEN_SUITS, "before college", ok("Before 9am")),
    (WHEN_SUITS, "early before work", ok("Before 9am")),
    (GETTING_THERE, "i drove there myself", bad()),
    (LAST_CHECK, "4", maybe("Longer ago")),
    (CONFIDE, "my dad or my gf", bad("ambiguous")),
    (STOPS, "the cost and feeling nervous", which("The cost", "Nerves")),
    (COMES_WITH, "my keyworker", ok("Support worker")),
    (COMES_WITH, "the babys dad", maybe("Partner")),
    (TRAVEL, "dad dropped me off", ok("Car")),
    (REPLY_WAIT, "half an hour", which("15 to 30 minutes", "30 minutes to an hour")),
    (WHEN_ANY, "whenever really", maybe("Any time")),
    (HOW_PREFER, "whatevers easiest", maybe("No preference")),
    (BOOKED_BY, "phoned at 8 like everyone else", ok("Phone")),
    (BOOKED_APP, "the app on my phone", maybe("NHS App")),
    (BOOKED_APP, "on my phone", bad("ambiguous")),
    (FIRST_TOLD, "my sister first and then a teacher", maybe("Family")),
    (SINCE, "year and a half ago", maybe("1 to 2 years ago")),
    (SINCE, "a year and a bit", ok("1 to 2 years ago")),
    (WAITED, "three n a half months", maybe("1 to 4 months")),
    # Guards.
    (WHERE, "the first one", ok("GP")),
    (WHEN_SUITS, "whenever really", bad()),
    (BOOKED_APP, "on the phone", ok("Phone call")),
    (BOOKED_APP, "ring me on my phone", ok("Phone call")),
    (SINCE, "18 months ago", ok("1 to 2 years ago")),
    (TOLD, "my sister first and then a teacher", which("Family", "Teacher")),
    (WAITED, "3 months", ok("1 to 4 months")),
    (PART_OF_DAY, "before college", ok("Morning")),
    (GETTING_THERE, "my dad drove me", ok("Someone drove me")),
    (LAST_CHECK, "option 4", ok("Longer ago")),
    (CONFIDE, "my dad", ok("A parent or carer")),
    (STOPS, "the cost", ok("The cost")),
    (COMES_WITH, "my mum", ok("Parent or carer")),
    (REPLY_WAIT, "20 minutes", ok("15 to 30 minutes")),
]


# --- everyday names: phoning, searching, family in regional words; "Someone else …" -------

BOOKED = ask(SINGLE_CHOICE, "The app", "Phoned", "Walked in", "Someone else sorted it")
CONTACT = ask(SINGLE_CHOICE, "Phone call", "Video call", "Text message", "Face to face")
WHO_HELPS = ask(SINGLE_CHOICE, "Parent or carer", "Brother or sister", "Friend", "No one")
FAMILY = ask(SINGLE_CHOICE, "Family", "Friends", "Teacher", "No one")
HEARD = ask(SINGLE_CHOICE, "A friend", "Social media", "Online search", "A poster")
BOOKING = ask(SINGLE_CHOICE, "Phone", "App", "In person", "Someone else booked it")

EVERYDAY_NAMES = [
    (CONTACT, "gave them a bell", ok("Phone call")),
    (CONTACT, "ringing me is best", ok("Phone call")),
    (WHO_HELPS, "me da", ok("Parent or carer")),
    (WHO_HELPS, "ma maw", ok("Parent or carer")),
    (FAMILY, "my lil bro", ok("Family")),
    (HEARD, "googled it", ok("Online search")),
    (BOOKING, "just rocked up", ok("In person")),
    (BOOKING, "just turn up", ok("In person")),
    (BOOKING, "booked it at reception", maybe("In person")),
    (CONTACT, "in real life", ok("Face to face")),
    # "Someone else sorted it" is an option of its own, not a catch-all for other names.
    (BOOKED, "googled it", bad()),
    # Guards.
    (BOOKED, "someone else did it", ok("Someone else sorted it")),
    (CONTACT, "video", ok("Video call")),
    (HEARD, "looked it up online", ok("Online search")),
    (WHO_HELPS, "my dad", ok("Parent or carer")),
    (BOOKING, "my mum booked it", ok("Someone else booked it")),
]


# --- FFT and scales ------------------------------------------------------------------------

FFT_Q = Question(key="fft", type=FFT, text="Overall, how was the clinic?", options=FFT_OPTIONS)
LIKELY = Question(key="likely", type=SCALE, text="0 to 10, how likely are you to go again?",
                  minimum=0, maximum=10, labels={0: "Not at all likely", 10: "Extremely likely"})
LIKELY_FIVE = Question(key="likely5", type=SCALE, text="1 to 5, how likely?", minimum=1,
                       maximum=5, labels={1: "Very unlikely", 5: "Very likely"})
CALM = Question(key="calm", type=SCALE, text="1 to 10, how calm do you feel?", minimum=1,
                maximum=10)
CALM_FIVE = Question(key="calm5", type=SCALE, text="1 to 5, how calm?", minimum=1, maximum=5)

VERDICTS = [
    (FFT_Q, "not bad", which("Good", "Neither good nor poor")),
    (FFT_Q, "crap", maybe("Very poor")),
    (FFT_Q, "4 out of 5?", maybe("Good")),
    (FFT_Q, "slow but fine", bad("ambiguous")),
    (FFT_Q, "avg tbh", ok("Neither good nor poor")),
    (FFT_Q, "well tidy", ok("Good")),
    (FFT_Q, "not the worst, not the best", ok("Neither good nor poor")),
    (FFT_Q, "really confusing", ok("Poor")),
    (FFT_Q, "wasnt much help", ok("Poor")),
    (LIKELY, "really likely", maybe(10)),
    (CALM, "50/50", bad()),
    # Guards.
    (FFT_Q, "not too bad", ok("Neither good nor poor")),
    (FFT_Q, "fine", maybe("Neither good nor poor")),
    (FFT_Q, "not the best", ok("Poor")),
    (FFT_Q, "pants", ok("Poor")),
    (FFT_Q, "4 out of 5", ok("Good")),
    (FFT_Q, "really crap", ok("Very poor")),
    (LIKELY, "extremely likely", ok(10)),
    (LIKELY_FIVE, "really likely", maybe(5)),
    (CALM_FIVE, "50/50", maybe(3)),
    (CALM, "5/10", ok(5)),
]


@pytest.mark.parametrize("question,reply,expected",
                         NOT_APPLYING + LEANING_YES + NOT_LATELY + NUMBERS_IN_DOUBT + CHOICES
                         + EVERYDAY_NAMES + VERDICTS)
def test_round11_reply(question: Question, reply: str, expected: Parsed) -> None:
    assert parse_answer(question, reply) == expected
