"""The date field: typed (ISO or the language's day/month/year, or how long ago when the field
has a base date), or picked on a calendar; written back in words beside it; maybe 'unknown'."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QCalendarWidget, QCheckBox, QLabel, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction

from desktop.engine.case.dates import typed_date

from .field_base import Field
from .i18n import fmt_date, tr


class DateField(Field):
    """YYYY-MM-DD or DD/MM/YYYY (written back in words), or a calendar; maybe 'unknown'. Given a
    base date (set_base), also how long before it: "3d", "2 weeks". A line of its own under the
    input (set_count: the day since onset) leaves the hint (set_hint) to others."""

    def build(self) -> None:
        self.base: date | None = None
        self.count = self.note_line(tr("day since onset"), first=True)
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
        self._calendar: QCalendarWidget | None = None  # made when the menu first opens (not at start-up)
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

    @property
    def calendar(self) -> QCalendarWidget:
        """The calendar in the button's menu."""
        if self._calendar is None:
            menu = self.pick.menu()
            calendar = self._calendar = QCalendarWidget()
            calendar.setAccessibleName(tr("Calendar for {question}").format(question=self.question.label))
            calendar.setAccessibleDescription(self.help.text())
            calendar.setGridVisible(True)
            calendar.clicked.connect(self._picked)
            calendar.activated.connect(self._picked)
            action = QWidgetAction(menu)
            action.setDefaultWidget(calendar)
            menu.addAction(action)
        return self._calendar

    def set_base(self, base: date | None) -> None:
        """What "3d" (three days ago) counts back from; an entry typed so is read again from it."""
        if base == self.base:
            return
        self.base = base
        text = self.edit.text().strip()
        if text and typed_date(text) is None:  # not a date on its own: maybe how long ago
            self._show_date()
            self.emit_changed()

    def set_count(self, text: str | None) -> None:
        """The line that counts from this date (the day since onset); None or "" hides it."""
        self.set_note(self.count, text)

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
        # ISO, day/month/year or how long before the base; else as typed: the engine says why
        return typed_date(text, self.base) or text

    def set_value(self, value: Any) -> None:
        if self.unknown is not None:
            self.unknown.setChecked(value is None)
        self.edit.setText(value.isoformat() if isinstance(value, date) else ("" if value is None else str(value)))

    def focus_target(self) -> QWidget:
        return self.edit

    def entry(self) -> QWidget:
        return self.unknown if self.unknown is not None and self.unknown.isChecked() else self.edit
