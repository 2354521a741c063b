"""Redaction of the kinds round 1 missed (bot/trust/redaction.py)."""

from __future__ import annotations

import pytest

from bot.trust.redaction import redact


@pytest.mark.parametrize("typed, stored", [
    ("ring me on (07911) 123456", "ring me on [phone]"),
    ("my french number is +33 6 12 34 56 78", "my french number is [phone]"),
    ("text +1 415 555 2671 instead", "text [phone] instead"),
    ("nhs no 943.476.5919", "nhs no [NHS number]"),
    ("nhs no 943 476-5919", "nhs no [NHS number]"),
    ("NHS: 943-476.5919 thanks", "NHS: [NHS number] thanks"),
    ("find me @jess_w_2009 on insta", "find me [handle] on insta"),
    ("dm @bigdave.", "dm [handle]."),
    ("I live at 12 Acacia Avenue near the park", "I live at [address] near the park"),
    ("flat 3, 22b high st, leeds", "[address]"),  # the flat number and the town go with the street
    ("jo at gmail dot com", "[email]"),
])
def test_redacts(typed: str, stored: str) -> None:
    assert redact(typed) == stored


@pytest.mark.parametrize("text", [
    "3 - it was alright",
    "waited about 20 minutes",
    "call childline on 0800 1111 if you need to",
    "they said ring 111 or 999",
    "I give it 10/10",
    "email me at the address on file",  # no address given
    "@ the gp it was fine",
    "2 buses and a long walk",
    "12 hours in A&E",
    "number 2 i think lol",
    "it costs £4 per item on the high street",
])
def test_leaves_ordinary_answers_alone(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize("typed, stored", [
    ("Jess here, the app was fine", "[name] here, the app was fine"),
    ("im sarah and i waited ages", "im [name] and i waited ages"),
    ("this is tom btw", "this is [name] btw"),
    ("my mum Karen Smith took me", "my mum [name] took me"),
    ("my mate connor came with me", "my mate [name] came with me"),
    ("the nurse was Emily Clarke, she was lovely", "the nurse was [name], she was lovely"),
    ("thanks Jess Karen Smith", "thanks [name]"),
])
def test_redacts_names_nobody_introduced(typed: str, stored: str) -> None:
    assert redact(typed) == stored


@pytest.mark.parametrize("text", [
    "im fine thanks", "this is great", "its ok", "my mum took me", "my friend recommended it",
    "Will it be open on Sunday", "Grace period was fine", "Hope they fix it", "May was busy",
    "I went to Boots Pharmacy", "The Walk In Centre was good", "my gp was great",
])
def test_leaves_ordinary_words_alone(text: str) -> None:
    assert "[name]" not in redact(text)


def test_names_rarely_flag_ordinary_answers() -> None:
    """False positives of name redaction on the ordinary answers of the labelled set."""
    from tests.unit.test_safeguarding import ORDINARY

    flagged = [text for text in ORDINARY if "[name]" in redact(text)]
    assert len(flagged) / len(ORDINARY) <= 0.01, flagged


@pytest.mark.parametrize("text, expected", [
    # A location shared from a phone's map, or typed, is where someone is.
    ("I'm at 53.8008, -1.5491 if that helps", "I'm at [address] if that helps"),
    ("53.800755,-1.549077", "[address]"),
    ("51.5074N 0.1278W near the clinic", "[address] near the clinic"),
    ("53.8008° N, 1.5491° W", "[address]"),
    ("53°48'3\"N 1°32'57\"W", "[address]"),
    ("53° 48' 3\" N, 1° 32' 57\" W", "[address]"),
    # Numbers that are not a place stay.
    ("waited 1.5, 2.5 hours", "waited 1.5, 2.5 hours"),
    ("score 3.333 / 4.000 tbh", "score 3.333 / 4.000 tbh"),
    ("pi is 3.14159 and e 2.71828", "pi is 3.14159 and e 2.71828"),
    ("took 0.250 mg, 1.5 tablets", "took 0.250 mg, 1.5 tablets"),
])
def test_coordinates_are_redacted_as_an_address(text: str, expected: str) -> None:
    assert redact(text) == expected
