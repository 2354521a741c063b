"""Reading invitation lists: every number normalised to E.164 or skipped with a reason."""

from __future__ import annotations

from typing import List, Tuple

import pytest

from bot.outreach.contacts import ContactsError, normalise, parse_contacts, phone_number

DRAMA = "+447700900123"  # Ofcom's drama range: never a real person's phone


@pytest.mark.parametrize("raw, expected", [
    # UK national, written the ways people write it
    ("07700 900123", DRAMA),
    ("07700900123", DRAMA),
    ("(07700) 900 123", DRAMA),
    ("07700-900-123", DRAMA),
    ("07700.900.123", DRAMA),
    (" 07700 900123 ", DRAMA),
    ("'07700900123", DRAMA),  # a spreadsheet's text marker
    ("7700900123", DRAMA),  # a spreadsheet dropped the leading 0
    # international forms
    ("+447700900123", DRAMA),
    ("447700900123", DRAMA),
    ("00447700900123", DRAMA),
    ("0044 7700 900123", DRAMA),
    ("+44 (0)7700 900123", DRAMA),
    ("+44 7700 900 123", DRAMA),
    ("+44.7700.900.123", DRAMA),
    # real-format mobiles, including the Crown Dependencies (+44 too)
    ("07911 123456", "+447911123456"),
    ("447911123456", "+447911123456"),
    ("07400 123456", "+447400123456"),
    ("07624 123456", "+447624123456"),  # Isle of Man
    ("+447797 123456", "+447797123456"),  # Jersey
    ("+44 7700 900 999", "+447700900999"),
])
def test_valid_mobiles_normalise_to_e164(raw: str, expected: str) -> None:
    assert normalise(raw) == (expected, None)


@pytest.mark.parametrize("raw, reason", [
    ("020 7946 0000", "not a mobile number"),  # London landline
    ("0113 496 0000", "not a mobile number"),  # Leeds landline
    ("+44 20 7946 0000", "not a mobile number"),
    ("0800 123 4567", "not a mobile number"),  # freephone
    ("0300 123 1234", "not a mobile number"),  # non-geographic
    ("07012 345678", "not a mobile number"),  # personal number, not a phone
    ("+33 6 12 34 56 78", "not a UK number"),
    ("+1 202 555 0123", "not a UK number"),
    ("07624", "invalid number"),
    ("+44 7700 90012", "invalid number"),  # a digit short
    ("0770090012345", "invalid number"),  # too long
    ("07700 901123", "invalid number"),  # outside any allocated range
    ("hello", "invalid number"),
    ("07700 9OO123", "invalid number"),  # letter O: never read as keypad digits
    ("07700 900123 ext 5", "invalid number"),
    ("4.47700900123E+11", "invalid number"),  # a spreadsheet's scientific notation
    ("07700900123#", "invalid number"),
    ("+", "invalid number"),
    ("", "empty"),
    ("   ", "empty"),
    ("'", "empty"),
])
def test_unusable_numbers_have_a_reason(raw: str, reason: str) -> None:
    assert normalise(raw) == (None, reason)


def skipped(text: str) -> List[Tuple[int, str, str]]:
    return [(s.line, s.value, s.reason) for s in parse_contacts(text).skipped]


def phones(text: str) -> List[Tuple[int, str]]:
    return [(c.line, c.phone) for c in parse_contacts(text).contacts]


@pytest.mark.parametrize("header", ["phone", "Phone", "MOBILE", "number", "phone_number",
                                    "Phone Number", "mobile-number", " phone "])
def test_phone_column_found_by_header(header: str) -> None:
    assert phones(f"name,{header},notes\nAsha,07700 900123,x\n") == [(2, DRAMA)]


def test_mobile_column_preferred_over_phone() -> None:
    text = "phone,mobile\n020 7946 0000,07700 900124\n"
    assert phones(text) == [(2, "+447700900124")]


def test_single_column_without_header() -> None:
    assert phones("07700 900123\n+447700900124\n") == [(1, DRAMA), (2, "+447700900124")]


def test_single_column_unknown_header_is_reported_not_guessed() -> None:
    assert skipped("tel\n07700900123\n") == [(1, "tel", "invalid number")]


def test_several_columns_without_a_phone_header_is_an_error() -> None:
    with pytest.raises(ContactsError, match="no phone column"):
        parse_contacts("name,tel\nAsha,07700900123\n")


def test_duplicates_refer_to_the_first_line_whatever_the_format() -> None:
    text = "phone\n07700 900123\n+447700900123\n0044 7700 900123\n07700 900124\n"
    assert phones(text) == [(2, DRAMA), (5, "+447700900124")]
    assert skipped(text) == [(3, "+447700900123", "duplicate of line 2"),
                             (4, "0044 7700 900123", "duplicate of line 2")]


def test_empty_cells_and_blank_lines_are_empty_rows_but_trailing_ones_are_ignored() -> None:
    text = "name,phone\nAsha,\n\nBen,07700 900123\n\n\n"
    assert skipped(text) == [(2, "", "empty"), (3, "", "empty")]
    assert phones(text) == [(4, DRAMA)]


def test_short_rows_count_as_empty() -> None:
    assert skipped("name,phone\nAsha\n") == [(2, "", "empty")]


def test_line_numbers_are_physical_lines_with_quoted_newlines() -> None:
    text = 'name,phone\n"Asha\nKhan",07700 900123\nBen,020 7946 0000\n'
    assert phones(text) == [(3, DRAMA)]
    assert skipped(text) == [(4, "020 7946 0000", "not a mobile number")]


def test_byte_order_mark_and_crlf() -> None:
    assert phones("\ufeffPhone\r\n07700 900123\r\n") == [(2, DRAMA)]


@pytest.mark.parametrize("text", ["", "\n\n", "phone\n"])
def test_nothing_to_read(text: str) -> None:
    result = parse_contacts(text)
    assert (result.contacts, result.skipped) == ([], [])


def test_every_row_is_accounted_for() -> None:
    rows = [f"07700 9001{i:02d}" for i in range(40)] + ["bad", "", "020 7946 0000", "07700900100"]
    result = parse_contacts("phone\n" + "\n".join(rows) + "\n")
    assert len(result.contacts) + len(result.skipped) == len(rows)
    reasons = sorted(s.reason for s in result.skipped)
    assert reasons == ["duplicate of line 2", "empty", "invalid number", "not a mobile number"]
    assert result.phones[0] == "+447700900100"


@pytest.mark.parametrize("typed, expected", [
    ("07700 900123", "+447700900123"), ("+44 7700 900123", "+447700900123"),
    ("'07700900123", "+447700900123"), ("+33 6 12 34 56 78", "+33612345678"),  # any country
    ("0113 496 0000", "+441134960000"),  # a landline that texted: found all the same
    ("07700 9OO123", None), ("", None), ("123", None), ("not a number", None)])
def test_a_number_typed_by_staff(typed: str, expected: object) -> None:
    assert phone_number(typed) == expected
