"""Crises told as a scene happening now, and everyday scenes that share their words
(bot/trust/safeguarding_scenes.py, issue 8, stop 24's round, tuned on the spent blind sets
v8-v12 as kinds, not rows).

Every row is written in words of its own, not copied from a tuning file. Each crisis row and
each look-alike row was wrongly read by the detector before this round. The guard rows put a
look-alike this round clears beside a real crisis in the same message: the crisis must stay
signposted (the clearing rules remove only their own words, and a past told as over stops
being over when the rest of the message speaks of now).
"""

from __future__ import annotations

import pytest

from bot.trust.safeguarding import detect_concern

CRISES = [
    # An engine running in a closed garage.
    ("sat in mums car in the garage, engine on, door pulled down", "suicide"),
    ("left the motor ticking over in the garage with all the doors shut", "suicide"),
    ("in the garage now, car is on, shutter down", "suicide"),
    # A place that calls; a high or deep place, alone or unseen.
    ("the water keeps calling me tonight", "suicide"),
    ("those train tracks are calling my name again", "suicide"),
    ("the edge keeps calling to me", "suicide"),
    ("at the cliff edge now, its a long way down", "suicide"),
    ("by the quarry, alone, does it hurt to fall", "suicide"),
    # Last words passed on; every pill; a rope kept; not stepping back next time; a set day.
    ("tell mam i love her", "suicide"),
    ("going to swallow every tablet in the bathroom cabinet", "suicide"),
    ("taking every single pill i can find", "suicide"),
    ("ropes under my bed", "suicide"),
    ("next time im not stepping back off the platform", "suicide"),
    ("this time i will not step back from the edge", "suicide"),
    ("set a date, saturday, when everyones asleep", "suicide"),
    ("plan is ready, tuesday, when everyones out", "suicide"),
    # Marks owned; pain moved outside; bandages, no questions; marks covered; hair pulled out.
    ("these scratches were from me", "self_harm"),
    ("the lines on my arm are all from me", "self_harm"),
    ("the hurt on the outside helps with the inside", "self_harm"),
    ("i want the pain on the outside so the inside stops", "self_harm"),
    ("make the pain outside instead", "self_harm"),
    ("can you get me some bandages, no questions please", "self_harm"),
    ("need gauze and steri strips dont ask", "self_harm"),
    ("wearing a hoodie in this heat because of the cuts", "self_harm"),
    ("sleeves down all summer cos of the scars", "self_harm"),
    ("pulling out my hair in handfuls when im stressed", "self_harm"),
    ("pulling my own hair out, theres bald bits", "self_harm"),
    # Owing people and working it off; a card demanded with a threat; off with an adult.
    ("we owe some lads money and now my brother has to deal for them", "abuse"),
    ("they made me give them my card or else", "abuse"),
    ("give her my bank card or she will tell on me", "abuse"),
    ("a 25 year old from discord says we should run away together", "abuse"),
    ("gonna move away with her, shes 40 and we met online", "abuse"),
    # Hit with a household thing (not "hit me with the news"); told to lie about it; "no" not
    # heeded; kept from meals.
    ("my stepdad hit me with the hoover", "danger"),
    ("my gran hit me with the broom", "danger"),
    ("teacher asked about my arm and i had to pretend i tripped", "abuse"),
    ("i have to say i fell whenever anyone asks about the bruises", "abuse"),
    ("when i say no they carry on", "abuse"),
    ("when i say no he keeps going", "abuse"),
    ("im not allowed to eat at the table with my step siblings", "abuse"),
    ("im not allowed to eat dinner with them", "abuse"),
    # Shut out in the cold; a secret phone; special chats kept secret; gifts, then favours.
    ("they put me out in the cold all night", "abuse"),
    ("dad shuts me out in the garden as a punishment", "abuse"),
    ("got a secret phone from a man i met online", "abuse"),
    ("my tutor says our special talks are just between us", "abuse"),
    ("him and me have special chats nobody can know about", "abuse"),
    ("older guys buy me weed and then expect me to do favours", "abuse"),
    ("they give me lifts and money then expect us to do favours", "abuse"),
    # Water: gone under, a car in a lake, a boat over, ice cracking.
    ("my little sister slipped into the quarry and i cant see her", "danger"),
    ("my brother fell in the canal and hasnt come out", "danger"),
    ("the car slid into the lake with my dad in it", "danger"),
    ("the van rolled into the river with people in it", "danger"),
    ("our canoe capsized and my friend is stuck under it", "danger"),
    ("the boat is sinking", "danger"),
    ("my cousin walked onto the frozen pond and its cracking", "danger"),
    ("my little brother went through the ice", "danger"),
    # A weapon brought round; someone blocked, waiting; a friend's SOS, then nothing.
    ("my mums ex came round holding a hammer", "danger"),
    ("my uncle turned up with a crowbar", "danger"),
    ("a man i blocked on snap is waiting at the school gate", "danger"),
    ("my best mate sent me her live location and now her phone is off", "danger"),
    ("my sister texted me help and now she wont answer", "danger"),
    # Fire set; smoke coming in; waking somewhere strange; a car crawling alongside; stranded.
    ("someone set fire to our bin and its spreading", "danger"),
    ("theres smoke pouring under my bedroom door", "danger"),
    ("fumes coming in under the door", "danger"),
    ("woke up in a flat i dont recognise and my phones gone", "danger"),
    ("woke up somewhere i dont know", "danger"),
    ("a car has been crawling slowly alongside me for two streets", "danger"),
    ("someone in a car driving slowly next to me", "danger"),
    ("left me on my own in a town i dont know and its getting dark", "danger"),
    ("stranded at the station and my phones dead", "danger"),
    # A reliever not working; fits one after another; a sting then itching all over.
    ("had my ventolin loads but it wont work", "medical"),
    ("a second fit just after the first one", "medical"),
    ("stung by something and now im itchy all over", "medical"),
    # Fever with confusion; heat with no sweat; a burn that turned the skin black.
    ("shes confused and has a fever", "medical"),
    ("my granny has a high temperature and is delirious", "medical"),
    ("been in the heat all afternoon, stopped sweating and feel dizzy", "medical"),
    ("my little brother stopped sweating in this heat", "medical"),
    ("burn from the iron, the skin is black", "medical"),
]

LOOK_ALIKES = [
    # A pet's emergency; an animal that followed me home.
    "my rabbit collapsed this morning, the vet thinks its his heart",
    "the neighbours dog got hit by a car and is in surgery",
    "got followed home by a stray dog today, he was so cute",
    "got followed home by a seagull that wanted my chips",
    # Cutting food or nails; kitchen knives; soft things.
    "cutting up peppers for the stir fry",
    "cutting up carrots for the roast",
    "cutting my nails before netball",
    "dad asked me to sharpen the knives before sunday dinner",
    "bought my brother a knife set for his new flat",
    "mum wont let me use the sharp knife yet",
    "my little cousin whacked me with a foam sword",
    # Titles and lyrics.
    "the suicide squad film was actually funny",
    "suicide squad 2 comes out next week",
    "their new single is called overdose",
    "the album is called suicide season",
    "the chorus goes i want to die and its stuck in my head",
    "the line goes i just want to die and its a banger",
    # Doses for everyday aches, asked or taken.
    "whats the max paracetamol i can have for a migraine",
    "most ibuprofen you can take in a day for a sprained ankle",
    "took 2 paracetamol for my headache earlier and its gone",
    # Asked about a disclosure, for work, study or a friend.
    "how should i respond if a student says theyre self harming? im a new teaching assistant",
    "what do you do when a pupil tells you theyre being abused",
    "i want to learn how to support if my mate says shes self harming",
    "the pe teacher said what to do if someone tells you theyre suicidal",
    # Hyperbole: a lecture, the bus or wifi, a goal conceded, a game lost, homework.
    "trapped in a lecture for three hours, send help",
    "kms the bus is so late again",
    "kms this wifi is so bad",
    "kms every time we concede a goal",
    "my brother says hes gonna kms whenever he loses at fortnite",
    "she says shes gonna die when she loses at chess",
    "could bang my head against the wall with this coursework",
    "banging my head on the wall over this maths homework",
    # Old things to charity; away for a trip; a project; a famous person's story.
    "giving all my old books away to the charity shop",
    "wont be around this weekend, going to a festival",
    "wont be around next week going to spain",
    "what are the signs of grooming? its for my psychology coursework",
    "signs of county lines for my essay",
    "that footballer opened up about his suicide attempt",
    # Pasts told as over.
    "took an overdose back in 2019 and im doing loads better",
    "overdosed back in 2018 and doing so much better now",
    "had an od years ago, ive been fine for years now",
    "eleven months self harm free today",
    "4 months self harm free as of today",
    "back when i was sofa surfing i slept in my car, so glad thats all behind me",
    "back when we were homeless it was hard, glad its all behind us",
    "thought a man was following me but it turned out to be my uncle walking home",
    "someone was following me but it turned out to be my neighbour",
    "my stepdad hurt me but thats years ago and im safe",
    "he hit me when i was little but thats years ago and im safe now",
    "my cousin stopped breathing as a baby, shes 10 now",
    "had a fit in year 8, the neuro changed my meds and havent had one since",
]

GUARDS = [
    # A look-alike this round clears, beside a real crisis that must stay signposted.
    "our puppy ate a sock and i want to kill myself",
    "cutting up peppers and then i cut my arm on purpose",
    "how should i respond if a friend says shes suicidal? asking cos its me",
    "six months self harm free but i relapsed last night",
    "i was 3 months clean and i cut again",
    "suicide squad is on and i keep thinking about killing myself",
    "back when i was homeless a man stabbed me and hes found me again",
    "took an overdose back in 2019 and im planning another one",
    "took 2 paracetamol for my headache and then the rest of the box",
    "wont be around next week, going to the bridge to end it",
    "kms every time we concede, no honestly i want to die",
]


@pytest.mark.parametrize(("text", "category"), CRISES)
def test_a_crisis_told_as_a_scene_is_signposted(text: str, category: str) -> None:
    concern = detect_concern(text)
    assert concern is not None
    assert concern.category == category


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_a_look_alike_is_not_signposted(text: str) -> None:
    assert detect_concern(text) is None


@pytest.mark.parametrize("text", GUARDS)
def test_a_crisis_beside_a_cleared_look_alike_stays_signposted(text: str) -> None:
    assert detect_concern(text) is not None
