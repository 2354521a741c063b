"""Crises told in veiled words, and their look-alikes (bot/trust/safeguarding_veiled.py,
issue 8, round ten: the first round tuned on sets written blind by outside writers).

The tables are written in words that appear in no tuning file: each row is a kind the rules
name (marks hidden in summer, a cover story, a reply that will not come, lost as it gets
dark, a limb bent the wrong way, an adult who asks for secrets...), and each look-alike
shares a part with a crisis and lacks the rest (a sibling's joke over something trivial, a
game's enemy, a lesson or a campaign, a question about services, a past told as over).
Every row here was wrongly read before this round.
"""

from __future__ import annotations

import pytest

from bot.trust.safeguarding import detect_concern


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("wore a hoodie in the heatwave all week so nobody could see my arms", "self_harm"),
        ("long sleeves again this summer, you can guess why", "self_harm"),
        ("said it was the hamster that scratched me, thats what i told my form tutor", "self_harm"),
        ("ive been using a paperclip to scrape my skin", "self_harm"),
        ("been hitting my own face when i get angry", "self_harm"),
        ("if i stop replying you'll know i went through with it", "suicide"),
        ("the hall is filling with smoke and we cant get down", "danger"),
        ("the stairs are full of smoke and i can hear the alarm", "danger"),
        ("my cousins getting jumped outside the shop right now", "danger"),
        ("his older brothers are coming round later to do me in", "danger"),
        ("someone kicked in the front door while we were asleep", "danger"),
        ("lost in the woods near camp and its getting dark, phone on 2%", "danger"),
        ("stranded at the station, no battery and its dark", "danger"),
        ("my ankle is pointing the wrong way after the tackle", "medical"),
        ("broke my arm and its bent the wrong way", "medical"),
        ("my asthma is so bad i can hardly speak", "medical"),
        ("my tutor says i must not tell mum about what we do after lessons", "abuse"),
        ("my swim coach said keep the photos a secret", "abuse"),
        ("he took advantage of me when i was asleep at the sleepover", "abuse"),
        ("my step dad always barges in when im getting changed", "abuse"),
    ],
)
def test_a_veiled_crisis_is_signposted(text: str, category: str) -> None:
    concern = detect_concern(text)
    assert concern is not None and concern.category == category


@pytest.mark.parametrize(
    "text",
    [
        "my sister is gonna kill me, i borrowed her top without asking lol",
        "my big brother kicked me for hogging the controller haha",
        "the fortnite lobby was all kids yelling theyd kill me",
        "the zombie game where theres a monster chasing me is too hard",
        "grooming is a massive problem online, schools should teach it",
        "our form lost a girl to suicide last year and nobody talks about it",
        "what would a teacher do if a pupil told them about abuse",
        "i dont want to be here at school on a friday afternoon",
        "there's a huge wasp in here and im trapped in the bathroom",
        "cant breathe im laughing so hard lmao",
        "i quit after getting some support from therapy, i used to cut",
        "used to self harm, been clean for two years now",
        "he used to hit mum but hes been in prison for years",
    ],
)
def test_a_look_alike_is_not_signposted(text: str) -> None:
    assert detect_concern(text) is None


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("my sister is gonna kill me for nicking her hoodie lol but honestly i want to kill myself",
         "suicide"),
        ("watched a documentary about knife crime, now theres a man with a knife outside my house",
         "danger"),
        ("used to self harm, been clean for two years now but i cut again last night", "self_harm"),
        ("the boys will batter us at fifa, and my dad hits me when he's drunk", "abuse"),
        ("cant breathe from laughing lol, actually cant breathe my throat is closing up", "medical"),
        ("there's a wasp and im trapped on my bed, also i took 20 paracetamol an hour ago", "medical"),
        # the parts a look-alike shares with a crisis clear only themselves
        ("he raped me at the party, hes gone now", "abuse"),
        ("i cut myself every night and im still on my meds", "self_harm"),
        ("my brother is gonna kill me lol he said hed stab me when mum goes out", "danger"),
        ("they said theyll batter me at the football on saturday", "danger"),
        ("i dont want to be here at school anymore, i dont want to be anywhere", "suicide"),
        ("im not ok, i wanted to bang my head against the wall until it bled", "self_harm"),
    ],
)
def test_a_look_alike_does_not_clear_a_crisis_in_the_same_message(text: str, category: str) -> None:
    concern = detect_concern(text)
    assert concern is not None and concern.category == category
