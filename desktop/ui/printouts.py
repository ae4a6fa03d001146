"""File > Export and Print: the clinician summary and the patient handout of the plan on show.

QtPrintSupport is loaded on first use, so that start-up stays short.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.engine.case.case import Case
from desktop.session.case_session import CaseSession

from . import dialogs
from .i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument  # imported by the printing code, when first printing


class Printouts:
    def __init__(self, parent: QWidget, session: CaseSession, paper: Callable[[], str], today: date) -> None:
        self.parent = parent
        self.session = session
        self.paper = paper
        self.today = today

    def _complete(self, title: str) -> Case | None:
        """The case on screen, or None (and the user is told, under `title`) while incomplete."""
        case = self.session.current()
        if isinstance(case, Case):
            return case
        dialogs.error(self.parent, title, tr("Answer the questions first: the plan is not complete."))
        return None

    def build(self, kind: str) -> QTextDocument | None:
        """The printout of the current plan (None, and the user is told, while it is not complete)."""
        from .printing import handout_document, summary_document

        case = self._complete(tr("Nothing to print yet"))
        if case is None:
            return None
        plan, decisions = self.session.plan(case), self.session.decision_map()
        if kind == "handout":
            return handout_document(self.session.planner, case, plan, decisions)
        return summary_document(plan, decisions, self.session.visits, self.paper(), self.today, self.audit_hash())

    def audit_hash(self) -> str:
        """The register's latest audit hash, when this visit was saved to the register."""
        register = self.session.register
        if register is None or self.session.saved_visit is None or self.session.dirty:
            return ""
        import sqlite3

        from desktop.register.audit import latest_hash

        try:
            return latest_hash(register.connection)
        except sqlite3.Error:  # a register that cannot be read: the printout still prints, without it
            return ""

    def export_pdf(self, kind: str, path: str | None = None) -> bool:
        from .printing import write_pdf

        document = self.build(kind)
        if document is None:
            return False
        suggested = Path.home() / f"{kind}-{self.today.isoformat()}.pdf"
        path = path or dialogs.save_path(self.parent, str(suggested), "PDF (*.pdf)")
        if not path:
            return False
        handout = self.session.planner.pack.handout
        title = tr("OVCF Pathway clinician summary") if kind == "summary" else (handout.title if handout else kind)
        try:
            write_pdf(document, path, self.paper(), title)
        except OSError as exc:
            dialogs.error(self.parent, tr("Export failed"), tr("Could not write {file}: {error}.").format(
                file=path, error=exc.strerror))
            return False
        return True

    def export_fhir(self, path: str | None = None) -> bool:
        """The visit as a FHIR R4 transaction Bundle (JSON) for a health record system."""
        from desktop.report.fhir import visit_bundle, write_bundle

        case = self._complete(tr("Nothing to export yet"))
        if case is None:
            return False
        suggested = Path.home() / f"visit-{self.today.isoformat()}.fhir.json"
        path = path or dialogs.save_path(self.parent, str(suggested), "FHIR JSON (*.json)")
        if not path:
            return False
        try:
            write_bundle(visit_bundle(self.session.plan(case), case, self.session.decision_map()), path)
        except OSError as exc:
            dialogs.error(self.parent, tr("Export failed"), tr("Could not write {file}: {error}.").format(
                file=path, error=exc.strerror))
            return False
        return True

    def print_(self, kind: str) -> None:
        """Print preview; its Print button opens the system print dialog (QPrintDialog)."""
        document = self.build(kind)
        if document is None:
            return
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from .printing import new_printer

        preview = QPrintPreviewDialog(new_printer(self.paper()), self.parent)
        preview.paintRequested.connect(document.print_)
        preview.exec()
