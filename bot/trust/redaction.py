"""Remove personal data from free text before it is stored or logged.

Answers are kept anonymously, so anything that could identify a young person
(NHS number, phone, email, username, link, street address, full postcode, date of
birth, a named school or GP practice, anyone's name) is swapped for a bracketed tag
such as "[phone]" (``tags``). Usernames without an "@", schools and practices, and
names have modules of their own (``redaction_handles``, ``redaction_places``,
``redaction_names``); what they measure on blind sets is in bench/redaction_eval.py.
The tags contain no digits and start with "[", so no pattern here can match a
tag again: that is what makes ``redact`` idempotent.

Every pattern is anchored with a look-behind at the start of a token and uses
bounded or non-overlapping repetition, so the time taken grows roughly linearly
with the length of the text (answers are untrusted input): the adversarial table
in tests/unit/test_redaction.py holds each rule's shape.

Choices worth knowing:
* any full date (day, month and year) is redacted, not only birth dates: we
  cannot tell a birth date from an appointment date, and full dates help
  re-identify people.  Partial dates ("3rd May") are redacted only after a
  birth cue ("born", "DOB", "birthday").
* "call me back later" is left alone: after "call me" / "my name is" the
  first word must not be a common English word.
"""

from __future__ import annotations

import re
import unicodedata
from functools import partial
from typing import Callable, Match

from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType, number_type

from bot.trust.everyday_words import is_everyday
from bot.trust.redaction_handles import redact_handles
from bot.trust.redaction_names import NEVER_NAMES, PLACE_NAMES, redact_names
from bot.trust.redaction_places import redact_places
from bot.trust.tags import replace_spans
from bot.trust.text_forms import compatible

_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
    r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|febuary|feburary"
    # Welsh: "11 Awst 2004".
    r"|ionawr|chwefror|mawrth|ebrill|mehefin|gorffennaf|awst|hydref|tachwedd|rhagfyr)"
)
_DAY = (r"(?:(?:[12][0-9]|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?:(?:twenty|thirty)[\s\-]?)?(?:first|second|"
        r"third|fourth|fifth|sixth|seventh|eighth|ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|"
        r"seven|eigh|nine)teenth|twentieth|thirtieth)")
_YEAR = r"(?:(?:19|20)[0-9]{2}|'?[0-9]{2})"
_TEXT_DATE_DM = _DAY + r"\s(?:of\s)?" + _MONTH + r"\.?"
_TEXT_DATE_MD = _MONTH + r"\.?\s" + _DAY

# A full date: numeric d/m/y (any of / . - but the same twice), ISO y-m-d, or
# a month name with day and year either way round.
_FULL_DATE = re.compile(
    r"(?<![\w/.\-])(?:"
    r"[0-9]{1,2}(\s?[/.\-]\s?)[0-9]{1,2}\1(?:[0-9]{4}|[0-9]{2})"
    r"|(?:19|20)[0-9]{2}([/.\-])[0-9]{1,2}\2[0-9]{1,2}"
    r"|" + _TEXT_DATE_DM + r",?\s" + _YEAR + r"|" + _TEXT_DATE_MD + r",?\s" + _YEAR + r")"
    r"(?![\w/]|[.\-:][0-9])",
    re.IGNORECASE,
)

# After a birth cue even a partial date identifies someone ("born 3rd May").
_BIRTH_DATE = re.compile(
    r"(?<!\w)(born|dob|d\.o\.b\.?|date\sof\sbirth|birth\s?date|birth\s?day|b'?day|turn(?:ed|ing|s)?\s[0-9]{1,2}"
    r"|my\s(?:1[0-9]|2[0-9])(?:st|nd|rd|th))"
    r"((?:\W|(?:is|was|on|in|the|of|s|lol|which|its|it's|actually|btw)\b){1,12})"
    r"([0-9]{1,2}\s?[/.\-]\s?[0-9]{1,2}(?:\s?[/.\-]\s?[0-9]{2,4})?|[0-9]{1,2}\s[0-9]{1,2}\s(?:19|20)?[0-9]{2}"
    r"|[0-3][0-9][01][0-9](?:19|20)?[0-9]{2}|(?:19|20)[0-9]{2}[01][0-9][0-3][0-9]"
    r"|" + _TEXT_DATE_DM + r"(?:,?\s" + _YEAR + r")?"
    r"|" + _TEXT_DATE_MD + r"(?:,?\s" + _YEAR + r")?"
    r"|" + _MONTH + r"\s(?:19|20)[0-9]{2}|(?:19|20)[0-9]{2}(?:([/.\-])[0-9]{1,2}\4[0-9]{1,2})?)"
    r"(?![\w/]|[.\-][0-9])",
    re.IGNORECASE,
)

_UNIT_WORD = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_YEAR_WORDS = re.compile(
    r"\[date\](?:,?\s+(?:(?:in\s+)?two\s+thousand(?:\s+and)?(?:\s+(?:ten|eleven|twelve|thirteen|fourteen|"
    r"fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[\s\-]" + _UNIT_WORD + r")?|" + _UNIT_WORD + r"))?"
    r"|nineteen\s+(?:ninety|eighty)(?:[\s\-]" + _UNIT_WORD + r")?))\b",
    re.IGNORECASE,
)

_AT = r"(?:\s?(?:\[at\]|\(at\)|\{at\}|<at>)\s?|\s+@\s*|\s*@\s+)"
_SPOKEN_AT = r"\s+at\s+"
_DOT = r"(?:\s?(?:\[dot\]|\(dot\)|\{dot\})\s?|\s+dot\s+|\s?\.\s?)"
_SPOKEN_DOT = r"(?:\s?(?:\[dot\]|\(dot\)|\{dot\})\s?|\s+dot\s+)"
# "\w" holds "_", so only a dot (said or written) parts a local part's runs: with "_" as a
# separator too, "a_a_a_…" had exponentially many ways to match.
_LOCAL = r"[\w+\-]+(?:(?:" + _SPOKEN_DOT + r"|\s\.\s|\.)[\w+\-]+)*(?:\s[0-9]{1,4})?"
_PROVIDER = (r"(?:gmail|googlemail|hotmail|outlook|yahoo|ymail|icloud|live|btinternet|aol|protonmail"
             r"|proton|msn|sky|virginmedia|talktalk|gmx)")
_TLD = r"(?:com|co|uk|org|net|ac|nhs|sch|edu|ie|gov|info|me|io|scot|wales|de|fr|pl)\b"
_EMAIL = re.compile(
    r"(?<![\w.+'\-])[\w.+'\-]+@[\w\-]+(?:\.[\w\-]+)+"
    # Written to dodge filters: "jo[at]hotmail.co.uk", "kirsty_x @ outlook . com".
    r"|(?<![\w.+\-])" + _LOCAL + _AT + r"(?:" + _PROVIDER + r"|[\w\-]+)(?:" + _DOT + _TLD + r")+"
    # Spoken: "jo at gmail dot com", "yusuf dot ali 2006 at gmail": a spelled dot or a mail
    # provider, so "looked at nhs.uk" stays.
    r"|(?<![\w.+\-])" + _LOCAL + _SPOKEN_AT + r"(?:" + _PROVIDER + r"(?:" + _DOT + _TLD + r")*"
    r"|[\w\-]+(?:" + _SPOKEN_DOT + _TLD + r")+)",
    re.IGNORECASE,
)

_SPACED_EMAIL = re.compile(r"(?<!\S)(?:[\w.+\-]\s){2,64}@(?:\s[\w.\-]){3,64}(?!\S)")


def _spaced_email(match: Match[str]) -> str:
    return "[email]" if _EMAIL.fullmatch(match.group(0).replace(" ", "")) else match.group(0)


# Bare domains: strong TLDs on their own, weak ones ("me", "ly") only with a
# path or a site's name before them ("jo.carrd.co"), because "rude.me" is more often a
# missing space than a link.
_STRONG_TLD = (r"(?:(?:co|org|gov|ac|nhs|sch|ltd|me|net)\.uk|uk|com|org|net|io|app|info|design|dev|studio"
               r"|xyz|site|online|blog|art|photography|gallery|portfolio)")
_WEAK_TLD = r"(?:ly|gl|me|co|tv|gg|ie|to|be|ee|scot|wales|ms)"
_URL = re.compile(
    r"(?<![\w@.\-])(?:https?://|www\.)[^\s<>\"]+"
    r"|(?<![\w@.\-/])(?:[a-z0-9\-]+\.)+"
    r"(?:" + _STRONG_TLD + r"(?![\w\-])(?:/[^\s<>\"]*)?|" + _WEAK_TLD + r"/[^\s<>\"]*)"
    r"|(?<![\w@.\-/])[a-z0-9\-]+\.[a-z0-9\-]+\." + _WEAK_TLD + r"(?![\w\-.])",
    re.IGNORECASE,
)
_URL_TRAILING = ".,;:!?)'\"]"

# Ten digits in any grouping ("943 476 5919", "4602 975 119", "943.476-5919", "952/385/0598"): every place
# such a run could start is tried, since a run that fails its check may overlap one that
# passes ("0300 123 4567 943 476 5919"). The check digit keeps ordinary numbers out.
_NHS = re.compile(r"(?<![0-9])(?=([0-9](?:[ \-./]?[0-9]){9})(?![0-9]))")
# Said to be an NHS number: then ten digits are one even if mistyped ("nhs no 123 456 7890").
_NHS_WORDS = r"(?:nhs|chi|h\s?&\s?c|health\s+(?:and|&)\s+care)"
_NHS_CUE = re.compile(
    r"(?<![a-z])" + _NHS_WORDS + r"\s*(?:number|num|no\.?|n°|#)?\b[^0-9\[\]]{0,24}$", re.IGNORECASE)
_NHS_CUE_AFTER = re.compile(
    r"^\s*(?:\)|is|was|<-|-|—|,)?\s*(?:\(|thats|that's|is)?\s*(?:my|me|ur|the)?\s*" + _NHS_WORDS
    + r"\s*(?:number|num|no)\b", re.IGNORECASE)
# A UK number's international prefix: what follows is a phone number, whatever its check digit.
_INTERNATIONAL_PREFIX = re.compile(r"(?:\+|00)\s?44\s?(?:\(0\)\s?)?$")

# Social media handles: "@" then 2-30 word characters, not inside an e-mail.
_HANDLE = re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])"
                     # Reddit's users ("u/forklift_dad_22"); its forums ("r/NHS") are public.
                     r"|(?<![\w/])u/[A-Za-z0-9_\-]{3,30}(?![\w/])")
# Public services' accounts point to no one: "i follow @nhsuk on insta" stays.
_PUBLIC_HANDLES = frozenset("""
@nhsuk @nhsengland @nhs @nhs111 @nhsscotland @nhswales @nhs24 @youngmindsuk @youngminds
@kooth_uk @childline @childlineuk @samaritans @giveusashout @brookcharity @themixuk
@mindcharity @papyrusuk @beatedsupport @nspcc @ukhsa @sexwise @talktofrank
""".split())

# A house number, then one to three words, then a street word: "12 Acacia Avenue",
# "flat 3, 22b high st". The number is what makes it an address.
_STREET_WORDS = (
    r"road|rd|street|st|avenue|ave|lane|ln|close|drive|dr|way|court|ct|crescent|cres|place|pl|"
    r"terrace|grove|gardens|gdns|hill|park|row|walk|mews|view|square|sq|green|rise|parade|croft|"
    r"lanes|gate|middleway|wynd|brae|vale|mount|chase|quay|wharf|yard|fold|circus|boulevard|"
    r"embankment|broadway|approach|crt|cl|gr|grn|tce|terr|pde|cotts|cottages|drv|viaduct|"
    r"esplanade|promenade|causeway|meadows?|fields|heights|ridge|dale|glade|hollow|nook|garth|"
    r"loan|brow|dene|bank"
)
_NUMBER_WORDS = (r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[\s\-](?:one|two|three|"
                 r"four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|"
                 r"eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)")
# Words between the number and the street word that make it a time or a distance, not an
# address: "10 min walk", "40 mins each way", "4 hrs at Northwick Park", "111 online and the walk".
_NOT_A_STREET_NAME = (
    r"(?:secs?|seconds?|mins?|minutes?|hrs?|hours?|days?|weeks?|wks?|months?|years?|yrs?|miles?|"
    r"km|metres?|meters?|times?|people|quid|pounds?|pence|percent|each|every|per|a|an|the|and|or|"
    r"at|to|in|on|of|by|from|for|with|online|then|way|odd|ish|more|less|or\s+so|was|is|were|are|be|"
    r"been|first|last|next|my|your|his|her|our|their|its|it|i|you|we|they|he|she|this|that|no|not|"
    r"so|very|really|just|all|some|any|times|x)"
)
# Welsh streets name the kind first: "3 Heol y Parc", "9 Maes y Coed", "7 Stryd Fawr",
# "5 heol y parc".
_WELSH_STREET = (r"(?:heol|stryd|ffordd|l[oô]n|maes|glan|bryn|cae|llys|rhodfa|teras|cwrt|parc|tan|pen)"
                 r"(?:\s+(?:yr?\s+[\w'’\-]+|(?-i:[A-Z])[\w'’\-]*)\b){1,3}")
_STREET = re.compile(
    r"(?:(?<!\w)(?:number|no\.?|house)\s+[0-9]{1,4}[a-z]?,?\s+(?:on|in|at)\s+(?:the\s+)?"
    r"(?:(?:[A-Za-z'’][A-Za-z'’\-]*\s+){1,3}(?:" + _STREET_WORDS + r")\b\.?|" + _WELSH_STREET + r"))"
    r"|(?<![\w£$.])[0-9]{1,4}[a-z]?,?\s+(?:(?!" + _NOT_A_STREET_NAME + r"\b)[A-Za-z'’][A-Za-z'’\-]*\s+){1,3}"
    r"(?:" + _STREET_WORDS + r")\b\.?"
    r"|(?<![\w£$.])[0-9]{1,4}[a-z]?,?\s+" + _WELSH_STREET +
    # "5 The Paddocks", "12 The Maltings", "no.5 the mews".
    r"|(?<![\w£$.])[0-9]{1,4}[a-z]?,?\s+(?-i:The\s+[A-Z][a-z]+)\b"
    r"|(?:(?<![\w£$.])|(?<=\bno\.)|(?<=\bno\.\s))[0-9]{1,4}[a-z]?,?\s+the\s+(?:mews|green|grove|crescent"
    r"|square|parade|close|drive|avenue|walk|croft|maltings|paddocks|meadows|willows|orchard)\b"
    # A house's name, then its street: "Rose Cottage on Moss Lane", "The Old Forge, Mill Lane".
    r"|(?<![\w'’])(?:the\s+)?(?:(?!(?:at|to|in|on|from|of|by|near)\b)[a-z'’]+\s+){0,2}"
    r"(?:cottage|farm|lodge|barn|forge|mill|grange|manor"
    r"|villa|bungalow|farmhouse|vicarage|rectory|stables)s?,?\s+(?:on\s+)?(?:[a-z'’]+\s+){1,2}"
    r"(?:lane|road|rd|street|st|way|drove|close|drive|hill|row|green)\b\.?"
    # A house number in words, then capitalised words and a street word: "Thirty Two Chestnut Way".
    r"|(?<![\w'’])(?-i:(?=[A-Z]))(?:" + _NUMBER_WORDS + r")\s+(?:(?-i:[A-Z])[a-z'’\-]+\s+){1,3}"
    r"(?:" + _STREET_WORDS + r")\b\.?" +
    # The street before its number, as much of Europe writes it: "Station Road 45".
    r"|(?<![\w'’])(?-i:[A-Z][a-z]+\s+)(?-i:[A-Z][a-z]+\s+)?(?:" + _STREET_WORDS + r")\s+[0-9]{1,4}[a-z]?\b"
    r"(?:,?\s+(?:flat|apt|m\.)\s?[0-9]{1,4})?"
    # A Welsh house's name and its street: "Ty Gwyn, Heol y Felin".
    r"|(?<![\w'’])(?-i:T[yŷ]\s+[A-Z][\w'’]+),?\s+(?:heol|ffordd|l[oô]n|stryd)\s+(?:yr?\s+)?[\w'’]+"
    # A farm or cottage by name and its village: "Higher Trewennan Farm, St Buryan".
    r"|(?<![\w'’])(?-i:(?:[A-Z][a-z]+\s+){1,2}(?:Farm|Cottage|Lodge|Barn|Mill|Manor|Grange|Farmhouse)),\s+"
    r"(?-i:(?:St\.?\s+)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\b"
    # One word that is a street by its ending: "54 Cowgate", "7 Bankwynd", "8a kingsway"
    # (only when it is no everyday word: not "3 anyway", "2 Pathway courses").
    r"|(?<![\w£$.])[0-9]{1,4}[a-z]?,?\s+(?P<one>[a-z]+(?:gate|wynd|gait|way))\b",
    re.IGNORECASE,
)
# A flat, room or house name before an address: "flat 12b crossley house, [address]",
# "Room 214, Unite House, [address]", "apartment 1207, [address]".
_FLAT = re.compile(
    r"(?<!\w)(?:(?:flat|apartment|apt|room|unit|caravan|pitch|block)\.?\s?[0-9]{1,4}[a-z]?|[0-9]{1,2}f[0-9]{1,2}),?\s+"
    r"(?:(?:[\w'’\-]+\s+){0,2}(?:house|court|building|tower|halls?|lodge|block|mansions|heights"
    r"|point),?\s+)?(?:\[address\]|(?:[0-9]{1,4}[a-z]?\s+)?(?-i:[A-Z])[\w'’\-]*"
    r"(?:\s+(?-i:[A-Z])[\w'’\-]*){0,2}(?:\s+(?:" + _STREET_WORDS + r")\b\.?)?)"
    # The flat's word when its number went with the street: "caravan [address]".
    r"|(?<!\w)(?:flat|apartment|apt|room|unit|caravan|pitch|block)\s+\[address\]"
    # A house's name before its address: "The Old Forge, [address]", "Rose Cottage, [address]".
    r"|(?-i:(?:The\s+)?(?:[A-Z][\w'’\-]+\s+){0,2}(?:Cottage|Farm|House|Lodge|Barn|Forge|Mill|Grange"
    r"|Hall|Manor|Villa|Bungalow|Croft|Farmhouse|Stables))\b,?\s+\[address\]",
    re.IGNORECASE,
)

# UK numbers: a 0 / +44 / 0044 prefix (or a spoken "oh"), then a national number starting
# 1, 2, 3 or 7 with at most one space or dash between digits; or an area code in
# brackets ("(0161) 496 0000", "(07700) 900 639").  The digit count is checked in _phone().
_PHONE = re.compile(
    r"(?<![0-9+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?|0[ \-.]?|(?<![\w'’])oh?\s)"
    r"(?:7(?:[ \-.]?[0-9]){9}|[123](?:[ \-.]?[0-9]){8,9})(?![0-9])"
    r"|(?<![0-9])\(\s?0[1237][0-9]{1,4}\s?\)\s?[0-9](?:[ \-]?[0-9]){4,8}(?![0-9])"
)

_DIGIT_WORD = r"(?:zero|oh|nought|one|two|three|four|five|six|seven|eight|nine|hundred)"
_SPOKEN_PHONE = re.compile(
    r"(?<![\w'’])(?:(?:double|triple)\s+)?(?!hundred)" + _DIGIT_WORD +
    r"(?:[\s,\-]+(?:(?:double|triple)\s+)?" + _DIGIT_WORD + r"){5,12}(?![\w'’])",
    re.IGNORECASE,
)


def _spoken_phone(match: Match[str]) -> str:
    digits: list[str] = []
    times = 1
    for word in re.findall(r"[a-z]+", match.group(0).lower()):
        if word in ("double", "triple"):
            times = 2 if word == "double" else 3
            continue
        digits += ["zero", "zero"] if word == "hundred" else [word] * times
        times = 1
    if len(digits) == 10 and _NHS_CUE.search(match.string, max(0, match.start() - 40), match.start()):
        return "[NHS number]"  # "my nhs number is nine four three, four seven six, …"
    # A UK number said aloud: ten or eleven digits from its leading zero ("oh seven seven…"),
    # or ten from the 7 of a mobile.
    if digits and digits[0] in ("zero", "oh", "nought") and len(digits) in (10, 11) or (
            digits and digits[0] == "seven" and len(digits) == 10):
        return "[phone]"
    return match.group(0)


# Outward code (kept: it is a district of thousands of people) and inward
# code (replaced).  Inward letters exclude C I K M O V as Royal Mail does,
# which also keeps "Y11 5pm" and "B1 2nd" out.
_POSTCODE = re.compile(
    r"(?<![\w])([a-pr-uwyz][a-hk-y]?[0-9][a-z0-9]?)(?:\s{0,2}|-)([0-9][abd-hjlnp-uw-z]{2})(?!\w)",
    re.IGNORECASE,
)

_ORDINAL = re.compile(r"[0-9](?:st|nd|rd|th)", re.IGNORECASE)


def _nhs_check_digit_ok(digits: str) -> bool:
    """The NHS modulus-11 check: weights 10..2 over the first nine digits."""
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def _nhs_numbers(text: str) -> str:
    spans: list[tuple[int, int]] = []
    for candidate in _NHS.finditer(text):
        start, end = candidate.start(1), candidate.end(1)
        if spans and start < spans[-1][1]:
            continue
        if _INTERNATIONAL_PREFIX.search(text, max(0, start - 12), start):
            continue  # "0044 7700 900 671" is a phone number
        digits = re.sub(r"[^0-9]", "", candidate.group(1))
        said = not digits.startswith(("03", "08")) and (  # a service's number: "nhs inform 0800…"
            _NHS_CUE.search(text, max(0, start - 40), start) or _NHS_CUE_AFTER.match(text[end:end + 40]))
        if _nhs_check_digit_ok(digits) or said:
            spans.append((start, end))
    return replace_spans(text, spans, "[NHS number]")


# A mobile number with the letter o for a zero: "o7700 9oo 215".
_O_FOR_ZERO = re.compile(r"(?<![\w'’])[0oO]7[0-9oO](?:[ \-]?[0-9oO]){8}(?![\w'’])")


def _o_for_zero(match: Match[str]) -> str:
    found = match.group(0)
    return "[phone]" if sum(ch.isdigit() for ch in found) >= 4 and any(
        ch in "oO" for ch in found) else found


def _phone(match: Match[str]) -> str:
    digits = re.sub(r"[^0-9]", "", match.group(0))
    if digits.startswith("0044"):
        digits = digits[4:]
    elif match.group(0).startswith("+"):
        digits = digits[2:]
    digits = digits.lstrip("0")
    if digits.startswith("3"):
        return match.group(0)  # 03: an organisation's number (the Mind infoline), no one's own
    # A UK national number without its leading 0 has 9 or 10 digits.
    return "[phone]" if 9 <= len(digits) <= 10 else match.group(0)


# Public services' sites point to no one: "check nhs.uk first" stays as it was written.
_PUBLIC_SITES = frozenset("""
nhs.uk gov.uk kooth.com youngminds.org.uk childline.org.uk mind.org.uk samaritans.org
giveusashout.org shout85258.org brook.org.uk themix.org.uk papyrus-uk.org
beateatingdisorders.org.uk sexwise.org.uk talktofrank.com mermaidsuk.org.uk stonewall.org.uk
barnardos.org.uk nspcc.org.uk rapecrisis.org.uk womensaid.org.uk refuge.org.uk
citizensadvice.org.uk shelter.org.uk anxietyuk.org.uk rethink.org mentalhealth.org.uk
sh24.org.uk hubofhope.co.uk nhsinform.scot nhs.scot gov.scot gov.wales hse.ie fettle.co.uk
tht.org.uk switchboard.lgbt thecalmzone.net actionforchildren.org.uk ditchthelabel.org
winstonswish.org youngscot.net meiccymru.org freetesting.hiv mind.org.uk
""".split())
_SCHEME = re.compile(r"^(?:https?://)?(?:www\.)?", re.IGNORECASE)


def _public_site(link: str) -> bool:
    host = _SCHEME.sub("", link).split("/", 1)[0].lower()
    return any(host == site or host.endswith("." + site) for site in _PUBLIC_SITES)


def _url(match: Match[str]) -> str:
    found = match.group(0)
    link = found.rstrip(_URL_TRAILING)
    if _public_site(link):
        return found
    return "[link]" + found[len(link) :]


def _handle(match: Match[str]) -> str:
    return match.group(0) if match.group(0).lower() in _PUBLIC_HANDLES else "[handle]"


def _full_date(match: Match[str]) -> str:
    return "[date]"


def _birth_date(match: Match[str]) -> str:
    return match.group(1) + match.group(2) + "[date]"


# The town or district written after an address goes with it: "[address], Pwllheli",
# "[address] sparkhill birmingham", "[address], Forest Gate, London".
_TOWN_AFTER = re.compile(
    r"\[address\]((?:,?\s(?:(?-i:[A-Z])[a-z'’\-]+(?:\s(?-i:[A-Z])[a-z'’\-]+)?|[a-z'’\-]{3,})){1,3})(?=$|[\s,.;:!?)\-—–])")


def _town_after(match: Match[str]) -> str:
    kept = ""
    for part in re.finditer(r",?\s([^,\s]+(?:\s(?-i:[A-Z])[^,\s]+)?)", match.group(1)):
        words = part.group(1).split()
        rest = match.string[match.start(1) + part.end():]
        if not part.group(0).startswith(",") and words[0][0].isupper() and not _ENDS_A_TOWN.match(rest):
            break  # "[address] Kooth was good": a new sentence, not a town
        if any(not word[0].isupper() and (is_everyday(word.lower()) or len(word) < 4
                                          or word.lower() in NEVER_NAMES - PLACE_NAMES)
               for word in words) or (
                words[0][0].isupper() and all(is_everyday(word.lower()) for word in words)
                and words[0].lower() in _NOT_A_TOWN):
            break
        kept = match.group(1)[:part.end()]
    return "[address]" + match.group(1)[len(kept):]


# What may follow a town written after an address without a comma: "[address] Belfast BT12 …".
_ENDS_A_TOWN = re.compile(r"$|\s*[,.;:!?()\-—–]|\s+[A-Za-z]{1,2}[0-9][0-9A-Za-z]?\b|\s+\[postcode\]")
# Capitalised words after an address that are not a town: "[address], The app kept…".
_NOT_A_TOWN = frozenset("the a an and but i im my we so if it its is was this that please pls thanks "
                        "also just then not no yes".split())


def _street(match: Match[str]) -> str:
    one = match.group("one")
    if one and is_everyday(one.lower()):
        return match.group(0)  # "it was 3 anyway", "2 Pathway courses"
    return "[address]"


def _postcode(match: Match[str]) -> str:
    inward = match.group(2)
    if _ORDINAL.fullmatch(inward) and inward[1:].islower() and inward[0] != "0":
        return match.group(0)  # "B1 2nd floor", not a postcode
    return match.group(1).upper() + " [postcode]"


# Order matters: emails before links (both have domains), NHS numbers before
# phone numbers (both are ten-ish digits), numbers before dates and postcodes.
_STEPS: tuple[Callable[[str], str], ...] = (
    partial(_EMAIL.sub, "[email]"),
    partial(_URL.sub, _url),
    partial(_HANDLE.sub, _handle),
    _nhs_numbers,
    partial(_PHONE.sub, _phone),
    partial(_BIRTH_DATE.sub, _birth_date),
    partial(_FULL_DATE.sub, _full_date),
    partial(_POSTCODE.sub, _postcode),
    partial(_STREET.sub, _street),
    partial(_FLAT.sub, "[address]"),
    partial(_YEAR_WORDS.sub, "[date]"),
    partial(_TOWN_AFTER.sub, _town_after),
)


# Decimal digits of every script as ASCII ones ("٠٧٧٠٠" is "07700"), so every pattern sees them.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _ascii_digit(match: Match[str]) -> str:
    return str(unicodedata.digit(match.group(0)))


def prepare() -> None:
    """Read the name and word lists now (about 0.1 s, ~20 MiB), not on a patient's answer."""
    redact("Jess here, at Oakfield Academy")


def redact(text: str) -> str:
    """Return ``text`` with personal data replaced by bracketed tags.

    The text is first put in its compatible form (NFKC), so full-width digits and
    styled letters are found too; that form is what gets stored.
    """
    text = _OTHER_DIGIT.sub(_ascii_digit, compatible(text))
    text = _other_phones(text, international_only=True)  # before "+1 415…" looks like an NHS number
    text = _SPOKEN_PHONE.sub(_spoken_phone, text)
    text = _SPACED_EMAIL.sub(_spaced_email, text)
    text = _O_FOR_ZERO.sub(_o_for_zero, text)
    for step in _STEPS:
        text = step(text)
    text = redact_places(redact_handles(_other_phones(text)))
    return redact_names(text)


# Freephone and other service numbers (Childline 0800 1111) are not anyone's own.
_SERVICE_NUMBERS = frozenset({PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST,
                              PhoneNumberType.PREMIUM_RATE, PhoneNumberType.UAN})


def _other_phones(text: str, international_only: bool = False) -> str:
    """Numbers the UK patterns miss: international ones, odd punctuation ("(07700) 900123").

    `phonenumbers` decides what is a valid number for its country, so an answer like
    "3 - it was alright" or "about 20 minutes" is left alone.
    """
    if sum(ch.isdigit() for ch in text) < 7:
        return text
    spans = [(m.start, m.end) for m in PhoneNumberMatcher(text, "GB", leniency=Leniency.VALID)
             if number_type(m.number) not in _SERVICE_NUMBERS
             and (not international_only or m.raw_string.startswith(("+", "00")))]
    return replace_spans(text, spans, "[phone]")
