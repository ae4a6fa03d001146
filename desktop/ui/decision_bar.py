"""The clinician's decision on the selected item: accept or decline, with a reason and a note."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop.engine.case.history import Decision
from desktop.report.html import tag

from .i18n import tr


class DecisionBar(QWidget):
    """Emits `changed(item_id, decision or None)` when the clinician decides or clears."""

    changed = Signal(str, object)

    def __init__(self, reasons: dict[str, str], parent: QWidget | None = None) -> None:
        """`reasons`: why a clinician may decide, by id (the rule pack's decision reasons)."""
        super().__init__(parent)
        self.item_id: str | None = None
        self.today = date.today()
        self._loading = False
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 2, 0, 2)
        column.setSpacing(2)
        # the item's name on its own line: beside the controls, a long (or translated) name
        # squeezed the reason list and the note until their text was cut off
        self.title = QLabel()
        self.title.setWordWrap(True)
        column.addWidget(self.title)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        column.addLayout(row)
        self.CHOICES = (("accepted", tr("&Accept")), ("declined", tr("Dec&line")), (None, tr("&Undecided")))
        self.group = QButtonGroup(self)
        self.buttons: list[QRadioButton] = []
        for index, (_value, label) in enumerate(self.CHOICES):
            button = QRadioButton(label)
            button.setAccessibleName(tr("Decision: {choice}").format(choice=label.replace("&", "")))
            button.setAccessibleDescription(tr("Saved with the visit, shown on the timeline and printed."))
            self.group.addButton(button, index)
            self.buttons.append(button)
            row.addWidget(button)
        self.reason = QComboBox()
        self.reason.addItem(tr("Reason (optional)"), "")
        for reason_id, label in reasons.items():
            self.reason.addItem(label, reason_id)
        self.reason.setAccessibleName(tr("Reason for the decision"))
        self.reason.setAccessibleDescription(tr("Why the item was accepted or declined."))
        self.note = QLineEdit()
        self.note.setPlaceholderText(tr("Note"))
        self.note.setAccessibleName(tr("Note on the decision"))
        self.note.setAccessibleDescription(tr("Free text, printed with the decision."))
        row.addWidget(self.reason)
        row.addWidget(self.note, 1)
        self.group.idToggled.connect(self._toggled)
        self.reason.currentIndexChanged.connect(lambda _i: self._emit())
        self.note.editingFinished.connect(self._emit)
        self.hide()

    def show_for(self, item_id: str | None, title: str, decision: Decision | None, offered: bool) -> None:
        self.item_id = item_id if offered else None
        self.setVisible(self.item_id is not None)
        if self.item_id is None:
            return
        self._loading = True
        self.title.setText(tag("b", tr("Decision on {item}:").format(item=title)))
        value = decision.decision if decision else None
        self.buttons[[v for v, _l in self.CHOICES].index(value)].setChecked(True)
        self.reason.setCurrentIndex(max(self.reason.findData(decision.reason if decision else ""), 0))
        self.note.setText(decision.note if decision else "")
        self._sync_enabled()
        self._loading = False

    def _toggled(self, _index: int, on: bool) -> None:
        if on:
            self._sync_enabled()
            self._emit()

    def _sync_enabled(self) -> None:
        decided = self.CHOICES[self.group.checkedId()][0] is not None
        self.reason.setEnabled(decided)
        self.note.setEnabled(decided)

    def current(self) -> Decision | None:
        value = self.CHOICES[self.group.checkedId()][0] if self.group.checkedId() >= 0 else None
        if value is None or self.item_id is None:
            return None
        return Decision(self.item_id, value, self.reason.currentData() or "", self.note.text().strip(), self.today)

    def _emit(self) -> None:
        if not self._loading and self.item_id is not None:
            self.changed.emit(self.item_id, self.current())
