"""bot/trust/alternatives.py: many patterns searched as one find what each would find, and
cut out what "a|b|c" would."""

from __future__ import annotations

import re

import pytest

from bot.trust.alternatives import either, in_order

PATTERNS = (
    r"\bkms\b|\bkys\b",
    r"\b(?:he|she|they|my \w+) hits me\b",
    r"(?<![0-9] )\bkm\b",
    r"\b(?:want|need) to die\b",
    r"^cut (?:again|today)\b",
    r"\b(?:my )?self ?harm\w*",
    r"(?:^|\btook )(?:\w+ )?pills pills\b",
    r"\w+ hits me\b",
    r"\b[2-9][0-9] ?yo\b",
    r"\bÉ\b",  # outside the plain letters: searched everywhere
)
TEXTS = [
    "kms", "5 km to the clinic", "i walked 1 km", "i want to die", "i need to dye",
    "cut again", "i cut again", "selfharm", "my self harming", "took my pills pills",
    "pills pills", "i took pills", "he hits me", "a 25yo messages me", "a 15yo",
    "", "É", "nothing here", "kys", "she hits me", "my dad hits me", "the hits me",
]


@pytest.mark.parametrize("text", TEXTS)
def test_either_finds_what_any_pattern_finds(text: str) -> None:
    plain = re.compile("|".join(f"(?:{p})" for p in PATTERNS))
    assert (either(PATTERNS).search(text) is None) == (plain.search(text) is None)


def test_either_of_nothing_matches_nothing() -> None:
    assert either(()).search("anything") is None


# Cut-outs that overlap: the earliest listed wins where two start at one place.
CUT_OUTS = (
    r"\bkilling me\b",
    r"\b(?:this|the) (?:queue|wait) is killing me\b|\bkill me now\b",
    r"\bkilling\b",
    r"(?<!not )\bsuicidal\b",
    r"\bnot suicidal\b",
    r"(?:\bbut )?\bim (?:fine|ok) now\b",
    r"\w+ drill\b",
    r"\b[0-9]+ weeks?\b|\b\d+ days\b",
    r"\bÉ+",
)
CUT_TEXTS = [
    "this queue is killing me", "the wait is killing me and im not suicidal",
    "killing me softly", "suicidal", "im not suicidal but im fine now", "fire drill",
    "6 weeks and 3 days", "im ok now", "kill me now", "É", "", "nothing to cut",
]


@pytest.mark.parametrize("text", CUT_TEXTS)
def test_in_order_cuts_out_what_a_plain_alternation_cuts_out(text: str) -> None:
    plain = re.compile("|".join(f"(?:{p})" for p in CUT_OUTS))
    assert in_order(CUT_OUTS).sub("#", text) == plain.sub("#", text)


def test_in_order_of_nothing_cuts_nothing() -> None:
    assert in_order(()).sub("#", "anything") == "anything"
