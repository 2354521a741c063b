"""Table tests for bot.trust.redaction.redact."""

from __future__ import annotations

import random

import pytest

from bot.trust.redaction import redact
from tests.cpu_time import cpu_seconds

# (text, expected) — text that carries personal data.
POSITIVE = [
    # NHS numbers (valid modulus-11 check digit).
    ("9434765919", "[NHS number]"),
    ("943 476 5919", "[NHS number]"),
    ("943-476-5919", "[NHS number]"),
    ("my nhs number is 943 476 5919 thanks", "my nhs number is [NHS number] thanks"),
    ("NHS no: 4010232137", "NHS no: [NHS number]"),
    ("(401 023 2137)", "([NHS number])"),
    # Mobiles.
    ("07700 900123", "[phone]"),
    ("07700900123", "[phone]"),
    ("07700 900 123", "[phone]"),
    ("0770-090-0123", "[phone]"),
    ("+44 7700 900123", "[phone]"),
    ("+447700900123", "[phone]"),
    ("0044 7700 900123", "[phone]"),
    ("+44 (0)7700 900123", "[phone]"),
    ("text me on 07700900123 pls", "text me on [phone] pls"),
    ("ring 07700 900123 or 07700 900456", "ring [phone] or [phone]"),
    ("mob:07700900123", "mob:[phone]"),
    ("07700 900123 3 times", "[phone] 3 times"),
    # Landlines and 03 numbers.
    ("(0113) 496 0000", "[phone]"),
    ("020 7946 0018", "[phone]"),
    ("(020) 7946 0018", "[phone]"),
    ("0161 496 0000", "[phone]"),
    ("01632 960000", "[phone]"),
    ("+44 (0)113 496 0000", "[phone]"),
    ("landline is 01134960000.", "landline is [phone]."),
    # Emails.
    ("jo.bloggs@gmail.com", "[email]"),
    ("email me: Jo_B+nhs@example.co.uk.", "email me: [email]."),
    ("its sam.o'neil@hotmail.co.uk", "its [email]"),
    ("jo at gmail dot com", "[email]"),
    # Postcodes: keep the district, drop the inward code.
    ("LS6 1AA", "LS6 [postcode]"),
    ("ls61aa", "LS6 [postcode]"),
    ("i live in ls6 1aa near the park", "i live in LS6 [postcode] near the park"),
    ("SW1A 1AA.", "SW1A [postcode]."),
    ("M1 1AE", "M1 [postcode]"),
    ("postcode: B33 8TH", "postcode: B33 [postcode]"),
    # Dates of birth and other full dates.
    ("12/03/2007", "[date]"),
    ("12-3-07", "[date]"),
    ("DOB 01.02.2006", "DOB [date]"),
    ("12 March 2007", "[date]"),
    ("3rd May 2008", "[date]"),
    ("born on 3rd May 2008", "born on [date]"),
    ("born on 3rd May", "born on [date]"),
    ("my birthday is the 3rd of May", "my birthday is the [date]"),
    ("d.o.b: 1/2/06", "d.o.b: [date]"),
    ("date of birth 2007-03-12", "date of birth [date]"),
    ("March 12, 2007", "[date]"),
    ("born in 2007", "born in [date]"),
    ("bday 14 feb", "bday [date]"),
    # Links.
    ("see http://example.com/a?b=1.", "see [link]."),
    ("example.co.uk/path", "[link]"),
    ("bit.ly/3abcDE", "[link]"),
    ("instagram.com/jessb99", "[link]"),
    ("all my stuff is on linktr.ee/kayx", "all my stuff is on [link]"),
    ("https://www.nhs.uk.example.com/me", "[link]"),  # not the NHS's own site
    # Names.
    ("my name is Jo Bloggs", "my name is [name]"),
    ("my names jo", "my names [name]"),
    ("my name's Sam", "my name's [name]"),
    ("My name is: Priya", "My name is: [name]"),
    ("my name is jo bloggs and i'm 17", "my name is [name] and i'm 17"),
    ("I'm Sarah", "I'm [name]"),
    ("im Sarah", "im [name]"),
    ("Hi, I'm Sarah!", "Hi, I'm [name]!"),
    ("I am Sarah Jones", "I am [name]"),
    ("I’m Zoë O'Brien-Smith", "I’m [name]"),
    ("this is Tom", "this is [name]"),
    ("call me Ash", "call me [name]"),
    ("everyone calls me Ash lol", "everyone calls me Ash lol"),  # "calls" ≠ "call"
    ("they call me ash", "they call me [name]"),
    # Several kinds in one answer.
    (
        "I'm Amy, 07700 900123, amy@x.com, LS6 1AA, born 12/03/2007",
        "I'm [name], [phone], [email], LS6 [postcode], born [date]",
    ),
]

# Text that must come back unchanged.
NEGATIVE = [
    "0300 123 4567",  # an 03 number is an organisation's (stop 32)
    "I waited 10 days",
    "3 out of 5",
    "1234567890",  # fails modulus 11 and is not a UK phone pattern
    "my score was 9434765918",  # bad check digit
    "LS6",
    "I live in LS6",
    "I'm tired",
    "I'm 17",
    "I'm not sure",
    "I'm fine",
    "im so anxious",
    "I'm struggling",
    "I'm Not happy",
    "I'm So done with waiting",
    "I'm Muslim and the food was fine",
    "I am In Year 11",
    "this is Really bad",
    "This is the worst app",
    "call me back later",  # decided: "back" is a common word, not a name
    "can you call me please",
    "call me on the landline",
    "my name is not important",
    "my name was spelt wrong on the letter",
    "the name of the clinic was confusing",
    "they got my name wrong",
    "10:30",
    "at 10.30am",
    "£20",
    "it cost £4.50",
    "rated it 4/5",
    "10/10 would recommend",
    "24/7 support please",
    "Y11 5pm",
    "B1 2nd floor",
    "waited 2-3 weeks",
    "e.g. evenings",
    "i.e. after school",
    "it was fine.the nurse was nice",
    "the app is ok.so slow though",
    "3 May",
    "since March 2024",
    "born in Leeds",
    "0800 1111",  # Childline: a service number, not personal
    "call 111 or 999",
    "I'm 🙂",
    "",
    "my name is",
    "covid19 2nd dose",
]


@pytest.mark.parametrize(("text", "expected"), POSITIVE)
def test_redacts_personal_data(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize("text", NEGATIVE)
def test_leaves_ordinary_text_alone(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("text", [t for t, _ in POSITIVE] + NEGATIVE)
def test_is_idempotent(text: str) -> None:
    once = redact(text)
    assert redact(once) == once


def test_tables_are_big_enough() -> None:
    assert len(POSITIVE) >= 60
    assert len(NEGATIVE) >= 40


def test_random_mixtures_are_idempotent_and_never_raise() -> None:
    pieces = [t for t, _ in POSITIVE] + NEGATIVE + ["🙂", "\n", " ", ",", "é", "@", "/", "-"]
    rng = random.Random(7)
    for _ in range(300):
        text = " ".join(rng.choice(pieces) for _ in range(rng.randint(1, 8)))
        once = redact(text)
        assert redact(once) == once


ADVERSARIAL = [
    "a" * 5000,
    "a." * 2500,
    "1 " * 2500,
    "0" * 5000,
    "07" * 2500,
    "1-" * 2500,
    "12/" * 1666,
    "my name is " * 450,
    "I'm " * 1250,
    "born on the " * 450,
    "http://" + "a" * 4990,
    "a@" * 2500,
    "@." * 2500,
    "a-" * 2500,
    "x" * 4999 + "@",
    "(0113) " * 700,
    "LS6 " * 1250,
    "🙂" * 5000,
    " " * 5000,
    # The shapes of stop 31's rules: disguised e-mails, usernames, names, places, streets.
    "a_" * 2500,
    "a dot " * 800,
    "a at " * 1000,
    "jo dot jo at " * 400,
    "a[at]" * 1000,
    "a @ " * 1250,
    "@ " + "a." * 2500,
    "snap " * 1000,
    "Jess " * 1000,
    "ZAINAB " * 700,
    "Oak " * 1250 + "Academy",
    "oak " * 1250 + "surgery",
    "3 heol " * 700,
    "12 a " * 1000 + "road",
    "1." * 2500,
    "Dr " * 1600,
    "my mum " * 700,
]


@pytest.mark.parametrize("text", ADVERSARIAL, ids=range(len(ADVERSARIAL)))
def test_adversarial_input_is_fast(text: str) -> None:
    assert cpu_seconds(redact, text) < 0.5
