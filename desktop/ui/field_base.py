"""What every question's field has: its label, its input (built by the kind's subclass), notes
under the input, its help text with sources, and, when the answer is not acceptable, why (in
words, with a warning sign, not by colour alone). Fields hold raw answers; the engine decides
whether they are valid.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QStyle, QVBoxLayout, QWidget

from desktop.engine.pack.model import Question, RulePack

from .i18n import tr


def sources_line(pack: RulePack, question: Question) -> str:
    if not question.sources:
        return question.help
    names = "; ".join(pack.sources[s].short for s in question.sources)
    return tr("{help} Sources: {names}.").format(help=question.help, names=names)


class Field(QWidget):
    """Base: label, input area, help, inline error."""

    changed = Signal(str)  # question id

    def __init__(self, pack: RulePack, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self._building = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 6)
        layout.setSpacing(3)
        self.label = QLabel(f"<b>{question.label}</b>" + (f" ({question.unit})" if question.unit else ""))
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.label)
        self.body = QHBoxLayout()
        self.body.setSpacing(10)
        layout.addLayout(self.body)
        self.notes = QVBoxLayout()  # lines under the input: the hint (set_hint), a kind's own
        self.notes.setSpacing(2)
        layout.addLayout(self.notes)
        self._notes: list[QLabel] = []
        self.hint = self.note_line(tr("note"))
        self.help = QLabel(sources_line(pack, question))
        self.help.setWordWrap(True)
        self.help.setObjectName("help")
        layout.addWidget(self.help)
        self.error = QWidget()
        row = QHBoxLayout(self.error)
        row.setContentsMargins(0, 0, 0, 0)
        self.error_icon = QLabel()  # its picture is drawn when a first warning shows (not at start-up)
        self.error_text = QLabel()
        self.error_text.setWordWrap(True)
        row.addWidget(self.error_icon)
        row.addWidget(self.error_text, 1)
        layout.addWidget(self.error)
        self.error.hide()
        self._error: str | None = None
        self._derive_fonts()
        self.build()
        self._building = False

    def _derive_fonts(self) -> None:
        """Help a little smaller, errors bold: re-derived when the text size changes (Ctrl+plus)."""
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.9)
        self.help.setFont(small)
        bold = QFont(self.font())
        bold.setBold(True)
        self.error_text.setFont(bold)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._derive_fonts()

    # subclasses
    def build(self) -> None:
        raise NotImplementedError

    def value(self) -> Any:
        raise NotImplementedError

    def set_value(self, value: Any) -> None:
        raise NotImplementedError

    def focus_target(self) -> QWidget:
        raise NotImplementedError

    def entry(self) -> QWidget:  # where the wizard puts the cursor in this field (Next, Enter, Ctrl+1)
        return self.focus_target()

    # shared
    def emit_changed(self) -> None:
        if not self._building:
            self.changed.emit(self.question.id)

    def set_error(self, message: str | None) -> None:
        if message:
            if self.error_icon.pixmap().isNull():
                warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
                self.error_icon.setPixmap(warning.pixmap(16, 16))
            self.error_text.setText(f"{self.question.short or self.question.label}: {message}")
        self.error.setVisible(bool(message))
        self._error = message or None
        self.describe()

    def set_hint(self, text: str | None) -> None:
        """A note under the input (e.g. the answer at the last visit); None or "" hides it."""
        self.set_note(self.hint, text)

    def note_line(self, name: str, first: bool = False) -> QLabel:
        """A plain-text line under the input (above the others if `first`), hidden while empty:
        see set_note. `name` says what it is to a screen reader."""
        line = QLabel()
        line.setTextFormat(Qt.TextFormat.PlainText)
        line.setWordWrap(True)
        line.setObjectName("note")
        line.setAccessibleName(f"{self.question.short or self.question.label}: {name}")
        line.hide()
        self.notes.insertWidget(0 if first else self.notes.count(), line)
        self._notes.insert(0 if first else len(self._notes), line)
        return line

    def set_note(self, line: QLabel, text: str | None) -> None:
        line.setText(text or "")
        line.setVisible(bool(text))
        self.describe()

    def describe(self) -> None:
        """The input's accessible description: the error, else the help, then the notes shown."""
        notes = [line.text() for line in self._notes if line.text()]
        self.focus_target().setAccessibleDescription(" ".join([self._error or self.help.text(), *notes]))

    def name(self, widget: QWidget, suffix: str = "") -> None:
        label = self.question.label + (f": {suffix}" if suffix else "")
        widget.setAccessibleName(label)
        widget.setAccessibleDescription(self.help.text())
