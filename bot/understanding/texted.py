"""Digits texted for words: "talk 2 someone", "hard 2 say", "idk 2 b honest", "would love 2",
"wait 4 ages", "2 long". Read as the words they stand for ("to", "for", "too"), never as
the numbers 2 and 4: "talk 2 someone online" at a 1-5 scale was stored as 2.

Only where the words beside the digit say so: after "2" a word that follows "to" and never
a count or a rating ("2 someone", "2 my gp", "2 be"), or "2" ending a reply after a word
that takes "to" ("would love 2"); after "4" a word that follows "for" ("4 ages", "4 sure").
"2 stars", "2 i guess", "gave it 2", "2 a week", "2 days" and "2 - it was ok" stay numbers.
"""

from __future__ import annotations

import re

# Words after "to" that never follow a count or a rating: pronouns, determiners, verbs.
_AFTER_TO = frozenset("""
me my you your u ur yr him his her them their us our someone somebody sum1 some1 anyone
anybody any1 everyone every1 be b get go see c say talk tlk speak
wait book know ask do make find help sort use tell ring call phone text visit travel pay
stay keep start stop deal cope explain admit think sit come leave walk drive live open
access afford reach mention pick choose check show hear try look school college uni
""".split())
# Determiners, after "to" only when a word comes before: "go 2 the gp", but "2 the jargon
# was mad" scores 2.
_DETERMINERS = frozenset("the this that these those".split())
# Words after "too": "2 long", "2 busy".
_AFTER_TOO = frozenset("""
long much late early busy hard far expensive scared embarrassed awkward difficult
complicated slow shy nervous anxious
""".split())
# Words after "for": "4 ages", "4 sure", "4 me".
_AFTER_FOR = frozenset("""
me you u ur your him her them us ages ever sure real free nothing everyone anyone someone
the this that now
""".split())
# "2" ending a reply after a word that takes "to": "would love 2", "i'd need 2".
_BEFORE_TO = frozenset("""
love want need have has had hope try going used able wanted needed loved tried hoped
wanna gotta happy glad willing
""".split())

# A lone "2" or "4": not part of a number, a score, a time or a range ("2/5", "2.5", "4pm").
_DIGIT = re.compile(r"(?<![\w/.:+\-£$])([24])(?![\w/.:%+\-])")
_WORD = re.compile(r"[a-z0-9']+")


def _next_word(text: str, at: int) -> str | None:
    found = _WORD.match(text, at + 1) if text[at:at + 1] == " " else None
    return found.group(0).replace("'", "") if found else None


def _previous_word(text: str, at: int) -> str | None:
    head = text[:at]
    if not head.endswith(" "):
        return None
    found = re.search(r"([a-z']+) $", head)
    return found.group(1).replace("'", "") if found else None


def _ends_reply(text: str, at: int) -> bool:
    return not text[at:].strip(" .!?,)xX") or text[at:].lstrip().startswith(("lol", "haha"))


def _word_for(prepared: str, digit: str, start: int, end: int) -> str | None:
    after, before = _next_word(prepared, end), _previous_word(prepared, start)
    if digit == "4":
        return "for" if after in _AFTER_FOR else None
    if after == "b":  # "2 b honest"; "2 b" alone may be options 2 and b
        return "to" if _next_word(prepared, end + 2) is not None else None
    if after == "make" and _next_word(prepared, end + 5) in ("that", "it"):
        return None  # "2 make that 3": a number, corrected
    if after in _AFTER_TO or (after in _DETERMINERS and before is not None):
        return "to"
    if after in _AFTER_TOO:
        return "too"
    if before in _BEFORE_TO and _ends_reply(prepared, end):
        return "to"
    return None


def spelt_out(prepared: str) -> str:
    """`prepared` with each digit texted for a word written as that word."""
    pieces, last = [], 0
    for found in _DIGIT.finditer(prepared):
        start, end = found.start(), found.end()
        word = _word_for(prepared, found.group(1), start, end)
        if word is None:
            continue
        if word == "to" and prepared[end:end + 3] == " b ":
            word, end = "to be", end + 2
        pieces.append(prepared[last:start] + word)
        last = end
    pieces.append(prepared[last:])
    return "".join(pieces)
