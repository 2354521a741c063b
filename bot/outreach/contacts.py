"""Reading a list of phone numbers to invite (CSV), checking each one for SMS.

Pure: no database, no network. Every row is either a UK mobile number in E.164
form or a skipped row with its 1-based line number and a reason a person can act on.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple

import phonenumbers
from phonenumbers import NumberParseException, PhoneNumberType

# Header names accepted for the phone column, most specific first: a file with
# both "phone" and "mobile" columns is read from "mobile" (SMS needs a mobile).
PHONE_HEADERS = ("mobile", "mobile_number", "mobile_phone", "phone_number", "phone",
                 "telephone", "number")
UK_COUNTRY_CODE = 44
# Ofcom reserves 07700 900000-900999 for drama and testing, so examples and tests can
# use them without texting a real person. phonenumbers calls them invalid; we accept
# them as mobiles (Twilio will fail them, which is recorded like any other failure).
DRAMA_MOBILES = range(7700900000, 7700901000)

# What people write in a phone column. Letters are refused outright: phonenumbers would
# read them as keypad letters ("07700 9OO123" as 07700 966123) and text a stranger.
PHONE_CHARACTERS = re.compile(r"^\+?[\d\s().\-/]+$")

INVALID = "invalid number"
NOT_MOBILE = "not a mobile number"
NOT_UK = "not a UK number"
EMPTY = "empty"


class ContactsError(ValueError):
    """The file as a whole cannot be read (e.g. no phone column)."""


@dataclass(frozen=True)
class ContactRow:
    line: int
    phone: str  # E.164, e.g. +447700900123


@dataclass(frozen=True)
class Skipped:
    line: int
    value: str  # as written in the file (the CLI masks it before printing)
    reason: str


@dataclass
class ContactList:
    contacts: List[ContactRow] = field(default_factory=list)
    skipped: List[Skipped] = field(default_factory=list)

    @property
    def phones(self) -> List[str]:
        return [c.phone for c in self.contacts]


def parse_contacts(csv_text: str) -> ContactList:
    """Valid, de-duplicated mobile numbers and the rows skipped (with reasons)."""
    rows = _rows(csv_text.lstrip("\ufeff"))  # Excel writes a byte-order mark
    result = ContactList()
    if not rows:
        return result
    column, rows = _phone_column(rows)
    first_line: Dict[str, int] = {}
    for line, cells in rows:
        raw = cells[column].strip() if column < len(cells) else ""
        phone, reason = normalise(raw)
        if phone is not None and phone in first_line:
            reason = f"duplicate of line {first_line[phone]}"
        if phone is None or reason is not None:
            result.skipped.append(Skipped(line, raw, reason or INVALID))
            continue
        first_line[phone] = line
        result.contacts.append(ContactRow(line, phone))
    return result


def _rows(text: str) -> List[Tuple[int, List[str]]]:
    """(line number, cells) per record, without the blank lines at the end of the file."""
    reader = csv.reader(io.StringIO(text))
    rows: List[Tuple[int, List[str]]] = []
    try:
        for cells in reader:
            # line_num is the physical line the record ended on (quoted fields may span lines).
            rows.append((reader.line_num, cells))
    except csv.Error as error:
        raise ContactsError(f"line {reader.line_num}: not a readable CSV file ({error})") from None
    while rows and not any(cell.strip() for cell in rows[-1][1]):
        rows.pop()
    return rows


def _phone_column(
    rows: List[Tuple[int, List[str]]]
) -> Tuple[int, List[Tuple[int, List[str]]]]:
    """The index of the phone column, and the data rows (the header removed)."""
    header = [_header_key(cell) for cell in rows[0][1]]
    for name in PHONE_HEADERS:
        if name in header:
            return header.index(name), rows[1:]
    if len([cell for cell in rows[0][1] if cell.strip()]) > 1:
        raise ContactsError(
            "no phone column: the first line needs a header named one of "
            + ", ".join(PHONE_HEADERS[:5]) + " (or give a single column of numbers)")
    return 0, rows  # a single column of numbers, no header


def _header_key(cell: str) -> str:
    return cell.strip().lower().replace(" ", "_").replace("-", "_")


def normalise(raw: str) -> Tuple[Optional[str], Optional[str]]:
    """(E.164 number, None) for a UK mobile, else (None, reason)."""
    raw = raw.strip().lstrip("'")  # a leading ' is how spreadsheets keep the 0 in 07...
    if not raw:
        return None, EMPTY
    if not PHONE_CHARACTERS.match(raw):
        return None, INVALID
    try:
        number = phonenumbers.parse(raw, "GB")
    except NumberParseException:
        return None, INVALID
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    if number.country_code == UK_COUNTRY_CODE and number.national_number in DRAMA_MOBILES:
        return e164, None
    if not phonenumbers.is_valid_number(number):
        return None, INVALID
    if number.country_code != UK_COUNTRY_CODE:
        return None, NOT_UK
    if phonenumbers.number_type(number) != PhoneNumberType.MOBILE:
        return None, NOT_MOBILE
    return e164, None


def phone_number(raw: str) -> Optional[str]:
    """A number as staff type it ("07700 900123", "+44 7700 900123", "+33 6 12 34 56 78")
    in E.164, as Twilio gives it to us; None if it cannot be a phone number. Any country,
    any type: this finds someone who has texted us, it never texts anyone."""
    raw = raw.strip().lstrip("'")
    if not raw or not PHONE_CHARACTERS.match(raw):
        return None
    try:
        number = phonenumbers.parse(raw, "GB")
    except NumberParseException:
        return None
    if not phonenumbers.is_possible_number(number):
        return None
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def mask(value: str) -> str:
    """Only the last 3 digits shown: enough to find the row, not the person."""
    digits = re.sub(r"\D", "", value)
    return "(empty)" if not value.strip() else "***" + digits[-3:]
