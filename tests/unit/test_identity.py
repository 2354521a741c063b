"""Conversation ids (bot/trust/identity.py): issued and signed, scoped by channel."""

from __future__ import annotations

import pytest

from bot.trust import identity
from bot.trust.pseudonym import pseudonym

SECRET = "s" * 40


def test_an_issued_web_id_verifies_and_names_its_key() -> None:
    issued = identity.issue_web_id(SECRET)
    key = identity.verify_web_id(SECRET, issued)
    assert key is not None and issued.startswith(key + ".")


def test_issued_ids_are_never_the_same() -> None:
    assert len({identity.issue_web_id(SECRET) for _ in range(1000)}) == 1000


def tampered(issued: str, at: int) -> str:
    swapped = "A" if issued[at] != "A" else "B"
    if issued[at] in "0123456789abcdef" and at > 22:
        swapped = "0" if issued[at] != "0" else "1"
    return issued[:at] + swapped + issued[at + 1:]


@pytest.mark.parametrize("at", [0, 10, 21, 23, 40, 54])
def test_a_tampered_id_is_refused(at: int) -> None:
    issued = identity.issue_web_id(SECRET)
    assert identity.verify_web_id(SECRET, tampered(issued, at)) is None


@pytest.mark.parametrize("made_up", [
    None, 5, "", "patient-1", "+447700900123", "a.b", "x" * 22 + "." + "0" * 32,
    "twilio:" + "a" * 64, "rest:" + "A" * 22, "A" * 22 + "." + "0" * 31, "A" * 22 + "." + "G" * 32,
    "A" * 22 + "..", "A" * 21 + "." + "0" * 32,
])
def test_made_up_ids_are_refused(made_up: object) -> None:
    assert identity.verify_web_id(SECRET, made_up) is None


def test_an_id_issued_under_another_secret_is_refused() -> None:
    assert identity.verify_web_id(SECRET, identity.issue_web_id("t" * 40)) is None


def test_a_phone_number_never_appears_in_its_conversation_id() -> None:
    conversation = identity.for_number(SECRET, "twilio", "+447700900123")
    assert "7700900123" not in conversation
    assert conversation == "twilio:" + pseudonym(SECRET, "twilio", "+447700900123")


@pytest.mark.parametrize("conversation, expected", [
    ("twilio:" + "ab" * 32, ("twilio", "ab" * 32)),
    ("telegram:" + "0" * 64, ("telegram", "0" * 64)),
    ("rest:" + "A" * 22, ("rest", "A" * 22)),
    ("twilio:+447700900123", None),  # a number is not a pseudonym
    ("rest:+447700900123", None),
    ("rest:" + "ab" * 32, None),  # a web key is 22 characters, not a pseudonym
    ("sms:" + "ab" * 32, None),  # no such channel
    ("+447700900123", None),
    ("", None),
    ("twilio:" + "AB" * 32, None),
])
def test_split(conversation: str, expected: object) -> None:
    assert identity.split(conversation) == expected


def test_the_respondent_of_each_channel() -> None:
    sms = identity.for_number(SECRET, "twilio", "+447700900123")
    assert identity.respondent_of(SECRET, sms) == pseudonym(SECRET, "twilio", "+447700900123")
    web = identity.conversation_id("rest", "A" * 22)
    assert identity.respondent_of(SECRET, web) == pseudonym(SECRET, "rest", "A" * 22)
    assert identity.respondent_of(SECRET, "+447700900123") is None


PERSON = pseudonym(SECRET, "twilio", "+447700900123")
OTHER_PERSON = pseudonym(SECRET, "twilio", "+447700900124")


@pytest.mark.parametrize("one, other, same", [
    ((PERSON, 1), (PERSON, 1), True),  # the same person in the same organisation
    ((PERSON, 1), (PERSON, 2), False),  # another organisation cannot join on them
    ((PERSON, 1), (OTHER_PERSON, 1), False),  # another person
    ((PERSON, 12), (PERSON, 1), False),  # "12" + pseudonym is not "1" + "2" + pseudonym
    ((PERSON, 1), (PERSON[1:] + "0", 11), False),
])
def test_respondent_refs(one: tuple, other: tuple, same: bool) -> None:
    assert (identity.respondent_ref(*one) == identity.respondent_ref(*other)) is same


@pytest.mark.parametrize("who, organisation", [(PERSON, 1), (OTHER_PERSON, 7), ("0" * 64, 10**9)])
def test_a_respondent_ref_is_12_lowercase_hex_characters_not_the_pseudonyms(
        who: str, organisation: int) -> None:
    ref = identity.respondent_ref(who, organisation)
    assert len(ref) == 12 and set(ref) <= set("0123456789abcdef")
    assert ref not in who  # not a piece of the service-wide pseudonym, as it was


def test_a_respondent_ref_is_fixed() -> None:
    """Stored with each participation (and backfilled by migration 0018): it must never
    change for the same person and organisation."""
    assert identity.respondent_ref("ab" * 32, 3) == "6d0ee26b46eb"
