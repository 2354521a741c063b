"""Understand a patient's reply to one question.

Pure functions: no I/O, no Rasa, no logging. `parse_answer` never raises on a
string, whatever it holds; the caller decides what to do with a skip and how to
re-ask after an invalid reply (using `hint`).
"""

from __future__ import annotations

import re
from functools import partial
from typing import Callable, Dict, Mapping, Sequence, Tuple

from bot.scripts.questions import (
    AGE_BAND,
    AGE_BAND_LABELS,
    FFT,
    FFT_OPTIONS,
    FREE_TEXT,
    MULTI_CHOICE,
    NUMBER,
    POSTCODE_DISTRICT,
    SCALE,
    SINGLE_CHOICE,
    YES_NO,
    Question,
)
from bot.understanding.ages import parse_age_band
from bot.understanding.asides import beside_a_remark, concluded, rated_as
from bot.understanding.attempts import done_in_the_end
from bot.understanding.choices import exact_label, parse_choice
from bot.understanding.counts import parse_number
from bot.understanding.degrees import other_degree
from bot.understanding.fft import parse_fft
from bot.understanding.irony import mocking
from bot.understanding.mainly import the_main_one
from bot.understanding.multi import parse_multi
from bot.understanding.number_doubts import doubted_number, second_reading
from bot.understanding.plainly import stored_only_if_plain
from bot.understanding.premises import not_applicable_option, premise_denied
from bot.understanding.result import (
    AMBIGUOUS,
    ANSWERED,
    CHOOSE,
    CONFIRM,
    EMPTY,
    INVALID,
    OUT_OF_RANGE,
    SKIP,
    TOO_LONG,
    UNKNOWN_TYPE,
    UNRECOGNISED,
    Parsed,
    answered,
    guess,
    invalid,
)
from bot.understanding.scale import parse_scale
from bot.understanding.text import (
    SPACES_AFTER,
    canon,
    collapse_spaces,
    is_blank,
    prepare,
    strip_controls,
    strip_edges,
    words,
)
from bot.understanding.texted import spelt_out
from bot.understanding.words import (
    SKIP_FILLERS,
    SKIP_PHRASES,
    SKIP_WORDS,
)
from bot.understanding.yearly import over_the_year
from bot.understanding.yes_no import parse_yes_no

__all__ = ["ANSWERED", "CHOOSE", "CONFIRM", "INVALID", "SKIP", "Parsed", "hint", "parse_answer"]

# Longer replies to a non-free-text question are refused before any matching,
# so fuzzy matching never runs over a pasted essay.
MAX_REPLY_CHARS = 2000
_SKIP_MAX_WORDS = 10
# A free-text reply this long is refused without reading it all.
_FREE_TEXT_HARD_LIMIT = 20000

_OUTWARD = r"[A-Z]{1,2}[0-9][A-Z0-9]?"
_FULL_POSTCODE = re.compile(rf"({_OUTWARD})([0-9][A-Z]{{2}})")
_DISTRICT = re.compile(_OUTWARD)
_POSTCODE_TOKEN = re.compile(r"[A-Z0-9]+")


def _options(question: Question) -> Tuple[str, ...]:
    """FFT and age band questions have fixed options even if the caller left them out."""
    if question.type == FFT:
        return question.options or FFT_OPTIONS
    if question.type == AGE_BAND:
        return question.options or AGE_BAND_LABELS
    return question.options


def _is_skip(tokens: Sequence[str]) -> bool:
    if len(tokens) > _SKIP_MAX_WORDS:
        return False
    return tuple(strip_edges(tokens, SKIP_FILLERS)) in SKIP_PHRASES


def _parse_free_text(question: Question, text: str) -> Parsed:
    if len(text) > _FREE_TEXT_HARD_LIMIT:
        return invalid(TOO_LONG)
    if is_blank(text):
        return invalid(EMPTY)
    # Control characters are never meant and would end up in exports.
    cleaned = collapse_spaces(strip_controls(text))
    if len(cleaned) <= 100 and _is_skip(canon(words(prepare(cleaned)), SKIP_WORDS)):
        return Parsed(SKIP)
    if not cleaned:
        return invalid(EMPTY)
    if len(cleaned) > question.max_length:
        return invalid(TOO_LONG)
    return answered(cleaned)


def _district_of(token: str) -> str:
    full = _FULL_POSTCODE.fullmatch(token)
    if full:
        return full.group(1)
    return token if _DISTRICT.fullmatch(token) else ""


def _parse_postcode(question: Question, prepared: str) -> Parsed:
    """The outward code: "ls6 1aa", "LS61AA" and "LS6" all give "LS6"."""
    upper = prepared.upper()
    whole = _district_of(re.sub(r"[^A-Z0-9]", "", upper))
    if whole:
        return answered(whole)
    found = {d for d in map(_district_of, _POSTCODE_TOKEN.findall(upper)) if d}
    if len(found) == 1:
        return answered(found.pop())
    return invalid(AMBIGUOUS if found else UNRECOGNISED)


def _with_options(
    parser: Callable[[Sequence[str], str, Mapping[str, Sequence[str]]], Parsed],
) -> Callable[[Question, str], Parsed]:
    return lambda question, prepared: parser(_options(question), prepared, question.aliases)


NEGATIVE_NUMBER = re.compile(r"^\s*[-\u2212]\s*\d")

_PARSERS: Dict[str, Callable[[Question, str], Parsed]] = {
    SINGLE_CHOICE: _with_options(parse_choice),
    MULTI_CHOICE: lambda question, prepared: parse_multi(
        _options(question), prepared, question.aliases, context=words(prepare(question.text))),
    FFT: _with_options(parse_fft),
    AGE_BAND: parse_age_band,
    YES_NO: parse_yes_no,
    SCALE: parse_scale,
    NUMBER: parse_number,
    POSTCODE_DISTRICT: _parse_postcode,
}


def parse_answer(question: Question, text: str) -> Parsed:
    """Read a reply: ANSWERED with a canonical value, SKIP, or INVALID with a reason; a
    reading the reply does not plainly say is offered instead of stored (plainly.py)."""
    if not isinstance(text, str):
        return invalid(EMPTY)
    if question.type == FREE_TEXT:
        return _parse_free_text(question, text)
    if len(text) > MAX_REPLY_CHARS:
        return invalid(TOO_LONG)
    if is_blank(text):
        return invalid(EMPTY)
    prepared = spelt_out(prepare(text))  # "talk 2 someone" says no number
    return stored_only_if_plain(question, prepared, _read(question, text, prepared))


def _read(question: Question, text: str, prepared: str) -> Parsed:
    """The reading of a reply (`prepared` is its `prepare`d form), before the policy of
    storing only what is plainly said."""
    options = _options(question)
    if options:  # an option literally called "Prefer not to say" is an answer, not a skip
        index = exact_label(options, prepared)
        if index is not None:
            return answered([options[index]] if question.type == MULTI_CHOICE else options[index])
    if _is_skip(canon(words(prepared), SKIP_WORDS)):
        return Parsed(SKIP)
    if question.type != NUMBER and NEGATIVE_NUMBER.match(text):
        return invalid(OUT_OF_RANGE)  # "-5" is not option 5, nor a score
    parser = _PARSERS.get(question.type)
    if parser is None:
        return invalid(UNKNOWN_TYPE)
    corrected = _corrected(parser, question, prepared)
    if corrected is not None:
        return corrected
    parsed = parser(question, prepared)
    reread = partial(parser, question)  # a part of the reply, read as an answer on its own
    if parsed.status == INVALID and question.type in (NUMBER, SCALE):
        aside = beside_a_remark(reread, prepared)
        parsed = aside if aside is not None else parsed
    if question.type == SCALE:
        parsed = rated_as(reread, prepared, parsed)
    if question.type == NUMBER:
        yearly = over_the_year(question, prepared) if parsed.status == INVALID else None
        parsed = yearly if yearly is not None else concluded(reread, prepared, parsed)
        parsed = second_reading(question, prepared, parsed, reread)
        return doubted_number(question, prepared, parsed)
    if question.type == SINGLE_CHOICE:
        if parsed.status == CHOOSE:
            parsed = _the_first(question, prepared, parsed, reread)
        # "tried the app, gave up and phoned"
        parsed = done_in_the_end(prepared, parsed, reread)
        parsed = the_main_one(prepared, parsed, reread)  # "mainly the app, sometimes the site"
        parsed = _bare_no_offered(question, prepared, parsed)
        if parsed.status in (ANSWERED, CONFIRM) and other_degree(parsed.value, prepared):
            return invalid(UNRECOGNISED)  # "only got bits of it" to […, Mostly understood it, …]
    if parsed.status in _READ and _asks_back(question.type, prepared):
        return invalid(UNRECOGNISED)  # "does eConsult count?", "why do you need to know"
    if parsed.status in (ANSWERED, CONFIRM) and parsed.value in _PRAISE.get(
            question.type, ()) and mocking(prepared):
        return invalid(UNRECOGNISED)  # "amazing, only waited 9 hours 🙃"
    if question.type in (SINGLE_CHOICE, YES_NO):
        return _unless_not_applying(question, options, prepared, parsed)
    return parsed


# A reply that is itself a question about an option: "does the walk in count?", "what about
# 111?", "is a chemist ok?".
_ASKING_BACK = re.compile(r"^\W*(?:does|do|would|will|is|are|can|could|should|what about|how about)"
                          r"\b[^?]*\?+\W*$")


# What praise and a yes read as, which irony turns round.
_PRAISE: Dict[str, Tuple[str, ...]] = {FFT: FFT_OPTIONS[:2], YES_NO: ("Yes",)}


# A reply that asks something back, with or without its question mark, in one breath: "why
# do they cost so much", "can i switch to someone else", "how come you ask". Its words may name
# an option ("free", "fine") without choosing it.
_ASKED_BACK = re.compile(r"^\W*(?:why|how come|can i|can we|could i|could we|may i|what do you|"
                         r"what does|who do you|where do you)\b(?=(?:\s+[\w']+){2})[^,.;:!()]*$")


def _asks_back(question_type: str, prepared: str) -> bool:
    """The reply asks instead of answering: to a single choice, a question ending in its mark
    ("does eConsult count?") or one without it; to the FFT, only one without it ("why do you
    need to know"), its words naming a verdict ("fine") without giving one."""
    if question_type == SINGLE_CHOICE and _ASKING_BACK.match(prepared):
        return True
    return question_type in (SINGLE_CHOICE, FFT) and bool(_ASKED_BACK.match(prepared))


# A question a yes or no answers starts with one of these ("Did you…?", "Would you…?").
_YES_NO_SHAPED = re.compile(r"^\W*(?:do|does|did|have|has|had|are|is|was|were|would|will|can|could|"
                            r"should|shall)\b", re.IGNORECASE)
_BARE_NO = frozenset("no nah nope naw na nay thanks".split())  # "no thanks" too


def _bare_no_offered(question: Question, prepared: str, parsed: Parsed) -> Parsed:
    """ "nah" to "…what did you get?" [… | No interpreter was provided]: a no to a question no
    does not answer, read as the option that says no, is offered, never stored."""
    said = [word for word in words(prepared) if word not in ("lol", "mate", "tbh")]
    if parsed.status != ANSWERED or not said or not set(said) <= _BARE_NO or _YES_NO_SHAPED.match(
            question.text or ""):
        return parsed
    return guess(parsed.value)


# "mate first then my mum" to "Who did you first talk to…?": the one said first, offered.
_FIRST_THEN = re.compile(r"^(.+?)" + SPACES_AFTER + r"first\b[\s,]*(?:and\s+)?(?:then|after that|after)\b")


def _the_first(question: Question, prepared: str, parsed: Parsed,
               reread: Callable[[str], Parsed]) -> Parsed:
    found = _FIRST_THEN.match(prepared)
    if found is None or "first" not in words(prepare(question.text or "")):
        return parsed
    first = reread(found.group(1))
    if first.status in (ANSWERED, CONFIRM) and first.value in parsed.value:
        return guess(first.value)
    return parsed


def _unless_not_applying(question: Question, options: Sequence[str], prepared: str,
                         parsed: Parsed) -> Parsed:
    """A reply denying what the question takes for granted ("never met the school nurse")
    is no answer to it: offered as the option saying it did not happen, or asked again."""
    if parsed.status not in _READ or not premise_denied(question.text, prepared, options):
        return parsed
    fallback = not_applicable_option(options)
    if fallback is not None:
        return guess(fallback)
    return parsed if parsed.status == CHOOSE else invalid(UNRECOGNISED)


# "gp actually no pharmacy", "2 no wait 3", "yes sorry no": an answer, then a better one.
_CORRECTION = re.compile(r"\b(?:actually|i mean|i meant|sorry|no wait|wait no|scratch that|"
                         r"correction|oops|my bad|or rather|changed to|changed it to|change it to|"
                         r"change that to|changed my mind|make that)\b")
# "3 - no 2", "twice, nah three times": a bare no between two ratings or counts corrects; beside
# an option's name it may deny it ("text, no phone calls"), so only for these.
_NO_BETWEEN = re.compile(r"(?:,|\s-+)\s*(?:no|nah|naa)\b(?=\s+\w)(?!\s+(?:one|body)\b)")  # no one
_RATED = (NUMBER, SCALE, FFT)
# "never actually used it": "actually" after a negation stresses it, it corrects nothing.
_INTENSIFIER = re.compile(r"\b(?:never|not|didnt|dont|havent|wasnt|isnt|hasnt)\s+actually$")
_CORRECTION_LEAD = re.compile(r"^[\W\s]*(?:(?:no|nah|not)\b[\W\s]*)?")
_READ = (ANSWERED, CONFIRM, CHOOSE)


def _corrected(parser: Callable[[Question, str], Parsed], question: Question, prepared: str
               ) -> Parsed | None:
    """The answer after a correction, when the words before it were an answer too; only
    offered ("Did you mean…?"), since the patient changed their mind once already."""
    marks = [mark for mark in _CORRECTION.finditer(prepared) if not _INTENSIFIER.search(
        prepared[:mark.end()])]
    if question.type in _RATED:
        marks = sorted(marks + list(_NO_BETWEEN.finditer(prepared)), key=lambda m: m.start())
    if not marks:
        return None
    before, after = prepared[:marks[-1].start()], prepared[marks[-1].end():]
    lead = _CORRECTION_LEAD.match(after)
    if lead is not None and question.type != YES_NO:  # "…actually no, pharmacy"
        after = after[lead.end():]
    if not before.strip() or not after.strip():
        return None
    first = parser(question, before)
    if first.status not in _READ:
        return None
    fixed = parser(question, after)
    if fixed.status == CHOOSE and first.status in (ANSWERED, CONFIRM) and first.value in fixed.value:
        # "app - no wait i phoned, the app was down": the one named besides the first answer
        others = [value for value in fixed.value if value != first.value]
        return guess(others[0]) if len(others) == 1 else None
    return guess(fixed.value) if fixed.status in (ANSWERED, CONFIRM) else None


# --- hints -----------------------------------------------------------------


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _range_hint(question: Question) -> str:
    low, high = question.minimum, question.maximum
    if low is not None and high is not None:
        return f"Reply with a number from {_number_text(low)} to {_number_text(high)}."
    if low is not None:
        return f"Reply with a number of at least {_number_text(low)}."
    if high is not None:
        return f"Reply with a number up to {_number_text(high)}."
    return "Reply with a number."


def _choice_hint(count: int) -> str:
    if count == 0:
        return "Please type your answer."
    if count <= 3:
        numbers = [str(n) for n in range(1, count + 1)]
        listed = numbers[0] if count == 1 else ", ".join(numbers[:-1]) + " or " + numbers[-1]
        return f"Reply {listed}, or type your answer."
    return f"Reply with a number from 1 to {count}, or type your answer."


def hint(question: Question) -> str:
    """One short sentence telling the patient what replies work."""
    kind = question.type
    if kind in (SINGLE_CHOICE, FFT):
        return _choice_hint(len(_options(question)))
    if kind == AGE_BAND:
        return f"Reply with your age, or a number from 1 to {len(_options(question))}."
    if kind == MULTI_CHOICE:
        example = "1 and 3" if len(question.options) >= 3 else "1 and 2"
        return f"Reply with the numbers of all that apply, e.g. {example}."
    if kind == YES_NO:
        return "Reply yes or no."
    if kind in (SCALE, NUMBER):
        return _range_hint(question)
    if kind == FREE_TEXT:
        return f"Please keep your answer under {question.max_length} characters."
    if kind == POSTCODE_DISTRICT:
        return "Reply with the first half of your postcode, e.g. LS6."
    return "Please reply to the question."
