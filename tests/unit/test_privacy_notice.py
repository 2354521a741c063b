"""The privacy notice says what UK GDPR asks, with the retention period actually set,
in words a 13-16 year old follows."""

from __future__ import annotations

import re

import pytest

from bot.trust.privacy_notice import kept_for, notice_page, notice_text


@pytest.mark.parametrize("days, said", [
    (365, "12 months"), (730, "2 years"), (90, "3 months"), (180, "6 months"),
    (30, "30 days"), (45, "45 days"), (1, "1 day"), (400, "400 days"),
])
def test_the_retention_period_in_words(days: int, said: str) -> None:
    assert kept_for(days) == said


@pytest.mark.parametrize("days", [30, 90, 365, 730])
def test_the_page_states_the_configured_retention_period(days: int) -> None:
    page = notice_page("2026-12", days)
    assert f"We delete your answers {kept_for(days)} after you take part." in page
    assert page.count(" after you take part") == 1  # no other period, stale or not


@pytest.mark.parametrize("must_say", [
    "responsible for your answers",  # the controller,
    "data controller",
    "plan and improve those services",  # the purpose,
    "Article 6(1)(e)", "Article 9(2)(h)",  # the lawful bases,
    "send STOP",  # each right, and how to use it
    "say &quot;delete my answers&quot; in the chat",
    "tell them the phone number you used",
    "a copy of what it holds about you",
    "ico.org.uk",
    "Version 2026-12.",
])
def test_the_page_says_what_the_law_asks(must_say: str) -> None:
    assert must_say in notice_page("2026-12", 365)


def syllables(word: str) -> int:
    """A rough count, good enough for a reading-age check: vowel groups, less a silent e."""
    word = word.lower()
    groups = len(re.findall(r"[aeiouy]+", word))
    if word.endswith("e") and not word.endswith(("le", "ee")) and groups > 1:
        groups -= 1
    return max(1, groups)


def test_a_13_to_16_year_old_can_read_it() -> None:
    """Flesch-Kincaid grade at most 8 (a UK reading age of about 13), no long sentences."""
    text = re.sub(r"\([^)]*\)", "", notice_text(365))  # references, read by nobody aloud
    sentences = [s for s in re.split(r"(?<=[.!?:])\s+", text) if s.strip()]
    words = re.findall(r"[A-Za-z']+", text)
    grade = (0.39 * len(words) / len(sentences)
             + 11.8 * sum(syllables(w) for w in words) / len(words) - 15.59)
    assert grade <= 8, grade
    assert max(len(s.split()) for s in sentences) <= 20
