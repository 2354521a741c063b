"""Replies to number questions: counts ("twice", "never", "a couple of times") and
amounts in the question's unit ("a fortnight" in days, "same day", "every day" as days
in a week). Vague amounts ("a few", "ages") are asked again.
"""

from __future__ import annotations

import re
from fractions import Fraction
from typing import Mapping, Sequence, Tuple, Union

from bot.scripts.questions import Question
from bot.understanding.amounts import (
    DAY_PHRASES,
    KNOWN_WORDS,
    UNIT_VOCABULARY,
    amounts,
    convert,
    number_tokens,
    unit_of,
)
from bot.understanding.frequency import days_a_week, rate_per_week, read_often
from bot.understanding.named_count import named_count, times_told
from bot.understanding.numbers import (
    MAX_OTHER_WORDS,
    QUALIFIERS,
    and_a_half,
    extract,
    in_range,
    misspelt_number,
    round_half_up,
)
from bot.understanding.rates import rate_said
from bot.understanding.result import (
    AMBIGUOUS,
    NOT_WHOLE,
    OUT_OF_RANGE,
    UNRECOGNISED,
    Parsed,
    answered,
    guess,
    invalid,
)
from bot.understanding.text import SPACES, canon, prepare, strip_edges, words
from bot.understanding.times_of_day import clock_hours
from bot.understanding.words import EDGE_FILLERS, NEGATORS, NUMBER_WORDS

_VAGUE_COUNTS = frozenset(tuple(p.split()) for p in (
    "a few|few|several|some|loads|lots|lots of times|loads of times|many|a lot|a few times|"
    "a bunch|a bunch of times|quite a few|a handful|countless|too many|ages|forever|a while|"
    "not long|long time|a long time|a long while").split("|"))
_COUPLE = frozenset(tuple(p.split()) for p in ("a couple|couple|a couple of times|a pair").split("|"))
_HEDGE_WORDS = frozenset("about around roughly approx approximately like ish or so just only "
                         "it was i think guess lol haha tbh".split())
_UNIT_WORDS_ALL = UNIT_VOCABULARY | frozenset("a an of and".split())
_ZERO_WORDS = frozenset(
    tuple(p.split()) for p in ("none", "never", "nothing", "not once", "not any", "no times",
                               "never been", "never have", "none at all", "zero times",
                               "never had one", "none yet", "not yet", "not even once",
                               "never ever", "none so far", "not at all", "nowt",
                               "i dont drink", "dont drink", "none i dont drink", "i dont smoke",
                               "i dont vape", "teetotal", "tee total", "havent been",
                               "dont smoke", "dont vape", "non smoker", "dont smoke anymore",
                               "dont vape anymore", "dont drink anymore",
                               "i havent been", "not been", "never gone", "none at all really")
)
# To "how many times…?", a plain no means none.
_ZERO_COUNT = frozenset(tuple(p.split()) for p in ("no", "nope", "nah", "i havent", "havent",
                                                   "no never", "nah never", "i have not"))


# "seen the same week": how long, in weeks; "got through first time": how many times.
_WEEK_PHRASES = {tuple(p.split()): 0 for p in (
    "same week|the same week|that week|that same week|within the week|in the same week").split("|")}
_WEEK_PHRASES.update({tuple(p.split()): 1 for p in (
    "next week|the next week|the week after|the following week|a week later").split("|")})
_FIRST_GO = {tuple(p.split()): 1 for p in (
    "first time|first go|first try|first attempt|1st time|1st go|first time round").split("|")}
_VAGUE_WORDS = frozenset("much many few some lots loads couple several bunch".split())


def _phrase_inside(core: Sequence[str], table: Mapping[Tuple[str, ...], int]) -> int | None:
    """One value from `table` said inside a sentence ("they saw me the next day", "didnt
    wait, they saw me straight away"), with no other number or qualifier beside it."""
    found = [(start, start + size, value) for size in (4, 3, 2) for start in range(len(core) - size + 1)
             if (value := table.get(tuple(core[start:start + size]))) is not None]
    if len({value for _, _, value in found}) != 1:
        return None
    used = {i for start, end, _ in found for i in range(start, end)}
    if any(word in QUALIFIERS or word[:1].isdigit() or (word,) in NUMBER_WORDS
           for i, word in enumerate(core) if i not in used):
        return None
    return found[0][2]


def _in_unit(unit: str, prepared: str) -> Union[Tuple[Fraction, bool], str, None]:
    """An amount with a unit ("a fortnight", "same day", "twice"), in the question's unit."""
    core = tuple(canon(strip_edges(words(prepared), EDGE_FILLERS | _HEDGE_WORDS), KNOWN_WORDS))
    durations = unit not in ("", "times", "people", "visits", "appointments")
    said = _phrase_inside(core, DAY_PHRASES) if durations else None
    if said is not None:  # "same day", "they saw me the next day"
        return convert([(Fraction(said), "days", False)], unit)
    weeks = _phrase_inside(core, _WEEK_PHRASES) if unit == "weeks" else None
    if weeks is not None:  # "seen the same week"
        return Fraction(weeks), False
    first_go = _phrase_inside(core, _FIRST_GO) if unit == "times" else None
    if first_go is not None:  # "got through first time"
        return Fraction(first_go), False
    if core in _VAGUE_COUNTS:
        return UNRECOGNISED
    if core in _COUPLE:
        return Fraction(2), False
    # "1 and a half weeks" is one and a half weeks, not 1.5 of the question's unit
    tokens = and_a_half(number_tokens(prepared))
    found = amounts(tokens)
    if found is None or isinstance(found, str):
        return found
    loose = [t for t in tokens if isinstance(t, str) and t not in _UNIT_WORDS_ALL]
    if any(word in QUALIFIERS for word in loose) or len(loose) > 2 * MAX_OTHER_WORDS:
        return UNRECOGNISED
    return convert(found, unit)


_ZERO_FIRST = frozenset("none never zero nothing nowt 0".split())
# After a zero, a denial that says it again: "none im not a carer", "0 never go".
_DENYING = frozenset(tuple(p.split()) for p in (
    "im not|i am|i dont|i never|never go|never been|never had|never do|dont go|dont have|"
    "not a|i havent|havent been|i aint|dont do|never").split("|"))
_NO_FIRST = frozenset("no nah nope naw".split())
# After a zero, words that only comment on it ("none thankfully", "none ive quit").
_COMMENT_WORDS = frozenset(
    "thank god thankfully luckily yet so far at all ever mate lol haha ive i quit stopped given "
    "gave up anymore any more now nowadays these days really tbh honestly sadly been there gone "
    "used it had needed need to the one".split()) | frozenset(
    # the time the question asks about, said again: "none this month", "none in the last week"
    "this last past in week month year fortnight term".split())
# "How many people…?" "just me": one.
_ONLY_ME = frozenset(tuple(p.split()) for p in (
    "just me|only me|me|myself|just myself|me myself and i|i live alone|live alone|alone|"
    "on my own|by myself|just me myself|only me lol|just me lol").split("|"))
# "…my 2 brothers so 4", "id say 3": the number a comment ends with.
_CONCLUDED = re.compile(r"\b(?:so|thats|that's|makes|making|id say|i'd say|in total|total|all in)"
                        r"\s+(?:a\s+)?([0-9]{1,3})\W*$")
_CLAUSE = re.compile(SPACES + r"(?:[,.;:!?()]|\s-\s|\s(?:because|cos|coz|cuz|as|since)\s)\s*")


def _zero_denied(core: Sequence[str]) -> bool:
    """ "none im not a carer", "0 never go": a zero, then a denial saying it again (offered,
    since the denial may be about something else)."""
    return (len(core) > 1 and core[0] in _ZERO_FIRST and tuple(core[1:3]) in _DENYING
            and not _says_an_amount(core[1:]))


def _zero_first(core: Sequence[str], prepared: str) -> bool:
    """ "none thankfully", "none ive quit", "nah never", "none, im muslim": a zero with only a
    comment after it; after a comma the comment may say anything but a number or amount."""
    core = list(core[1:]) if len(core) > 1 and core[0] in _NO_FIRST else list(core)
    if len(core) < 2 or core[0] not in _ZERO_FIRST:
        return False
    if all(word in _COMMENT_WORDS for word in core[1:]):
        return True
    parts = _CLAUSE.split(prepared, maxsplit=1)
    head, rest = parts[0], parts[1] if len(parts) > 1 else ""
    return (tuple(strip_edges(words(head), EDGE_FILLERS | _NO_FIRST)) in _ZERO_WORDS
            and not _says_an_amount(words(rest)))


def _says_an_amount(tokens: Sequence[str]) -> bool:
    return any(word[:1].isdigit() or (word,) in NUMBER_WORDS or word in _VAGUE_WORDS
               or (word in QUALIFIERS and word not in NEGATORS) for word in tokens)


def _per_week(question: Question, unit: str, prepared: str) -> Parsed | None:
    """ "On how many days a week…?" "weekends" (2), "every day" (7), "fri and sat" (2);
    "How many … in a week?" "one a day" (7, a guess)."""
    if "week" not in words(prepare(question.text)):
        return None
    if unit == "days":
        reading = read_often(prepared)
        if reading is None:
            return None
        days = days_a_week(reading)
        if days is None:
            return invalid(AMBIGUOUS)  # "most days": how many?
        return answered(days) if reading.sure else guess(days)
    rate = rate_per_week(prepared) if unit in ("", "times") else None
    if rate is None or not float(rate).is_integer():
        return None
    return guess(int(rate))


# "year 9" is a school year, not 9 of anything; "the 3rd" to how many days is a date.
_SCHOOL_YEAR = re.compile(r"\b(?:year|yr|y) ?[0-9]{1,2}\b(?! ?(?:old|years|yrs))")
_ORDINAL = re.compile(r"\b[0-9]{1,2} ?(?:st|nd|rd|th)\b")
_DATED = frozenset(("minutes", "hours", "days", "weeks", "months"))


def _school_year(prepared: str) -> bool:
    """ "in year 9", not "1 year 6 months" or "a year 2 months"."""
    for found in _SCHOOL_YEAR.finditer(prepared):
        before = words(prepared[:found.start()])
        if not before or not (before[-1].isdigit() or (before[-1],) in NUMBER_WORDS
                              or before[-1] in ("a", "an")):
            return True
    return False


# Everyday amounts said without a number: "a dozen", "half a dozen", "fortnight".
_EVERYDAY_AMOUNTS = ((re.compile(r"\bhalf a dozen\b"), "6"), (re.compile(r"\b(?:a )?dozen\b"), "12"),
                     (re.compile(r"^(\W*(?:(?:about|around|like|roughly|just over|over)\s*)?)"
                                 r"fortnight\b"), r"\1a fortnight"))


def _everyday_amount(prepared: str) -> str:
    for pattern, said in _EVERYDAY_AMOUNTS:
        prepared = pattern.sub(said, prepared)
    return prepared


def parse_number(question: Question, prepared: str) -> Parsed:
    read = _parse_number(question, _everyday_amount(prepared))
    named = named_count(question.text, prepared)
    if named is not None and not (read.status == "answered" and read.value == named):
        # "gp, dentist, pharmacy" to "How many different services…?": 3, offered
        return guess(named) if in_range(Fraction(named), question) else invalid(OUT_OF_RANGE)
    told = times_told(prepared) if unit_of(question.unit, question.text) == "times" else None
    if told is not None and not (read.status == "answered" and read.value == told):
        # "once in march and once last week": 2, offered
        return guess(told) if in_range(Fraction(told), question) else invalid(OUT_OF_RANGE)
    if read.status == "invalid" and unit_of(question.unit, question.text) == "hours":
        hours = clock_hours(prepared)
        if hours is not None and hours.is_integer() and in_range(Fraction(int(hours)), question):
            return guess(int(hours))  # "from 1 till 7": 6 hours, offered
    return read


def _parse_number(question: Question, prepared: str) -> Parsed:
    if _school_year(prepared):
        return invalid(AMBIGUOUS)
    if unit_of(question.unit, question.text) in _DATED and _ORDINAL.search(prepared):
        return invalid(AMBIGUOUS)
    core = tuple(strip_edges(words(prepared), EDGE_FILLERS))
    rough = False
    unit = unit_of(question.unit, question.text)
    counting = unit in ("times", "visits", "appointments", "people")
    if unit == "people" and core in _ONLY_ME:
        return answered(1) if in_range(Fraction(1), question) else invalid(OUT_OF_RANGE)
    listed = _people_listed(core) if unit == "people" else None
    if listed is not None:  # "me mum dad and sister": 4, offered
        return guess(listed) if in_range(Fraction(listed), question) else invalid(OUT_OF_RANGE)
    per = _per_asked(question, prepared)
    if per is not None:  # "10 a day" to "How many … a day?"
        prepared = per
    concluded = _CONCLUDED.search(prepared)
    if concluded:  # "me mum and my 2 brothers so 4"
        prepared = concluded.group(1)
    if len(core) > 1 and core[0] in _NO_FIRST and core[1:] in _ZERO_WORDS:
        core = core[1:]  # "nah not once"
    weekly = None if core in _ZERO_WORDS else _per_week(question, unit, prepared)
    if weekly is not None:
        return weekly if weekly.status == "invalid" or _fits(weekly, question) else invalid(
            OUT_OF_RANGE)
    if _zero_denied(core):
        return guess(0) if in_range(Fraction(0), question) else invalid(OUT_OF_RANGE)
    if core in _ZERO_WORDS or (counting and core in _ZERO_COUNT) or _zero_first(core, prepared):
        value = Fraction(0)  # "How many times…?" "never", "none thankfully"
    else:
        amount = _at_a_rate(question, unit, prepared)
        if isinstance(amount, str):
            return invalid(amount)
        if amount is not None:
            value, rough = amount
            if rough:  # "a month" in weeks: about 4, offered as a guess
                near = Fraction(round_half_up(value))
                if not near or abs(value - near) > value / 10:
                    return invalid(NOT_WHOLE)  # "6 weeks" in months: not near a whole month
                value = near
            if value.denominator != 1 and not _everyday_part(value, unit):
                return invalid(NOT_WHOLE)  # "a week and a half" in days: ask
        else:
            reading = extract(prepared)
            if isinstance(reading, str):
                misspelt = misspelt_number(prepared) if reading == UNRECOGNISED else None
                if misspelt is not None and in_range(Fraction(misspelt), question):
                    return guess(misspelt)  # "thre": Did you mean 3?
                return invalid(reading)
            value = reading.value  # "4 out of 5" for a count: the 4 is the answer
    if not in_range(value, question):
        return invalid(OUT_OF_RANGE)
    number = int(value) if value.denominator == 1 else float(value)
    return guess(number) if rough else answered(number)


_CLOCK_UNITS = frozenset(("hours", "minutes"))


def _at_a_rate(question: Question, unit: str, prepared: str
               ) -> Union[Tuple[Fraction, bool], str, None]:
    """The amount in the question's unit, reading "2 hours a day" to "How many hours a
    week…?" as 14 (a guess) and to "…a day?" as 2; a rate in another period is asked again."""
    said = rate_said(question.text, prepared) if unit in _CLOCK_UNITS else None
    if said is None:
        return _in_unit(unit, prepared)
    rest, times = said
    amount = _in_unit(unit, rest)
    if times is None or amount is None or isinstance(amount, str):
        return AMBIGUOUS if times is None or amount is None else amount
    value, rough = amount
    return value * times, rough or times != 1


# Parts of a unit people say: "an hour and a half", "quarter of an hour", "a year and a half".
_PARTS = {"hours": 4, "weeks": 2, "months": 2, "years": 2}


def _everyday_part(value: Fraction, unit: str) -> bool:
    return unit in _PARTS and _PARTS[unit] % value.denominator == 0


# People named one by one: "me and my mum", "me mum dad and sister".
_PERSON = frozenset("me i myself mum mam mom ma dad da sister sis brother bro nan nana gran "
                    "granny grandma grandad grandpa stepdad stepmum partner boyfriend girlfriend "
                    "husband wife auntie aunt uncle cousin baby son daughter carer flatmate "
                    "housemate roommate lodger bf gf".split())
_PEOPLE = frozenset("brothers sisters kids children cousins siblings sons daughters flatmates "
                    "housemates roommates mates friends lodgers".split())
_BETWEEN_PEOPLE = frozenset("and n my me plus also our little big older younger step just "
                            "only".split())


def _people_listed(core: Sequence[str]) -> int | None:
    if len(core) < 2 or not any(word in _PERSON for word in core):
        return None
    count = 0
    for index, word in enumerate(core):
        before = core[index - 1] if index else ""
        amount = int(before) if before.isdigit() else NUMBER_WORDS.get((before,))
        following = core[index + 1] if index + 1 < len(core) else ""
        if word in _PEOPLE and amount:
            count += amount  # "2 brothers"
        elif word in _PERSON:
            count += 1
        elif following in _PEOPLE and (word.isdigit() or (word,) in NUMBER_WORDS):
            continue  # the 2 of "2 brothers", counted with them
        elif word not in _BETWEEN_PEOPLE:
            return None
    return count if count >= 2 else None


_PERIOD = re.compile(r"\b(?:a|per|each|every) (day|week|month|night|year)\b")
_RATE = re.compile(r"^\D*?([0-9]+)\s*(?:a|per|each|every|/) ?(day|week|month|night|year)\b\W*$")


def _per_asked(question: Question, prepared: str) -> str | None:
    """ "10 a day" to "How many cigarettes do you smoke a day?": the rate is in the question's
    own period, so it is the number."""
    asked = _PERIOD.search(prepare(question.text or ""))
    said = _RATE.match(prepared)
    if asked and said and asked.group(1) == said.group(2):
        return said.group(1)
    return None


def _fits(parsed: Parsed, question: Question) -> bool:
    return in_range(Fraction(parsed.value), question)
