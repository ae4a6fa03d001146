"""Comfort and accessibility: text size, high contrast, keyboard shortcuts and mnemonics,
an accessible name and description on every control, dates in the language's format."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard

from conftest import case_data
from desktop.engine import validate_case
from desktop.ui import theme
from desktop.ui.settings import Settings, load_settings
from desktop.ui.settings_dialog import SettingsDialog
from ui.driver import TODAY, screenshot
from ui.layout_check import all_menus, clipped, menu_texts, mnemonic_clashes

SUBACUTE_L3 = {"fracture.levels": ["L3"], "onset_date": "2026-10-01", "history.antiresorptive": "denosumab"}


def show_case(window: Any, **changes: Any) -> None:
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.wizard.reload()
    QApplication.processEvents()


def press(window: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.ControlModifier) -> None:
    QTest.keyClick(window, key, modifiers)
    for _ in range(3):  # the font change, then the layouts it invalidates
        QApplication.processEvents()


def test_ctrl_plus_and_minus_scale_every_text_and_are_remembered(session: Any) -> None:
    window = session().window
    show_case(window, **SUBACUTE_L3)
    base = QApplication.font().pointSizeF()
    timeline = window.panel.timeline
    height, label = timeline.height(), window.wizard.currentPage().fields["patient.age"].label
    label_height = label.sizeHint().height()

    press(window, Qt.Key.Key_Plus)
    press(window, Qt.Key.Key_Plus)
    assert load_settings().text_scale == 1.3
    assert QApplication.font().pointSizeF() == pytest.approx(base * 1.3)
    assert label.sizeHint().height() > label_height, "wizard text grows"
    assert timeline.height() == pytest.approx(height * 1.3, abs=2), "the timeline is drawn larger, not cut"
    assert clipped(window) == []
    screenshot(window, "text_size_130")

    press(window, Qt.Key.Key_Minus)
    assert load_settings().text_scale == 1.15
    press(window, Qt.Key.Key_0)
    assert load_settings().text_scale == 1.0
    assert QApplication.font().pointSizeF() == pytest.approx(base)
    assert timeline.height() == height

    assert session(load_settings()).window.settings.text_scale == 1.0
    window.change_settings(text_scale=2.0)
    assert session(load_settings()).window.settings.text_scale == 2.0
    assert QApplication.font().pointSizeF() == pytest.approx(base * 2.0)


def pixel(widget: QWidget, x: float, y: float) -> QColor:
    return widget.grab().toImage().pixelColor(int(x), int(y))


def test_high_contrast_theme(session: Any) -> None:
    window = session().window
    show_case(window, **SUBACUTE_L3)
    timeline = window.panel.timeline
    assert pixel(timeline, timeline.width() - 4, timeline.height() - 4) == QColor("#ffffff")

    press(window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert load_settings().theme == "high_contrast"
    palette = QApplication.palette()
    assert palette.color(QPalette.ColorRole.Window) == QColor("#000000")
    assert palette.color(QPalette.ColorRole.WindowText) == QColor("#ffffff")
    assert pixel(timeline, timeline.width() - 4, timeline.height() - 4) == QColor("#000000")
    x = timeline.today_x()
    assert pixel(timeline, x, timeline.height() - 2) == QColor(theme.HIGH_CONTRAST.today)
    critical = window.panel.critical
    assert critical.isVisible()
    assert "#ffff00" in critical.styleSheet()
    # each status keeps its own shape and pattern (tested for every status in test_timeline)
    screenshot(window, "high_contrast_plan")

    window.change_settings(theme="normal")
    assert QApplication.palette().color(QPalette.ColorRole.Window) != QColor("#000000")
    assert pixel(timeline, timeline.width() - 4, timeline.height() - 4) == QColor("#ffffff")


def test_printouts_stay_black_on_white_in_high_contrast(session: Any) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from desktop.ui.print_timeline import LAYOUT_WIDTH, OBJECT
    from desktop.ui.printing import summary_document

    window = session(Settings(theme="high_contrast", text_scale=1.5)).window
    show_case(window, **SUBACUTE_L3)
    document = summary_document(window.panel.plan, {}, [], "a4", TODAY)
    timeline = document.documentLayout().handlerForObject(OBJECT)  # drawn as vector graphics at print time
    assert timeline.widget.width() == LAYOUT_WIDTH, "paper layout does not follow the screen's text size"
    image = QImage(1000, 700, QImage.Format.Format_RGB32)
    image.fill(QColor("#ff0000"))
    painter = QPainter(image)
    timeline.drawObject(painter, QRectF(0, 0, 1000, 700), document, 0, None)
    painter.end()
    assert image.pixelColor(image.width() - 3, image.height() - 3) == QColor("#ffffff")


def controls(root: QWidget) -> list[QWidget]:
    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.FocusPolicy.TabFocus]


def missing_accessibility(root: QWidget) -> list[str]:
    return [f"{type(w).__name__} {w.accessibleName()!r}" for w in controls(root)
            if not w.accessibleName().strip() or not w.accessibleDescription().strip()]


def test_every_control_has_an_accessible_name_and_description(session: Any, qtbot: Any) -> None:
    window = session().window
    show_case(window, **{**SUBACUTE_L3, "fracture.red_flags": ["infection_suspected"]})
    missing: dict[str, list[str]] = {}
    checked = 0
    while True:
        checked += len(controls(window))
        if problems := missing_accessibility(window):
            missing[window.wizard.page_name()] = problems
        if window.wizard.nextId() == -1:
            break
        window.wizard.next()
    window.show_plan()
    window.panel.timeline.select("l2_nerve_root_block")  # the decision bar appears
    QApplication.processEvents()
    checked += len(controls(window))
    if problems := missing_accessibility(window):
        missing["plan"] = problems
    dialog = SettingsDialog(window.pack, window.profile, window.settings, window)
    qtbot.addWidget(dialog)
    dialog.show()
    checked += len(controls(dialog))
    if problems := missing_accessibility(dialog):
        missing["settings"] = problems
    assert missing == {}
    assert checked > 100


@pytest.mark.parametrize("language", ["en", "fr", "es", "pt"])
def test_menus_have_unique_mnemonics_and_shortcuts(session: Any, qtbot: Any, language: str) -> None:
    window = session(Settings(language=language)).window
    bar = window.menuBar()
    buttons = [window.wizard.buttonText(b) for b in (QWizard.WizardButton.BackButton,
                                                      QWizard.WizardButton.NextButton,
                                                      QWizard.WizardButton.FinishButton)]
    decisions = [b.text() for b in window.panel.decision_bar.buttons]
    # all of these are on screen together: Alt+letter must reach exactly one
    assert mnemonic_clashes([a.text() for a in bar.actions()] + buttons + decisions) == []
    shortcuts: list[str] = []
    for menu in [m for action in bar.actions() for m in all_menus(action.menu())]:
        assert mnemonic_clashes(menu_texts(menu)) == [], menu.title()
        shortcuts += [s.toString() for a in menu.actions() for s in a.shortcuts()]
    assert len(shortcuts) == len(set(shortcuts)), "one shortcut, one action"
    assert {"Ctrl++", "Ctrl+-", "Ctrl+0", "Ctrl+Shift+H", "Ctrl+,", "Ctrl+1", "Ctrl+2", "Ctrl+3"} <= set(shortcuts)
    dialog = SettingsDialog(window.pack, window.profile, window.settings, window)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(QLabel) if w.buddy() is not None]
    assert len(labels) == 5
    assert mnemonic_clashes([*labels, dialog.load.text()]) == []
    dialog.show()
    qtbot.waitExposed(dialog)
    screenshot(dialog, f"settings_{language}")
    assert clipped(dialog) == []


@pytest.mark.parametrize(("language", "visit", "onset"), [
    ("en", "21 Nov 2026", "1 Oct 2026"),
    ("fr", "21 nov. 2026", "1 oct. 2026"),
    ("es", "21 nov 2026", "1 oct 2026"),
    ("pt", "21 nov. 2026", "1 out. 2026"),
])
def test_dates_are_written_the_languages_way(session: Any, language: str, visit: str, onset: str) -> None:
    window = session(Settings(language=language)).window
    show_case(window, **SUBACUTE_L3)
    header = window.panel.header.text()
    assert visit in header
    assert onset in header
    assert window.wizard.currentPage().fields["onset_date"].shown.text() == onset
    assert "2026-10-01" not in header, "no numeric dates whose day and month could be swapped"
