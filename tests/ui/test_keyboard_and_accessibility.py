"""Keyboard-only use of the whole wizard, and an accessible name on every focusable widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from conftest import case_data
from desktop.engine import validate_case
from ui.driver import TODAY, screenshot


def name_of(widget: QWidget) -> str:
    """The name assistive technology reads for the widget."""
    interface = QAccessible.queryAccessibleInterface(widget)
    text = interface.text(QAccessible.Text.Name) if interface is not None else ""
    return text or widget.accessibleName()


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has keyboard focus"
    return widget


def tab_to(name: str, limit: int = 60) -> QWidget:
    """Press Tab until the widget named `name` has focus (proving it is reachable by keyboard)."""
    seen = []
    for _ in range(limit):
        widget = focused()
        if name_of(widget) == name:
            return widget
        seen.append(name_of(widget))
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"{name!r} not reached by Tab; went through {seen}")


def key(k: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    QTest.keyClick(focused(), k, modifier)


def test_the_whole_wizard_by_keyboard_alone(window: Any) -> None:
    window.activateWindow()
    window.wizard.currentPage().fields["visit_date"].edit.setFocus(Qt.FocusReason.OtherFocusReason)
    QTest.keyClicks(tab_to("Onset date (fracture event or start of symptoms)"), "2026-11-19")
    QTest.keyClicks(tab_to("Age"), "74")
    tab_to("Sex: Female")
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Return)  # Enter presses the default button: Next
    assert window.wizard.page_name() == "fracture"

    tab_to("Fractured levels: L1")
    key(Qt.Key.Key_Space)
    tab_to("Neurological deficit (weakness, sensory loss, bowel or bladder symptoms, cauda equina, myelopathy, radicular syndrome): Yes")
    key(Qt.Key.Key_Right)  # arrows move between the radio buttons, Space chooses
    assert name_of(focused()).endswith(": No")
    key(Qt.Key.Key_Space)
    assert window.store.answers["fracture.neuro_deficit"] is False
    tab_to("Red flags: none of these")
    key(Qt.Key.Key_Space)
    key(Qt.Key.Key_Return)
    assert window.wizard.page_name() == "pain"

    QTest.keyClicks(tab_to("Current pain (0-10 numeric rating scale)"), "6")
    key(Qt.Key.Key_Return)
    assert window.wizard.page_name() == "safety"
    QTest.keyClicks(tab_to("eGFR or creatinine clearance"), "64")
    assert window.wizard.currentPage().isAncestorOf(focused()), "typing must not lose the keyboard focus"
    key(Qt.Key.Key_Return)
    assert window.wizard.page_name() == "history"
    tab_to("Next page")
    key(Qt.Key.Key_Space)  # Space presses the focused button
    assert window.wizard.page_name() == "review"
    tab_to("Finish and show the plan")
    key(Qt.Key.Key_Space)

    timeline = window.panel.timeline
    assert focused() is timeline
    assert timeline.selected == "paracetamol"  # pathway v2: the first row of the plan
    key(Qt.Key.Key_Down)
    assert timeline.selected == "calcitonin"
    key(Qt.Key.Key_Down)
    assert timeline.selected == "nsaid"
    assert "NSAIDs" in window.panel.detail.toPlainText()
    screenshot(window, "keyboard_only_plan")

    key(Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # back to the questions
    assert window.wizard.isAncestorOf(focused())


def visible_focusable(root: QWidget) -> list[QWidget]:
    return [
        w for w in root.findChildren(QWidget)
        if w.isVisible() and w.isEnabled() and (w.focusPolicy() & Qt.FocusPolicy.TabFocus) == Qt.FocusPolicy.TabFocus
    ]


def test_every_focusable_widget_has_an_accessible_name(window: Any) -> None:
    changes = {"fracture.red_flags": ["infection_suspected"], "history.antiresorptive": "denosumab",
               "onset_date": "2026-08-01"}
    case = validate_case(window.pack, case_data(**changes), window.planner.params, today=TODAY)
    window.store.replace(case.answers)
    window.wizard.reload()
    unnamed: dict[str, list[str]] = {}
    checked = 0
    for page in ("visit", "fracture", "urgent", "pain", "safety", "history", "review"):
        assert window.wizard.page_name() == page
        for widget in visible_focusable(window):
            checked += 1
            if not name_of(widget).strip():
                unnamed.setdefault(page, []).append(f"{type(widget).__name__} {widget.objectName()}")
        if page != "review":
            window.wizard.next()
    assert unnamed == {}
    assert checked > 80
