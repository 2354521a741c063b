"""The invitation text: GSM-7 only, never more than two segments."""

from __future__ import annotations

import pytest

from bot.outreach.message import GSM_BASIC, GSM_EXTENDED, gsm7, invitation_text, segments


def test_the_invitation_says_who_is_asking_in_one_segment() -> None:
    text = invitation_text("NHS West Yorkshire ICB", "mind24")
    assert text == ("NHS West Yorkshire ICB: we'd like to hear your views in a short NHS survey "
                    "for young people.\nReply MIND24 to take part, or STOP to opt out.")
    assert segments(text) == 1


@pytest.mark.parametrize("organisation", [
    "A" * 300,
    "€" * 300,  # two septets each
    "Healthwatch Leeds, Bradford and Wakefield together: " * 5,
])
def test_long_names_are_cut_to_two_segments(organisation: str) -> None:
    text = invitation_text(organisation, "MIND24")
    assert segments(text) <= 2
    assert text.endswith("...: we'd like to hear your views in a short NHS survey for young "
                         "people.\nReply MIND24 to take part, or STOP to opt out.")


def test_typography_and_accents_become_gsm7() -> None:
    assert gsm7("“Let’s talk” – café… Ŵales 🙂  now") == '"Let\'s talk" - café... Wales now'
    text = invitation_text("Ysgol “Gymraeg” — 😀 ŵ", "W1")
    assert set(text) <= GSM_BASIC | GSM_EXTENDED


@pytest.mark.parametrize("title, expected", [
    # A fraction keeps its slash: "½" is 1/2, not the number 12.
    ("Clinic open 1½ days a week", "Clinic open 1 1/2 days a week"),
    ("Every ½ hour", "Every 1/2 hour"),
    ("¾ of young people", "3/4 of young people"),
    ("Room ²", "Room 2"),
])
def test_fractions_keep_their_meaning(title: str, expected: str) -> None:
    assert gsm7(title) == expected
