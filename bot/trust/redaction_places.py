"""Named schools, colleges and GP practices, which narrow a young person down to a few
hundred: "Oakfield Academy" becomes "[school]", "Parkside Medical Centre" "[practice]".

A name is the run of words just before the kind of place. It is taken when it holds a word
that can only be a name: capitalised ("St Bede's Catholic College", "City of Wolverhampton
College"), or in lower case no everyday English word ("whinmoor surgery", "dyce academy").
Everyday words name a place only where nothing else can be meant: "the willow tree surgery",
two of them opening the answer ("castle view school nurse…"), or one before "medical
practice" ("riverside medical practice"). So "my old school", "the GP surgery", "top
surgery", "sixth form college" and "Honestly college was…" stay as written. Welsh names
start with the kind instead: "Ysgol Glan Taf", "Coleg Cambria", "Meddygfa Teifi".
"""

from __future__ import annotations

import re

from bot.trust.everyday_words import is_everyday
from bot.trust.person_names import plain
from bot.trust.redaction_names import NEVER_NAMES, PLACE_NAMES

_SCHOOL = (r"(?:sixth|6th)\s+form(?:\s+college|\s+centre)?|academy|college|university|uni|campus"
           r"|(?:high|grammar|secondary"
           r"|primary|community|foundation|comprehensive|infant|junior|girls['’]?|boys['’]?)\s+school"
           r"|c\s?of\s?e(?:\s+(?:primary|junior|infant|high|secondary)?\s*(?:school|academy))?"
           r"|school|high|grammar|secondary|primary|comprehensive|comp|convent|infants|juniors|pru")
_PRACTICE = (r"(?:medical|med|health)\s+(?:centre|center|practice|group)|(?:group|family|health|medical)"
             r"\s+practice|surgery|(?:&|and)\s+partners|practice")
_KIND = re.compile(r"(?:(?P<practice>" + _PRACTICE + r")|(?P<school>(?:" + _SCHOOL + r")"
                   r"(?:\s+for\s+(?:girls|boys))?))(?![\w'’])",
                   re.IGNORECASE)
_CAMPUS = re.compile(r"(?:\s+[^\W\d_][\w'’]*){0,2}\s+campus\b", re.IGNORECASE)
# After a school's kind, the place that names one of a chain: "Harris Academy Beckenham".
_CHAIN_PLACE = re.compile(r" (?-i:[A-Z])[a-z]+(?:[\-\s](?-i:[A-Z])[a-z]+)?(?![\w'’])")
_WELSH = re.compile(
    # Irish and Gaelic schools too: "Coláiste Ard Mhacha", "Gaelscoil Eoghain", "Sgoil Ghàidhlig…".
    r"(?<![\w'’])(?:(?P<school>ysgol|coleg|col[aá]iste|gaelscoil|gaelchol[aá]iste|bunscoil|sgoil|scoil"
    r"|university\s+of|uni\s+of)|(?P<practice>meddygfa|canolfan\s+iechyd))\s+"
    r"(?P<name>[^\W\d_][\w'’\-]*(?:\s+(?:y|yr|[^\W\d_][\w'’\-]*)){0,3})",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:['’\-.][^\W\d_]+)*['’]?\.?|&")
# Words that join a name's words ("City of Wolverhampton", "Our Lady of Lourdes").
_JOINS = frozenset({"of", "and", "&", "on", "upon", "in"})
# Words that say what kind of place, not which: inside a name only ("St Bede's Catholic …").
_GENERIC = frozenset("""
village town city county state independent public catholic rc church ce faith grammar high
secondary primary community foundation comprehensive infant infants junior juniors girls boys
sixth 6th form further education gp gp's doctors doctor's doctors' doctor nhs dental dentist
dentists vet vets medical health walk-in walk university uni hospital nursing art music drama
dance driving sunday summer night boarding nursery family general
training teacher teachers technical agricultural language business law film police bible
theological catering beauty hair hairdressing construction engineering sport sports football
performing arts adult learning higher home forest theatre media design free
""".split())
# Words before which a name does not run on: determiners, and what describes a place
# without naming it ("my old school", "top surgery", "the local surgery").
_DETERMINERS = frozenset("the my our your his her their a an this that these those".split())
_DESCRIBING = frozenset("""
local old new nearest closest main big small little tiny huge same other whole entire next
first last only usual normal regular current previous nearby busy quiet good bad nice
lovely awful rubbish great best worst actual real proper private special single free
top bottom weight loss heart knee hip eye laser keyhole cosmetic plastic gender affirming
emergency minor major day brain back spinal bariatric breast jaw nose ear hand foot mouth
oral wisdom tooth teeth skin open any every some no each another key hole wrong right
correct usual proper nearest closest furthest further far near latest earliest original
better worse worst fine decent terrible horrible shocking useless amazing brilliant helpful
friendly rude slow fast quick full empty crowded packed closed shut open busy own registered
previous former current present future only second third both either neither whole
""".split())
# Words a name does not run back over; with Scots and texting forms ("scunnered wi college").
_STOP_BEFORE = frozenset("""
at to from into by near for with or but than wi tae fae oan ma ur yer yr mah is was are
were be been isnt wasnt arent dont didnt doesnt cant wont aint im ive its whats thats
i me we you they he she it us them went go goes going got get gets had has have did do does
rang ring rung called call phoned phone emailed email texted text said told asked tried try
left leave joined moved changed switched registered register booked book used use like love
hate miss missed hated loved liked about after before during outside inside
""".split())
_NOT_AFTER = re.compile(r"\s+(?:hospital|infirmary|trust|students?\s+union)\b", re.IGNORECASE)
_LONE_KINDS = frozenset("high grammar secondary primary comprehensive comp convent infants juniors pru c of e"
                        " uni campus".split() + ["c of e"])
# A name of a school that is everyday words is taken only before these, and only where a place
# stands ("at park view academy", "year 12 at harrow way college"; not "home school").
_NAMED_ONLY_BY_WORDS = frozenset({"academy", "college", "sixth form", "6th form"})
_SAINTLY = frozenset("st st. saint bishop cardinal holy our lady sacred blessed king queen".split())


def _base(word: str) -> str:
    lower = plain(word).rstrip(".").replace("’", "'")
    return lower[:-2] if lower.endswith("'s") else lower.rstrip("'")


def _a_name_itself(base: str) -> bool:
    """A word in lower case that can only be a name: "glasgow", "kirklees"; not "bc" or "jabs"."""
    return base in PLACE_NAMES or (len(base) >= 4 and base.replace("-", "").isalpha()
                                   and not is_everyday(base) and base not in NEVER_NAMES
                                   and not all(is_everyday(part) for part in base.split("-")))


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip()
    return not before or before[-1] in ".!?"


def _name_start(text: str, end: int, practice: bool, kind_word: str, floor: int = 0,
                kind_proper: bool = False) -> int:
    """Where the name just before `end` starts (`end` itself when there is none)."""
    multiword = " " in kind_word
    words = [m for m in _WORD.finditer(text, max(floor, end - 80), end) if m.end() <= end]
    start = end
    run: list[tuple[re.Match[str], str]] = []  # (word, "name" | "everyday" | "inside")
    for word in reversed(words):
        if text[word.end():start].strip() or "\n" in text[word.end():start]:
            break  # not next to the rest of the name
        token = word.group(0)
        base = _base(token)
        capital = token[0].isupper()
        named_already = any(kind == "name" for _, kind in run)
        if named_already and not capital and base not in _JOINS and base not in _SAINTLY \
                and not _a_name_itself(base):
            break  # left of a name only its capitalised words: not "needed his jabs and Dalmuir"
        if base in _JOINS or base in _GENERIC or (base in _SAINTLY and run):
            kind = "inside"
        elif named_already and capital and base in _DESCRIBING:
            kind = "inside"  # "Small Heath Medical Practice", "Great Barr Academy"
        elif base in PLACE_NAMES:
            kind = "name"  # "bradford college"
        elif base in _STOP_BEFORE or base in _DETERMINERS or (not capital and base in _DESCRIBING):
            break
        elif capital and not (_opens_sentence(text, word.start()) and is_everyday(base)):
            kind = "name"
        elif not capital and _a_name_itself(base):
            kind = "name"  # "kirklees", "whinmoor"; not "bc", "i'm" or "innit"
        elif base in _DESCRIBING:
            break
        else:
            kind = "everyday"
        run.append((word, kind))
        start = word.start()
    # The name opens on a word of its own, not on "of", "the" or "Catholic".
    named = any(kind == "name" for _, kind in run)
    while run and run[-1][1] == "inside" and _base(run[-1][0].group(0)) not in _SAINTLY and (
            _base(run[-1][0].group(0)) in _JOINS or not run[-1][0].group(0)[0].isupper()
            or not named):
        run.pop()
    if not run:
        return end
    kinds = [kind for _, kind in run]
    opening = run[-1][0].start()
    before = text[:opening].split()
    after_the = bool(before) and plain(before[-1]) in ("the", "at", "to", "from") or (
        kind_word in _LONE_KINDS and bool(before) and plain(before[-1]) in ("goes", "go", "went", "attends"))
    everyday = kinds.count("everyday")
    if kind_word == "practice" and not kind_proper and ("name" not in kinds or not before or plain(
            before[-1]) not in ("the", "with") or any(word.group(0).isupper() for word, _ in run)):
        return end  # "football practice", "at shinty practice", "CPR practice": a lower-case
        # practice is one only where it is named, after "the" or "with"
    if "name" in kinds:
        # "high", "primary"… alone are a kind of school only after a capitalised name
        # ("Kirkhill High"), not after "bp sky" or "how".
        capitalised = any(kind == "name" and word.group(0)[0].isupper() for word, kind in run)
        saintly = _base(run[-1][0].group(0)) in _SAINTLY
        if kind_word == "campus" and not capitalised and (len(run) > 2 or any(
                kind == "inside" for _, kind in run)):
            return end  # "covid jags on campus": a campus is named by its own word or two
        return opening if capitalised or kind_word not in _LONE_KINDS or after_the or saintly \
            or not text[:opening].strip() else end
    # Everyday words alone name only a practice, and only a short run where nothing else
    # could be meant: "the willow tree surgery", "moor park surgery r ok".
    saint_named = _base(run[-1][0].group(0)) in _SAINTLY and everyday >= 1
    if practice and 1 <= everyday <= 3 and (after_the or _opens_sentence(text, opening)) and (
            after_the or everyday >= 2 or multiword or saint_named):
        return opening
    # Everyday words capitalised before a capitalised kind are a proper name, "Riverside
    # Surgery", "Swale Valley Practice", unless one describing word ("Top Surgery").
    if kind_proper and all(word.group(0).istitle() for word, _ in run) and everyday >= 1 and not (
            everyday == 1 and _base(run[0][0].group(0)) in _DESCRIBING):
        return opening
    # A college or academy of two or three everyday words where a place stands: "at park view
    # academy", not "at art college" or "at sixth form college".
    if not practice and kind_word in _NAMED_ONLY_BY_WORDS and 2 <= everyday <= 3 and after_the \
            and plain(before[-1]) != "the":
        return opening
    return end


def _welsh(text: str) -> str:
    def tag(match: re.Match[str]) -> str:
        words = match.group("name").split()
        kept = 0
        for word in words:
            if word.lower() not in ("y", "yr") and is_everyday(_base(word)):
                break  # the name ends where English begins: "Ysgol Glan Taf had…"
            kept += 1
        if not kept:
            return match.group(0)
        named = " ".join(words[:kept])
        rest = match.group(0)[match.group(0).index(named) + len(named):]
        return ("[practice]" if match.group("practice") else "[school]") + rest

    return _WELSH.sub(tag, text)


def redact_places(text: str) -> str:
    """`text` with named schools and practices replaced by "[school]" and "[practice]"."""
    pieces: list[str] = []
    last = 0
    for kind in _KIND.finditer(text):
        if kind.start() < last or (kind.start() and text[kind.start() - 1].isalnum()):
            continue
        if _NOT_AFTER.match(text, kind.end()):
            continue
        practice = kind.group("practice") is not None
        start = _name_start(text, kind.start(), practice, " ".join(kind.group(0).lower().split()),
                            floor=last, kind_proper=kind.group(0).istitle())
        if start == kind.start():
            continue
        pieces.append(text[last:start])
        pieces.append("[practice]" if practice else "[school]")
        last = kind.end()
        if _CAMPUS.match(text, last):
            last = _CAMPUS.match(text, last).end()  # type: ignore[union-attr]
        chain = _CHAIN_PLACE.match(text, last)
        if chain and not practice and not is_everyday(_base(chain.group(0).split()[0])) \
                and _base(chain.group(0).split()[0]) not in NEVER_NAMES - PLACE_NAMES:
            last = chain.end()
    pieces.append(text[last:])
    return _welsh("".join(pieces))
