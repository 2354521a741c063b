"""Redaction of the kinds the first blind sets showed it missing (issue 8, stop 31): names
nobody introduced, schools and GP practices, usernames without an "@", disguised e-mails,
birthdays in words, NHS numbers in any grouping; and what must stay as it was written."""

from __future__ import annotations

import gzip
import subprocess
import sys
from pathlib import Path

import pytest

from bot.trust.everyday_words import WORDS_FILE, everyday_words, is_everyday
from bot.trust.person_names import NAMES_FILE, given_names, surnames
from bot.trust.redaction import redact

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("typed, stored", [
    # Names: a title and the name after it; the title stays.
    ("Dr Xu was great", "Dr [name] was great"),
    ("dr okonkwo was lovely tbh", "dr [name] was lovely tbh"),
    ("mrs mcgillivray is sound", "mrs [name] is sound"),
    ("nurse Bronagh at the clinic", "nurse [name] at the clinic"),
    ("THE DENTIST MR CHOWDHURY WAS RUSHING ME", "THE DENTIST MR [name] WAS RUSHING ME"),
    # A known given name, capitalised anywhere, with the surname after it.
    ("Deniz Yilmaz, found the website hard", "[name], found the website hard"),
    ("tbh the receptionist Jolene was rude", "tbh the receptionist [name] was rude"),
    ("Bev on reception is a nightmare", "[name] on reception is a nightmare"),
    ("me and Tyrone went together", "me and [name] went together"),
    # In lower case, where a person stands.
    ("me n kacper went to the walk in", "me n [name] went to the walk in"),
    ("its aoife, waited 5 hrs", "its [name], waited 5 hrs"),
    ("karen okafor rang for me", "[name] rang for me"),
    # Names nobody knows, where only a name can stand.
    ("my nan (Wieslawa) translates", "my nan ([name]) translates"),
    ("my brother Dawit needs an assessment", "my brother [name] needs an assessment"),
    ("Ruaridh, dob 03/05/2007. GP was ok", "[name], dob [date]. GP was ok"),
    ("its Olamide, snap olamide.h", "its [name], snap [handle]"),
    ("Hodan here, pharmacist was kind", "[name] here, pharmacist was kind"),
    # Schools and GP practices.
    ("Mr Banerjee at Bramley Park Academy noticed", "Mr [name] at [school] noticed"),
    ("i go to kirklees college", "i go to [school]"),
    ("St Bede's Catholic College has a nurse", "[school] has a nurse"),
    ("City of Wolverhampton College let us out", "[school] let us out"),
    ("I'm at Lampton School. the pharmacy", "I'm at [school]. the pharmacy"),
    ("Bridge Street Surgery is next door", "[practice] is next door"),
    ("The Grange Medical Centre is fine", "The [practice] is fine"),
    ("Dr Mensah's surgery closed down", "[practice] closed down"),
    ("we're with Dr Kowalczyk & Partners", "we're with [practice]"),
    ("larkhill health centre was fine", "[practice] was fine"),
    # Second round (R8-31s): capitals, forms, particles, sign-offs, Welsh, everyday names.
    ("ZAINAB KHAN yr 12 at the college", "[name] yr 12 at the college"),
    ("Name: Carys Pritchard. DOB: 3/4/05.", "Name: [name]. DOB: [date]."),
    ("Name: Ciarán Ó Dónaill. Age: 22.", "Name: [name]. Age: 22."),
    ("my friend Harpreet Kaur Sandhu came too", "my friend [name] came too"),
    ("Amelia-Rose Kowalczyk d.o.b 3/4/05", "[name] d.o.b [date]"),
    ("my guidance teacher Ms Grant got me in", "my guidance teacher Ms [name] got me in"),
    ("dr o'sullivan told me to lose weight", "dr [name] told me to lose weight"),
    ("Ring Ffion on 07700 900123, she knows", "Ring [name] on [phone], she knows"),
    ("the gp was rubbish - dean", "the gp was rubbish - [name]"),
    ("the willow tree surgery do evening appts", "the [practice] do evening appts"),
    ("moor park surgery r ok i guess", "[practice] r ok i guess"),
    ("riverside medical practice turned me away", "[practice] turned me away"),
    ("cardiff and vale college", "[school]"),
    ("st david's catholic sixth form college", "[school]"),
    ("loreto 6th form n the counsellor", "[school] n the counsellor"),
    ("bishop challoner sixth form did a talk", "[school] did a talk"),
    ("At Ysgol Glan Taf we had a nurse", "At [school] we had a nurse"),
    ("Meddygfa Teifi were really good", "[practice] were really good"),
    ("Send any leaflets to 9 Maes y Coed please", "Send any leaflets to [address] please"),
    ("3 Glan yr Afon Terrace, Aberystwyth", "[address]"),  # the town goes with it (stop 32)
    ("4 orchard crt is where i am", "[address] is where i am"),
    ("sofa surfing at my mates on 54 Cowgate", "sofa surfing at my mates on [address]"),
    ("dm me @ amani.wrld on ig", "dm me [handle] on ig"),
    # Usernames without an "@".
    ("my snap is jayd3n.h. the counsellor left", "my snap is [handle]. the counsellor left"),
    ("discord is kuba#4471, online is better", "discord is [handle], online is better"),
    ("twitch username is mcgregorGaming22", "twitch username is [handle]"),
    ("add me on insta its tash.x.moore", "add me on insta its [handle]"),
    ("my username on the kooth app is moonchild_04", "my username on the kooth app is [handle]"),
    ("snap: kayleigh", "snap: [handle]"),
    # E-mails written to dodge filters.
    ("rhys dot pugh at hotmail dot co dot uk", "[email]"),
    ("mohammed_h[at]yahoo.co.uk", "[email]"),
    ("bradley.t(at)btinternet(dot)com. pharmacist was good", "[email]. pharmacist was good"),
    ("my email is yusuf dot ali 2006 at gmail, A&E was rammed", "my email is [email], A&E was rammed"),
    ("kirstyyy_x @ outlook . com - pls send", "[email] - pls send"),
    # Birthdays in words, and after "turned".
    ("I was born on the fourth of April 2009, so", "I was born on the [date], so"),
    ("born twenty second of may 2006", "born [date]"),
    ("my birthday's the 23rd of august", "my birthday's the [date]"),
    ("i turned 19 on the 6th of january", "i turned 19 on the [date]"),
    ("d.o.b 11 04 2008, school nurse", "d.o.b [date], school nurse"),
    # NHS numbers in any grouping, even beside a number that fails its check.
    ("its 4602 975 119 i think", "its [NHS number] i think"),
    ("01632 960 000 943 476 5919", "[phone] [NHS number]"),
    # Phones with dots, postcodes with two spaces, addresses said another way.
    ("text 07700.900.645 anytime", "text [phone] anytime"),
    ("we live in G51  4TF", "we live in G51 [postcode]"),
    ("pls dont send post to 73 Green Lanes", "pls dont send post to [address]"),
    ("number 9 on Seaton Street, the ambulance", "[address], the ambulance"),
    ("28 Belgrave Gate, Leicester", "[address]"),
])
def test_redacts(typed: str, stored: str) -> None:
    assert redact(typed) == stored


@pytest.mark.parametrize("text", [
    # Places, shops and services are no one.
    "Leeds, it was fine",
    "its Tesco or Boots usually",
    "with Asda delivery it was easy",
    "Queen Elizabeth Hospital Birmingham is massive",
    "the clinic by Victoria station",
    "Kooth",
    "Childline",
    "check nhs.uk first",
    "Looked it up on nhs.uk then went to the pharmacy",
    "www.youngminds.org.uk has good stuff",
    "https://www.nhs.uk/mental-health/",
    "kooth.com and the Shout app",
    # Words that are also names.
    "will they ring me back",
    "may be worth a try",
    "mark my words it was bad",
    "a frank conversation with the nurse",
    "Summer holidays are when i go",
    "i hope so",
    # Schools and surgeries nobody named.
    "my old school was rubbish",
    "the GP surgery was fine",
    "had top surgery last year",
    "Honestly college was fine",
    "sixth form college",
    "messaged the surgery",
    "camhs and the school counsellor",
    "econsult on the surgery website",
    "University College Hospital was good",
    "Mental Health Support Team In Schools Is A Good Idea",
    # Usernames nobody gave.
    "on insta 2 hours a day",
    "tiktok for 3hrs",
    "snapchat stories are bad",
    "i saw it on tiktok lol",
    # Times and distances are not addresses.
    "10 min walk",
    "the bus there is like 40 mins each way",
    "waited 4 hrs at Northwick Park A&E",
    "111 online and the walk in",
    # Acronyms are not names; shops with "&" are no people.
    "CAMHS never rang back",
    "ARI a&e wait: 5 hours",
    "Holland & Barrett vitamins did more than the gp",
    "Royal Victoria Infirmary were brilliant",
    "Dr Google scared me",
    # Second round: everyday words before a kind of place.
    "i want to die bc of school and my dad",
    "i'm not allowed out on school nights",
    "bp sky high, carer doesnt know what to do",
    "i want to jump off something high",
    "key hole surgery was quick",
    "the same surgery as my mum",
    "i messaged the surgery",
    "wish there was somewhere to talk that isnt school",
    "2 Pathway courses at college",
    "meet @ 5.30 pm",
])
def test_leaves_alone(text: str) -> None:
    assert redact(text) == text


def test_the_name_lists_know_names_from_many_places_and_no_everyday_words() -> None:
    known = given_names()
    for name in ("kacper", "aoife", "siobhan", "ngozi", "priya", "mohammed", "zoe", "nguyen", "wojciech"):
        assert name in known or name in surnames(), name
    for word in ("will", "hope", "may", "brown", "king", "grace"):
        assert word not in known and word not in surnames(), word
    assert "yilmaz" in surnames() and "kowalczyk" in surnames()


def test_everyday_words_know_inflections() -> None:
    assert "surgery" in everyday_words()
    assert is_everyday("messaged") and is_everyday("stopped") and is_everyday("ringing")
    assert not is_everyday("kacper") and not is_everyday("whinmoor")


@pytest.mark.parametrize("script, shipped", [
    ("everyday_words.py", WORDS_FILE),  # from Debian's wbritish, which make test installs
    ("person_names.py", NAMES_FILE),  # from the pinned Faker
])
def test_the_shipped_lists_are_rebuilt_byte_for_byte(script: str, shipped: Path,
                                                     tmp_path: Path) -> None:
    rebuilt = tmp_path / shipped.name
    subprocess.run([sys.executable, str(ROOT / "bench" / script), f"--out={rebuilt}"],
                   check=True, capture_output=True)
    assert rebuilt.read_bytes() == shipped.read_bytes()


def test_the_everyday_words_are_a_whole_word_list() -> None:
    with gzip.open(WORDS_FILE, "rt", encoding="utf-8") as handle:
        assert len(handle.read().split()) > 50_000


def test_no_serving_process_imports_faker() -> None:
    found = subprocess.run(
        [sys.executable, "-c", "import sys; from bot.trust import redaction; redaction.prepare(); "
         "print(any(name.startswith('faker') for name in sys.modules))"],
        check=True, capture_output=True, text=True, cwd=ROOT)
    assert found.stdout.strip() == "False"
