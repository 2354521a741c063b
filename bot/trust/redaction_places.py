"""Named schools, colleges and GP practices, which narrow a young person down to a few
hundred: "Oakfield Academy" becomes "[school]", "Parkside Medical Centre" "[practice]".

A name is the run of words just before the kind of place: capitalised words ("St Bede's
Catholic College", "City of Wolverhampton College"), or in lower case words that are no
everyday English word ("whinmoor surgery", "dyce academy"). So "my old school", "the GP
surgery", "sixth form college" and "top surgery" stay as written, and so does a capitalised
everyday word opening the answer ("Honestly college was…").
"""

from __future__ import annotations

import re

from bot.trust.everyday_words import is_everyday
from bot.trust.person_names import plain

_SCHOOL = (r"sixth\s+form(?:\s+college|\s+centre)?|academy|college|(?:high|grammar|secondary|primary"
           r"|community|foundation|comprehensive|infant|junior|girls['’]?|boys['’]?)\s+school|school"
           r"|high|grammar|secondary|primary|convent")
_PRACTICE = (r"(?:medical|med|health)\s+(?:centre|center|practice)|(?:group|family|health|medical)"
             r"\s+practice|surgery|(?:&|and)\s+partners")
_KIND = re.compile(r"(?:(?P<practice>" + _PRACTICE + r")|(?P<school>" + _SCHOOL + r"))(?![\w'’])",
                   re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+(?:['’\-.][^\W\d_]+)*['’]?\.?|&")
# Words that join a name's words ("City of Wolverhampton", "Our Lady and St Patrick").
_JOINS = frozenset({"of", "and", "&", "the", "on", "upon", "in"})
# Capitalised words that say what kind of place, not which: alone they name nothing.
_GENERIC = frozenset("""
the my our your his her their a an this that local old new nearest main big little village
town city county state private independent public catholic rc church ce faith grammar high
secondary primary community foundation comprehensive infant junior girls boys sixth form
further education special free gp gp's doctors doctor's doctors' nhs dental dentist vets
medical health walk-in walk in university uni hospital nursing art music drama dance
driving sunday summer night boarding nursery
""".split())
# Words a name does not run back over; with Scots and texting forms ("scunnered wi college").
_STOP_BEFORE = frozenset("""
at to from in on into by near for with and or but than wi tae fae oan ma ur yer yr ma mah
""".split())
_NOT_AFTER = re.compile(r"\s+(?:hospital|infirmary|trust|students?\s+union)\b", re.IGNORECASE)


def _is_name_word(word: str, at_start: bool, named: bool) -> bool:
    lower = plain(word).rstrip(".").replace("’", "'")
    base = lower[:-2] if lower.endswith("'s") else lower.rstrip("'")
    if word[0].isupper():
        # A capitalised everyday word opening a sentence is just a capital ("Honestly college
        # was…"), unless a name follows it ("Bridge Street Surgery").
        return named or not (at_start and is_everyday(base))
    return not is_everyday(base) and base not in _GENERIC


def capital_before(words: list[re.Match[str]], word: re.Match[str]) -> bool:
    """Whether the word before `word` is capitalised (a name goes on past a joining word)."""
    index = words.index(word)
    return index > 0 and words[index - 1].group(0)[0].isupper()


def _name_start(text: str, end: int) -> int:
    """Where the name just before `end` starts (`end` itself when there is none)."""
    words = [m for m in _WORD.finditer(text, max(0, end - 80), end) if m.end() <= end]
    start = end
    kept: list[re.Match[str]] = []
    named = False
    for word in reversed(words):
        if text[word.end():start].strip() or "\n" in text[word.end():start]:
            break  # not next to the rest of the name
        token = word.group(0)
        lower = plain(token).rstrip(".").replace("’", "'")
        capital = token[0].isupper()
        if lower in _STOP_BEFORE and not (lower in _JOINS and capital_before(words, word)):
            break
        sentence_start = not text[:word.start()].strip() or text[:word.start()].rstrip()[-1] in ".!?"
        if lower in _JOINS:
            # Only between capitalised words: "City of Wolverhampton", not "the surgery".
            if not (named and capital_before(words, word)):
                break
        elif lower in _GENERIC and capital:
            pass  # part of a name only beside its other words ("St Bede's Catholic …")
        elif _is_name_word(token, sentence_start, named and capital):
            named = True
        else:
            break
        kept.append(word)
        start = word.start()
    if not named:
        return end
    # The name opens on a word of its own, not on "of", "the" or "My".
    for word in reversed(kept):
        lower = plain(word.group(0)).rstrip(".")
        following = word.end() < end and text[word.end():].lstrip().lower().startswith("lady")
        if lower in _JOINS or (lower in ("my", "our", "your", "a", "an", "this", "that")
                               and not following):
            continue
        return word.start()
    return end


def redact_places(text: str) -> str:
    """`text` with named schools and practices replaced by "[school]" and "[practice]"."""
    pieces: list[str] = []
    last = 0
    for kind in _KIND.finditer(text):
        if kind.start() < last or (kind.start() and text[kind.start() - 1].isalnum()):
            continue
        if _NOT_AFTER.match(text, kind.end()):
            continue
        start = _name_start(text, kind.start())
        if start == kind.start():
            continue
        tag = "[practice]" if kind.group("practice") else "[school]"
        pieces.append(text[last:start])
        pieces.append(tag)
        last = kind.end()
    pieces.append(text[last:])
    return "".join(pieces)
