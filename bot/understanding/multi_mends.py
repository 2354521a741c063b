"""Tick-all-that-apply replies mended before they are read: a misspelt "except" ("all exept
the dentist"), and a closing "and none of the others" that only says the rest were not
ticked ("the app and nothing else").

Pure text in, text out; multi.py decides what the mended reply means.
"""

from __future__ import annotations

import re
from typing import Tuple

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
    r"(?:\s*[,.;]\s*|\s+)(?:(?:and|but|n|&)\s+)?"
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
