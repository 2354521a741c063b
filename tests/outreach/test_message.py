"""The invitation text: GSM-7 only, never more than two segments."""

from __future__ import annotations

import pytest

from bot.outreach.message import GSM_BASIC, GSM_EXTENDED, gsm7, invitation_text, segments


def test_short_title_fits_one_segment() -> None:
    text = invitation_text("Your say on mental health support", "mind24")
    assert text == ("Your say on mental health support\n"
                    "Reply MIND24 to take part, or STOP to opt out.")
    assert segments(text) == 1


@pytest.mark.parametrize("title", [
    "A" * 300,
    "€" * 300,  # two septets each
    "Services for young people in Leeds, Bradford and Wakefield: " * 5,
])
def test_long_titles_are_cut_to_two_segments(title: str) -> None:
    text = invitation_text(title, "MIND24")
    assert segments(text) <= 2
    assert text.endswith("...\nReply MIND24 to take part, or STOP to opt out.")


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
