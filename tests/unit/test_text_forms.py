"""Text in other forms reads as what a person sees (bot/trust/text_forms.py), so
crisis wording and personal data are found in it too."""

from __future__ import annotations

import pytest

from bot.trust.redaction import redact
from bot.trust.safeguarding import detect_concern
from bot.trust.text_forms import compatible, emoji_words, plain_latin


@pytest.mark.parametrize("typed, plain", [
    ("ｉ ｗａｎｔ ｔｏ ｄｉｅ", "i want to die"),            # full-width
    ("𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟", "kill myself"),                    # mathematical bold
    ("𝓀𝒾𝓁𝓁 𝓂𝓎𝓈𝑒𝓁𝒻", "kill myself"),                    # script
    ("kіll mysеlf", "kill myself"),                      # Cyrillic і and е
    ("ΚΙLL ΜΥSΕLF", "KILL MYSELF"),                      # Greek capitals
    ("suі\u200bcide", "suicide"),                        # zero-width space
    ("kíll mysélf", "kill myself"),                      # accents
    ("ﬁne thanks", "fine thanks"),                       # ligature
    ("plain text 123", "plain text 123"),
    ("", ""),
])
def test_plain_latin(typed: str, plain: str) -> None:
    assert plain_latin(typed) == plain


@pytest.mark.parametrize("typed", [
    "ｉ ｗａｎｔ ｔｏ ｄｉｅ", "𝐢 𝐰𝐚𝐧𝐭 𝐭𝐨 𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟", "і wаnt tо kіll mysеlf",
    "I WANT TO ΚΙLL MYSELF", "thinking about su\u200bicide", "í want to díe",
])
def test_crisis_wording_in_other_forms_is_found(typed: str) -> None:
    assert detect_concern(typed) is not None


@pytest.mark.parametrize("typed", [
    "ｆｉｎｅ ｔｈａｎｋｓ", "Привет, всё хорошо", "καλά ευχαριστώ", "très bien",
])
def test_ordinary_replies_in_other_forms_are_not_flagged(typed: str) -> None:
    assert detect_concern(typed) is None


@pytest.mark.parametrize("typed, stored", [
    ("call me on ０７７００ ９００１２３", "call me on [phone]"),
    ("ｍｙ ｅｍａｉｌ ｉｓ ｊｏ＠ｅｘａｍｐｌｅ．ｃｏｍ", "my email is [email]"),
    ("Привет", "Привет"),  # real Cyrillic text is stored as written
])
def test_personal_data_in_other_forms_is_redacted(typed: str, stored: str) -> None:
    assert redact(typed) == stored


def test_compatible_keeps_emoji_and_real_scripts() -> None:
    assert compatible("👍 ok Привет") == "👍 ok Привет"


@pytest.mark.parametrize("typed, words", [
    ("took 💊💊", "took  pills  pills "),
    ("he's got a 🔪", "he's got a  knife "),
    ("🩸", " blood "),
    ("😢👍 ok", "😢👍 ok"),  # most faces and gestures carry no single word
    ("cant breathe 😂", "cant breathe  lol "),  # crying with laughter
    ("🩹🩹", " plasters  plasters "),
])
def test_emoji_that_stand_for_a_thing_read_as_its_word(typed: str, words: str) -> None:
    assert emoji_words(typed) == words
