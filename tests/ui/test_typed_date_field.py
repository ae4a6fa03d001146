"""A date typed the language's way (day/month/year) is read, and written back in words."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QApplication


def test_an_onset_typed_day_first_is_read_and_shown_in_words(window: Any, driver: Any) -> None:
    driver.type("onset_date", "18/11/2026")
    QApplication.processEvents()
    field = driver.field("onset_date")
    assert field.value() == date(2026, 11, 18)
    assert field.shown.text() == "18 Nov 2026"
    assert window.store.answers["onset_date"] == date(2026, 11, 18)
    driver.type("onset_date", "31/02/2026")  # no such day: left as typed, and said to be wrong
    QApplication.processEvents()
    assert field.value() == "31/02/2026"
    assert field.shown.text() == ""
