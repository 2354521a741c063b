"""Redaction's third to sixth rounds (rules R8-32, R8-32b, R8-32c and R8-32d,
docs/experiments/redaction-r8-32*.md): each mechanism by a table of what is taken out and of what
stays. The examples are written here, not taken from the blind sets."""

from __future__ import annotations

import pytest

from bot.trust.redaction import redact

TAKEN_OUT = [
    # Phone numbers in brackets, spoken, spaced, and after 0044 (not read as an NHS number).
    ("ring me on (07700) 900 412 after 5", "ring me on [phone] after 5"),
    ("my number is oh 7700 900 318 if u need it", "my number is [phone] if u need it"),
    ("0 7 7 0 0 9 0 0 5 5 1", "[phone]"),
    ("mums number is 0044 7700 900 671 ta", "mums number is [phone] ta"),
    # NHS numbers parted by slashes.
    ("nhs number 943/476/5919 if u need it", "nhs number [NHS number] if u need it"),
    # Reddit users; sites on a weak ending with a site's name before it.
    ("i posted it as u/sleepy_otter_19 on there", "i posted it as [handle] on there"),
    ("my art is on jo-makes.carrd.co now", "my art is on [link] now"),
    # A flat, room or house name goes with the street; Welsh streets in lower case; one word
    # streets by their ending.
    ("send it to flat 4c 18 Mill Lane please", "send it to [address] please"),
    ("room 12, Kelvin House, 3 Park Road", "[address]"),
    ("apartment 902, 1 Canal Street - the lift is broken", "[address] - the lift is broken"),
    ("we live at 7 heol y bryn, no bus", "we live at [address], no bus"),
    ("number 4 on Lon Las by the shop", "[address] by the shop"),
    ("at 12 broadway now", "at [address] now"),
    ("9 Eastgate, above the bakery", "[address], above the bakery"),
    # Schools named in lower case where a school stands.
    ("got the jab at thornbury high in year 9", "got the jab at [school] in year 9"),
    ("im at fernside pru now", "im at [school] now"),
    ("my sister goes to st oswald's c of e", "my sister goes to [school]"),
    ("year 13 at leeds college and its fine", "year 13 at [school] and its fine"),
    ("im at oak hill academy and they never talk about it", "im at [school] and they never talk about it"),
    ("my son is at Meadowbank Infants", "my son is at [school]"),
    ("at Moss Side Medical Group they were kind", "at [practice] they were kind"),
    ("Great Barr Health Centre never answers", "[practice] never answers"),
    # Names: after "Name:", an initial, names that are words where only a person stands, an
    # answer that opens with a name before its details, a name said with details, a kiss.
    ("Name: Honour Mbeki, dob 2/3/2005", "Name: [name], dob [date]"),
    ("T. Wozniak, 07700 900 777", "[name], [phone]"),
    ("my aunty Precious took me", "my aunty [name] took me"),
    ("Nurse Grace was lovely", "Nurse [name] was lovely"),
    ("post it attn Halina please", "post it attn [name] please"),
    ("Faith Okonkwo said she'd ring", "[name] said she'd ring"),
    ("tomasz nowicki, 07700 900 101", "[name], [phone]"),
    ("lowri p - lowri@gmail.com - happy to help", "[name] - [email] - happy to help"),
    ("im seren, snap @seren.x", "im [name], snap [handle]"),
    ("ask for tobi on 07700 900 222", "ask for [name] on [phone]"),
    ("it's Eilidh from the group chat, the walk in was fine",
     "it's [name] from the group chat, the walk in was fine"),
    ("the gp was good. Kez x", "the gp was good. [name] x"),
    ("me da gerry came with me", "me da [name] came with me"),
    # R8-32b. Dates written year first; a year said in words after a birthday.
    ("dob 2004/07/21 if that helps", "dob [date] if that helps"),
    ("born on the fifth of may two thousand and six", "born on the [date]"),
    # Phone numbers said in words; NHS numbers after a cue even when mistyped.
    ("its oh seven seven double oh nine hundred", "its oh seven seven double oh nine hundred"),
    ("call oh seven seven double oh nine zero zero one two three", "call [phone]"),
    ("my nhs no is 123 456 7890", "my nhs no is [NHS number]"),
    # E-mails spelled with spaced dots; streets with no street word, in words, after a flat.
    ("email sam . okoro @ gmail . com", "email [email]"),
    ("6 The Maltings, by the canal", "[address], by the canal"),
    ("I Live At Forty One Birch Avenue", "I Live At [address]"),
    ("22 Seaview Esplanade", "[address]"),
    ("apt 3, 14 Marina - damp everywhere", "[address] - damp everywhere"),
    ("flat 2 Jubilee House, Mill Rd", "[address]"),
    ("Ivy Cottage, 2 Church Lane", "[address]"),
    # Practices named in capitals; a chain's school by its place; names of cities in lower case.
    ("Brookside Surgery never answers", "[practice] never answers"),
    ("my gp is Meadow View Practice", "my gp is [practice]"),
    ("Oasis Academy Enfield had a nurse", "[school] had a nurse"),
    ("Holy Cross Grammar School for Girls was strict", "[school] was strict"),
    ("im at edinburgh napier college now", "im at [school] now"),
    ("dunfermline high sixth year here", "[school] sixth year here"),
    # Names: after a role, after "called" or "her name was", a bare "my name", "X from the".
    ("my tutor Ayodele helped", "my tutor [name] helped"),
    ("a nurse called Zsofia Nagy was kind", "a nurse called [name] was kind"),
    ("i think her name was Kemi, she listened", "i think her name was [name], she listened"),
    ("My name Jamal Idris. I was born", "My name [name]. I was born"),
    ("Oksana from the youth team rang me", "[name] from the youth team rang me"),
    ("Nurse Comfort did my jab", "Nurse [name] did my jab"),
    ("our teacher (miss fairweather) was kind", "our teacher (miss [name]) was kind"),
    ("deirdre on reception is a star", "[name] on reception is a star"),
    # R8-32c. NHS numbers with their cue after them, Scotland's CHI and Northern Ireland's H&C
    # numbers, and said aloud after their cue.
    ("1234567890 thats my nhs number", "[NHS number] thats my nhs number"),
    ("CHI 0101991234 - they lost it", "CHI [NHS number] - they lost it"),
    ("my H&C number is 320 111 2222", "my H&C number is [NHS number]"),
    ("nhs number is four one two, three three three, four four four four", "nhs number is [NHS number]"),
    # Phones with an o for a zero, or "hundred" said; e-mails typed letter by letter; new endings.
    ("my mobile o7700 9oo 321 ta", "my mobile [phone] ta"),
    ("ring oh seven seven double oh nine hundred one two three", "ring [phone]"),
    ("email j o . b l o g g s @ g m a i l . c o m thanks", "email [email] thanks"),
    ("my work is at samwalker.design", "my work is at [link]"),
    # Dates: six digits after dob, Welsh months, a few words between "bday" and the date.
    ("dob 150306 if u need it", "dob [date] if u need it"),
    ("born 3 Mehefin 2005", "born [date]"),
    ("my bday lol which is the 4th of june", "my bday lol which is the [date]"),
    # Addresses: "the mews", a house's name and its street, the town after an address.
    ("come to 4 the mews round the back", "come to [address] round the back"),
    ("we live at willow farm church lane miles from anywhere", "we live at [address] miles from anywhere"),
    ("send it to 5 Elm Road, Little Horton, thanks", "send it to [address], thanks"),
    ("14 Heol y Nant, Bangor and no bus", "[address] and no bus"),
    ("12 Park Road swansea, the damp", "[address], the damp"),
    # Universities, campuses, Irish and Gaelic schools; a sixth form named by everyday words.
    ("im at northumbria uni now", "im at [school] now"),
    ("first year at University of Stirling, its fine", "first year at [school], its fine"),
    ("on the Penglais campus theres a nurse", "on the [school] theres a nurse"),
    ("my sister goes to Gaelscoil Uí Riada", "my sister goes to [school]"),
    ("at green lane sixth form they were kind", "at [school] they were kind"),
    # Names: "called" in lower case, "me name is", after the details, between commas after a
    # person, "mc" surnames, a signature's surname, a thanks and a kiss, ANP, lad.
    ("the nurse was called bev and she listened", "the nurse was called [name] and she listened"),
    ("me name is georgia and im 17", "me name is [name] and im 17"),
    ("07700 900 123 - safa.", "[phone] - [name]."),
    ("the nurse on the ward, Aoibheann, was lovely", "the nurse on the ward, [name], was lovely"),
    ("its ryan mcgettigan here", "its [name] here"),
    ("Thanks,\nOwain Price\nowain@example.org", "Thanks,\n[name]\n[email]"),
    ("I live at 5 Elm Road and the nurse came", "I live at [address] and the nurse came"),
    ("the pharmacist was great diolch dafydd x", "the pharmacist was great diolch [name] x"),
    ("the ANP Carys is great", "the ANP [name] is great"),
    ("me lad kyle was poorly", "me lad [name] was poorly"),
    # R8-32d. Phones with o for zero; digits of other scripts; postcodes with a hyphen.
    ("text me on o77oo 9oo12o", "text me on [phone]"),
    ("رقمي ٠٧٧٠٠٩٠٠١٢٣", "رقمي [phone]"),
    ("LS6-3QW is my postcode", "LS6 [postcode] is my postcode"),
    # Birth dates: spaced slashes, year first with no separators, "birth day", "turn 18 on",
    # "my 18th on", misspelt months.
    ("Date of birth 3 / 4 / 2006", "Date of birth [date]"),
    ("DOB 20070214", "DOB [date]"),
    ("my birth day is 9 may", "my birth day is [date]"),
    ("i turn 18 on 12 june so", "i turn 18 on [date] so"),
    ("its my 18th on 25.12", "its my 18th on [date]"),
    ("born 3 febuary 2006", "born [date]"),
    # Addresses: caravans and pitches, Edinburgh's 5F2, the street before its number, Welsh
    # houses, farms and their village.
    ("living in caravan 7, Sunny Sands Park, no gp here", "living in [address], no gp here"),
    ("flat 3F1 22 Marchmont Road", "flat [address]"),
    ("my adress Mill Road 12 flat 3, nobody came", "my adress [address], nobody came"),
    ("Ty Mawr, Heol y Bont, Llandeilo", "[address]"),
    ("we live at Lower Trenance Farm, St Mawgan", "we live at [address]"),
    # Usernames before their platform, long Reddit names.
    ("sam.penrose on snap if u need me", "[handle] on snap if u need me"),
    ("u/a_very_long_reddit_name_here is me", "[handle] is me"),
    # Schools: comps, free schools, after "goes"; practices in lower case after "the".
    ("northfield comp had the jabs", "[school] had the jabs"),
    ("i go to greenway free school", "i go to [school]"),
    ("my sister goes tregony primary", "my sister goes [school]"),
    ("the fellside practice is the best", "the [practice] is the best"),
    ("st marks surgery were kind", "[practice] were kind"),
    # Names: labels, a name on its own line, "was called", before a pronoun, word names.
    ("Patient: Kwame Mensah\nComments: slow", "Patient: [name]\nComments: slow"),
    ("DOB 1/2/2005 | Surname Gallagher | ok", "DOB [date] | Surname [name] | ok"),
    ("Ffion Rees\nDate of birth 16/07/2005", "[name]\nDate of birth [date]"),
    ("the nurse at the clinic was called bethany and she listened",
     "the nurse at the clinic was called [name] and she listened"),
    ("ask for mhairi she's lovely", "ask for [name] she's lovely"),
    ("me and my nan Pat went", "me and my nan [name] went"),
    ("mr khan the head of year", "mr [name] the head of year"),
]

STAYS = [
    "Talk to Frank is good for drug stuff",
    "by the grace of god i got seen",
    "Hope it gets better for others",
    "it was 3 anyway",
    "2 Pathway courses at college",
    "i follow @nhsuk on insta for info",
    "oh 7 times i rang them",
    "i was at home school for a year",
    "at art college nobody talked about it",
    "at teacher training college we had a nurse",
    "at sixth form college",
    "at the high school",
    "my high school was rubbish",
    "i am c of e",
    "its brill, the nurse was lovely, ring 111 if worried",
    "its Superdrug from now on",
    "DOB and address were asked twice",
    "Plan B. Boots was shut",
    "A Level results day was stressful",
    "pharmacy, 10 mins walk",
    "r/NHS has loads of advice",
    # R8-32b.
    "one two three four five six seven eight nine ten",
    "was so relieved. it was fine",
    "Top Surgery was life changing",
    "Practice makes perfect",
    "The Practice Manager was rude",
    "BEFORE SCHOOL BULLY ME. NOW COLLEGE GOOD",
    "i miss home so much",
    "u will miss tiktok",
    "my name wasnt on the list",
    "my mum doesnt know",
    "my mate isnt breathing",
    "da iawn, really helped me",
    "waited 3 hours on the ward",
    # R8-32c.
    "nhs inform 0800 22 44 88 is good",
    "rang the Mind infoline 0300 123 3393 and they helped",
    "the minor injuries unit in Fort William was quick",
    "appointment is Tues 9 Dec 09:40",
    "N15 - Turkish speaking GP would help",
    "had the covid jags on campus which was handy",
    "at uni it was fine",
    "on campus there is a nurse",
    "pls ring me im stressin about it",
    "text dont call",
    "Dr House level rude",
    "at edge hill university it was fine",
    # R8-32d.
    "childline 0800 1111 was the first place i talked",
    "ordered a kit from sh24.org.uk, results in 3 days",
    "fell at shinty practice and grazed my knee",
    "CPR practice on the dummy was knackering",
    "football practice was cancelled",
    "i came from Jordan and there the doctor sees you same day",
    "ask for help she said",
    "we were at Bus Station 12",
]


@pytest.mark.parametrize(("typed", "stored"), TAKEN_OUT)
def test_takes_out(typed: str, stored: str) -> None:
    assert redact(typed) == stored


@pytest.mark.parametrize("typed", STAYS)
def test_leaves_alone(typed: str) -> None:
    assert redact(typed) == typed
