"""The clinic register's tables: patients, one patient's visits, and who is due, grouped.

Each row keeps what it stands for (a patient id, a visit id) under `ROW_ID`; dates sort as
dates (`SORT`), not as their text. Nothing here tells by colour alone: overdue and urgent
rows say so in words, with an icon.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QStyle,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from desktop.register.rows import DueRow, PatientRow, VisitRow

from .i18n import fmt_date, tr

ROW_ID = Qt.ItemDataRole.UserRole + 1
SORT = Qt.ItemDataRole.UserRole + 2
BUCKETS = ("overdue", "today", "week", "month")


def bucket_heading(bucket: str) -> str:
    return {"overdue": tr("Overdue"), "today": tr("Due today"), "week": tr("Due this week"),
            "month": tr("Due this month")}[bucket]


def kind_text(kind: str) -> str:
    """A due item's kind: a review or decision point, or the label of the plan's lane."""
    return {"review": tr("Follow-up review")}.get(kind, kind)


def age_text(patient: PatientRow) -> str:
    """'78 (born about 1948)', or 'born about 1948' without an age."""
    born = tr("born about {year}").format(year=patient.birth_year) if patient.birth_year else ""
    if patient.age is None:
        return born
    return f"{patient.age} ({born})" if born else str(patient.age)


def cell(text: str, sort: object = None, row_id: int | None = None) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setData(text.casefold() if sort is None else sort, SORT)
    if row_id is not None:
        item.setData(row_id, ROW_ID)
    return item


def date_key(value: date | None) -> str:
    return value.isoformat() if value else ""


class RegisterTable(QTableView):
    """A read-only, sortable table whose rows stand for register ids; Enter or a double click
    activates a row (`activated`)."""

    def __init__(self, headers: Sequence[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.source = QStandardItemModel(0, len(headers), self)
        self.source.setHorizontalHeaderLabels(list(headers))
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.source)
        self.proxy.setSortRole(SORT)
        self.setModel(self.proxy)
        self.setAccessibleName(name)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(False)  # Tab leaves the table; the arrows move in it
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)

    def set_rows(self, rows: Sequence[Sequence[QStandardItem]]) -> None:
        self.source.setRowCount(0)
        for row in rows:
            self.source.appendRow(list(row))
        if self.proxy.rowCount():
            self.setCurrentIndex(self.proxy.index(0, 0))

    def row_id(self, index: QModelIndex | None = None) -> int | None:
        index = index if index is not None else self.currentIndex()
        if not index.isValid():
            return None
        value = self.proxy.index(index.row(), 0).data(ROW_ID)
        return int(value) if value is not None else None

    def texts(self) -> list[list[str]]:
        """What the table shows, row by row, in its current order."""
        return [[str(self.proxy.index(r, c).data() or "") for c in range(self.proxy.columnCount())]
                for r in range(self.proxy.rowCount())]


class PatientTable(RegisterTable):
    def __init__(self, sexes: dict[str, str], today: date, parent: QWidget | None = None) -> None:
        super().__init__([tr("Patient (name or ID)"), tr("Age"), tr("Sex"), tr("Last visit"), tr("Next due"),
                          tr("Visits")], tr("Patients"), parent)
        self.sexes = sexes
        self.today = today
        self.horizontalHeader().setStretchLastSection(False)
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # the name
        self.setSortingEnabled(True)
        self.sortByColumn(3, Qt.SortOrder.DescendingOrder)  # recent first

    def show_patients(self, patients: Sequence[PatientRow]) -> None:
        self.set_rows([[
            cell(p.name or tr("(no name)"), row_id=p.id),
            cell(age_text(p), sort=p.birth_year or 0),
            cell(self.sexes.get(p.sex or "", p.sex or "")),
            cell(fmt_date(p.last_visit), sort=date_key(p.last_visit)),
            self._next_due(p.next_due),
            cell(str(p.visits), sort=p.visits),
        ] for p in patients])

    def _next_due(self, when: date | None) -> QStandardItem:
        """The next due date; one before today says "overdue", with a warning sign."""
        if when is None or when >= self.today:
            return cell(fmt_date(when), sort=date_key(when))
        item = cell(tr("{date} (overdue)").format(date=fmt_date(when)), sort=date_key(when))
        item.setIcon(QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning))
        return item


class VisitTable(RegisterTable):
    def __init__(self, phases: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__([tr("Visit date"), tr("Day"), tr("Phase"), tr("Saved by"), tr("Rule pack"),
                          tr("Site profile"), tr("File")], tr("Visits"), parent)
        self.phases = phases  # phase id -> its label in the window's language

    def show_visits(self, visits: Sequence[VisitRow]) -> None:
        self.set_rows([[
            cell(fmt_date(v.visit_date), sort=date_key(v.visit_date), row_id=v.id),
            cell(str(v.day), sort=v.day),
            cell(self.phases.get(v.phase, v.phase)),
            cell(v.who),
            cell(v.pack_version),
            cell(v.profile),
            cell(v.source_file or tr("register only")),
        ] for v in visits])


class DueTree(QTreeWidget):
    """Who is due: a heading per group (overdue, today, this week, this month) with its count,
    and a row per due item: date, status, patient, kind, what. Rows keep their patient id."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setColumnCount(5)
        self.setHeaderLabels([tr("Date"), tr("Status"), tr("Patient"), tr("Kind"), tr("What")])
        self.setAccessibleName(tr("Due list"))
        self.setAccessibleDescription(tr("Due items grouped: overdue, today, this week, this month."))
        self.setRootIsDecorated(False)
        self.setItemsExpandable(False)
        self.setAlternatingRowColors(True)
        self.setUniformRowHeights(True)
        self.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.header().setStretchLastSection(True)

    def show_due(self, rows: Sequence[DueRow]) -> None:
        self.clear()
        warning = self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        bold = QFont(self.font())
        bold.setBold(True)
        first: QTreeWidgetItem | None = None
        for bucket in BUCKETS:
            items = [r for r in rows if r.bucket == bucket]
            count = tr("{n} due").format(n=len(items)) if items else tr("nobody")
            group = QTreeWidgetItem(self, [tr("{group}: {count}").format(group=bucket_heading(bucket), count=count)])
            group.setFirstColumnSpanned(True)
            group.setFont(0, bold)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setData(0, ROW_ID, None)
            for row in items:
                status = tr("Overdue") if bucket == "overdue" else tr("Urgent") if row.urgent else ""
                texts = [fmt_date(row.due_date), status, row.patient, kind_text(row.kind), row.label]
                item = QTreeWidgetItem(group, texts)
                item.setData(0, ROW_ID, row.patient_id)
                item.setToolTip(4, row.label)
                if status:
                    item.setIcon(1, warning)
                    item.setFont(1, bold)
                first = first or item
            group.setExpanded(True)
        if first is not None:
            self.setCurrentItem(first)

    def patient_id(self) -> int | None:
        item = self.currentItem()
        value = item.data(0, ROW_ID) if item is not None else None
        return int(value) if value is not None else None

    def texts(self) -> list[str]:
        """What the list shows: each heading, then its rows as 'date | status | patient | kind | what'."""
        out = []
        for g in range(self.topLevelItemCount()):
            group = self.topLevelItem(g)
            assert group is not None
            out.append(group.text(0))
            for r in range(group.childCount()):
                child = group.child(r)
                assert child is not None
                out.append(" | ".join(child.text(c) for c in range(self.columnCount())))
        return out
