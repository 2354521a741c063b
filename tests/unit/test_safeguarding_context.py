"""Crisis wording in context (bot/trust/safeguarding.py, safeguarding_lexicon.py).

Denials, crises told as over, talk about services, films and games must not show
the crisis message; but none of them may hide a crisis said in the same message.
"""

from __future__ import annotations

import pytest

from bot.trust.safeguarding import Concern, detect_concern, normalise, resolved_categories

NOT_A_CRISIS = [
    # denials
    "i'm not suicidal, just stressed",
    "im not suicidal just really tired",
    "i've never self harmed",
    "i dont self harm",
    "no i dont have thoughts of hurting myself",
    "no thoughts of self harm",
    "i wouldnt ever hurt myself",
    "i'm not going to do anything stupid, i'm just venting",
    "i dont want to die i just want the waiting to stop",
    "no one hits me",
    "i've never been abused",
    "im not in danger just bored",
    "the doctor asked if i had thoughts of suicide and i said no",
    "they asked if i self harm and i don't",
    # over, and nothing said about now
    "i used to self harm but i've been fine for 3 years",
    "i used to feel suicidal but therapy helped a lot",
    "i was suicidal in year 9 but im doing well now",
    "camhs really helped me when i was 14",
    "the counsellor helped me stop self harming a long time ago",
    "i had a seizure years ago but none since",
    "i tried to end my life in 2019 but i'm in a much better place now",
    "my dad used to hit us but we moved out and we're safe now",
    # services, films, games, figures of speech
    "there should be more overdose awareness in schools",
    "schools should teach about suicide prevention",
    "they should talk about self harm more in pshe",
    "i think domestic abuse should be talked about more",
    "how do i support a friend who self harms",
    "i'm reading a book about a girl who self harms",
    "the film had a stabbing in it and it was gross",
    "we watched a film about a kidnapping",
    "my brother keeps killing me in minecraft",
    "my feet are killing me after work",
    "my dad will kill me if he sees my grades",
    "this lesson is so boring i want to die",
    "i want to die my hair pink",
    "i'm trapped in a group chat with my aunties lol",
    "i keep thinking about jumping ship to a different gp",
    "i have a rope swing in my garden",
    "i have a plan to get fit",
    "is this the last message?",
    # ordinary medical words
    "i've got hay fever",
    "i took my allergy tablets",
    "i've got a nut allergy so i carry an epipen",
    "i have a cold and can't breathe through my nose",
    "how many paracetamol can i take for a headache",
    "i had chest pains once but it was just anxiety",
    "i hit my head on the cupboard lol",
]


@pytest.mark.parametrize("text", NOT_A_CRISIS)
def test_not_a_crisis(text: str) -> None:
    assert detect_concern(text) is None


# A denial, a past or a figure of speech never hides a crisis said with it.
STILL_A_CRISIS = [
    "i'm not ok, i want to die",
    "i am not okay and i want to end my life",
    "not gonna lie i want to kill myself",
    "i'm not suicidal but i do think about dying a lot",
    "im not suicidal yet",
    "i no longer want to live",
    "i'm not sure i want to live anymore",
    "they asked if i felt suicidal and i said yes",
    "i'm not safe at home",
    "not safe at home",
    "no one hits me but my uncle touches me",
    "i used to self harm but ive started again",
    "i was suicidal years ago and its come back",
    "camhs helped but i still want to die",
    "i used to self harm but im fine now. my dad hits me though",
    "he used to hit me, we moved out but he found us and hes outside",
    "i tried to kill myself two years ago and i want to try again",
    "the queue is killing me and i want to kill myself",
    "my dad will kill me if i tell anyone",
    "my friend told me she feels suicidal what do i do",
    "can i talk to someone about self harm",
    "where can i get help for my self harm",
    "school is so hard i want to die",
    # told as over, then the means of harm or a "but" brings it back to now
    "im ok now but i took 20 pills",
    "im fine now, i took too many tablets",
    "i feel better now but i have pills saved up",
    "i had counselling but i want to die",
    "im getting help for my self harm",
]


@pytest.mark.parametrize("text", STILL_A_CRISIS)
def test_a_crisis_is_never_hidden(text: str) -> None:
    assert detect_concern(text) is not None


# The way young people write: text-speak, dialect, non-native English, emoji,
# hints, farewells, answers to a survey question.
STYLES = [
    ("3. also i dont want to be alive anymore", "suicide"),
    ("lowkey wanna kms", "suicide"),
    ("planning to ctb this weekend", "suicide"),
    ("i dinnae want tae be here nae mair", "suicide"),
    ("gonna top meself", "suicide"),
    ("i am wanting to die everyday", "suicide"),
    ("given my dog to my sister for good", "suicide"),
    ("whats the most paracetamol you can take", "suicide"),
    ("tell my mum i love her", "suicide"),
    ("bye everyone thanks for everything", "suicide"),
    ("by the time you read this ill be gone", "suicide"),
    ("sh'd again", "self_harm"),
    ("🔪 my arms again", "self_harm"),
    ("am harming masel again", "self_harm"),
    ("ma da batters me", "abuse"),
    ("my boyfriend checks my phone and wont let me see my friends", "abuse"),
    ("im not allowed to leave the house", "abuse"),
    ("someone has my pictures and wants money", "abuse"),
    ("im being forced to marry my cousin", "abuse"),
    ("i owe them money and they make me deliver", "abuse"),
    ("we havent had food for days, mum is always out", "abuse"),
    ("he's got a 🔪", "danger"),
    ("someone is trying to break in", "danger"),
    ("took 💊💊💊 bye", "medical"),
    ("asthma attack not stopping", "medical"),
    ("my friends lips are blue", "medical"),
    ("my throat feels like its closing", "medical"),
    ("my friend is fitting", "medical"),
    ("blood everywhere and it wont stop", "medical"),
    ("her face is drooping and she cant talk properly", "medical"),
    ("i hit my head and keep being sick", "medical"),
    ("i think im having a hypo", "medical"),
    ("someone put something in my drink", "medical"),
    ("i cant breath", "medical"),
]


@pytest.mark.parametrize(("text", "category"), STYLES)
def test_styles(text: str, category: str) -> None:
    assert detect_concern(text) == Concern(category)


@pytest.mark.parametrize(
    ("text", "over"),
    [
        ("i used to self harm but im fine now", {"suicide", "self_harm", "medical"}),
        ("i used to self harm but im fine now and i want to again", set()),
        ("i self harmed years ago", {"suicide", "self_harm", "medical"}),
        ("my dad hit me years ago", {"suicide", "self_harm", "medical"}),
        ("he used to hit me but we moved out", {"suicide", "self_harm", "medical", "abuse", "danger"}),
        ("he hits me", set()),
        ("i tried to kill myself last year", set()),
    ],
)
def test_resolved_categories(text: str, over: set[str]) -> None:
    assert resolved_categories(normalise(text)) == over


@pytest.mark.parametrize(
    ("typed", "normal"),
    [
        ("I dinnae want tae", "i dont want to"),
        ("took 💊💊 bye", "took pills pills bye"),
        ("he's got a 🔪!", "hes got a knife"),
        ("harming masel 2nite", "harming myself tonight"),
    ],
)
def test_normalise_reads_dialect_text_speak_and_emoji(typed: str, normal: str) -> None:
    assert normalise(typed) == normal
