"""Round 15, tick-all-that-apply replies (rows written for these tests, not taken from any set).

Unsure which of two it was ("the walk in? or was it a&e") and a hedge on a later item with the
first said plainly ("flu jab and maybe the covid one") are asked again, never stored or offered
whole; so is a none taken back in part ("nothing much, maybe the cost"). "No support" and "I
didn't get help" are the none answer of their lists, so "none" reads as them and "all except"
leaves them out. A thing named with where it came from ("ibuprofen off the gp") is not the
option saying it came from elsewhere ("Painkillers from a shop"); "not a carer" is not "Young
carers group", and a label's words without its "not" ("registered") are only offered. Everyday
names for what treatment, format, activity, support and barrier lists ask about (medicines by
name, short names of jabs, "bigger font", "in polish", "allotment", "my social worker", "still
registered with my home gp", "couldnt miss lectures") name options. A sentence saying what it
names does not count is left out; a comma list with a misspelt part ("hot water botle, walks")
is read part by part, offered; a negation in a long reply is not another option's opening word;
"fisio" is Physio; denying what the question is about ("i dont get cramps") is asked again; "none, i just
buy stuff from superdrug" is the none option, offered. A
word ending in -s is not read as another ending in -y ("shuts" is not "shy"); the GP's everyday
names stay the GP's beside "Online doctor"; a parent is not "Young carers group". The first
row of each kind fails on main; guard rows are look-alikes read as before.
"""

from __future__ import annotations

import pytest

from bot.scripts.questions import MULTI_CHOICE, Question
from bot.understanding.parsing import Parsed, parse_answer
from tests.unit.parsed import ask, bad, maybe, ok

SEEN = ask(MULTI_CHOICE, "GP", "A&E", "Walk-in centre", "Physio", "None",
           text="Where were you seen after your fall?")
JABS = ask(MULTI_CHOICE, "Flu jab", "Covid jab", "Whooping cough", "None of these",
           text="Which jabs have you had this year?")
CLINIC = ask(MULTI_CHOICE, "Cost", "Opening times", "Too shy", "Nothing stops me",
             text="What stops you going to the clinic?")
CARING = ask(MULTI_CHOICE, "Young carers group", "Support at school or college",
             "Help from social services", "Online forums", "No support",
             text="What support do you get as a young carer?")
SPRAIN = ask(MULTI_CHOICE, "GP", "Pharmacy", "Physio", "I didn't get help",
             text="Where did you get help for your sprain?")
CRAMPS = ask(MULTI_CHOICE, "Painkillers from a shop", "Prescription medicine", "Hot water bottle",
             "Exercise", "Nothing", text="What have you tried for cramps?")
HAY = ask(MULTI_CHOICE, "Antihistamine tablets", "Nasal spray", "Eye drops", "None of these",
          text="What do you use for hay fever?")
SPOTS = ask(MULTI_CHOICE, "Products from a shop or supermarket", "Prescribed creams or gels",
            "Antibiotic tablets", "Nothing", text="What have you tried for spots?")
TRAVEL = ask(MULTI_CHOICE, "Hepatitis A", "Hepatitis B", "Typhoid", "Rabies", "None",
             text="Which jabs did you get before travelling?")
FORMATS = ask(MULTI_CHOICE, "Easy read", "Large print", "Audio", "British Sign Language",
              "Translated", text="Which formats would help you?")
LINKED = ask(MULTI_CHOICE, "Sport or gym", "Art or music", "Volunteering", "Gardening",
             "None yet", text="What have you been linked to?")
STUDENT = ask(MULTI_CHOICE, "Can't get an appointment", "I'm not registered there",
              "Couldn't get time off", "Nothing stops me",
              text="What stops you using the campus health centre?")
SLEEP_HELP = ask(MULTI_CHOICE, "Melatonin", "Talking therapy", "Apps", "Crisis text line",
                 "Nothing helped", text="What has helped you sleep?")
SKIN_HELP = ask(MULTI_CHOICE, "GP", "Pharmacy", "Online doctor", "None",
                text="Where have you had help with your skin?")

# Unsure which of two it was: neither is known.
ALTERNATIVES_CASES = [
    (SEEN, "the walk in? or was it a&e", bad("ambiguous")),
    (SEEN, "physio i think, or maybe the gp", bad("ambiguous")),
    # guard: two places, both said plainly
    (SEEN, "the walk in and then a&e", ok(["A&E", "Walk-in centre"])),
]

# A hedge on a later item, the first said plainly: asked again.
HEDGED_LATER_CASES = [
    (JABS, "flu jab and maybe the covid one", bad("ambiguous")),
    (JABS, "whooping cough, perhaps flu too", bad("ambiguous")),
    # guards: a hedge from the start doubts all alike, offered; one hedged item, offered
    (JABS, "probably flu and maybe covid", maybe(["Flu jab", "Covid jab"])),
    (JABS, "maybe the flu one", maybe(["Flu jab"])),
]

# A none taken back in part.
NONE_TAKEN_BACK_CASES = [
    (CLINIC, "nothing tbh, maybe the waiting", bad("ambiguous")),
    (CLINIC, "none really, possibly the hours", bad("ambiguous")),
    (CLINIC, "nah nothing, perhaps being shy", bad("ambiguous")),
    # guard: a plain none with a comment is still offered
    (CLINIC, "nothing really i just go", ok(["Nothing stops me"])),
]

# "No support", "I didn't get help": the none answer of their lists.
NONE_LABELS_CASES = [
    (CARING, "none", ok(["No support"])),
    (CARING, "everything except the forums",
     maybe(["Young carers group", "Support at school or college", "Help from social services"])),
    (SPRAIN, "none", maybe(["I didn't get help"])),
    (CARING, "nowt really, just me and my dad", maybe(["No support"])),
]

# A thing named with where it came from, another option's name: not the option saying it
# came from elsewhere.
SOURCED_OTHERWISE_CASES = [
    (CRAMPS, "ibuprofen off the gp", maybe(["Prescription medicine"])),
    (CRAMPS, "paracetamol from the doctor and a heat pad", maybe(["Prescription medicine",
                                                                  "Hot water bottle"])),
    # guard: bought in a shop, read as before
    (CRAMPS, "paracetamol and a hot water bottle", ok(["Painkillers from a shop",
                                                       "Hot water bottle"])),
]

# "not a carer": what the reply is not. A label's negation left out ("registered" to "I'm not
# registered there") may say the opposite: offered, never stored.
NOT_A_CASES = [
    (STUDENT, "registered", maybe(["I'm not registered there"])),
    (CARING, "i'm not a carer tho", bad("unrecognised")),
    # guard: the negation said
    (STUDENT, "not registered", ok(["I'm not registered there"])),
]

# Everyday names for what treatment, format, activity, support and barrier lists ask about.
EVERYDAY_CASES = [
    (HAY, "zirtek and flixonase", ok(["Antihistamine tablets", "Nasal spray"])),
    (HAY, "acrivastine", ok(["Antihistamine tablets"])),
    (HAY, "optrex when my eyes itch", maybe(["Eye drops"])),
    (SPOTS, "doxycycline", ok(["Antibiotic tablets"])),
    (SPOTS, "neutrogena from asda then differin", ok(["Products from a shop or supermarket",
                                                      "Prescribed creams or gels"])),
    (TRAVEL, "hep b and typhoid", ok(["Hepatitis B", "Typhoid"])),
    (FORMATS, "bigger font please", ok(["Large print"])),
    (FORMATS, "in polish for my dad", ok(["Translated"])),
    (FORMATS, "simple english and signing", ok(["Easy read", "British Sign Language"])),
    (FORMATS, "a podcast", ok(["Audio"])),
    (LINKED, "allotment and the choir", ok(["Art or music", "Gardening"])),
    (LINKED, "helping at the food bank", maybe(["Volunteering"])),
    (CARING, "my social worker and a forum on reddit",
     ok(["Help from social services", "Online forums"])),
    (CARING, "my learning mentor", ok(["Support at school or college"])),
    (STUDENT, "still registered with my home gp", ok(["I'm not registered there"])),
    (STUDENT, "couldnt miss lectures", ok(["Couldn't get time off"])),
    (STUDENT, "the 8am phone queue", ok(["Can't get an appointment"])),
    (SLEEP_HELP, "insight timer and some cbt", ok(["Talking therapy", "Apps"])),
    (SLEEP_HELP, "texted shout a few times", ok(["Crisis text line"])),
]

# Looked-up names: "shuts" is not "shy"; the GP's names beside "Online doctor"; a parent is not
# "Young carers group".
NAMES_CASES = [
    (CLINIC, "it shuts early", ok(["Opening times"])),
    (SKIN_HELP, "my doc and an online doctor", ok(["GP", "Online doctor"])),
    (CARING, "me mam", bad("unrecognised")),
    # guard: "too shy" is still "Too shy"
    (CLINIC, "too shy", ok(["Too shy"])),
]


# A sentence taking back what it names ("… but that doesn't count"): left out, the rest offered;
# nothing else said, asked again.
DISOWNED_CASES = [
    (JABS, "Flu jab in October. Had whooping cough when I was pregnant but that doesn't count.",
     maybe(["Flu jab"])),
    (JABS, "covid one but it doesnt count", bad("ambiguous")),
]

# A comma list with a misspelt or only-offered part ("hot water botle, walks"): every part read,
# offered.
NEAR_MISS_IN_A_LIST_CASES = [
    (CRAMPS, "hot water bottel, walks", maybe(["Hot water bottle", "Exercise"])),
    # guard: every part a plain name, stored
    (CRAMPS, "hot water bottle, exercise", ok(["Hot water bottle", "Exercise"])),
]

# In a long reply, a negation ("which means I can't") is not another option's opening word
# ("Can't get an appointment").
NEGATION_NOT_AN_OPENER_CASES = [
    (STUDENT, "registered at home up in Carlisle which means I can't, and couldnt miss lectures",
     maybe(["I'm not registered there", "Couldn't get time off"])),
]

# A service spelt by ear.
BY_EAR_CASES = [
    (SEEN, "a&e and then the fisio", ok(["A&E", "Physio"])),
]


# Denying what the question is about ("i dont get cramps" to "What have you tried for cramps?"),
# no option saying so: the question does not apply, so "Nothing" is not offered; asked again.
PREMISE_DENIED_CASES = [
    (CRAMPS, "i dont get cramps tbh", bad("unrecognised")),
    (CLINIC, "never needed the clinic", bad("unrecognised")),
    # guards: a denial of using anything is the none option, offered; an option saying so is it
    (CRAMPS, "i dont use anything", maybe(["Nothing"])),
    (SPRAIN, "i didnt get help", ok(["I didn't get help"])),
]


# A none, then what was done instead ("none, i just use face wash from superdrug"): the none
# option, offered; "none, just the gp" (an option's own label) is still asked again.
NONE_THEN_INSTEAD_CASES = [
    (SKIN_HELP, "none, i just buy stuff from superdrug", maybe(["None"])),
    (SLEEP_HELP, "nothing, i just go running", maybe(["Nothing helped"])),
    # guard: the option itself after "just"
    (SKIN_HELP, "none, just the gp", bad("ambiguous")),
]


@pytest.mark.parametrize("question,reply,expected",
                         ALTERNATIVES_CASES + HEDGED_LATER_CASES + NONE_TAKEN_BACK_CASES
                         + NONE_LABELS_CASES + SOURCED_OTHERWISE_CASES + NOT_A_CASES
                         + EVERYDAY_CASES + NAMES_CASES + DISOWNED_CASES
                         + NEAR_MISS_IN_A_LIST_CASES + NEGATION_NOT_AN_OPENER_CASES + BY_EAR_CASES
                         + PREMISE_DENIED_CASES + NONE_THEN_INSTEAD_CASES)
def test_round15_multi_reply(question: Question, reply: str, expected: Parsed) -> None:
    assert parse_answer(question, reply) == expected
