"""Store silently only what a reply plainly says (issue 9, stop 27).

The parser reaches some answers by inference, and those are where new writers' replies
have been stored wrong round after round, while rules for their wordings have stopped
reaching new writers. This policy keeps every reading as it is and decides only whether
it is stored or offered ("Did you mean…?"). `inference` names the path a reading took;
a reading on a path in OFFERED is offered, any other is stored as before. An offer of a
right guess is still right (confirmed right); a wrong one is confirmed wrong, not stored
wrong. The paths (the replies in brackets are ones earlier parsers stored wrong):

- single choice, *described*: the reply names the option by none of its names, label
  words or its position ("its free for me so not cost" as "Nothing stopped me", "either");
- single choice, *two named*: the reply names another option as well ("tried the app then
  gave up and rang them", "UTC then they sent me to a&e"): which one counts is inferred;
  an amount put in a band ("45 mins" in "30 minutes to 1 hour") is read by its number;
- tick-all, *all* and *all but*: a list worked out from "all of them" or "everything but
  apps" ("all apart from the forums" with the none option in it); *hedged*: a hedge beside
  the list ("i think flu maybe hpv");
- number and scale, *several numbers* ("24/7 basically", "been twice, nah three times"),
  *from words*: no number is written ("a couple", "weekend only", a degree word put on a
  scale without its end label), *worked out*: another number than the one written, in any
  unit ("2 hours a day" as 26);
- yes/no, *from a sentence*: no yes/no phrase of that answer opens the reply ("had no
  idea"); *asked*: the reply is a question ("is it free for students?"); *acknowledged*:
  "ok", "k" or "ok thanks" alone, which say the message was read more often than yes
  (after crisis signposting, "ok" to the question asked again was stored as Yes);
- the FFT, *lukewarm*: Neither good nor poor read from praise to some ("fine", "ok").

*Unnamed* (a tick-all option named by no name: a misspelling, "anything but email") is
named but stored: no reply on it was stored wrong by the parsers of rounds 11-14 on the
sets they had not seen (v11-v17, v20), and it would cost 40 offers on the tuning files.
"""

from __future__ import annotations

import re
from typing import Any, Dict, List, Sequence, Set, Tuple

from bot.scripts.questions import (
    DURATION_UNITS,
    FFT,
    MULTI_CHOICE,
    NUMBER,
    SCALE,
    SINGLE_CHOICE,
    YES_NO,
    Question,
)
from bot.understanding.amounts import number_words_at, unit_words
from bot.understanding.lexicon import contains, option_names
from bot.understanding.result import ANSWERED, Parsed, guess
from bot.understanding.text import canon, phrase_tokens, words
from bot.understanding.words import (
    GENERIC_WORDS,
    LAST,
    NEGATORS,
    NEITHER,
    NUMBER_PREFIXES,
    NUMBER_WORD_PARTS,
    NUMBER_WORDS,
    ORDINALS,
    STOPWORDS,
    YES_NO_OPENERS,
    YES_NO_PHRASES,
)

Tokens = Tuple[str, ...]

# The inference paths, by the name a test or a measurement gives them.
DESCRIBED = "described"  # single choice: the option named by none of its names
TWO_NAMED = "two named"  # single choice: another option named as well
UNNAMED = "unnamed"  # tick-all: an option in the list the reply does not name
ALL = "all"  # tick-all: "all of them", "everything"
ALL_BUT = "all but"  # tick-all: "everything but apps", "all apart from the forums"
HEDGED = "hedged"  # tick-all: "i think flu maybe hpv"
SEVERAL_NUMBERS = "several numbers"  # "24/7 basically", "been twice, nah three times"
FROM_WORDS = "from words"  # a number no digit or number word says: "a couple", "never"
WORKED_OUT = "worked out"  # a number other than the one written: "2 hours a day" as 26
FROM_A_SENTENCE = "from a sentence"  # yes/no: no yes/no phrase of it opens the reply
ASKED = "asked"  # yes/no: the reply is a question
ACKNOWLEDGED = "acknowledged"  # yes/no: "ok", "k", "ok thanks" alone
LUKEWARM = "lukewarm"  # FFT: "fine", "ok" as Neither good nor poor
# The paths whose readings are offered, not stored.
OFFERED = frozenset((DESCRIBED, TWO_NAMED, ALL, ALL_BUT, HEDGED, SEVERAL_NUMBERS, FROM_WORDS,
                     WORKED_OUT, FROM_A_SENTENCE, ASKED, ACKNOWLEDGED, LUKEWARM))
_DIGITS = re.compile(r"^([0-9]+(?:p[0-9]+)?)([a-z]*)$")  # "10ish", "3x", "2wks", "2p5"
_DECIMAL_POINT = re.compile(r"(?<=[0-9])\.(?=[0-9])")  # kept as "p" through `words`
_ZERO = frozenset("none zero nil nought nothing never".split())
# Units a count may be written in (the amounts reader's words for durations and times, with
# nights; not its "x", a unit only straight after a number: "3x", not "an x-ray"), and what
# one of each is in the others' terms, so that "3 weeks" read as 21 days or "120 mins" as
# 2 hours is still the number written.
_UNITS = (unit_words(*DURATION_UNITS, "times") - {"x"}) | frozenset(("night", "nights"))
# Calendar factors (12 months and 52 weeks a year), not the amounts reader's exact minutes:
# only whether the number written could be the one stored, in some unit.
_FACTORS = (1.0, 7.0, 12.0, 24.0, 30.0, 52.0, 60.0, 365.0, 1440.0)
_SUFFIXES = _UNITS | frozenset("ish x h am pm".split())
_PARTS = {"half": 0.5, "quarter": 0.25}


# --- numbers ---------------------------------------------------------------

def _number_at(tokens: Sequence[str], start: int) -> Tuple[int, float] | None:
    """A number written in digits or words at `start`, as (end, value)."""
    digits = _DIGITS.match(tokens[start])
    if digits and (not digits.group(2) or digits.group(2) in _SUFFIXES):
        return start + 1, float(digits.group(1).replace("p", "."))
    if tokens[start] in _ZERO:
        return start + 1, 0.0
    if tuple(tokens[start:start + 2]) == ("not", "once"):
        return start + 2, 0.0
    following = tokens[start + 1:start + 4]
    if tokens[start] in ("a", "an") and following and following[0] in _UNITS:
        return start + 2, 2.0 if following[0] == "fortnight" else 1.0  # "a week", "an hour"
    if tokens[start] in _PARTS and any(word in _UNITS for word in following):
        unit = next(i for i, word in enumerate(following) if word in _UNITS)
        return start + 2 + unit, _PARTS[tokens[start]]  # "half an hour", "quarter of an hour"
    if tokens[start] in ("fortnight", "fortnights"):
        return start, 2.0  # read with its "a" as two weeks
    run = number_words_at(tokens, start)
    return None if run is None else (run[0], float(run[1]))


def numbers_written(tokens: Sequence[str]) -> List[float]:
    """The numbers a reply writes: "3", "three", "threee", "a week", "six and a half"."""
    tokens = canon(tokens, NUMBER_WORD_PARTS)
    found: List[float] = []
    index = 0
    while index < len(tokens):
        if tuple(tokens[index:index + 3]) == ("and", "a", "half") and found:
            found[-1] += 0.5
            index += 3
            continue
        hit = _number_at(tokens, index)
        if hit is None:
            index += 1
        elif hit[0] == index:  # a lone "fortnight"
            found.append(hit[1])
            index += 1
        else:
            index, value = hit
            found.append(value)
    return found


def _same_amount(written: float, value: float, in_units: bool) -> bool:
    if written == value:
        return True
    return in_units and any(abs(written * factor - value) < 1e-9 or abs(
        written - value * factor) < 1e-9 for factor in _FACTORS)


def _amount(question: Question, tokens: Sequence[str], value: Any) -> str:
    """A count or score the reply does not write as one number (in its unit or another)."""
    found = numbers_written(tokens)
    if question.type == SCALE and question.maximum is not None and len(found) == 2 and (
            found[1] == float(question.maximum)):  # "4 out of 5", "4/5"
        found = found[:1]
    if question.type == SCALE and _end_label(question, tokens, value):
        return ""
    if len(found) > 1:
        return SEVERAL_NUMBERS
    if not found or not isinstance(value, (int, float)) or isinstance(value, bool):
        return FROM_WORDS
    in_units = bool(_UNITS & set(tokens))
    if not float(value).is_integer() and not in_units and not any("p" in t for t in tokens):
        return WORKED_OUT  # "six and a half" times: a half read from words
    return "" if _same_amount(found[0], abs(float(value)), in_units) else WORKED_OUT


def _end_label(question: Question, tokens: Sequence[str], value: Any) -> bool:
    """A scale's end said in its own words ("very easy" where 5 = very easy)."""
    label = (question.labels or {}).get(value) if isinstance(value, int) else None
    return bool(label) and contains(tokens, phrase_tokens(str(label)))


# --- options ---------------------------------------------------------------

def _own_words(options: Sequence[str], index: int) -> Set[str]:
    """A label's words that can name it: no other label's, nor "the", "no", "one" or "help"."""
    others = {word for at, label in enumerate(options) if at != index
              for word in phrase_tokens(label)}
    return {word for word in phrase_tokens(options[index]) if word not in others
            and word not in STOPWORDS and word not in GENERIC_WORDS and word not in NEGATORS
            and word != "one"}


def _named(question: Question, tokens: Sequence[str]) -> Set[int]:
    """The options a reply names: by a name (label, alias, lexicon), a word of the label, or
    its position ("2", "option b", "the second one")."""
    options = list(question.options)
    names = option_names(options, question.aliases)
    tokens = canon(tokens, {word for name in names for word in name.tokens})  # "pharmaccyyy"
    found = {name.index for name in names if contains(tokens, name.tokens)}
    said = set(tokens)
    found |= {index for index in range(len(options)) if _own_words(options, index) & said}
    numbers = _positions(tokens)
    letters = [token for token in tokens if len(token) == 1 and token.isalpha()]
    by_letter = len(letters) == len(tokens) or tokens[0] in NUMBER_PREFIXES  # "a, b, d"
    for index in range(len(options)):
        if index + 1 in numbers or by_letter and chr(ord("a") + index) in letters:
            found.add(index)
        place = {index + 1, LAST} if index == len(options) - 1 else {index + 1}
        if any(ORDINALS.get(token) in place and (len(tokens) <= 3 or tokens[at + 1:at + 2] in (
                ["one"], ["option"])) for at, token in enumerate(tokens)):
            found.add(index)  # "the 2nd one", "second", not "sixth form"
    return found


def _positions(tokens: Sequence[str]) -> Set[int]:
    """Numbers that say an option's place: a list of them ("1, 3 and 5", "one and three"), a
    short reply ("option 2", "2 pls") or the first word ("2 - it was alright"); not a count
    in a sentence ("3 or 4 times a week")."""
    said = canon(tokens, NUMBER_WORD_PARTS)
    numeric: Dict[str, int] = {}
    for token in said:
        value = int(token) if token.isdigit() else NUMBER_WORDS.get((token,))
        if value is not None and token not in ("once", "twice", "thrice"):  # counts, not places
            numeric[token] = value
    if all(token in numeric or token in ("and", "or", "n", "also") for token in said):
        return set(numeric.values())
    numeric.pop("one", None)  # "the second one", "the nhs one"
    if len(said) <= 3 or tokens[0] in NUMBER_PREFIXES:
        return set(numeric.values())
    return {numeric[said[0]]} if said[0] in numeric else set()


_HEDGES = frozenset("maybe think perhaps probably possibly unsure might".split())


def _choice(question: Question, tokens: Sequence[str], value: Any) -> str:
    options = list(question.options)
    if value not in options:
        return ""
    if _band(value, tokens):  # "8 months ago" to "6 to 12 months ago"
        return "" if len(numbers_written(tokens)) == 1 else SEVERAL_NUMBERS
    named = _named(question, tokens)
    if options.index(value) not in named:
        return DESCRIBED
    return TWO_NAMED if len(named) > 1 else ""


_CLOCK = frozenset("am pm oclock".split()) | _UNITS


def _band(label: str, tokens: Sequence[str]) -> bool:
    """An amount or time put in the option's band ("45 mins" in "30 minutes to 1 hour")."""
    with_unit = bool(_CLOCK & set(tokens)) or any(
        (found := _DIGITS.match(token)) is not None and found.group(2) for token in tokens)
    return any(ch.isdigit() for ch in label) and with_unit and bool(numbers_written(tokens))


_ALL = frozenset("all everything every everyone both".split())
_BOTH = frozenset("both of them the please".split())
_BUT = frozenset("but except apart excluding bar besides not".split())


def _list(question: Question, tokens: Sequence[str], value: Any) -> str:
    options = list(question.options)
    if not isinstance(value, (list, tuple)) or any(label not in options for label in value):
        return ""
    named = _named(question, tokens) | _counted(tokens, len(options))
    if len(value) == 1 and set(tokens) <= _NONE_WORDS and _is_none(str(value[0])):
        return ""  # "none" for the list's "Nothing stopped me"
    if len(value) == len(options) == 2 and set(tokens) <= _BOTH:
        return ""  # "both", "both of them"
    if any(options.index(label) not in named for label in value):
        if len(value) > 1 and _ALL & set(tokens):  # "everything but apps", "all of them"
            return ALL_BUT if _BUT & set(tokens) else ALL
        return UNNAMED
    said = set(tokens) - {word for label in value for word in phrase_tokens(label)}
    return HEDGED if _HEDGES & said else ""  # not "think" of "Didn't think it was serious"


_NONE_WORDS = frozenset("none nothing no not really tbh of them honestly mate".split())


def _is_none(label: str) -> bool:
    return phrase_tokens(label)[:1] in (("no",), ("nothing",), ("none",))


_FIRST_LAST = re.compile(r"\b(first|last)\s+(\w+)")
_RANGE = re.compile(r"^\s*([0-9]+)\s*(?:-|to)\s*([0-9]+)\s*$")


def _counted(tokens: Sequence[str], size: int) -> Set[int]:
    """Options named as a run of positions: "the first two", "the last 2", "1-4"."""
    text = " ".join(tokens)
    found = _FIRST_LAST.search(text)
    if found is not None:
        count = numbers_written(found.group(2).split())
        if count and 0 < count[0] <= size:
            many = int(count[0])
            return set(range(many)) if found.group(1) == "first" else set(range(size - many, size))
    ends = _RANGE.match(text.replace(" ", " - ", 1) if len(tokens) == 2 else text)
    if ends is not None and 1 <= int(ends.group(1)) <= int(ends.group(2)) <= size:
        return set(range(int(ends.group(1)) - 1, int(ends.group(2))))
    return set()


# --- yes/no and the FFT ----------------------------------------------------

_OK = frozenset("ok okay k kk okk okie oki okey".split())
_ACKNOWLEDGING = _OK | frozenset("thanks thank you ty thx ta cool then x xx".split())


def _yes_no(prepared: str, tokens: Sequence[str], value: Any) -> str:
    """No yes/no phrase of this answer opens the reply, or the reply asks something."""
    if prepared.rstrip().endswith("?"):
        return ASKED
    if set(tokens) <= _ACKNOWLEDGING and set(tokens) & _OK:
        return ACKNOWLEDGED
    known = {word for phrase in YES_NO_PHRASES for word in phrase}
    said = canon(tokens, known)
    starts = [0]  # "um yeah", and "i do" though "i" may open ("i mean")
    while starts[-1] < len(said) and said[starts[-1]] in YES_NO_OPENERS:
        starts.append(starts[-1] + 1)
    opened = any(YES_NO_PHRASES.get(tuple(said[start:start + size])) == value
                 for start in starts for size in range(1, min(6, len(said) - start) + 1))
    return "" if opened else FROM_A_SENTENCE


# Words that are praise to some and a shrug to others: "fine", "alright", "not bad".
_TWO_SIDED: Tuple[Tokens, ...] = tuple(tuple(p.split()) for p in (
    "ok|okay|k|fine|alright|all right|aight|grand|decent|not bad|no bad|nae bad|"
    "could be worse|could have been worse|could of been worse|not terrible").split("|"))


def _fft(tokens: Sequence[str], value: Any) -> str:
    """The FFT's middle verdict read from a word that is praise to some ("fine", "ok")."""
    return LUKEWARM if value == NEITHER and any(contains(tokens, p) for p in _TWO_SIDED) else ""


# --- the policy ------------------------------------------------------------

def inference(question: Question, prepared: str, value: Any) -> str:
    """How a reading was inferred (one of the paths above), or "" when plainly said."""
    tokens = words(_DECIMAL_POINT.sub("p", prepared))
    if not tokens:  # an emoji or a mark alone: read by its own rule, kept as it was
        return ""
    kind = question.type
    if kind == SINGLE_CHOICE:
        return _choice(question, tokens, value)
    if kind == MULTI_CHOICE:
        return _list(question, tokens, value)
    if kind in (NUMBER, SCALE):
        return _amount(question, tokens, value)
    if kind == YES_NO:
        return _yes_no(prepared, tokens, value)
    if kind == FFT:
        return _fft(tokens, value)
    return ""  # age bands and postcodes: read by their own exact rules


def stored_only_if_plain(question: Question, prepared: str, parsed: Parsed) -> Parsed:
    """The one place a stored reading becomes an offer: when it was inferred, not said."""
    if parsed.status != ANSWERED or inference(question, prepared, parsed.value) not in OFFERED:
        return parsed
    return guess(parsed.value)
