"""Crisis named by its parts (bot/trust/safeguarding_concepts.py, issue 8, round ten).

Each rule joins the parts of a concept (a threat, a person near me with a cue of fear or
now, a weapon with a person, a fight happening now, being held, nowhere to sleep, a friend
in danger; means and intent, farewell forms; self-harm slang), so the tables below are
written in words that appear in no tuning file: what the rule names, not a phrase it lists.
The look-alikes share a part with a crisis and lack the other.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from bench.safeguarding_tables import CLEAR_ANSWERS
from bot.trust.safeguarding import detect_concern
from tests.unit.crisis_reading import NET_FALSE_ALARMS, clear_unless_known

DATA = Path(__file__).resolve().parents[1] / "data"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        # A threat, in any words, to me or someone close.
        ("he told me hell end me if i say anything", "danger"),
        ("keep getting threats from my cousins mates", "danger"),
        ("she messaged saying theyll batter my little brother", "danger"),
        ("my ex says he'll find me wherever i go", "danger"),
        # A person near me or my home, with fear or now anywhere in the message.
        ("two men at our front door and im on my own", "danger"),
        ("terrified, someone is outside my window", "danger"),
        ("the same guy has been behind me for ages on the high street", "danger"),
        # A weapon with a person; a fight happening now.
        ("my stepdad has a machete", "danger"),
        ("fight on our road rn and somebody is bleeding", "danger"),
        # Held, shut in or out; nowhere to sleep; a friend in danger.
        ("hes got my sister locked in his room", "danger"),
        ("been sleeping in a tent in the woods for two weeks", "danger"),
        ("worried about my best mate, her stepdad hurts her and its bad tonight", "danger"),
        # Means and intent; farewell forms; no future.
        ("ive been saving up my sertraline", "suicide"),
        ("this is the last time you will hear from me", "suicide"),
        ("counting down the days until im gone", "suicide"),
        ("cant see myself alive past sixteen", "suicide"),
        # Self-harm slang, marks hidden, harm till it bleeds.
        ("went to styro again last night", "self_harm"),
        ("scratched my legs until they bleed", "self_harm"),
        ("my wrists look like a barcode", "self_harm"),
    ],
)
def test_a_concept_is_found_in_new_words(text: str, category: str) -> None:
    concern = detect_concern(text)
    assert concern is not None, text
    assert concern.category == category, (text, concern.category)


@pytest.mark.parametrize(
    "text",
    [clear_unless_known(text) for text in [
        # A part of the concept without the rest, or an everyday use of its words.
        "two men at our front door delivering a sofa",
        "our teacher threatened us with a detention",
        "my mum threatened to take my phone away",
        "the lads said theyll beat us at football",
        "my dad has a knife in the kitchen for cooking",
        "the film had a gun fight in it",
        "water fight at the park, so fun",
        "i locked myself in my room to revise",
        "nowhere to go on a friday night round here",
        "i wrote a letter to my future self",
        "i dont need my old revision guides any more",
        "no ones threatening me, i just get anxious",
        "my heart goes out to people who are homeless",
        "the blade on my razor is blunt",
        "i had a seizure when i was little but nothing since",
        "my chest hurts from laughing",
        "i collapsed on the sofa after school",
    ]],
)
def test_a_look_alike_is_not_flagged(text: str) -> None:
    assert detect_concern(text) is None, text


@pytest.mark.parametrize(
    ("with_cue", "without"),
    [clear_unless_known(row, row[1]) for row in [
        # The cue can come before or after the concept; the concept alone is not enough.
        ("im home alone and a man is knocking", "a man is knocking"),
        ("a man is knocking and im home alone", "a man is knocking"),
        ("help, theres someone in the garden", "theres someone in the garden"),
    ]],
)
def test_a_paired_concept_needs_its_cue(with_cue: str, without: str) -> None:
    assert detect_concern(with_cue) is not None, with_cue
    assert detect_concern(without) is None, without


def _replies(name: str) -> list[str]:
    with (DATA / name).open(encoding="utf-8") as handle:
        lines = [line for line in handle if not line.startswith("#")]
    return [row["reply"] for row in csv.DictReader(lines)]


@pytest.mark.parametrize("name", ["answers_tuning.csv", "answers_tuning_styles.csv"])
def test_the_answer_parsers_replies_are_never_flagged(name: str) -> None:
    flagged = [reply for reply in _replies(name) if detect_concern(reply) is not None]
    assert flagged == []


@pytest.mark.parametrize("name", [path.name for path in CLEAR_ANSWERS])
def test_the_held_out_answers_are_flagged_only_where_accepted(name: str) -> None:
    # Unseen by the net; counted only, never shown. Only a false alarm accepted with the
    # shipped net may be flagged, and it must be (a later net that clears it says so).
    replies = _replies(name)
    flagged = [reply for reply in replies if detect_concern(reply) is not None]
    accepted = [reply for reply in replies if reply in NET_FALSE_ALARMS]
    assert flagged == accepted, f"{len(flagged)} replies in {name} flagged, {len(accepted)} accepted"
