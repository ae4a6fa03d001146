"""One input widget per question kind, built from the rule pack's question definitions.

A field shows the question's label, its input, its help text with sources, and, when the
answer is not acceptable, why (in words, with a warning sign, not by colour alone). Fields
hold raw answers; the engine decides whether they are valid.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QRadioButton,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop.engine.case.dates import typed_date
from desktop.engine.pack.model import Question, RulePack

from .field_keys import GridKeys, RadioKeys
from .i18n import fmt_date, tr


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
        self.help = QLabel(sources_line(pack, question))
        self.help.setWordWrap(True)
        self.help.setObjectName("help")
        layout.addWidget(self.help)
        self.error = QWidget()
        row = QHBoxLayout(self.error)
        row.setContentsMargins(0, 0, 0, 0)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(16, 16))
        self.error_text = QLabel()
        self.error_text.setWordWrap(True)
        row.addWidget(icon)
        row.addWidget(self.error_text, 1)
        layout.addWidget(self.error)
        self.error.hide()
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
            self.error_text.setText(f"{self.question.short or self.question.label}: {message}")
        self.error.setVisible(bool(message))
        self.focus_target().setAccessibleDescription(message or self.help.text())

    def name(self, widget: QWidget, suffix: str = "") -> None:
        label = self.question.label + (f": {suffix}" if suffix else "")
        widget.setAccessibleName(label)
        widget.setAccessibleDescription(self.help.text())


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


class DateField(Field):
    """YYYY-MM-DD or DD/MM/YYYY (written back in words), or a calendar; maybe 'unknown'."""

    def build(self) -> None:
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(tr("YYYY-MM-DD"))
        self.edit.setMaximumWidth(130)
        self.label.setBuddy(self.edit)
        self.name(self.edit)
        self.edit.textChanged.connect(lambda _t: self.emit_changed())
        self.edit.textChanged.connect(lambda _t: self._show_date())
        self.shown = QLabel()  # the date as the interface writes it: a check on what was typed
        self.shown.setAccessibleName(tr("{question}, as entered").format(question=self.question.label))
        self.pick = QToolButton()
        self.pick.setText(tr("Calendar…"))
        self.pick.setAccessibleName(tr("{question}: choose on a calendar").format(question=self.question.label))
        self.pick.setAccessibleDescription(tr("Opens a calendar to pick the date with the arrow keys and Enter."))
        self.pick.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.pick)
        self.calendar = QCalendarWidget()
        self.calendar.setAccessibleName(tr("Calendar for {question}").format(question=self.question.label))
        self.calendar.setAccessibleDescription(self.help.text())
        self.calendar.setGridVisible(True)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._sync_calendar)
        self.pick.setMenu(menu)
        self.unknown: QCheckBox | None = None
        self.body.addWidget(self.edit)
        self.body.addWidget(self.pick)
        self.body.addWidget(self.shown)
        if self.question.nullable:
            self.unknown = QCheckBox(self.question.null_label or tr("unknown"))
            self.name(self.unknown, self.question.null_label or tr("unknown"))
            self.unknown.setChecked(True)
            self.unknown.toggled.connect(self._toggle_unknown)
            self.body.addWidget(self.unknown)
            self._toggle_unknown(True)
        self.body.addStretch(1)

    def _show_date(self) -> None:
        value = self.value()
        self.shown.setText(fmt_date(value) if isinstance(value, date) else "")

    def _toggle_unknown(self, unknown: bool) -> None:
        self.edit.setEnabled(not unknown)
        self.pick.setEnabled(not unknown)
        if not unknown and not self.edit.text():
            self.edit.setFocus()
        self.emit_changed()

    def _sync_calendar(self) -> None:
        value = self.value()
        chosen = QDate(value.year, value.month, value.day) if isinstance(value, date) else QDate.currentDate()
        self.calendar.setSelectedDate(chosen)

    def _picked(self, qdate: QDate) -> None:
        self.edit.setText(qdate.toString("yyyy-MM-dd"))
        menu = self.pick.menu()
        if menu:
            menu.hide()

    def value(self) -> Any:
        if self.unknown is not None and self.unknown.isChecked():
            return None
        text = self.edit.text().strip()
        if not text:
            return None
        return typed_date(text) or text  # ISO or day/month/year; else as typed: the engine says why

    def set_value(self, value: Any) -> None:
        if self.unknown is not None:
            self.unknown.setChecked(value is None)
        self.edit.setText(value.isoformat() if isinstance(value, date) else ("" if value is None else str(value)))

    def focus_target(self) -> QWidget:
        return self.edit

    def entry(self) -> QWidget:
        return self.unknown if self.unknown is not None and self.unknown.isChecked() else self.edit


class ChoiceField(Field):
    """Yes/No (and Unknown), or one choice: radio buttons; a long list: a drop-down."""

    def build(self) -> None:
        q = self.question
        if q.kind == "boolean":
            options: list[tuple[Any, str]] = [(True, tr("Yes")), (False, tr("No"))]
        else:
            options = [(None if c.id == q.null_choice else c.id, c.label) for c in q.choices]
        if q.nullable and not q.null_choice:  # a "not known" choice of its own says it already
            options.append((None, tr("Unknown")))
        self.options = options
        self.combo: QComboBox | None = None
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        if len(options) > 4:
            self.combo = QComboBox()
            for value, label in options:
                self.combo.addItem(label, value)
            self.name(self.combo)
            self.label.setBuddy(self.combo)
            self.combo.currentIndexChanged.connect(lambda _i: self.emit_changed())
            self.body.addWidget(self.combo)
        else:
            for index, (_value, label) in enumerate(options):
                button = QRadioButton(label)
                self.name(button, label)
                self.group.addButton(button, index)
                self.buttons.append(button)
                self.body.addWidget(button)
            self.label.setBuddy(self.buttons[0])
            self.group.idToggled.connect(self._toggled)
            RadioKeys(self.buttons, self)
        self.body.addStretch(1)
        self.set_value(q.default if q.default is not None else None)

    def _toggled(self, _index: int, on: bool) -> None:
        if on:
            self.emit_changed()

    def value(self) -> Any:
        if self.combo is not None:
            return self.combo.currentData()
        checked = self.group.checkedId()
        return None if checked < 0 else self.options[checked][0]

    def set_value(self, value: Any) -> None:
        index = next((i for i, (v, _l) in enumerate(self.options) if v == value and type(v) is type(value)), -1)
        if self.combo is not None:
            self.combo.setCurrentIndex(max(index, 0))
            return
        if index >= 0:
            self.buttons[index].setChecked(True)
        else:
            self.group.setExclusive(False)
            for button in self.buttons:
                button.setChecked(False)
            self.group.setExclusive(True)

    def focus_target(self) -> QWidget:
        return self.combo if self.combo is not None else self.buttons[0]

    def entry(self) -> QWidget:
        checked = self.group.checkedButton()
        return checked if checked is not None else self.focus_target()


class MultiChoiceField(Field):
    """Tick every that applies; 'None of these' is an explicit answer (nothing ticked = not answered)."""

    def build(self) -> None:
        q = self.question
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        self.boxes: dict[str, QCheckBox] = {}
        # where each choice goes: the question's grid (rules/questions.yaml), else one per row
        cells = {cid: (r, c) for r, row in enumerate(q.grid) for c, cid in enumerate(row)}
        placed: list[tuple[QCheckBox, int, int]] = []
        for index, choice in enumerate(q.choices):
            box = QCheckBox(choice.label)
            box.setAccessibleName(f"{q.short or q.label}: {choice.label}")
            box.setAccessibleDescription(choice.help or self.help.text())
            if choice.help:
                box.setToolTip(choice.help)
            box.toggled.connect(lambda on, c=choice.id: self._toggled(c, on))
            self.boxes[choice.id] = box
            placed.append((box, *cells.get(choice.id, (index, 0))))
            grid.addWidget(*placed[-1])
        self.none: QCheckBox | None = None
        if q.min_count == 0:
            self.none = QCheckBox(tr("None of these"))
            self.none.setAccessibleName(tr("{question}: none of these").format(question=q.short or q.label))
            self.none.setAccessibleDescription(tr("Tick if none of the above applies (an answer, not a blank)."))
            self.none.toggled.connect(lambda on: self._toggled(None, on))
            placed.append((self.none, len(q.grid) if q.grid else len(q.choices), 0))
            grid.addWidget(*placed[-1])
        # a grid (the level picker) also takes its choices' names typed ("L3")
        names = {name: self.boxes[c.id] for c in q.choices for name in (c.id, c.label)} if q.grid else {}
        GridKeys(placed, names, self)
        self.label.setBuddy(next(iter(self.boxes.values())))
        self.body.addLayout(grid)
        self.body.addStretch(1)

    def _toggled(self, choice: str | None, on: bool) -> None:
        if on and not self._building:
            if choice is None:
                for box in self.boxes.values():
                    box.blockSignals(True)
                    box.setChecked(False)
                    box.blockSignals(False)
            elif self.none is not None:
                self.none.blockSignals(True)
                self.none.setChecked(False)
                self.none.blockSignals(False)
        self.emit_changed()

    def value(self) -> Any:
        chosen = [c for c, box in self.boxes.items() if box.isChecked()]
        if chosen:
            return chosen
        return [] if self.none is not None and self.none.isChecked() else None

    def set_value(self, value: Any) -> None:
        for choice, box in self.boxes.items():
            box.blockSignals(True)
            box.setChecked(bool(value) and choice in value)
            box.blockSignals(False)
        if self.none is not None:
            self.none.blockSignals(True)
            self.none.setChecked(value == [])
            self.none.blockSignals(False)

    def focus_target(self) -> QWidget:
        return next(iter(self.boxes.values()))


def make_field(pack: RulePack, question: Question, parent: QWidget | None = None) -> Field:
    kind = question.kind
    if kind == "date":
        return DateField(pack, question, parent)
    if kind in ("boolean", "choice"):
        return ChoiceField(pack, question, parent)
    if kind == "multi_choice":
        return MultiChoiceField(pack, question, parent)
    return TextField(pack, question, parent)
