"""What a consultation script may contain, and the reader that checks each value.

This is a hand-written schema rather than JSON Schema: every message here is read
by an NHS commissioner, not a programmer, so each one is worded in plain English
and points at the YAML line it is about.
"""

from __future__ import annotations

import difflib
import math
import re
import unicodedata
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Iterable, Mapping, Sequence

from bot.scripts.questions import (
    AGE_BANDS,
    FFT,
    FREE_TEXT,
    MULTI_CHOICE,
    NUMBER,
    SCALE,
    SINGLE_CHOICE,
    YES_NO,
)

MAX_SCRIPT_BYTES = 100 * 1024
MIN_QUESTIONS, MAX_QUESTIONS = 1, 10
CODE_PATTERN = re.compile(r"[A-Z][A-Z0-9]{2,11}")
MAX_ID = 40  # as the database keeps a question's id
ID_PATTERN = re.compile(rf"[a-z][a-z0-9_]{{0,{MAX_ID - 1}}}")
# A text of only one of these words is an SMS keyword (bot/sms/keywords.py): the channel
# answers it (stop, help, opt back in) and it never reaches the consultations.
SMS_KEYWORD_CODES = frozenset({
    "STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "OPTOUT", "REVOKE",
    "START", "UNSTOP", "OPTIN", "HELP", "INFO",
})
# A reply of only one of these is never read as an answer: it stops the survey (the
# engine) or, by SMS, is the channel's keyword. So no option or alias may be one.
CONTROL_WORDS = frozenset({code.lower() for code in SMS_KEYWORD_CODES} | {"yes start"})
CONTROL_WORD_MESSAGE = ("'{name}' is a word that stops the survey or, by text, controls "
                        "messages (like STOP and HELP), so a reply of it would not choose "
                        "this option; reword it with a word or two more")

MAX_NAME = 120  # title and organisation: shown in one SMS alongside other text
MAX_BLURB = 600  # intro and closing: "one or two sentences", about four SMS parts
MAX_QUESTION_TEXT = 300
MAX_OPTION_TEXT = 80
MIN_OPTIONS, MAX_OPTIONS = 2, 12
MAX_SCALE_STEPS = 10  # 0-10 is the widest scale people can answer by text
MAX_FREE_TEXT_LIMIT = 1000
MAX_REASKS_LIMIT = 5
FFT_WHY_MAX_LENGTH = 500
STATUSES = ("draft", "live", "closed")
# An age limit must match an age band boundary so the engine can enforce it from
# the band a person picks; 18 is the highest because these are youth consultations.
MIN_AGES = tuple(low for low, _, _ in AGE_BANDS if low <= 18)
DEMOGRAPHICS = ("age_band", "postcode_district")

TOP_LEVEL_FIELDS = (
    "code", "title", "organisation", "status", "opens", "closes", "min_age",
    "intro", "closing", "demographics", "notice_url", "questions",
)
COMMON_QUESTION_FIELDS = ("id", "type", "text", "why", "optional", "show_if", "max_reasks")
TYPE_FIELDS: Mapping[str, tuple[str, ...]] = {
    SINGLE_CHOICE: ("options",),
    MULTI_CHOICE: ("options",),
    SCALE: ("min", "max", "labels"),
    NUMBER: ("min", "max", "unit"),
    FREE_TEXT: ("max_length",),
    YES_NO: (),
    FFT: (),
}
QUESTION_FIELDS = COMMON_QUESTION_FIELDS + tuple(
    dict.fromkeys(name for names in TYPE_FIELDS.values() for name in names)
)
SHOW_IF_FIELDS = ("question", "equals", "any_of", "at_least", "at_most")
OPTION_FIELDS = ("label", "aliases")
MAX_ALIASES = 20


@dataclass(frozen=True)
class ScriptError:
    """One problem in a script, with where to find it."""

    line: int  # 1-based; best effort (the offending key or list item), 1 if unknown
    field: str  # e.g. "questions[2].options" (list positions count from 0) or "code"
    message: str

    def __str__(self) -> str:
        where = f"line {self.line}, {self.field}" if self.field else f"line {self.line}"
        return f"{where}: {self.message}"


class ScriptInvalid(ValueError):
    """The script has problems; `errors` lists all of them, in line order."""

    def __init__(self, errors: Sequence[ScriptError]) -> None:
        self.errors: list[ScriptError] = sorted(errors, key=lambda error: error.line)
        count = len(self.errors)
        lines = "\n".join(f"  {error}" for error in self.errors)
        super().__init__(f"{count} problem{'s' if count != 1 else ''} in the script:\n{lines}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (ScriptInvalid, (self.errors,))  # so it survives pickling between processes


@dataclass(frozen=True)
class Node:
    """A mapping from the YAML plus its path, so errors can name the field and line."""

    data: Any  # a ruamel CommentedMap (carries line numbers) or any Mapping
    path: str = ""

    def name(self, key: Any) -> str:
        return f"{self.path}.{key}" if self.path else str(key)

    def line(self, key: Any = None) -> int:
        # ruamel keeps 0-based positions in `.lc`; plain dicts (or odd keys) have none.
        if key is None and not self.path:
            return 1  # the script as a whole (e.g. a missing top-level field)
        try:
            if key is not None and key in self.data:
                return int(self.data.lc.key(key)[0]) + 1
            return int(self.data.lc.line) + 1
        except (AttributeError, KeyError, TypeError, IndexError):
            return 1

    def child(self, key: str) -> Node:
        return Node(self.data[key], self.name(key))


def item_line(seq: Any, index: int, default: int) -> int:
    """1-based line of a list item, or `default` when ruamel did not record one."""
    try:
        return int(seq.lc.item(index)[0]) + 1
    except (AttributeError, KeyError, TypeError, IndexError):
        return default


def kind_of(value: Any) -> str:
    """How a commissioner would describe a YAML value they wrote."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number" if math.isfinite(value) else "infinity or not-a-number"
    if isinstance(value, (date, datetime)):
        return "a date"
    if isinstance(value, str):
        return "text" if value.strip() else "empty"  # '" "' is blank to whoever wrote it
    if isinstance(value, Mapping):
        return "a set of fields"
    return "a list" if isinstance(value, Sequence) else "something else"


def as_text(value: Any) -> str | None:
    """Text as written, trimmed. Numbers count as text (an option may be "10")."""
    if isinstance(value, str):
        return str(value).strip()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return str(value)
    return None


def as_number(value: Any) -> float | None:
    """A plain int or float; None for anything else (true/false, .inf and .nan too)."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return None
    if not math.isfinite(value):
        return None
    return int(value) if isinstance(value, int) else float(value)


def as_whole(value: Any) -> int | None:
    number = as_number(value)
    if number is None or number != int(number):
        return None
    return int(number)


_APOSTROPHES = str.maketrans(dict.fromkeys("'\u2019\u2018\u02bc`", ""))
_NOT_WORDS = re.compile(r"[\W_]+")


def said_alike(text: str) -> tuple[str, ...]:
    """The words replies are matched against for an option or alias: capitals, spaces,
    apostrophes and other punctuation ignored, '&' and '+' read as 'and' (as the answer
    parser reads a label, bot/understanding/text.py phrase_tokens), so "GP" and "gp!",
    or "A&E" and "A and E", are one name to a reply. A name with no words (an emoji) is
    read as written."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    spaced = folded.translate(_APOSTROPHES).replace("&", " and ").replace("+", " and ")
    return tuple(_NOT_WORDS.sub(" ", spaced).split()) or (folded.strip(),)


def is_control_word(name: str) -> bool:
    """A name that, sent alone, is a command rather than an answer ("Stop!", "help")."""
    return " ".join(said_alike(name)) in CONTROL_WORDS


def did_you_mean(word: Any, choices: Iterable[str]) -> str:
    """" — did you mean 'options'?" when `word` looks like a typo of a choice, else ""."""
    close = difflib.get_close_matches(str(word), list(choices), n=1, cutoff=0.6)
    return f" — did you mean '{close[0]}'?" if close else ""


def unknown_field_message(key: Any, allowed: Iterable[str]) -> str:
    return f"unknown field '{key}'{did_you_mean(key, allowed)}"


@dataclass
class Checker:
    """Collects every problem rather than stopping at the first, and reads typed values.

    `authoring` is False when a stored script is read back for its conversations: it passed
    the checks of its day, so rules added since (those asked `if checker.authoring`) do not
    refuse it, or a live consultation would fail every turn."""

    errors: list[ScriptError] = field(default_factory=list)
    authoring: bool = True

    def name_key(self, text: str) -> tuple[str, ...]:
        """What makes two option names the same: their words (capitals and punctuation
        aside) when writing; for a stored script, capitals as before."""
        return said_alike(text) if self.authoring else (text.strip().casefold(),)

    def add(self, line: int, name: str, message: str) -> None:
        self.errors.append(ScriptError(line, name, message))

    def error(self, node: Node, key: Any, message: str) -> None:
        self.add(node.line(key), node.name(key), message)

    def unknown_keys(self, node: Node, allowed: Sequence[str]) -> None:
        for key in node.data:
            if key not in allowed:
                self.add(node.line(key), node.name(key), unknown_field_message(key, allowed))

    def required(self, node: Node, key: Any) -> bool:
        """True if `key` has a value; reports it as missing (or blank) otherwise."""
        if key not in node.data:
            self.add(node.line(), node.name(key), f"is missing — add '{key}: ...'")
            return False
        if node.data[key] is None:
            self.error(node, key, "is blank — it needs a value")
            return False
        return True

    def text(self, node: Node, key: Any, limit: int, required: bool = False) -> str | None:
        """Text of at most `limit` characters. A blank optional field counts as absent."""
        if required and not self.required(node, key):
            return None
        value = node.data.get(key)
        if value is None:
            return None
        result = as_text(value)
        if result is None:
            self.error(node, key, f"must be text, not {kind_of(value)}")
        elif required and not result:
            self.error(node, key, "must not be empty")
        elif len(result) > limit:
            self.error(node, key, f"is {len(result)} characters long; the limit is {limit}")
        else:
            return result
        return None

    def whole(self, node: Node, key: str, low: int, high: int) -> int | None:
        """A whole number from `low` to `high`, or None if absent or wrong."""
        value = node.data.get(key)
        if value is None:
            return None
        number = as_whole(value)
        if number is None:
            self.error(node, key, f"must be a whole number, not {kind_of(value)}")
        elif not low <= number <= high:
            self.error(node, key, f"must be between {low} and {high}, not {number}")
        else:
            return number
        return None

    def boolean(self, node: Node, key: str) -> bool | None:
        value = node.data.get(key)
        if value is None or isinstance(value, bool):
            return value
        self.error(node, key, f"must be true or false, not {kind_of(value)} ('{value}')")
        return None

    def day(self, node: Node, key: str) -> date | None:
        """A calendar date written like 2026-11-01 (not a date with a time)."""
        value = node.data.get(key)
        if value is None:
            return None
        if isinstance(value, date) and not isinstance(value, datetime):
            return value
        if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
            self.error(node, key, f"'{value}' is not a real date")
        else:
            self.error(node, key, "must be a date written like 2026-11-01")
        return None

    def one_of(self, node: Node, key: str, allowed: Sequence[str]) -> str | None:
        """One word from `allowed`, ignoring case."""
        value = node.data.get(key)
        if value is None:
            return None
        word = (as_text(value) or "").lower()
        if word not in allowed:
            self.error(node, key, f"must be one of: {', '.join(allowed)} (not '{value}')")
            return None
        return word
