"""Round 14, tick-all-that-apply replies (rows written for these tests, not taken from any set).

Everyday words for what lists ask about (help wanted, what keeps people awake, period and
skin problems, a sports injury, formats, what stops booking) name options; "n/a" and a bare
"idk" are asked again, not read as option a or as "Don't know how"; a label's first word
with other words in place of its own ("nurses who …" to "Nurses my age") is offered; a
remark after the options read ("…, the nurse said they go together") is set apart, offered;
options answered one by one ("Email. Letter no.") read as said; something given up ("ive
quit coffee") is not ticked; a label's own negation said with another ("never had one" to
"Haven't had one") is read (offered if its words are in another form), asked again beside a
none reading; a none with a comment in
the question's own words, "my skin is fine", and "not been" are the none option, offered;
"never knew you could" is not knowing how, offered; a label by its initials ("mw" for "Money
worries") is offered; the person at a named place ("the nurse at college") is not another
option. Guard rows are look-alikes still read as before.
"""

from __future__ import annotations

import pytest

from bot.scripts.questions import MULTI_CHOICE, Question
from bot.understanding.parsing import Parsed, parse_answer
from tests.unit.parsed import ask, bad, maybe, ok

WORKER = ask(MULTI_CHOICE, "Housing", "Money", "Mental health", "Getting a job", "Relationships",
             "Drugs and alcohol")
AWAKE = ask(MULTI_CHOICE, "Screens", "Caffeine", "Noise", "Shift work", "Stress", "None of these",
            text="Which of these keep you awake?")
PERIODS = ask(MULTI_CHOICE, "Heavy periods", "Period pain", "Irregular periods", "PMS",
              "None of these")
SKIN = ask(MULTI_CHOICE, "Acne", "Moles", "Hair loss", "Rashes", "None of these",
           text="Which of these affect your skin?")
INJURY = ask(MULTI_CHOICE, "Physio", "An X-ray or scan", "Advice on returning to sport",
             "Strapping")
FORMATS = ask(MULTI_CHOICE, "Audio message", "Written leaflet", "Video", "Not needed")
BOOKING = ask(MULTI_CHOICE, "Don't know how", "No slots", "No internet", "Nothing stops me",
              text="What stops you booking online?")
CLINIC = ask(MULTI_CHOICE, "Nurses my age", "Late opening", "Free parking")
CONTACT = ask(MULTI_CHOICE, "Letter", "Email", "Phone call", "Text message")
ALLERGY = ask(MULTI_CHOICE, "Asthma", "Hay fever", "Eczema", "Food allergy")
HAD = ask(MULTI_CHOICE, "Flu jab", "Covid jab", "Haven't had one")
PERIODS_NONE = ask(MULTI_CHOICE, "Heavy periods", "No periods", "None of these")
HEADS = ask(MULTI_CHOICE, "Migraines", "No headaches", "None of these")
GYM = ask(MULTI_CHOICE, "Cost", "Too busy", "Too far", "Nothing stops me",
          text="What stops you using the gym?")
REPEATS = ask(MULTI_CHOICE, "Don't know how", "Website too confusing", "No internet",
              "Nothing stops me", text="What stops you ordering repeat prescriptions online?")
SEEN = ask(MULTI_CHOICE, "Acne", "Eczema", "Moles", "None",
           text="Which have you seen someone about?")
TOPICS = ask(MULTI_CHOICE, "Sexual health", "Money worries", "Healthy eating", "Exams")
TOLD = ask(MULTI_CHOICE, "Recommended by GP", "Recommended by school", "Saw it online")

# Everyday words for what tick-all lists ask about.
EVERYDAY_CASES = [
    (WORKER, "universal credit", ok(["Money"])),
    (WORKER, "my landlord and the booze", ok(["Housing", "Drugs and alcohol"])),
    (WORKER, "my bf", ok(["Relationships"])),
    (AWAKE, "red bull", ok(["Caffeine"])),
    (AWAKE, "doomscrolling and the neighbours", ok(["Screens", "Noise"])),
    (AWAKE, "overthinking", ok(["Stress"])),
    (PERIODS, "cramping", ok(["Period pain"])),
    (PERIODS, "mood swings", ok(["PMS"])),
    (SKIN, "zits", ok(["Acne"])),
    (SKIN, "losing my hair", ok(["Hair loss"])),
    (INJURY, "an mri", ok(["An X-ray or scan"])),
    (INJURY, "physio and when i can train again", ok(["Physio", "Advice on returning to sport"])),
    (FORMATS, "voice notes", ok(["Audio message"])),
    (FORMATS, "dont need one", ok(["Not needed"])),
    (BOOKING, "never any slots left", ok(["No slots"])),
    (BOOKING, "dodgy wifi", ok(["No internet"])),
    # a word only offered: "my head" is not always mental health
    (WORKER, "my head", maybe(["Mental health"])),
    # guard: a reduction label keeps its own reading ("less" is not "caffeine")
    (ask(MULTI_CHOICE, "Less caffeine", "Less screen time"), "red bull", bad("unrecognised")),
]

# "n/a" says the question does not apply, not option a; a bare "idk" does not say what is
# not known, so it is not "Don't know how".
NOT_AN_ANSWER_CASES = [
    (PERIODS, "n/a", bad("unrecognised")),
    (BOOKING, "idk tbh", bad("unrecognised")),
    # guard: not knowing how, said
    (BOOKING, "dunno how", ok(["Don't know how"])),
]

# A label's first word with other words in place of its own: offered, never stored.
QUALIFIED_OTHERWISE_CASES = [
    (CLINIC, "nurses who actually listen to you", maybe(["Nurses my age"])),
    # guard: the label's own words
    (CLINIC, "nurses closer to my age", ok(["Nurses my age"])),
]

# Options, then a remark that names none: the options offered.
REMARK_AFTER_OPTIONS_CASES = [
    (ALLERGY, "hay fever and asthma. doctor wasnt sure so gave me both inhalers",
     maybe(["Asthma", "Hay fever"])),
    (ALLERGY, "eczema, never really sorted tho", maybe(["Eczema"])),
    (ALLERGY, "asthma and hay fever, the nurse says they often go together",
     maybe(["Asthma", "Hay fever"])),
    # guard: a remark that adds is not set apart
    (ALLERGY, "asthma, plus my skin flares up", maybe(["Asthma"])),
]

# Options answered one by one.
ONE_BY_ONE_CASES = [
    (CONTACT, "Email. Letter no.", ok(["Email"])),
    (CONTACT, "text yes, phone call no, email yes", ok(["Email", "Text message"])),
]

# Something given up is not ticked.
GIVEN_UP_CASES = [
    (AWAKE, "screens and noise, though ive quit coffee", ok(["Screens", "Noise"])),
    (AWAKE, "stress, i stopped drinking caffeine", ok(["Stress"])),
]

# A label's own negation said with another: offered; beside a none reading, asked again.
NEGATION_OTHERWISE_CASES = [
    (HAD, "never got one", maybe(["Haven't had one"])),
    (HAD, "never had one", ok(["Haven't had one"])),
    (PERIODS_NONE, "i dont get periods at all", bad("ambiguous")),
    # guard: the label's own words after another negation
    (HEADS, "i dont get headaches", ok(["No headaches"])),
]

# None, said with a comment in the question's own words, "my skin is fine", "not been".
NONE_SAID_OTHERWISE_CASES = [
    (REPEATS, "nothing i order online every month", maybe(["Nothing stops me"])),
    (GYM, "nothing i use the gym loads", maybe(["Nothing stops me"])),
    (SKIN, "my skin is fine", maybe(["None of these"])),
    (SEEN, "not been to anyone", maybe(["None"])),
    # guard: a comment about an option is not a none
    (GYM, "nothing except the cost", maybe(["Cost"])),
]

# Not knowing it could be done: not knowing how, offered.
UNAWARE_CASES = [
    (BOOKING, "never knew you could", maybe(["Don't know how"])),
]

# A label by its initials: offered.
INITIALS_CASES = [
    (TOPICS, "mw and exams", maybe(["Money worries", "Exams"])),
    (TOPICS, "sh", maybe(["Sexual health"])),
    # guard: a word is not initials ("he" is not "Healthy eating")
    (TOPICS, "he", bad("unrecognised")),
]

# The person at a named place is not another option.
AT_A_PLACE_CASES = [
    (TOLD, "the nurse at college told me to", maybe(["Recommended by school"])),
]


@pytest.mark.parametrize("question,reply,expected",
                         EVERYDAY_CASES + NOT_AN_ANSWER_CASES + QUALIFIED_OTHERWISE_CASES
                         + REMARK_AFTER_OPTIONS_CASES + ONE_BY_ONE_CASES + GIVEN_UP_CASES
                         + NEGATION_OTHERWISE_CASES + NONE_SAID_OTHERWISE_CASES + UNAWARE_CASES
                         + INITIALS_CASES + AT_A_PLACE_CASES)
def test_round14_multi_reply(question: Question, reply: str, expected: Parsed) -> None:
    assert parse_answer(question, reply) == expected
