"""The onset field as a clinician types it: a date or how long before the visit ("3d", "2 weeks",
"3 jours"), written back in words, with the day since onset counted live under it; and the
hint line other parts of the wizard set (set_hint) kept apart from that count."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtWidgets import QApplication

from desktop.ui.date_field import DateField
from desktop.ui.settings import Settings
from ui.driver import Driver


def onset(driver: Any) -> DateField:
    field = driver.field("onset_date")
    assert isinstance(field, DateField)
    return field


def test_how_long_ago_is_read_from_the_visit_date_and_counted(window: Any, driver: Any) -> None:
    field = onset(driver)
    assert field.count.isVisible()
    assert field.count.text() == "Or how long before the visit, e.g. 3d or 2w"
    driver.type("onset_date", "3d")
    QApplication.processEvents()
    assert window.store.answers["onset_date"] == date(2026, 11, 18)  # the visit is 21 Nov 2026
    assert field.shown.text() == "18 Nov 2026"
    assert field.count.text() == "Day 3 since onset (week 0)"
    assert not field.error.isVisible()
    driver.type("onset_date", "2 weeks")
    QApplication.processEvents()
    assert field.shown.text() == "7 Nov 2026"
    assert field.count.text() == "Day 14 since onset (week 2)"
    assert "Day 14 since onset (week 2)" in field.edit.accessibleDescription()


def test_a_typed_date_is_counted_too_and_follows_the_visit_date(window: Any, driver: Any) -> None:
    driver.type("onset_date", "18/10/2026")
    QApplication.processEvents()
    field = onset(driver)
    assert field.count.text() == "Day 34 since onset (week 4)"
    driver.type("onset_date", "2w")
    driver.type("visit_date", "2026-11-25")  # a relative onset is read again from the new visit date
    QApplication.processEvents()
    assert window.store.answers["onset_date"] == date(2026, 11, 11)
    assert field.shown.text() == "11 Nov 2026"
    assert field.count.text() == "Day 14 since onset (week 2)"


def test_nonsense_is_not_a_date(window: Any, driver: Any) -> None:
    field = onset(driver)
    for text in ("-3d", "99999d", "3 dayz"):
        driver.type("onset_date", text)
        QApplication.processEvents()
        assert field.value() == text
        assert field.shown.text() == ""
        assert field.error.isVisible()
        assert field.count.text() == "Or how long before the visit, e.g. 3d or 2w"
        assert window.store.answers["onset_date"] == text


def test_the_hint_is_its_own_line(window: Any, driver: Any) -> None:
    """set_hint (the wizard's: the last visit's answer) and the onset's count are separate lines."""
    field = onset(driver)
    driver.type("onset_date", "3d")
    QApplication.processEvents()
    field.set_hint("Last visit: 7")
    assert field.hint.isVisible()
    assert field.hint.text() == "Last visit: 7"
    assert field.count.text() == "Day 3 since onset (week 0)"
    assert "Last visit: 7" in field.edit.accessibleDescription()
    assert "Day 3 since onset (week 0)" in field.edit.accessibleDescription()
    field.set_count("Day 4 since onset (week 0)")  # the count changes, the hint stays
    assert field.hint.text() == "Last visit: 7"
    field.set_hint(None)
    assert not field.hint.isVisible()
    assert field.count.isVisible()
    assert "Last visit" not in field.edit.accessibleDescription()
    age = driver.field("patient.age")  # any field has the hint
    age.set_hint("Last visit: 74")
    assert age.hint.isVisible()
    assert "Last visit: 74" in age.focus_target().accessibleDescription()
    age.set_hint("")
    assert not age.hint.isVisible()


def test_in_french_days_are_typed_and_counted_in_french(session: Any) -> None:
    driver = Driver(session(Settings(language="fr")).window)
    field = onset(driver)
    assert field.count.text() == "Ou combien de temps avant la visite, p. ex. 3j ou 2s"
    driver.type("onset_date", "3 jours")
    QApplication.processEvents()
    assert field.value() == date(2026, 11, 18)
    assert field.shown.text() == "18 nov. 2026"
    assert field.count.text() == "Jour 3 depuis le début (semaine 0)"
    driver.type("onset_date", "2s")
    QApplication.processEvents()
    assert field.count.text() == "Jour 14 depuis le début (semaine 2)"
