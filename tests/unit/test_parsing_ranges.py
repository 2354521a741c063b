"""Options that are ranges (times of day, how often, how long, how long ago) and number
questions that count days in a week: the reply is read as a span and answers the one
option holding it; a span reaching into two options asks which."""

from __future__ import annotations

import pytest

from bot.scripts.questions import MULTI_CHOICE, NUMBER, SINGLE_CHOICE, Question
from bot.understanding.parsing import Parsed, parse_answer
from tests.unit.parsed import bad, maybe, ok, which


def single(*options: str) -> Question:
    return Question(key="q", type=SINGLE_CHOICE, text="?", options=options)


CLINIC = single("Before 9am", "9am to 12pm", "12pm to 5pm", "After 5pm", "Weekends")
CALL_BACK = single("Before 10am", "10am to 2pm", "2pm to 6pm", "After 6pm")
BEDTIME = single("Before 10pm", "10pm to 11pm", "11pm to midnight", "After midnight")
PHONE_WAIT = single("Under 5 minutes", "5 to 15 minutes", "15 to 30 minutes", "Over 30 minutes",
                    "I gave up")
LAST_SEEN = single("In the last month", "1 to 6 months ago", "6 to 12 months ago",
                   "Over a year ago", "Never")
COUNSELLING = single("Less than 2 weeks", "2 to 6 weeks", "6 weeks to 3 months",
                     "More than 3 months", "Still waiting")
VAPING = single("Every day", "Most days", "Once or twice a week", "Less than weekly",
                "I don't vape")
SOCIAL = single("Every day", "A few times a week", "Once a week", "Less often", "Never")
PARTS = single("Morning", "Afternoon", "Evening", "Weekend")

RANGE_CASES = [
    # times of day: a clock time, a part of the day, before / after / onwards
    (CLINIC, "6pm", ok("After 5pm")),
    (CLINIC, "late morning", maybe("9am to 12pm")),
    (CLINIC, "afternoons", maybe("12pm to 5pm")),
    (CLINIC, "teatime onwards", maybe("After 5pm")),
    (CLINIC, "first thing, like 8", ok("Before 9am")),
    (CLINIC, "half 7 in the morning before my shift", maybe("Before 9am")),
    (CLINIC, "10ish", maybe("9am to 12pm")),  # am is inferred: only a guess
    (CLINIC, "12pm", which("9am to 12pm", "12pm to 5pm")),  # on the boundary
    (CLINIC, "saturday", ok("Weekends")),
    (CLINIC, "weekend or evenings", which("After 5pm", "Weekends")),
    (CLINIC, "mornings", which("Before 9am", "9am to 12pm")),
    (CLINIC, "not mornings", bad()),
    (CLINIC, "any time", bad()),
    (CALL_BACK, "after 6 pls im at college", maybe("After 6pm")),
    (CALL_BACK, "lunchtime", maybe("10am to 2pm")),
    (CALL_BACK, "half 12", maybe("10am to 2pm")),
    (CALL_BACK, "after school so like 4", maybe("2pm to 6pm")),
    (CALL_BACK, "i work til 6 so after that", maybe("After 6pm")),
    (CALL_BACK, "8am", ok("Before 10am")),
    (CALL_BACK, "2", ok("10am to 2pm")),  # a bare number within the options is option 2
    # the day runs 6am to 6am; an hour without am or pm goes with the narrower option
    (BEDTIME, "1am", maybe("After midnight")),
    (BEDTIME, "11.30pm", ok("11pm to midnight")),
    (BEDTIME, "about half 10", maybe("10pm to 11pm")),
    (BEDTIME, "late", bad()),  # reaches into all four: asked again
    (BEDTIME, "like 1", which("Before 10pm", "After midnight")),  # option 1, or 1am?
    (BEDTIME, "2 pls", ok("10pm to 11pm")),
    (BEDTIME, "number 1", ok("Before 10pm")),
    (CLINIC, "around 5", which("12pm to 5pm", "After 5pm")),
    (CLINIC, "after 9", which("9am to 12pm", "12pm to 5pm", "After 5pm")),
    # how long
    (PHONE_WAIT, "about 20 mins", ok("15 to 30 minutes")),
    (PHONE_WAIT, "over an hour!!", ok("Over 30 minutes")),
    (PHONE_WAIT, "2 mins", ok("Under 5 minutes")),
    (PHONE_WAIT, "they answered straight away", maybe("Under 5 minutes")),
    (PHONE_WAIT, "ten minutes ish", ok("5 to 15 minutes")),
    (PHONE_WAIT, "half an hour", ok("15 to 30 minutes")),
    (PHONE_WAIT, "about 30 mins", which("15 to 30 minutes", "Over 30 minutes")),
    (PHONE_WAIT, "hung up in the end", ok("I gave up")),
    (PHONE_WAIT, "forever", bad()),
    (PHONE_WAIT, "not even 5 minutes", bad()),  # a negation outside the amount
    (PHONE_WAIT, "it wasnt 20 mins", bad()),
    # how long ago
    (LAST_SEEN, "last week", maybe("In the last month")),
    (LAST_SEEN, "about 3 months ago", ok("1 to 6 months ago")),
    (LAST_SEEN, "9 months", ok("6 to 12 months ago")),
    (LAST_SEEN, "a couple of years back", maybe("Over a year ago")),
    (LAST_SEEN, "yesterday", maybe("In the last month")),
    (LAST_SEEN, "last month", which("In the last month", "1 to 6 months ago")),
    (LAST_SEEN, "when i was a kid", maybe("Over a year ago")),
    (LAST_SEEN, "ages ago", bad()),
    (LAST_SEEN, "not in the last month", bad()),
    (COUNSELLING, "8 weeks", ok("6 weeks to 3 months")),
    (COUNSELLING, "6 weeks", which("2 to 6 weeks", "6 weeks to 3 months")),
    (COUNSELLING, "the same week", maybe("Less than 2 weeks")),
    (COUNSELLING, "still on the list", ok("Still waiting")),
    # how often
    (VAPING, "2 a day", maybe("Every day")),
    (VAPING, "once a month maybe", maybe("Less than weekly")),
    (VAPING, "twice a week", maybe("Once or twice a week")),
    (VAPING, "just weekends", maybe("Once or twice a week")),
    (VAPING, "like 5 days out of 7", maybe("Most days")),
    (VAPING, "constantly lol", ok("Every day")),
    (VAPING, "nah i dont", maybe("I don't vape")),
    (VAPING, "never touched one", maybe("I don't vape")),
    (VAPING, "i dont know", bad()),
    (VAPING, "now and then", bad()),
    (VAPING, "not every day", bad()),
    (VAPING, "every day except sunday", maybe("Every day")),  # an exception: only offered
    (VAPING, "used to every day, now never", maybe("Every day")),
    (SOCIAL, "hardly ever", maybe("Less often")),
    (SOCIAL, "3 or 4 times a week", maybe("A few times a week")),
    (SOCIAL, "24/7", ok("Every day")),
    (SOCIAL, "weekly", ok("Once a week")),
    (SOCIAL, "like once a month", maybe("Less often")),  # "once" is not option 1
    # parts of the day as labels: a clock time lands in one; the lexicon does the rest
    (PARTS, "6pm", maybe("Evening")),
    (PARTS, "after school", ok("Afternoon")),
    (PARTS, "mornings or evenings", which("Morning", "Evening")),
]


@pytest.mark.parametrize(("question", "text", "expected"), RANGE_CASES)
def test_range_options(question: Question, text: str, expected: Parsed) -> None:
    assert parse_answer(question, text) == expected


CHAT_TIMES = Question(key="m", type=MULTI_CHOICE, text="When would you use it?",
                      options=("Mornings", "Afternoons", "Evenings", "Late at night", "Weekends"))


@pytest.mark.parametrize(("text", "expected"), [
    ("after 10pm", ok(["Late at night"])),
    ("evenings and weekends", ok(["Evenings", "Weekends"])),
    ("late night when i cant sleep", ok(["Late at night"])),
])
def test_ranges_in_a_tick_all_that_apply_question(text: str, expected: Parsed) -> None:
    assert parse_answer(CHAT_TIMES, text) == expected


DAYS_A_WEEK = Question(key="n", type=NUMBER, text="On how many days in a normal week do you vape?",
                       minimum=0, maximum=7, unit="days")
DRINKS_A_WEEK = Question(key="d", type=NUMBER, text="How many energy drinks do you have in a week?",
                         minimum=0, maximum=100)


@pytest.mark.parametrize(("question", "text", "expected"), [
    (DAYS_A_WEEK, "every day", maybe(7)),
    (DAYS_A_WEEK, "just weekends", maybe(2)),
    (DAYS_A_WEEK, "mon to fri", maybe(5)),
    (DAYS_A_WEEK, "fri and sat", maybe(2)),
    (DAYS_A_WEEK, "Only Saturday night", maybe(1)),
    (DAYS_A_WEEK, "once a week", maybe(1)),
    (DAYS_A_WEEK, "i dont vape", maybe(0)),
    (DAYS_A_WEEK, "none ive quit", ok(0)),
    (DAYS_A_WEEK, "3", ok(3)),
    (DAYS_A_WEEK, "most days", bad("ambiguous")),
    (DAYS_A_WEEK, "not every day", bad()),
    (DAYS_A_WEEK, "every day except sunday", bad()),
    (DAYS_A_WEEK, "weekends and fridays", bad()),
    (DRINKS_A_WEEK, "one a day", maybe(7)),
    (DRINKS_A_WEEK, "every day", bad()),  # how many a day?
])
def test_days_and_counts_in_a_week(question: Question, text: str, expected: Parsed) -> None:
    assert parse_answer(question, text) == expected
