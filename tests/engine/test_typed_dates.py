"""Dates typed in the wizard: ISO, or day-month-year as the app's languages write them."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.engine.case.dates import typed_date


@pytest.mark.parametrize(("text", "expected"), [
    ("2026-11-29", date(2026, 11, 29)),
    ("29/11/2026", date(2026, 11, 29)),
    ("29.11.2026", date(2026, 11, 29)),
    ("29-11-2026", date(2026, 11, 29)),
    (" 1/2/2026 ", date(2026, 2, 1)),  # day first: 1 February, written back as "1 Feb 2026"
    ("03/04/2026", date(2026, 4, 3)),
])
def test_day_month_year_and_iso_are_read(text: str, expected: date) -> None:
    assert typed_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/2026", "11/29/2026", "29/11/26", "29/11", "2026/11/29", "29 11 2026",
                                  "\u0662\u0669/\u0661\u0661/\u0662\u0660\u0662\u0666", "", "yesterday", "29/11/2026/1"])
def test_anything_else_is_not_a_date(text: str) -> None:
    assert typed_date(text) is None
