"""One input widget per question kind, built from the rule pack's question definitions:
`make_field`. The base class is in field_base.py, dates in date_field.py, choices in
choice_fields.py; text and numbers here.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from desktop.engine.pack.model import Question, RulePack

from .choice_fields import ChoiceField, MultiChoiceField
from .date_field import DateField
from .field_base import Field, sources_line
from .i18n import tr

__all__ = ["ChoiceField", "DateField", "Field", "MultiChoiceField", "TextField", "make_field", "sources_line"]


class TextField(Field):
    """Text, whole numbers and numbers: the engine says what is wrong with what was typed."""

    def build(self) -> None:
        self.edit = QLineEdit()
        q = self.question
        if q.kind in ("integer", "number"):
            self.edit.setMaximumWidth(120)
            if q.nullable:
                self.edit.setPlaceholderText(tr("unknown"))
        self.label.setBuddy(self.edit)
        self.name(self.edit)
        self.edit.textChanged.connect(lambda _t: self.emit_changed())
        self.body.addWidget(self.edit)
        if q.unit:
            self.body.addWidget(QLabel(q.unit))
        self.body.addStretch(1)

    def value(self) -> Any:
        text = self.edit.text().strip()
        if not text:
            return None
        if self.question.kind in ("integer", "number"):
            try:
                return int(text)
            except ValueError:
                try:
                    return float(text.replace(",", "."))
                except ValueError:
                    return text
        return text

    def set_value(self, value: Any) -> None:
        self.edit.setText("" if value is None else str(value))

    def focus_target(self) -> QWidget:
        return self.edit


def make_field(pack: RulePack, question: Question, parent: QWidget | None = None) -> Field:
    kind = question.kind
    if kind == "date":
        return DateField(pack, question, parent)
    if kind in ("boolean", "choice"):
        return ChoiceField(pack, question, parent)
    if kind == "multi_choice":
        return MultiChoiceField(pack, question, parent)
    return TextField(pack, question, parent)
