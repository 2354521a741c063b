"""Remove personal data from free text before it is stored or logged.

Answers are kept anonymously, so anything that could identify a young person
(NHS number, phone, email, username, link, street address, full postcode, date of
birth, a named school or GP practice, anyone's name) is swapped for a bracketed tag
such as "[phone]" (``tags``). Phone and NHS numbers, addresses and postcodes,
usernames without an "@", schools and practices, and names have modules of their own
(``redaction_numbers``, ``redaction_addresses``, ``redaction_handles``, ``redaction_places``,
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
from functools import partial
from typing import Callable, Match

from bot.trust import redaction_addresses, redaction_numbers
from bot.trust.redaction_handles import redact_handles
from bot.trust.redaction_names import redact_names
from bot.trust.redaction_places import redact_places
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

# Public services' sites point to no one: "check nhs.uk first" stays as it was written.
_PUBLIC_SITES = frozenset("""
nhs.uk gov.uk kooth.com youngminds.org.uk childline.org.uk mind.org.uk samaritans.org
giveusashout.org shout85258.org brook.org.uk themix.org.uk papyrus-uk.org
beateatingdisorders.org.uk sexwise.org.uk talktofrank.com mermaidsuk.org.uk stonewall.org.uk
barnardos.org.uk nspcc.org.uk rapecrisis.org.uk womensaid.org.uk refuge.org.uk
citizensadvice.org.uk shelter.org.uk anxietyuk.org.uk rethink.org mentalhealth.org.uk
sh24.org.uk hubofhope.co.uk nhsinform.scot nhs.scot gov.scot gov.wales hse.ie fettle.co.uk
tht.org.uk switchboard.lgbt thecalmzone.net actionforchildren.org.uk ditchthelabel.org
winstonswish.org youngscot.net meiccymru.org freetesting.hiv
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


# Order matters: emails before links (both have domains), NHS numbers before
# phone numbers (both are ten-ish digits), numbers before dates and postcodes.
_STEPS: tuple[Callable[[str], str], ...] = (
    partial(_EMAIL.sub, "[email]"),
    partial(_URL.sub, _url),
    partial(_HANDLE.sub, _handle),
    redaction_numbers.nhs_numbers,
    redaction_numbers.uk_phones,
    partial(_BIRTH_DATE.sub, _birth_date),
    partial(_FULL_DATE.sub, _full_date),
    redaction_addresses.coordinates,
    redaction_addresses.postcodes,
    redaction_addresses.streets,
    partial(_YEAR_WORDS.sub, "[date]"),
    redaction_addresses.towns_after,
)


def prepare() -> None:
    """Read the name and word lists now (about 0.1 s, ~20 MiB), not on a patient's answer."""
    redact("Jess here, at Oakfield Academy")


def redact(text: str) -> str:
    """Return ``text`` with personal data replaced by bracketed tags.

    The text is first put in its compatible form (NFKC), so full-width digits and
    styled letters are found too; that form is what gets stored.
    """
    text = redaction_numbers.ascii_digits(compatible(text))
    # International numbers before "+1 415…" looks like an NHS number.
    text = redaction_numbers.other_phones(text, international_only=True)
    text = redaction_numbers.spoken_phones(text)
    text = _SPACED_EMAIL.sub(_spaced_email, text)
    text = redaction_numbers.o_for_zero(text)
    for step in _STEPS:
        text = step(text)
    text = redact_places(redact_handles(redaction_numbers.other_phones(text)))
    return redact_names(text)
