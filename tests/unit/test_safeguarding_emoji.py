"""Emoji with one clear meaning read as their words, and crises told in emoji alone
(bot/trust/text_forms.py, bot/trust/safeguarding_emoji.py; issue 8, stop 27).

The crisis rows here were written for these tests, not copied from a phrase file, and each
was missed before the round."""

from __future__ import annotations

import pytest

from bot.trust.safeguarding import Concern, detect_concern, normalise
from bot.trust.text_forms import emoji_words
from tests.unit.crisis_reading import clear_unless_known


# Each emoji added in stop 27, read as its word.
@pytest.mark.parametrize("emoji, word", [
    ("🆘", "sos"), ("🚨", "emergency"), ("🚒", "fire engine"), ("🔥", "fire"),
    ("🚓", "police"), ("🚔", "police"), ("👮", "police"), ("🏥", "hospital"), ("🩺", "doctor"),
    ("🌉", "bridge"), ("🚆", "train"), ("🚂", "train"), ("🚄", "train"), ("🚅", "train"),
    ("🚇", "train"), ("🚉", "station"), ("🛤", "train tracks"), ("🚗", "car"), ("🚘", "car"),
    ("🚙", "car"), ("🚚", "lorry"), ("🚛", "lorry"), ("🪜", "ladder"), ("🪟", "window"),
    ("🏠", "home"), ("🏡", "home"), ("🏢", "building"), ("⬇", "down"), ("⬆", "up"),
    ("👤", "someone"), ("👥", "people"), ("🏃", "running"), ("👋", "wave"), ("🫁", "lungs"),
    ("🦵", "leg"), ("🤕", "hurt"), ("😵", "dizzy"), ("🤮", "vomit"), ("🤒", "ill"),
    ("😴", "sleep"), ("🥜", "peanuts"), ("🐝", "bee"), ("🪓", "axe"), ("🔨", "hammer"),
    ("✂", "scissors"), ("🚬", "cigarette"), ("❌", "no"), ("🚫", "no"), ("😆", "lol"),
    ("😹", "lol"),
])
def test_each_new_emoji_reads_as_its_word(emoji: str, word: str) -> None:
    assert emoji_words(emoji) == f" {word} "


# An emoji as typed: the emoji form asked for (U+FE0F), a skin tone, a gender or a direction
# joined on; a picture made of others is that picture, not its parts.
@pytest.mark.parametrize("typed, words", [
    ("⬇️", " down "),                       # with U+FE0F
    ("✂️", " scissors "),
    ("🏃‍♀️", " running "),                  # runner + joiner + female sign + U+FE0F
    ("🏃🏾‍♂️", " running "),                 # and a skin tone
    ("🏃‍➡️", " running "),                   # running to the right
    ("👮🏽‍♀️", " police "),
    ("👋🏻", " wave "),
    ("😵‍💫", " dizzy "),                     # face with spiral eyes
    ("🧑‍🚒", " firefighter "),               # not "fire engine"
    ("❤️‍🩹", "❤️‍🩹"),                       # a mending heart, not plasters
    ("❤️‍🔥", "❤️‍🔥"),                       # a heart on fire, not a fire
    ("💀", "💀"),                            # "I'm dead" with laughter as often as death
    ("😭🌊🖤", "😭🌊🖤"),                    # no single meaning
    ("→ ✓", "→ ✓"),                          # arrows and marks that are not emoji stay
])
def test_an_emoji_with_its_selectors_tones_and_joins(typed: str, words: str) -> None:
    assert emoji_words(typed) == words


def test_the_words_are_what_every_rule_and_the_net_read() -> None:
    assert normalise("🆘🫁❌") == "sos lungs no"
    assert normalise("👋🏽🌉⬇️") == "wave bridge down"


# Crises told in emoji alone or led by emoji, one or more of each kind.
@pytest.mark.parametrize("typed, category", [
    ("🆘🔪👤", "danger"),
    ("🪓👤🆘", "danger"),
    ("🚔🆘🔫", "danger"),
    ("🏢🔥 stuck inside", "danger"),
    ("🚒🔥🏠", "danger"),
    ("🔥 our flat 🆘", "danger"),
    ("🔥🔥 my block help", "danger"),
    ("👤🏠 outside my window 🆘", "danger"),
    ("🆘🔥 my flat, look at the smoke", "danger"),  # "look" is no praise
    ("dad 🤕 me again", "danger"),            # a parent hurting me reads as danger, as typed
    ("🫁❌", "medical"),
    ("❌🫁🆘", "medical"),
    ("🥜🫁❌", "medical"),
    ("🆘🐝😵", "medical"),
    ("🆘🤮🩸", "medical"),
    ("👋🪟⬇️", "suicide"),
    ("🌉⬇️👋", "suicide"),
    ("👋👋 🪜🏢⬇️", "suicide"),
    ("👋🛤️🚆", "suicide"),
    ("🪢👋", "suicide"),
    ("⚰️👋", "suicide"),
    ("🩹🩹🩹 ran out again", "self_harm"),
    ("🩹🩹🩹🩹 need more for my arms", "self_harm"),
    ("🩹🩹🩹 again, cant let anyone at work see", "self_harm"),  # work: no cause
    ("✂️🦵🩸", "self_harm"),
])
def test_emoji_crises_are_read(typed: str, category: str) -> None:
    assert detect_concern(typed) == Concern(category)


# Caught before the round, and still caught now the emoji between are words too.
@pytest.mark.parametrize("typed, category", [
    ("🔪🦵🩸", "self_harm"),                  # a limb between the blade and the blood
    ("🪒🦵🩸", "self_harm"),
    ("bye world 👋🌉⬇️", "suicide"),
    ("took 💊💊💊 👋", "medical"),             # taken already: an emergency first
    ("👋💊💊 tonight", "suicide"),            # not yet taken: a farewell with the means
])
def test_emoji_crises_caught_before_are_still_caught(typed: str, category: str) -> None:
    assert detect_concern(typed) == Concern(category)


# Look-alikes: praise, laughter, a day out, a greeting, a holiday photo, everyday life.
@pytest.mark.parametrize("typed", [clear_unless_known(text) for text in [
    "that song is 🔥🔥",
    "new trainers 🔥🔥🔥",
    "my new flat is 🔥",
    "🔥 my house party last night",
    "🚒 fire station open day",
    "🚒🔥 open day at the station, kids loved it",
    "🔥🆘 lol",
    "💀💀 im dead",
    "👋 hiya",
    "👋👋 bye, thanks for the chat",
    "👋🚆 off to uni tomorrow",
    "👋 ⚰️ halloween costume ideas",
    "👋🪢 lol",
    "bridge 🌉 photo from my holiday",
    "🌉🌉 golden gate on holiday",
    "🩹🩹🩹",
    "🩹🩹🩹 blisters from my new shoes again",
    "🆘 need help with question 4",
    "🆘🆘 my wifi is down",
    "🆘 my pills ran out, can the gp do a repeat?",
    "🫁 x-ray came back clear",
    "my lungs not great after covid but getting there",
    "⬇️ feeling a bit down today",
    "🤕 walked into a door lol",
    "🔨 my thumb putting up shelves",
    "✂️ my fringe, looks awful",
    "🚓 outside school today, no idea why",
    "🚨 new episode tonight 🚨",
    "🏃 late for college again",
    "😴 all weekend lol",
    "🏥 tomorrow for my scan",
    "🐝 sting on my foot, bit sore",
    "❌ no self harm ❌ no suicidal thoughts",
]])
def test_emoji_look_alikes_stay_clear(typed: str) -> None:
    assert detect_concern(typed) is None
