"""Tick-all-that-apply replies mended before they are read: a misspelt "except" ("all exept
the dentist"), and a closing "and none of the others" that only says the rest were not
ticked ("the app and nothing else").

Pure text in, text out; multi.py decides what the mended reply means.
"""

from __future__ import annotations

import re
from typing import Sequence, Tuple

from bot.understanding.text import SPACE_RUN, SPACES, SPACES_AFTER

# "exept", "excpet", "xcept", "'cept": the word that leaves options out, misspelt. Read as
# "except", the reply is only offered back: a typo of it is still a guess at it.
_EXCEPT_SPELLINGS = re.compile(r"\b(?:exept|excpet|excep|excpt|execpt|exsept|xcept|cept|excecpt|"
                               r"exceot)\b")
# "all expect the dentist": "expect" is "except" only right after a word for all of them.
_EXPECT = re.compile(r"\b(all|everything|them|em|those|these) expect\b")
# "apart form", "apart frm": "apart from" with its second word misspelt.
_APART_SPELLINGS = re.compile(r"\b(?:apart|appart|apaprt) (?:form|frm|fom|fro)\b|\bappart from\b")


def respelt_leaving_out(prepared: str) -> Tuple[str, bool]:
    """The reply with a misspelt "except" or "apart from" put right, and whether one was."""
    mended = _EXPECT.sub(r"\1 except", _EXCEPT_SPELLINGS.sub("except", prepared))
    mended = _APART_SPELLINGS.sub("apart from", mended)
    return mended, mended != prepared


# "… and none of the others", "…, nothing else", "… but not the rest": the rest left out,
# said at the end of a list of what was ticked.
_NOT_THE_REST = re.compile(
    r"(?:" + SPACES + r"[,.;]\s*|" + SPACE_RUN + r")(?:(?:and|but|n|&)\s+)?"
    r"(?:none of the (?:others?|rest)|nothing else|no others?|not the (?:others?|rest)|"
    r"none of the other ones|not any of the others|not the other ones|no other ones?)"
    r"(?:\s+(?:really|tbh|lol|though|tho))?\W*$")


def without_the_rest(prepared: str) -> str:
    """The reply without a closing "and none of the others"; unchanged when it has none,
    or when nothing would be left ("none of the others" alone is asked again)."""
    found = _NOT_THE_REST.search(prepared)
    if found is None or not prepared[:found.start()].strip(" ,.;"):
        return prepared
    return prepared[:found.start()]


# "ive cut out caffeine", "i quit energy drinks": what was given up is not ticked.
_GIVEN_UP = re.compile(r"\b(?:i|ive|i've|i have|id|i'd|i had|weve|we've|we)"
                       r"(?: (?:just|now|already|since|totally|completely))? "
                       r"(?:cut out|quit|quitted|stopped drinking|stopped having|stopped using|"
                       r"given up|no longer (?:drink|have|use|get|do))\b(?= \w)")
# Labels for doing less of something ("Less caffeine", "Cut out caffeine"): giving it up is
# then what was ticked.
_LESS = frozenset("less no avoid avoiding cut cutting stop stopping fewer reduce quit without "
                  "giving".split())


def given_up_as_not(prepared: str, labels: Sequence[Sequence[str]]) -> str:
    """The reply with giving something up said as "not" ("i not caffeine"), unless a label
    says doing less of something."""
    if any(label and label[0] in _LESS for label in labels):
        return prepared
    return _GIVEN_UP.sub("i not", prepared)


# "GP. Pharmacy no.", "gp yes, 111 no": options answered one by one, each a clause of its own.
_CLAUSE_SPLIT = re.compile(SPACES + r"[.,;!]\s*")
_SAID_NO = re.compile(r"^(.+?)" + SPACES_AFTER + r"(?:no|nope|nah|not|no way)$")
_SAID_YES = re.compile(r"^(.+?)" + SPACES_AFTER + r"(?:yes|yep|yeah|yh|ye)$")
_SHORT = 4  # words an option's name in such a clause runs to at most


def answered_one_by_one(prepared: str) -> str:
    """ "GP. Pharmacy no." as "gp, not pharmacy"; unchanged unless the reply is two clauses or
    more and one says no after a short name."""
    clauses = [c for c in _CLAUSE_SPLIT.split(prepared.strip()) if c]
    if len(clauses) < 2 or not any(_said_no(c) for c in clauses):
        return prepared
    mended = []
    for clause in clauses:
        said_no, said_yes = _said_no(clause), _SAID_YES.match(clause)
        mended.append(f"not {said_no}" if said_no else said_yes.group(1) if said_yes else clause)
    return ", ".join(mended)


def _said_no(clause: str) -> str:
    found = _SAID_NO.match(clause)
    return found.group(1) if found and len(found.group(1).split()) <= _SHORT else ""


# "I had HPV at school but that doesn't count": a sentence taking back what it names.
_SENTENCE = re.compile(r"(?<=[.?!;])\s+")
_DISOWNED = re.compile(r"\b(?:doesn'?t|don'?t|wouldn'?t|does not|do not|would not|won'?t|"
                       r"probably doesn'?t) count\b|\bnot counting\b")


def without_disowned(prepared: str) -> Tuple[str, bool]:
    """The reply without a sentence that says what it names does not count; and whether one
    was left out (what is left is then only offered; nothing left, it is asked again)."""
    sentences = _SENTENCE.split(prepared.strip())
    kept = [sentence for sentence in sentences if not _DISOWNED.search(sentence)]
    if len(kept) == len(sentences):
        return prepared, False
    return " ".join(kept), True
