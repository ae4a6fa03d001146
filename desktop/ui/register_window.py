"""File > Clinic register: every patient (searched as you type), who is due, and one patient's
visits, from which the latest is opened in the main window as File > Open opens a file.

Three tabs, each reached with Alt and its underlined letter or Ctrl+Tab: Patients, Due and
Patient (the one opened with Enter or a double click). Esc closes the window.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.engine import RulePack
from desktop.register.rows import PatientRecord
from desktop.register.store import Register

from .i18n import fmt_date, tr
from .register_link import describe_patient
from .register_tables import BUCKETS, DueTree, PatientTable, VisitTable, bucket_heading, kind_text

DUE_WITHIN_DAYS = 31  # the due list shows this month; a patient's page shows everything ahead


class RegisterWindow(QWidget):
    openVisit = Signal(int)  # a visit's id: the main window opens it as a follow-up visit
    changeWho = Signal()  # Change name…: the clinician's name recorded with the visits they save

    PATIENTS, DUE, PATIENT = 0, 1, 2

    def __init__(self, register: Register, pack: RulePack, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.register = register
        self.today = today
        # the words for the register's sex and phase ids (rules/pack.yaml `patient`, phases.yaml)
        self.sexes = {c.id: c.label for q in pack.questions if q.id == pack.patient.sex for c in q.choices}
        self.phases = {p.id: p.label for p in pack.phases}
        self.record: PatientRecord | None = None
        self.setWindowTitle(tr("Clinic register - OVCF Pathway"))
        self.setAccessibleName(tr("Clinic register"))
        self.resize(1100, 680)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(tr("Clinic register views"))
        self.tabs.addTab(self._patients_tab(), tr("&Patients"))
        self.tabs.addTab(self._due_tab(), tr("&Due"))
        self.tabs.addTab(self._patient_tab(), tr("P&atient"))
        self.tabs.setTabEnabled(self.PATIENT, False)  # until a patient is opened
        self.tabs.currentChanged.connect(self._tab_changed)
        close = QPushButton(tr("&Close"))
        close.setAccessibleName(tr("Close the clinic register"))
        close.clicked.connect(self.close)
        self.who = QLabel()
        self.who.setAccessibleName(tr("Who is saving"))
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        change = QPushButton(tr("Change &name…"))
        change.setAccessibleName(tr("Change the name recorded with the visits you save"))
        change.clicked.connect(self.changeWho.emit)
        self.show_who(None)
        bottom = QHBoxLayout()
        bottom.addWidget(self.who)
        bottom.addWidget(change)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self, self.close)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self, self.focus_search)

    # -- the tabs ------------------------------------------------------------------------------------------
    def _patients_tab(self) -> QWidget:
        page = QWidget()
        self.search = QLineEdit()
        self.search.setPlaceholderText(tr("Name or ID"))
        self.search.setAccessibleName(tr("Search patients by name or ID"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.show_patients)
        self.search.returnPressed.connect(self._open_current_patient)
        self.search.installEventFilter(self)
        label = QLabel(tr("&Search:"))
        label.setBuddy(self.search)
        self.patient_count = QLabel()
        self.patient_count.setAccessibleName(tr("Patients found"))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.search, 1)
        row.addWidget(self.patient_count)
        self.patients = PatientTable(self.sexes, self.today)
        self.patients.activated.connect(lambda index: self.open_patient(self.patients.row_id(index)))
        hint = QLabel(tr("Enter or a double click opens a patient; the Down key moves from the search box to the "
                         "list."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addLayout(row)
        layout.addWidget(self.patients, 1)
        layout.addWidget(hint)
        return page

    def _due_tab(self) -> QWidget:
        page = QWidget()
        self.due_summary = QLabel()
        self.due_summary.setWordWrap(True)
        self.due_summary.setAccessibleName(tr("Due summary"))
        self.due = DueTree()
        self.due.itemActivated.connect(lambda _item, _column: self.open_patient(self.due.patient_id()))
        hint = QLabel(tr("Enter or a double click opens the patient. Overdue items are marked “Overdue” with a "
                         "warning sign."))
        hint.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.due_summary)
        layout.addWidget(self.due, 1)
        layout.addWidget(hint)
        return page

    def _patient_tab(self) -> QWidget:
        page = QWidget()
        self.heading = QLabel()
        self.heading.setAccessibleName(tr("Patient"))
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.next_due = QLabel()
        self.next_due.setWordWrap(True)
        self.next_due.setTextFormat(Qt.TextFormat.PlainText)
        self.next_due.setAccessibleName(tr("What is due next"))
        self.visits = VisitTable(self.phases)
        self.open_latest = QPushButton(tr("&Open latest visit"))
        self.open_latest.setAccessibleName(tr("Open the latest visit in the main window as a new visit"))
        self.open_latest.setAutoDefault(True)
        self.open_latest.clicked.connect(self.open_latest_visit)
        back = QPushButton(tr("&Back to patients"))
        back.setAccessibleName(tr("Back to the patient list"))
        back.clicked.connect(self.focus_search)
        buttons = QHBoxLayout()
        buttons.addWidget(self.open_latest)
        buttons.addWidget(back)
        buttons.addStretch(1)
        visits_label = QLabel(tr("&Visits, newest first:"))
        visits_label.setBuddy(self.visits)
        layout = QVBoxLayout(page)
        layout.addWidget(self.heading)
        layout.addWidget(self.next_due)
        layout.addWidget(visits_label)
        layout.addWidget(self.visits, 1)
        layout.addLayout(buttons)
        return page

    def show_who(self, who: str | None) -> None:
        self.who.setText(tr("Visits you save are recorded as saved by {name}.").format(name=who) if who
                         else tr("Your name is asked at your first save."))

    # -- what it shows -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read the register again (a visit was saved, the window shown again)."""
        self.show_patients()
        self.show_due()
        if self.record is not None:
            self.open_patient(self.record.patient.id, switch=False)

    def show_patients(self) -> None:
        text = self.search.text().strip()
        patients = self.register.patients(text)
        self.patients.show_patients(patients)
        if text:
            self.patient_count.setText(tr("{n} found").format(n=len(patients)))
        else:
            self.patient_count.setText(tr("{n} patients, most recent first").format(n=len(patients)))

    def show_due(self) -> None:
        rows = [r for r in self.register.due(self.today, DUE_WITHIN_DAYS) if r.bucket in BUCKETS]
        self.due.show_due(rows)
        counts = [tr("{group}: {count}").format(group=bucket_heading(b), count=sum(r.bucket == b for r in rows))
                  for b in BUCKETS]
        self.due_summary.setText(tr("Today is {date}.").format(date=fmt_date(self.today)) + " " + "; ".join(counts)
                                 + ".")

    def open_patient(self, patient_id: int | None, switch: bool = True) -> None:
        if patient_id is None:
            return
        self.record = record = self.register.patient(patient_id)
        self.heading.setText(describe_patient(record.patient, self.sexes))
        ahead = [r for r in self.register.due(self.today) if r.patient_id == patient_id][:8]
        if ahead:
            overdue = " (" + tr("Overdue") + ")"
            self.next_due.setText(tr("What is due next:") + "\n" + "\n".join(
                f"• {fmt_date(r.due_date)}  {kind_text(r.kind)}: {r.label}" + (overdue if r.bucket == "overdue" else "")
                for r in ahead))
        else:
            self.next_due.setText(tr("Nothing is due for this patient."))
        self.visits.show_visits(record.visits)
        self.open_latest.setEnabled(bool(record.visits))
        self.tabs.setTabEnabled(self.PATIENT, True)
        if switch:
            self.tabs.setCurrentIndex(self.PATIENT)
            self.open_latest.setFocus(Qt.FocusReason.OtherFocusReason)

    def open_latest_visit(self) -> None:
        if self.record is not None and self.record.visits:
            self.openVisit.emit(self.record.visits[0].id)

    def focus_search(self) -> None:
        """Ctrl+F, Back: the search box."""
        self.tabs.setCurrentIndex(self.PATIENTS)
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _open_current_patient(self) -> None:
        self.open_patient(self.patients.row_id())

    def _tab_changed(self, index: int) -> None:
        target = {self.PATIENTS: self.search, self.DUE: self.due, self.PATIENT: self.open_latest}.get(index)
        if target is not None and target.isEnabled():
            target.setFocus(Qt.FocusReason.TabFocusReason)

    # -- events --------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Down or Page Down in the search box moves into the list (on to the next row)."""
        if watched is self.search and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.patients.model().rowCount():
            self.patients.setFocus(Qt.FocusReason.OtherFocusReason)
            return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)
        self._tab_changed(self.tabs.currentIndex())  # the search box, at first
