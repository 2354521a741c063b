"""CSV cells a spreadsheet would run as formulas are made text (bot/reporting/spreadsheet.py)."""

from __future__ import annotations

from typing import Any

import pytest

from bot.reporting.spreadsheet import safe_cell, safe_row


@pytest.mark.parametrize("value, shown", [
    ("=HYPERLINK(\"http://evil.example\",\"click\")", "'=HYPERLINK(\"http://evil.example\",\"click\")"),
    ("+447700900123", "'+447700900123"),
    ("-2+3", "'-2+3"),
    ("@SUM(A1:A9)", "'@SUM(A1:A9)"),
    ("\t=1+1", "'\t=1+1"),
    ("\r=1+1", "'\r=1+1"),
    ("it was fine = ok", "it was fine = ok"),
    ("", ""),
    (4.0, 4.0),
    (-2, -2),  # a real number stays a number
    (None, None),
])
def test_safe_cell(value: Any, shown: Any) -> None:
    assert safe_cell(value) == shown


def test_safe_row_keeps_order_and_length() -> None:
    assert safe_row(["a", "=b", 3]) == ["a", "'=b", 3]
