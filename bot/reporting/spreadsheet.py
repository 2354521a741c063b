"""Cells that are safe to open in a spreadsheet.

A patient's free text that starts with "=", "+", "-" or "@" (or a tab or carriage
return before one) would be run as a formula when a commissioner opens the CSV
in Excel or Sheets (CSV injection, OWASP). Such a cell gets a leading apostrophe,
which spreadsheets show as text and hide; numbers stay numbers.
"""

from __future__ import annotations

from typing import Any, List, Sequence

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: Any) -> Any:
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def safe_row(row: Sequence[Any]) -> List[Any]:
    return [safe_cell(value) for value in row]
