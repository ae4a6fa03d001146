"""The answers being entered: one store shared by the wizard pages and the main window."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Signal


class AnswerStore(QObject):
    changed = Signal(str)  # question id, or "" when everything was replaced

    def __init__(self, answers: dict[str, Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.answers = dict(answers)

    def set(self, question_id: str, value: Any) -> None:
        old = self.answers.get(question_id)
        if old == value and type(old) is type(value):
            return
        self.answers[question_id] = value
        self.changed.emit(question_id)

    def replace(self, answers: dict[str, Any]) -> None:
        self.answers = dict(answers)
        self.changed.emit("")
