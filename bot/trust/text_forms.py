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


def without_accents(text: str) -> str:
    """Accents dropped: "Zoë" -> "Zoe", "kíll" -> "kill"."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def plain_latin(text: str) -> str:
    """For matching only: NFKC, accents dropped and look-alike letters made Latin."""
    return without_accents(compatible(text)).translate(_LOOK_ALIKES)


# Emoji that stand for one thing, read as that word wherever crisis wording is looked for
# ("took 💊💊💊", "he's got a 🔪", "🆘🫁❌"). Chosen by what the picture means, not by
# phrases seen: things, places, services and states of the body a crisis is told with.
# Left out because they carry no single meaning: most faces and hearts (😭 cries with
# sadness or with laughter; 😰😱 are fear, shock or a cliffhanger; 🖤 💔 🙃 🙏 are moods), 💀
# (young people's "I'm dead" with laughter as often as death), 🌊 (the sea, surfing, a wave of
# feeling), 💣 and 💥 (praise and emphasis: "that set was 💣"), 🫀 (sent as a love heart),
# ➡️ (a bullet point as often as "to"), 🤢 (disgust far more than sickness), 🔒 ("locked in"
# is focused), 📸 and 🍺 (everyday). Some kept ones have a second, figurative use that
# the rules must allow for: 🔥 is praise ("that song is 🔥"), 👋 says hello as well as
# bye, so it reads as "wave", not "bye". Crying with laughter reads as "lol", so "can't
# breathe 😂" is the figure of speech it is.
_EMOJI_WORDS = {
    # Weapons, means and injuries
    "\U0001f48a": "pills",      # 💊
    "\U0001f52a": "knife",      # 🔪
    "\U0001f5e1": "knife",      # 🗡 dagger
    "\U0001fa93": "axe",        # 🪓
    "\U0001f528": "hammer",     # 🔨
    "\u2702": "scissors",        # ✂
    "\U0001f52b": "gun",        # 🔫 (a water pistol on some phones, a gun in meaning)
    "\U0001faa2": "rope",       # 🪢 knot
    "\U0001f489": "needle",     # 💉
    "\U0001fa92": "razor",      # 🪒
    "\U0001f6ac": "cigarette",  # 🚬
    "\U0001fa78": "blood",      # 🩸
    "\U0001fa79": "plasters",   # 🩹
    "\U0001f44a": "punches",    # 👊 oncoming fist
    "\U0001f525": "fire",       # 🔥 (also praise: rules read it as fire only beside a
                                 # building, a fire engine or SOS)
    # Death
    "\u26b0": "coffin",          # ⚰
    "\U0001faa6": "grave",      # 🪦 headstone
    "\u2620": "death",           # ☠ skull and crossbones (not 💀: see above)
    # Help and the emergency services
    "\U0001f198": "sos",        # 🆘
    "\U0001f6a8": "emergency",  # 🚨 (hype too, "🚨 new drop 🚨": no rule reads it alone)
    "\U0001f691": "ambulance",  # 🚑
    "\U0001f692": "fire engine",  # 🚒
    "\U0001f693": "police",     # 🚓 police car
    "\U0001f694": "police",     # 🚔 oncoming police car
    "\U0001f46e": "police",     # 👮 police officer (any gender or skin tone)
    "\U0001f3e5": "hospital",   # 🏥
    "\U0001fa7a": "doctor",     # 🩺 stethoscope
    # Places and ways a life is put at risk
    "\U0001f309": "bridge",     # 🌉
    "\U0001f686": "train",      # 🚆
    "\U0001f682": "train",      # 🚂 locomotive
    "\U0001f684": "train",      # 🚄 high-speed train
    "\U0001f685": "train",      # 🚅 bullet train
    "\U0001f687": "train",      # 🚇 metro
    "\U0001f689": "station",    # 🚉
    "\U0001f6e4": "train tracks",  # 🛤 railway track
    "\U0001f697": "car",        # 🚗
    "\U0001f698": "car",        # 🚘 oncoming car
    "\U0001f699": "car",        # 🚙
    "\U0001f69a": "lorry",      # 🚚
    "\U0001f69b": "lorry",      # 🚛 articulated lorry
    "\U0001fa9c": "ladder",     # 🪜
    "\U0001fa9f": "window",     # 🪟
    "\U0001f3e0": "home",       # 🏠
    "\U0001f3e1": "home",       # 🏡
    "\U0001f3e2": "building",   # 🏢
    "\u2b07": "down",            # ⬇
    "\u2b06": "up",              # ⬆
    # People and what they do
    "\U0001f464": "someone",    # 👤 silhouette
    "\U0001f465": "people",     # 👥 silhouettes
    "\U0001f3c3": "running",    # 🏃 runner (any gender, skin tone or direction)
    "\U0001f44b": "wave",       # 👋 hello or bye
    # The body and how it is
    "\U0001fac1": "lungs",      # 🫁
    "\U0001f9b5": "leg",        # 🦵
    "\U0001f915": "hurt",       # 🤕 face with a head bandage
    "\U0001f635": "dizzy",      # 😵 (and 😵‍💫)
    "\U0001f92e": "vomit",      # 🤮
    "\U0001f912": "ill",        # 🤒 face with a thermometer
    "\U0001f634": "sleep",      # 😴
    "\U0001f95c": "peanuts",    # 🥜
    "\U0001f41d": "bee",        # 🐝
    # No, and laughter
    "\u274c": "no",              # ❌ cross mark
    "\U0001f6ab": "no",         # 🚫 prohibited
    "\U0001f602": "lol",        # 😂
    "\U0001f923": "lol",        # 🤣
    "\U0001f606": "lol",        # 😆 laughing
    "\U0001f639": "lol",        # 😹 cat with tears of joy
}
# One emoji as typed: a picture, then a variation selector (U+FE0F asks for the emoji
# form: ⬇️), a skin tone, and more pictures joined by a zero-width joiner (🏃‍♀️ is a runner,
# a joiner and the female sign). Pictures are the symbol blocks; letters never are.
_PICTURE = "[\u2190-\u21ff\u2300-\u2bff\u3030\u303d\u3297\u3299\U0001f000-\U0001faff]"
_DRESSING = "[\ufe0e\ufe0f\U0001f3fb-\U0001f3ff]*"
_EMOJI = re.compile(f"{_PICTURE}{_DRESSING}(?:\u200d{_PICTURE}{_DRESSING})*")
_DRESSING_ONLY = re.compile(_DRESSING.replace("*", "+"))
# Joined to a person, these say who or which way, not what: 🏃‍♀️ is still a runner.
_WHO_OR_WAY = frozenset("\u2640\u2642\u26a7\u27a1")
# Sequences that make a new picture out of mapped ones, read as the new picture: ❤️‍🩹
# (a mending heart) is not plasters, ❤️‍🔥 (a heart on fire) is not a fire.
_JOINED_WORDS: dict[tuple[str, ...], str] = {
    ("\U0001f635", "\U0001f4ab"): "dizzy",       # 😵‍💫 face with spiral eyes
    ("\U0001f9d1", "\U0001f692"): "firefighter",  # 🧑‍🚒
    ("\U0001f468", "\U0001f692"): "firefighter",  # 👨‍🚒
    ("\U0001f469", "\U0001f692"): "firefighter",  # 👩‍🚒
}


def _word(emoji: str) -> str | None:
    """The word one emoji (with its selectors, skin tone and joined parts) stands for."""
    parts = tuple(_DRESSING_ONLY.sub("", emoji).split("\u200d"))
    if len(parts) == 1 or all(part in _WHO_OR_WAY for part in parts[1:]):
        return _EMOJI_WORDS.get(parts[0])
    return _JOINED_WORDS.get(parts)


def emoji_words(text: str) -> str:
    """Each emoji that stands for a thing becomes its word, with spaces round it."""
    def read(match: re.Match[str]) -> str:
        word = _word(match.group(0))
        return match.group(0) if word is None else f" {word} "
    return _EMOJI.sub(read, text)
