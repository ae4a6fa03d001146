"""File > Export and Print: the clinician summary and the patient handout of the plan on show.

QtPrintSupport is loaded on first use, so that start-up stays short.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from desktop.engine.case.case import Case
from desktop.engine.case.history import declined
from desktop.session.case_session import CaseSession

from . import dialogs
from .file_places import FilePlaces
from .i18n import tr

if TYPE_CHECKING:
    from PySide6.QtGui import QTextDocument  # imported by the printing code, when first printing


class Printouts:
    def __init__(self, parent: QWidget, session: CaseSession, paper: Callable[[], str], today: date,
                 places: FilePlaces, confirm: Callable[[str], None]) -> None:
        self.parent = parent
        self.session = session
        self.paper = paper
        self.today = today
        self.places = places  # suggested names and the last folder
        self.confirm = confirm  # says in the status bar what was written

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
        suggested = self.places.suggest(kind, ".pdf")
        path = path or dialogs.save_path(self.parent, str(suggested), "PDF (*.pdf)")
        if not path:
            return False
        handout = self.session.planner.pack.handout
        title = tr("OVCF Pathway clinician summary") if kind == "summary" else (handout.title if handout else kind)
        return self._write(path, lambda: write_pdf(document, path, self.paper(), title))

    def _write(self, path: str, write: Callable[[], None]) -> bool:
        """Write an export: an error says why (and nothing is left half-written); a success is
        confirmed in the status bar, and the next dialog opens in that folder."""
        try:
            write()
        except OSError as exc:
            dialogs.error(self.parent, tr("Export failed"), tr("Could not write {file}: {error}.").format(
                file=path, error=exc.strerror))
            return False
        self.places.used(path)
        self.confirm(tr("Exported to {file}").format(file=path))
        return True

    def export_fhir(self, path: str | None = None) -> bool:
        """The visit as a FHIR R4 transaction Bundle (JSON) for a health record system."""
        from desktop.report.fhir import visit_bundle, write_bundle

        case = self._complete(tr("Nothing to export yet"))
        if case is None:
            return False
        suggested = self.places.suggest("visit", ".fhir.json")
        path = path or dialogs.save_path(self.parent, str(suggested), "FHIR JSON (*.json)")
        if not path:
            return False
        bundle = visit_bundle(self.session.plan(case), case, self.session.decision_map())
        return self._write(path, lambda: write_bundle(bundle, path))

    def export_letter(self, item_id: str | None = None, path: str | None = None) -> bool:
        """A request or referral letter (PDF) for one service the plan asks for: chosen from
        the plan's services when there are several."""
        from desktop.report.referral_html import letter_items

        from .printing import letter_document, write_pdf

        case = self._complete(tr("No letter yet"))
        if case is None:
            return False
        plan = self.session.plan(case)
        refused = declined(self.session.decision_map())
        items = [i for i in letter_items(plan) if i.id not in refused]
        if item_id is not None:
            items = [i for i in items if i.id == item_id]
        if not items:
            dialogs.error(self.parent, tr("No letter yet"), tr("This plan asks for no referral, test or assessment."))
            return False
        chosen = 0 if len(items) == 1 else dialogs.choose_one(
            self.parent, tr("Request or referral letter"), tr("Letter for:"),
            [f"{i.title} ({i.status_label})" for i in items])
        if chosen is None:
            return False
        item = items[chosen]
        path = path or dialogs.save_path(self.parent, str(self.places.suggest(f"letter-{item.id}", ".pdf")),
                                         "PDF (*.pdf)")
        if not path:
            return False
        return self._write(path, lambda: write_pdf(letter_document(plan, item), path, self.paper(), item.title))

    def copy_visit_note(self) -> bool:
        """The visit as plain text on the clipboard, to paste into an electronic health record."""
        from PySide6.QtWidgets import QApplication

        from desktop.report.visit_note import visit_note

        from .i18n import words

        case = self._complete(tr("Nothing to copy yet"))
        if case is None:
            return False
        QApplication.clipboard().setText(visit_note(self.session.plan(case), self.session.decision_map(), words()))
        self.confirm(tr("Visit note copied: paste it into the health record"))
        return True

    def print_(self, kind: str) -> None:
        """Print preview; its Print button opens the system print dialog (QPrintDialog)."""
        document = self.build(kind)
        if document is None:
            return
        from PySide6.QtPrintSupport import QPrintPreviewDialog

        from .printing import new_printer, print_document

        preview = QPrintPreviewDialog(new_printer(self.paper()), self.parent)
        preview.paintRequested.connect(lambda printer: print_document(document, printer))
        preview.exec()
