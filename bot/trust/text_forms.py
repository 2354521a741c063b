"""One plain form of what someone typed, before anything looks for meaning in it.

Full-width letters and digits (ｋｉｌｌ, ０７７００), mathematical and other
"fancy" alphabets (𝐤𝐢𝐥𝐥), accents (kíll), invisible characters (ki\u200bll) and
look-alike letters from the Cyrillic and Greek alphabets (kіll with a Cyrillic і)
all read as the plain Latin text a person sees, and emoji that stand for a
thing (💊 🔪 🩸) read as that word. Pure functions, tested by table.
"""

from __future__ import annotations

import re
import unicodedata

# Letters that look the same as Latin ones; only used for matching, never stored.
_LOOK_ALIKES = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
    "ӏ": "l", "ԛ": "q", "ԝ": "w", "ь": "b", "һ": "h",
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "У": "Y", "Х": "X", "І": "I", "Ј": "J", "Ѕ": "S", "Ԁ": "D", "Ӏ": "I",
    # Greek
    "α": "a", "β": "b", "γ": "y", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o",
    "ρ": "p", "τ": "t", "υ": "u", "χ": "x", "ω": "w",
    "Α": "A", "Β": "B", "Ε": "E", "Ζ": "Z", "Η": "H", "Ι": "I", "Κ": "K", "Μ": "M", "Ν": "N",
    "Ο": "O", "Ρ": "P", "Τ": "T", "Υ": "Y", "Χ": "X",
})
_INVISIBLE = re.compile("[\u00ad\u034f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")


def compatible(text: str) -> str:
    """NFKC: full-width and styled characters become their plain forms (no invisibles)."""
    return unicodedata.normalize("NFKC", _INVISIBLE.sub("", text))


def plain_latin(text: str) -> str:
    """For matching only: NFKC, accents dropped and look-alike letters made Latin."""
    decomposed = unicodedata.normalize("NFKD", compatible(text))
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_LOOK_ALIKES)


# Emoji that young people use in place of a word ("took 💊💊💊", "he's got a 🔪").
# Most faces and hearts carry no single meaning, so they are left alone; crying with
# laughter reads as "lol", so "can't breathe 😂" is the figure of speech it is.
_EMOJI_WORDS = {
    "\U0001f48a": "pills",      # 💊
    "\U0001f52a": "knife",      # 🔪
    "\U0001f5e1": "knife",      # 🗡
    "\U0001fa78": "blood",      # 🩸
    "\U0001f52b": "gun",        # 🔫
    "\U0001faa2": "rope",       # 🪢
    "\u26b0": "coffin",          # ⚰
    "\U0001faa6": "grave",      # 🪦
    "\U0001f691": "ambulance",  # 🚑
    "\U0001f489": "needle",     # 💉
    "\U0001fa92": "razor",      # 🪒
    "\U0001fa79": "plasters",   # 🩹
    "\U0001f44a": "punches",    # 👊
    "\u2620": "death",          # ☠
    "\U0001f602": "lol",        # 😂
    "\U0001f923": "lol",        # 🤣
}
_EMOJI = re.compile("|".join(_EMOJI_WORDS))


def emoji_words(text: str) -> str:
    """Each emoji that stands for a thing becomes its word, with spaces round it."""
    return _EMOJI.sub(lambda m: f" {_EMOJI_WORDS[m.group(0)]} ", text)
