"""The timeline as a list: one line per item with its status and dates, beside the details.

What the timeline draws, a screen reader reads here (each line is an accessible list item:
title, status and dates in words), and a keyboard user can move through it with the arrow
keys. Selecting a line selects the item on the timeline, and the other way round."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from desktop.engine.plan.plan import PlanItem

from .i18n import tr

ID = Qt.ItemDataRole.UserRole


class TimelineList(QListWidget):
    itemChosen = Signal(object)  # item id

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(tr("Plan items, as a list"))
        self.setAccessibleDescription(tr("Every item of the timeline with its status and dates; Up and Down move."))
        self.currentItemChanged.connect(self._changed)

    def set_items(self, items: list[PlanItem], line: Callable[[PlanItem], str]) -> None:
        self.blockSignals(True)
        self.clear()
        for item in items:
            entry = QListWidgetItem(line(item))
            entry.setData(ID, item.id)
            entry.setToolTip(entry.text())
            self.addItem(entry)
        self.blockSignals(False)

    def item_ids(self) -> list[str]:
        return [str(self.item(i).data(ID)) for i in range(self.count())]

    def select(self, item_id: str | None) -> None:
        """Follow the timeline's selection (without echoing it back)."""
        ids = self.item_ids()
        self.blockSignals(True)
        self.setCurrentRow(ids.index(item_id) if item_id in ids else -1)
        self.blockSignals(False)

    def _changed(self, current: QListWidgetItem | None, _previous: QListWidgetItem | None) -> None:
        if current is not None:
            self.itemChosen.emit(str(current.data(ID)))
