"""Crises told in emoji alone, or led by emoji — for clinical review (read the guide in
``safeguarding_lexicon`` first: the same rules of writing apply).

Added on 2026-12-04 (issue 8, stop 27, branch sg27emoji). ``text_forms.emoji_words`` reads
each emoji that stands for one thing as its word (🆘 "sos", 🫁 "lungs", ❌ "no", 👋 "wave",
🌉 "bridge", ⬇️ "down", 🚒 "fire engine", 🔥 "fire"), so most emoji reach the word rules
as they are ("🏃‍♀️👤🔪🆘" is "running someone knife sos", a weapon with a person). These
rules read what the words cannot: pictures put side by side, in the order they are sent.

* **crises**: SOS with a weapon or a fire (danger), or with a body in trouble — lungs,
  pills, an ambulance, dizziness, vomiting, blood, a sting or a nut (medical); lungs with a
  cross (not breathing); a fire engine with a fire, a fire opening a message about my
  building, block, flat or house, or with no way out (danger); a wave or a bye with a high
  place and "down" (👋🌉⬇️), a wave with nothing but a coffin, a grave, a rope, death, pills
  or the tracks (suicide); a run of three or more plasters with "ran out", "again", "more",
  sleeves or a limb (self-harm); a blade, then a limb, then blood (🔪🦵🩸, self-harm).
* **laughter and praise**: each rule gives way when the message laughs anywhere (lol,
  😂, haha...), and the fire rules (SOS with a weapon too: it is one rule with SOS and a
  fire) when it praises or names an event (a song, an outfit, an open day, a toy, a party):
  "🚒🔥 open day at the station" is a day out, "that song is 🔥🔥" is praise (no rule reads
  a fire alone). Not the run of plasters: "ran out of plasters lol" with four plasters is
  not a joke about something else, and the other rules for plasters do not give way to a
  laugh either; it gives way to an everyday cause named (blisters, new shoes, a paper cut,
  chopping onions, a bike, sport, a toddler).

Each crisis tuple is added to its category in ``safeguarding_lexicon.CRISIS``.
"""

from __future__ import annotations

from bot.trust.safeguarding_words import LAUGH

# How many words may come before the emoji a rule reads ("im so scared 🆘🔪"): the rules
# read emoji-only and emoji-led messages, and a message that does not start a rule within
# them costs a few steps, not a search of all its text.
_LEAD = r"(?:[^ ]+ ){0,8}?"


def _led(rule: str, unless: str) -> str:
    """The rule, starting within the first words of the message, unless the message says
    any of ``unless`` anywhere."""
    return r"^(?=" + _LEAD + r"(?:" + rule + r"))(?!.*\b" + unless + r"\b)"


_LAUGHING = r"(?:" + LAUGH + r"|xd|lolol)"
# Laughter, praise, a day out, a toy or a game: a fire engine or a fire that is no emergency.
_NOT_A_FIRE = (
    r"(?:" + LAUGH + r"|xd|song|tune|track|album|banger|slaps|outfit|trainers|lit|vibes?|open day|"
    r"fire station|museum|toy|lego|party|birthday|cake|costume|drill|bonfire|fireworks|bbq|barbecue|"
    r"candles?|fireplace|log burner|firepit|fire pit)"
)
# An everyday reason for a lot of plasters (not "work" or "the kids": hiding marks from
# people at work is a sign, not a reason).
_PLASTERS_FOR = (
    r"(?:blisters?|heels|new shoes|paper cuts?|chopping|onions?|bike|skat\w*|graze\w*|football|"
    r"netball|rugby|hockey|first aid|toddler|hike|hiking|marathon|restock\w*|stock)"
)
_PLASTERS_BECAUSE = (
    r"(?:ran out|run out|running out|again|more|another|need|sleeves|arms?|wrists?|legs?|thighs?|"
    r"tonight)"
)
_WEAPON = r"(?:knife|gun|axe|hammer)"
_PERSON = r"(?:someone|people|running|police)"
# What an emoji SOS says is wrong with the body.
_BODY_IN_TROUBLE = r"(?:lungs|ambulance|pills|dizzy|vomit|bee|peanuts|blood)"
_HOME = r"(?:building|block|flat|house|home)"
_NOW_OR_HELP = r"(?:help|sos|pls|please|now|rn|fire|cant get out|trapped|stuck|smoke|scared|999)"
_HIGH_PLACE = r"(?:bridge|building|window|ladder|train tracks)"
_FAREWELL = r"(?:wave|bye|goodbye|bye bye)"
# Death and its means, sent with a wave and nothing else.
_DEATH = r"(?:coffin|grave|rope|death|pills|train tracks)"
_WITH_A_WAVE = r"(?:wave|bye|goodbye|train|down|tonight|soon|now|x+)"

SUICIDE: tuple[str, ...] = (
    # A wave or a bye, a high place, and down (👋🌉⬇️).
    _led(r"\b" + _FAREWELL + r"(?: " + _FAREWELL + r")* " + _HIGH_PLACE + r"(?: " + _HIGH_PLACE
         + r")* down\b|\b" + _HIGH_PLACE + r" down(?: down)* " + _FAREWELL + r"\b", _LAUGHING),
    # A wave with a coffin, a grave, a rope, death, pills or the tracks, and nothing else
    # (👋⚰️, 🪢👋, 👋💊💊).
    _led(r"^(?=(?:(?:" + _DEATH + r"|" + _WITH_A_WAVE + r") ?)+$)(?=.*\bwave\b)(?=.*\b" + _DEATH
         + r"\b)", _LAUGHING),
)

SELF_HARM: tuple[str, ...] = (
    # A run of plasters (🩹🩹🩹) with running out, again, more, sleeves or a limb. Not given
    # way to a laugh: "🩹🩹🩹🩹 ran out lol" is no joke about something else.
    _led(r"\bplasters plasters plasters\b(?=.*\b" + _PLASTERS_BECAUSE + r"\b)|\b"
         + _PLASTERS_BECAUSE + r"\b.*\bplasters plasters plasters\b", _PLASTERS_FOR),
    # A blade, a limb, blood (🔪🦵🩸).
    _led(r"\b(?:knife|razor|scissors) (?:arms?|legs?|wrists?|thighs?|skin) blood\b", _LAUGHING),
)

DANGER: tuple[str, ...] = (
    # SOS with a weapon or a fire, either way round (🆘🔪, 🔥🆘).
    _led(r"\bsos(?: sos)*(?: " + _PERSON + r")? (?:" + _WEAPON + r"|fire engine|fire)\b|\b(?:"
         + _WEAPON + r"|fire engine|fire)(?: " + _PERSON + r")? sos\b", _NOT_A_FIRE),
    # A fire engine and a fire (🚒🔥); a fire opening a message about my home (🔥 my flat); a
    # fire with my home and no way out (🔥🏢 can't get out).
    _led(r"\bfire engine(?: fire engine)* (?:fire ?)+|\b(?:fire )+fire engine\b|"
         r"^(?:fire )+(?:in )?(?:(?:my|our|the) )?" + _HOME + r"(?: " + _NOW_OR_HELP + r")*$|"
         r"^(?:(?:my|our|the) )?(?:" + _HOME + r" )?(?:fire ?)+ (?:" + _HOME + r" )?(?:i )?"
         r"(?:cant get out|trapped|stuck|help|sos)\b", _NOT_A_FIRE),
)

MEDICAL: tuple[str, ...] = (
    # SOS with the body in trouble (🆘🫁, 💊🆘); lungs with a cross (🫁❌: not breathing).
    _led(r"\bsos(?: sos)* " + _BODY_IN_TROUBLE + r"\b|\b" + _BODY_IN_TROUBLE + r" sos\b|\blungs "
         r"(?:no|not)(?: (?:no|not|sos|help|ambulance|pls|please|now|rn))*$|^(?:sos )*(?:no|not) "
         r"lungs\b", _LAUGHING),
)
