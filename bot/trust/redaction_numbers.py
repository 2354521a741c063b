"""Numbers in free text that lead to a person: phone numbers, written every way people write
them (spaced, dotted, in brackets, said in words, with an o for a zero, in other scripts'
digits, international), and NHS numbers (any grouping; by their check digit, or beside an "NHS
number" / CHI / H&C cue even when mistyped). Part of ``redaction``; services' numbers
(Childline's 0800 1111, an 03 infoline) are no one's own and stay."""

from __future__ import annotations

import re
import unicodedata
from typing import Match

from phonenumbers import Leniency, PhoneNumberMatcher, PhoneNumberType, number_type

from bot.trust.tags import replace_spans

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
    first = digits[0] if digits else ""
    if first in ("zero", "oh", "nought") and len(digits) in (10, 11) or (
            first == "seven" and len(digits) == 10):
        return "[phone]"
    return match.group(0)


def _nhs_check_digit_ok(digits: str) -> bool:
    """The NHS modulus-11 check: weights 10..2 over the first nine digits."""
    total = sum(int(d) * w for d, w in zip(digits[:9], range(10, 1, -1), strict=True))
    check = 11 - total % 11
    if check == 11:
        check = 0
    return check != 10 and check == int(digits[9])


def nhs_numbers(text: str) -> str:
    """NHS numbers: by their check digit, or beside their cue."""
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


# Decimal digits of every script as ASCII ones ("٠٧٧٠٠" is "07700"), so every pattern sees them.
_OTHER_DIGIT = re.compile(r"(?![0-9])\d")


def _ascii_digit(match: Match[str]) -> str:
    return str(unicodedata.digit(match.group(0)))


# Freephone and other service numbers (Childline 0800 1111) are not anyone's own.
_SERVICE_NUMBERS = frozenset({PhoneNumberType.TOLL_FREE, PhoneNumberType.SHARED_COST,
                              PhoneNumberType.PREMIUM_RATE, PhoneNumberType.UAN})


def other_phones(text: str, international_only: bool = False) -> str:
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


def ascii_digits(text: str) -> str:
    """Decimal digits of every script as ASCII ones, so every pattern sees them."""
    return _OTHER_DIGIT.sub(_ascii_digit, text)


def spoken_phones(text: str) -> str:
    """Phone numbers said in words ("oh seven seven double oh…"), and NHS numbers after their cue."""
    return _SPOKEN_PHONE.sub(_spoken_phone, text)


def o_for_zero(text: str) -> str:
    """Mobile numbers with the letter o for a zero ("o7700 9oo 215")."""
    return _O_FOR_ZERO.sub(_o_for_zero, text)


def uk_phones(text: str) -> str:
    """UK phone numbers by their shape ("07700 900 123", "(0161) 496 0000", "+44 7700…")."""
    return _PHONE.sub(_phone, text)
