"""Drive the real widgets of the main window as a user would, and save screenshots."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget, QWizard

from desktop.ui.fields import ChoiceField, DateField, Field, MultiChoiceField, TextField
from desktop.ui.main_window import MainWindow

TODAY = date(2026, 11, 21)


def click(button: QWidget) -> None:
    """Click a check box or radio button on its indicator, as a user would (its centre may be
    empty space beyond the label)."""
    QTest.mouseClick(button, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(8, button.height() // 2))


def shots_dir() -> Path:
    """This test's screenshot folder: in its tmp_path, or OVCF_SCREENSHOTS to keep them (both set
    by the `own_folders` fixture in conftest.py)."""
    return Path(os.environ["OVCF_SCREENSHOTS"])


def screenshot(widget: QWidget, name: str) -> Path:
    folder = shots_dir()
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.png"
    assert widget.grab().save(str(path)), path
    return path


class Driver:
    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self.wizard = window.wizard

    @property
    def page(self) -> str:
        return self.wizard.page_name()

    def field(self, qid: str) -> Field:
        page = self.wizard.currentPage()
        fields = getattr(page, "fields", {})
        assert qid in fields, f"{qid} is not on page {self.page}"
        field = fields[qid]
        assert field.isVisible(), f"{qid} is not shown"
        return field

    def type(self, qid: str, text: str) -> None:
        field = self.field(qid)
        assert isinstance(field, (TextField, DateField))
        if isinstance(field, DateField) and field.unknown is not None and field.unknown.isChecked():
            click(field.unknown)
        field.edit.selectAll()
        QTest.keyClicks(field.edit, text)

    def choose(self, qid: str, label: str) -> None:
        field = self.field(qid)
        assert isinstance(field, ChoiceField)
        if field.combo is not None:
            field.combo.setCurrentIndex(field.combo.findText(label))
            return
        click(next(b for b in field.buttons if b.text() == label))

    def tick(self, qid: str, *choices: str) -> None:
        field = self.field(qid)
        assert isinstance(field, MultiChoiceField)
        for choice in choices:
            box = field.none if choice == "none" else field.boxes[choice]
            assert box is not None
            click(box)

    def next(self, expect: str | None = None) -> None:
        button = self.wizard.button(QWizard.WizardButton.NextButton)
        assert button.isEnabled(), f"Next is disabled on {self.page}: {self.wizard.currentPage().needed.text()}"
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        if expect:
            assert self.page == expect

    def finish(self) -> None:
        button = self.wizard.button(QWizard.WizardButton.FinishButton)
        assert button.isVisible()
        assert button.isEnabled()
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)

    def answer(self, page: str, answers: dict[str, Any]) -> None:
        """Fill `page` from {question id: value}: text for typed fields, labels for choices,
        lists of choice ids for multi-choice."""
        assert self.page == page, f"on {self.page}, expected {page}"
        for qid, value in answers.items():
            field = self.field(qid)
            if isinstance(field, MultiChoiceField):
                self.tick(qid, *value)
            elif isinstance(field, ChoiceField):
                self.choose(qid, value)
            else:
                self.type(qid, str(value))

    def enter_case(
        self,
        onset: str,
        levels: list[str],
        age: str = "74",
        sex: str = "Female",
        neuro: str = "No",
        flags: list[str] | None = None,
        pain: dict[str, Any] | None = None,
        safety: dict[str, Any] | None = None,
        history: dict[str, Any] | None = None,
        shots: str | None = None,
    ) -> None:
        """Walk the whole wizard, page by page, and press Finish."""
        self.answer("visit", {"onset_date": onset, "patient.age": age, "patient.sex": sex})
        self._shot(shots, "1_visit")
        self.next("fracture")
        self.answer("fracture", {"fracture.levels": levels, "fracture.neuro_deficit": neuro,
                                 "fracture.red_flags": flags or ["none"]})
        self._shot(shots, "2_fracture")
        self.next()
        if self.page == "urgent":
            self._shot(shots, "2b_urgent")
            self.next()
        self.answer("pain", pain or {"pain.nrs": "5"})
        self._shot(shots, "3_pain")
        self.next("safety")
        self.answer("safety", safety or {})
        self._shot(shots, "4_safety")
        self.next("history")
        self.answer("history", history or {})
        self._shot(shots, "5_history")
        self.next("review")
        self._shot(shots, "6_review")
        self.finish()
        QApplication.processEvents()
        self._shot(shots, "7_plan")

    def _shot(self, prefix: str | None, name: str) -> None:
        if prefix:
            QApplication.processEvents()
            screenshot(self.window, f"{prefix}_{name}")
