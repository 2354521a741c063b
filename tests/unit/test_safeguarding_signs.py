"""Warning signs without a crisis word, and their look-alikes (bot/trust/safeguarding_signs.py,
issue 8, round nine).

The tables are written in words that appear in no tuning file: each row is a kind the rules
name (a method looked up, a high place with a word to someone, marks hidden or lied about,
gifts for something back, a debt waiting outside, signs after a blow to the head...), and
each look-alike shares a part with a crisis and lacks the rest (a denial, a joke about a
task, a title, a question about services, a past told as over).
"""

from __future__ import annotations

import pytest

from bot.trust.safeguarding import detect_concern
from tests.unit.crisis_reading import clear_unless_known


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("been searching how many sleeping pills would be enough", "suicide"),
        ("read up on how long before you stop breathing underwater", "suicide"),
        ("i dont expect to make it to my next birthday", "suicide"),
        ("heading up to the multi storey now, wanted someone to know", "suicide"),
        ("this is my last message, thank you for everything", "suicide"),
        ("dad if you read this, none of this is your fault", "suicide"),
        ("gave all my games and my guitar to my brother, sorted my room so its done", "suicide"),
        ("i punch my thighs whenever i get really angry", "self_harm"),
        ("i bite my arms when it gets too much", "self_harm"),
        ("my mum noticed the scars and i lied saying it was from the dog", "self_harm"),
        ("stocked up on bandages again, you know why", "self_harm"),
        ("these men buy me food and phone credit and want something in return", "abuse"),
        ("they gave me a bag and said deliver it or theyll hurt my mum", "danger"),
        ("the uber driver went the wrong way and wont let me out", "danger"),
        ("i owe some lads money and theyre outside college waiting for me", "danger"),
        ("no idea where i am and they took my phone", "danger"),
        ("banged my head at rugby and keep being sick and feel drowsy", "medical"),
        ("my little brother has gone blue and floppy", "medical"),
        ("she's hot, her skin is mottled and she won't wake properly", "medical"),
        ("my sister has not been weeing all day and has a high temperature", "medical"),
        # "she's gone" is not "she's gone away": a person gone floppy is not safe now
        ("shes gone floppy and wont respond", "medical"),
        ("i could just take the whole box of my sertraline tonight", "suicide"),
        ("i want everyone to know i loved them", "suicide"),
        ("told my best mate to look after my cat for me, for good", "suicide"),
        ("the voices say i should do it tonight", "suicide"),
        ("i dig my nails in till my skin breaks", "self_harm"),
        ("mandem are outside my yard with shanks", "danger"),
        ("my uncle gives me money to sit on his lap", "abuse"),
    ],
)
def test_a_sign_is_found_in_new_words(text: str, category: str) -> None:
    assert getattr(detect_concern(text), "category", None) == category, text


def test_marks_covered_so_nobody_sees_are_a_concern() -> None:
    assert detect_concern("keep a hoodie on over my wrists so nobody notices") is not None


@pytest.mark.parametrize(
    ("text", "flagged"),
    [clear_unless_known(row) for row in [
        # denials
        ("not self harming or anything, just tired from exams", False),
        ("wasnt hurt or anything, just a bit shaken after the bus braked", False),
        ("ive never taken an overdose, just asking about ibuprofen doses", False),
        ("nobody is forcing me to do anything, i chose this college myself", False),
        # questions about services and signs; a friend's past
        ("is the helpline only for people who feel suicidal or can anyone ring", False),
        ("how do you know if a friend is being exploited", False),
        ("how should i use my inhaler properly before pe", False),
        ("my cousin said he used to self harm, how can i support him", False),
        # figures of speech, sport, games, titles
        ("the PE teacher is trying to kill us with these laps", False),
        ("gonna end it all by deleting snapchat lol", False),
        ("we stab each other with foam swords in larp", False),
        ("got so many kills in that round of fortnite", False),
        ("listening to kill the lights by some band on repeat", False),
        ("if i have to sit one more mock exam im gonna scream", False),
        ("hanging after last night ngl, never drinking again", False),
        ("my hamstring is killing me since football", False),
        ("gonna kill my brother for eating my chips", False),
        ("my mum says she'll kill me if i'm late again haha", False),
        ("song lyrics: 'i wanna die young' by some pop star", False),
        ("they took loads of blood at my check up, i felt a bit faint", False),
        ("i play rugby so i'm always covered in bruises lol", False),
        ("can you overdose on vitamin d? just wondering, mum gives me it", False),
        ("if a friend self harms should i tell a teacher? asking generally", False),
        ("my boss would kill me if i was late", False),
        ("my mate is always saying kms as a joke, is that normal", False),
        ("ctb means something else in our group chat lol", False),
        ("literally unalive me this maths homework is evil 💀", False),
        ("if i fail this test im gonna unalive myself jk", False),
        ("my dad goes shooting pheasants on weekends", False),
        ("my brother is obsessed with guns in fortnite", False),
        ("what do i do if my friend says shes suicidal", False),
        ("my boyfriend is really sweet, he always checks im home safe", False),
        ("my coach pushes us hard in training but its good for us", False),
        ("my dad carries a knife for his job as a chef", False),
        ("we learned about forced marriage in pshe", False),
        ("i'm dying my hair blue tonight", False),
        # told as over
        ("i used to self harm but had a year of counselling and im in a good place now", False),
        ("i was sleeping on sofas last year but weve got our own house now", False),
        ("there was a fight at school last month but things are settled now", False),
        ("i had asthma attacks as a kid but i carry an inhaler now", False),
        ("i had a seizure two years ago, been on meds and fine since", False),
        ("i took an overdose when i was 14, im 19 now and doing well", False),
        ("my cousin has epilepsy and had a fit at christmas, she's ok", False),
        ("my friend overdosed a few years back but shes doing great now", False),
        ("i self harmed for a year in year 10 but stopped and have scars now", False),
        ("i was followed home once last year, it was scary but nothing happened since", False),
        # a threat is never told as over by "it was sorted"
        ("a boy at school threatened me in year 8 but it was sorted by the head", True),
        # a part of a sign without the rest
        ("i gave my old books to my sister", False),
        ("im going to the bridge with my mates after college", False),
        ("this is my last survey before i leave the service, thank you", False),
        ("sorry mum, it's not your fault the cake burnt", False),
        ("plasters are in the first aid kit if you need them", False),
        ("the nurse saw my arm and said my eczema looks better", False),
        ("i wear a watch over my wrist every day", False),
        ("my nan bought me trainers and wants a visit in return", False),
        ("i owe my mate a fiver", False),
        ("my ex is sitting outside the cafe with his new girlfriend", False),
        ("the bus went the wrong way and the driver wont stop apologising", False),
        ("the plant has gone floppy", False),
        ("looked up how many calories it takes to run a mile", False),
        ("i dont plan on seeing my dad this christmas", False),
        # a crisis beside a look-alike is still caught
        ("not self harming or anything but i took 20 paracetamol an hour ago", True),
        ("the PE teacher is trying to kill us with these laps and i want to die", True),
        ("i was homeless last year but weve got our own house now and my stepdad hits me every night", True),
        ("how do you know if a friend is groomed because an older man keeps messaging me to meet", True),
    ]],
)
def test_a_look_alike_is_not_flagged_but_a_crisis_beside_it_is(text: str, flagged: bool) -> None:
    assert (detect_concern(text) is not None) is flagged, text
