"""The published "you said, we did" page says what its percentage is of: how many
answered, and which answers count (the Friends and Family Test's "Very good" and "Good"
out of every answer, "Don't know" too), and never gives that number under the threshold."""

from __future__ import annotations

import re
from html import unescape
from typing import Any

import pytest

from bot.web.published import published_page

THRESHOLD = 8


def page_text(answered: Any, positive: Any, threshold: int = THRESHOLD) -> str:
    """The page as a reader sees it: tags gone, entities read."""
    options = [{"label": label, "count": "*"} for label in ("Very good", "Good", "Don't know")]
    summary = {"title": "Pharmacy opening", "participations": 50, "completed": 45,
               "threshold": threshold,
               "questions": [{"text": "Overall, how was your experience?", "type": "fft",
                              "unit": "", "answered": answered, "options": options,
                              "summary": {"positive_percent": positive,
                                          "negative_percent": None}}]}
    found = {"code": "PH1", "organisation": "NHS Own ICB", "we_did": "We opened on Sundays.",
             "summary": summary, "published_at": "4 December 2026"}
    html = published_page(found, "/static/web.css")
    body = html.split("<main", 1)[1].split(">", 1)[1]
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", body)))


def test_the_percentage_says_what_it_is_of() -> None:
    text = page_text(45, 82.2)
    assert ("82% of the 45 people who answered said their experience was good or very good "
            "(the Friends and Family Test: those who said “Very good” or “Good”, out of "
            "everyone who answered, including “Don’t know”).") in text


@pytest.mark.parametrize("answered, positive, threshold", [
    ("*", None, 8),  # the base hidden: so is the percentage (the tables' own rule)
    ("*", 80.0, 8),  # a snapshot that had one anyway: still nothing said
    (7, 71.4, 8),  # a base under the threshold is never shown, nor a percentage of it
    (9, 77.8, 10),  # the organisation's own threshold, not the default
    (0, None, 8),
])
def test_no_percentage_of_a_hidden_or_small_number(answered: Any, positive: Any,
                                                   threshold: int) -> None:
    text = page_text(answered, positive, threshold)
    assert "%" not in text and "good or very good" not in text
    assert f"of the {answered} people" not in text


def test_at_the_threshold_the_base_is_shown() -> None:
    assert "75% of the 8 people who answered" in page_text(8, 75.0)


def test_a_star_is_not_said_to_be_a_small_number() -> None:
    """A count is also hidden when showing it would give a small one away (39 completed of
    42, with 3 who stopped): the page said every * was under 8, which was untrue."""
    text = page_text(45, 82.2)
    assert ("Numbers from 1 to 7, and any that would give one away, are shown as * so nobody "
            "can be picked out.") in text
    assert "Numbers under" not in text
